#pragma once

#include <QFrame>

class QButtonGroup;
class QLabel;

namespace careu {
struct Question;
}

namespace careu::ui {

// One Check question as a card: its prompt, its choices as buttons in the order given (the
// learner's own, ChoiceOrder), and the feedback on the choice taken. The lesson's Check and the
// refreshers show questions with it. Its widgets are named after key: question_KEY,
// choice_KEY_CHOICE, feedback_KEY.
class QuestionCard : public QFrame
{
    Q_OBJECT

public:
    QuestionCard(const Question& question, const QStringList& order, const QString& eyebrow,
                 const QString& key, QWidget* parent = nullptr);

    // Marks current as chosen (empty: nothing yet) and shows its feedback. In the Check a wrong
    // choice invites another; final (a refresher) tells the right answer and takes no other.
    void showVerdict(const QString& current, bool final);
    void showProblem(const QString& text);

signals:
    void chosen(const QString& choiceId);

private:
    const Question& m_question;
    QString m_key;
    QButtonGroup* m_group;
    QLabel* m_feedback;
    QString m_current;
    bool m_final = false;
};

} // namespace careu::ui
