#include "CheckView.h"

#include "ChoiceButton.h"
#include "Widgets.h"
#include "content/ChoiceOrder.h"
#include "progress/LessonSession.h"

#include <QButtonGroup>
#include <QScrollArea>
#include <QVBoxLayout>

namespace careu::ui {

CheckView::CheckView(QWidget* parent) : QWidget(parent)
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget;
    content->setProperty("role", QStringLiteral("page"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(16);
    m_summary = makeLabel(QString(), "muted");
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    layout->addWidget(m_summary);
    m_questions = new QVBoxLayout;
    m_questions->setSpacing(16);
    layout->addLayout(m_questions);
    layout->addStretch(1);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void CheckView::setSession(LessonSession* session, const QString& learnerUid)
{
    m_session = session;
    m_learnerUid = learnerUid;
    while (QLayoutItem* item = m_questions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < session->lesson().check.size(); ++i) {
        m_questions->addWidget(questionWidget(i));
        showVerdict(i);
    }
    updateSummary();
}

QWidget* CheckView::questionWidget(int index)
{
    const Question& question = m_session->lesson().check.at(index);
    auto* card = makeCard();
    card->setObjectName(QStringLiteral("question_") + question.id);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(
        makeLabel(tr("QUESTION %1 OF %2").arg(index + 1).arg(m_session->lesson().check.size()), "eyebrow"));
    auto* prompt = makeLabel(question.prompt, "sectionTitle");
    layout->addWidget(prompt);
    auto* group = new QButtonGroup(card);
    const QStringList order =
        ChoiceOrder::of(m_learnerUid, m_session->course().id, m_session->lesson().id, question);
    for (const QString& choiceId : order) {
        auto* button = new ChoiceButton(card);
        button->setObjectName(QStringLiteral("choice_%1_%2").arg(question.id, choiceId));
        button->setCheckable(true);
        button->setChoiceText(question.choice(choiceId)->text);
        group->addButton(button);
        connect(button, &QPushButton::clicked, this, [this, index, choiceId] { choose(index, choiceId); });
        layout->addWidget(button);
    }
    auto* feedback = makeLabel(QString(), "feedback");
    feedback->setObjectName(QStringLiteral("feedback_") + question.id);
    feedback->hide();
    layout->addWidget(feedback);
    return card;
}

void CheckView::choose(int questionIndex, const QString& choiceId)
{
    const Question& question = m_session->lesson().check.at(questionIndex);
    QString error;
    if (!m_session->answer(question.id, choiceId, &error)) {
        auto* feedback = findChild<QLabel*>(QStringLiteral("feedback_") + question.id);
        feedback->setText(tr("Your answer could not be saved: %1").arg(error));
        feedback->setProperty("verdict", QStringLiteral("wrong"));
        repolish(feedback);
        feedback->show();
        return;
    }
    showVerdict(questionIndex);
    updateSummary();
    emit answered();
}

void CheckView::showVerdict(int questionIndex)
{
    const Question& question = m_session->lesson().check.at(questionIndex);
    const QString current = m_session->currentChoice(question.id);
    auto* feedback = findChild<QLabel*>(QStringLiteral("feedback_") + question.id);
    const Choice* choice = question.choice(current);
    for (const Choice& each : question.choices) {
        auto* button = findChild<QPushButton*>(QStringLiteral("choice_%1_%2").arg(question.id, each.id));
        button->setChecked(each.id == current);
        button->setProperty("verdict",
                            each.id == question.answer ? QStringLiteral("right") : QStringLiteral("wrong"));
        repolish(button);
    }
    if (!choice) {
        feedback->hide();
        return;
    }
    const bool right = current == question.answer;
    feedback->setText(right ? tr("✓ Yes. %1").arg(choice->feedback)
                            : tr("Not quite. %1 Try another answer.").arg(choice->feedback));
    feedback->setProperty("verdict", right ? QStringLiteral("right") : QStringLiteral("wrong"));
    repolish(feedback);
    feedback->show();
}

void CheckView::updateSummary()
{
    const int total = static_cast<int>(m_session->lesson().check.size());
    if (m_session->checkPassed())
        m_summary->setText(tr("Check passed. %1 of %2 right at the first try.")
                               .arg(m_session->firstTryCorrect())
                               .arg(total));
    else
        m_summary->setText(tr("%1 of %2 answered right. Every choice explains itself, so read the feedback, "
                              "wrong or right.")
                               .arg(m_session->correctCount())
                               .arg(total));
}

} // namespace careu::ui
