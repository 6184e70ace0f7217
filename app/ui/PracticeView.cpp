#include "PracticeView.h"

#include "Widgets.h"
#include "content/Content.h"

#include <QVBoxLayout>

namespace careu::ui {

PracticeView::PracticeView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("ON THE JOB THIS WEEK"), "eyebrow"));
    m_task = makeLabel(QString(), "lead");
    m_task->setObjectName(QStringLiteral("practiceTask"));
    layout->addWidget(m_task);

    auto* card = makeCard(this);
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
    layout->addStretch(1);
}

void PracticeView::setLesson(const Lesson& lesson)
{
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
           "behaviours, tick the ones they see, and sign off this Practice.")
            .arg(who));
}

} // namespace careu::ui
