#pragma once

#include <QVector>
#include <QWidget>

class QVBoxLayout;
class QLabel;
class QScrollArea;

namespace careu {
class LessonSession;
}

namespace careu::ui {

class QuestionCard;

// The Check step: each question with its choices as buttons, in the learner's own order
// (ChoiceOrder). Choosing shows that choice's feedback at once; a wrong choice can be followed
// by another until the right one.
class CheckView : public QWidget
{
    Q_OBJECT

public:
    explicit CheckView(QWidget* parent = nullptr);

    // learnerUid: the person's stable uid, which orders the choices.
    void setSession(LessonSession* session, const QString& learnerUid);

signals:
    void answered();

private:
    QuestionCard* questionWidget(int index);
    void choose(int questionIndex, const QString& choiceId);
    void showVerdict(int questionIndex);
    void updateSummary();

    LessonSession* m_session = nullptr;
    QString m_learnerUid;
    QVBoxLayout* m_questions;
    QVector<QuestionCard*> m_cards; // one per question, in the lesson's order
    QScrollArea* m_scroll;
    QLabel* m_summary;
};

} // namespace careu::ui
