#include "QuestionCard.h"

#include "ChoiceButton.h"
#include "Widgets.h"
#include "content/CheckWarnings.h"
#include "content/Content.h"

#include <QButtonGroup>
#include <QVBoxLayout>

namespace careu::ui {

QuestionCard::QuestionCard(const Question& question, const QStringList& order, const QString& eyebrow,
                           const QString& key, QWidget* parent)
    : QFrame(parent), m_question(question), m_key(key), m_group(new QButtonGroup(this))
{
    setProperty("role", QStringLiteral("card"));
    setObjectName(QStringLiteral("question_") + key);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(makeLabel(eyebrow, "eyebrow"));
    layout->addWidget(makeLabel(question.prompt, "sectionTitle"));
    for (const QString& choiceId : order) {
        auto* button = new ChoiceButton(this);
        button->setObjectName(QStringLiteral("choice_%1_%2").arg(key, choiceId));
        button->setCheckable(true);
        button->setAutoExclusive(true); // one answer of several: read as radio buttons
        button->setChoiceText(question.choice(choiceId)->text);
        m_group->addButton(button);
        connect(button, &QPushButton::clicked, this, [this, choiceId] {
            if (m_final) // answered once and for all: the click changes nothing
                showVerdict(m_current, true);
            else
                emit chosen(choiceId);
        });
        layout->addWidget(button);
    }
    m_feedback = makeLabel(QString(), "feedback");
    m_feedback->setObjectName(QStringLiteral("feedback_") + key);
    m_feedback->hide();
    layout->addWidget(m_feedback);
}

void QuestionCard::showVerdict(const QString& current, bool final)
{
    const Choice* choice = m_question.choice(current);
    m_current = current;
    m_final = final && choice;
    for (const Choice& each : m_question.choices) {
        auto* button = findChild<QPushButton*>(QStringLiteral("choice_%1_%2").arg(m_key, each.id));
        button->setChecked(each.id == current);
        const bool right = each.id == m_question.answer;
        button->setProperty("verdict", right ? QStringLiteral("right") : QStringLiteral("wrong"));
        // Once final, the right answer shows even when another was chosen.
        button->setProperty("reveal", m_final && right);
        repolish(button);
    }
    if (!choice) {
        m_feedback->hide();
        return;
    }
    const bool right = current == m_question.answer;
    // Feedback that says "Yes." or "Not quite." itself gets no second verdict from the app.
    const bool ownVerdict = CheckWarnings::opensWithVerdict(choice->feedback);
    if (right)
        m_feedback->setText((ownVerdict ? tr("✓ %1") : tr("✓ Yes. %1")).arg(choice->feedback));
    else if (m_final)
        m_feedback->setText((ownVerdict ? tr("%1 The answer was: %2") : tr("Not quite. %1 The answer was: %2"))
                                .arg(choice->feedback, m_question.choice(m_question.answer)->text));
    else
        m_feedback->setText(
            (ownVerdict ? tr("%1 Try another answer.") : tr("Not quite. %1 Try another answer.")).arg(choice->feedback));
    m_feedback->setProperty("verdict", right ? QStringLiteral("right") : QStringLiteral("wrong"));
    repolish(m_feedback);
    m_feedback->show();
}

void QuestionCard::showProblem(const QString& text)
{
    m_feedback->setText(text);
    m_feedback->setProperty("verdict", QStringLiteral("wrong"));
    repolish(m_feedback);
    m_feedback->show();
}

} // namespace careu::ui
