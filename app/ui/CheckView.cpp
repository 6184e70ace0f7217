#include "CheckView.h"

#include "QuestionCard.h"
#include "Widgets.h"
#include "content/ChoiceOrder.h"
#include "progress/LessonSession.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace careu::ui {

CheckView::CheckView(QWidget* parent) : QWidget(parent)
{
    QWidget* content = makeScrollingContent(this, tr("Questions"));
    m_scroll = findChild<QScrollArea*>();
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
}

void CheckView::setSession(LessonSession* session, const QString& learnerUid)
{
    m_session = session;
    m_learnerUid = learnerUid;
    while (QLayoutItem* item = m_questions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cards.clear();
    for (int i = 0; i < session->lesson().check.size(); ++i) {
        m_cards.append(questionWidget(i));
        m_questions->addWidget(m_cards.last());
        showVerdict(i);
    }
    updateSummary();
    m_scroll->verticalScrollBar()->setValue(0); // a new lesson's Check starts at its first question
}

QuestionCard* CheckView::questionWidget(int index)
{
    const Question& question = m_session->lesson().check.at(index);
    auto* card = new QuestionCard(
        question, ChoiceOrder::of(m_learnerUid, m_session->course().id, m_session->lesson().id, question),
        tr("QUESTION %1 OF %2").arg(index + 1).arg(m_session->lesson().check.size()), question.id);
    connect(card, &QuestionCard::chosen, this,
            [this, index](const QString& choiceId) { choose(index, choiceId); });
    return card;
}

void CheckView::choose(int questionIndex, const QString& choiceId)
{
    const Question& question = m_session->lesson().check.at(questionIndex);
    QString error;
    if (!m_session->answer(question.id, choiceId, &error)) {
        m_cards.at(questionIndex)->showProblem(tr("Your answer could not be saved: %1").arg(error));
        return;
    }
    showVerdict(questionIndex);
    updateSummary();
    emit answered();
}

void CheckView::showVerdict(int questionIndex)
{
    const Question& question = m_session->lesson().check.at(questionIndex);
    m_cards.at(questionIndex)->showVerdict(m_session->currentChoice(question.id), false);
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
