#include "PracticeView.h"

#include "Widgets.h"
#include "content/Content.h"
#include "roleplay/Scenario.h"

#include <QPushButton>
#include <QVBoxLayout>

namespace careu::ui {

PracticeView::PracticeView(QWidget* parent) : QWidget(parent)
{
    QWidget* content = makeScrollingContent(this, tr("Practice"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("ON THE JOB THIS WEEK"), "eyebrow"));
    m_task = makeLabel(QString(), "lead");
    m_task->setObjectName(QStringLiteral("practiceTask"));
    layout->addWidget(m_task);

    auto* card = makeCard(content);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(20, 16, 20, 16);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(makeLabel(tr("WHAT YOUR MENTOR WILL WATCH FOR"), "eyebrow"));
    m_checklist = new QVBoxLayout;
    m_checklist->setSpacing(8);
    cardLayout->addLayout(m_checklist);
    layout->addWidget(card);

    m_note = makeLabel(QString(), "muted");
    m_note->setObjectName(QStringLiteral("practiceNote"));
    layout->addWidget(m_note);

    auto* signOffCard = makeCard(content);
    auto* signOffLayout = new QVBoxLayout(signOffCard);
    signOffLayout->setContentsMargins(20, 16, 20, 16);
    signOffLayout->addWidget(makeLabel(tr("YOUR MENTOR'S SIGN-OFF"), "eyebrow"));
    m_signOffStatus = makeLabel(QString(), "lead");
    m_signOffStatus->setObjectName(QStringLiteral("signOffStatus"));
    signOffLayout->addWidget(m_signOffStatus);
    m_signOffFeedback = makeLabel(QString(), "feedback");
    m_signOffFeedback->setObjectName(QStringLiteral("signOffFeedback"));
    m_signOffFeedback->setProperty("verdict", QStringLiteral("wrong"));
    signOffLayout->addWidget(m_signOffFeedback);
    m_requestSignOff = makePrimaryButton(QString(), signOffCard);
    m_requestSignOff->setObjectName(QStringLiteral("requestSignOffButton"));
    connect(m_requestSignOff, &QPushButton::clicked, this, &PracticeView::signOffRequested);
    signOffLayout->addWidget(m_requestSignOff, 0, Qt::AlignRight);
    layout->addWidget(signOffCard);

    m_rolePlayCard = makeCard(content);
    auto* rolePlayLayout = new QVBoxLayout(m_rolePlayCard);
    rolePlayLayout->setContentsMargins(20, 16, 20, 16);
    rolePlayLayout->addWidget(makeLabel(tr("REHEARSE IT FIRST IN A ROLE-PLAY"), "eyebrow"));
    m_rolePlays = new QVBoxLayout;
    rolePlayLayout->addLayout(m_rolePlays);
    layout->addWidget(m_rolePlayCard);
    layout->addStretch(1);
}

void PracticeView::setSignOff(const QString& status, const QString& feedback, const QString& action,
                              bool canAct)
{
    m_signOffStatus->setText(status);
    m_signOffFeedback->setText(feedback);
    m_signOffFeedback->setVisible(!feedback.isEmpty());
    m_requestSignOff->setText(action);
    m_requestSignOff->setVisible(!action.isEmpty());
    m_requestSignOff->setEnabled(canAct);
}

void PracticeView::setLesson(const Lesson& lesson, const QVector<const Scenario*>& roleplays)
{
    while (QLayoutItem* item = m_rolePlays->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Scenario* scenario : roleplays) {
        auto* button = makeRowButton(QStringLiteral("▶  %1").arg(scenario->title),
                                     QStringLiteral("lessonRolePlay_") + scenario->id, m_rolePlayCard);
        button->setToolTip(scenario->summary);
        const QString id = scenario->id;
        connect(button, &QPushButton::clicked, this, [this, id] { emit rolePlayRequested(id); });
        m_rolePlays->addWidget(button);
    }
    m_rolePlayCard->setVisible(!roleplays.isEmpty());
    m_task->setText(lesson.practice.task);
    while (QLayoutItem* item = m_checklist->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < lesson.practice.checklist.size(); ++i) {
        auto* item = makeLabel(QStringLiteral("☐  ") + lesson.practice.checklist.at(i), "practiceItem");
        item->setObjectName(QStringLiteral("practiceItem_%1").arg(i));
        m_checklist->addWidget(item);
    }
    const QString who = lesson.practice.signOff == QLatin1String("coach") ? tr("coach") : tr("mentor");
    m_note->setText(
        tr("Do this with real customers or colleagues, not in the app. Your %1 will watch for these "
           "behaviors, tick the ones they see, and sign off this Practice.")
            .arg(who));
}

} // namespace careu::ui
