#pragma once

#include <QWidget>

class QVBoxLayout;
class QLabel;
class QPushButton;

namespace careu {
struct Lesson;
struct Scenario;
} // namespace careu

namespace careu::ui {

// The Practice step: what to do on the job, and the behaviours a mentor will watch for.
class PracticeView : public QWidget
{
    Q_OBJECT

public:
    explicit PracticeView(QWidget* parent = nullptr);

    // roleplays: the scenarios the lesson links to, offered as a rehearsal before the real thing.
    void setLesson(const Lesson& lesson, const QVector<const Scenario*>& roleplays);

    // Where the learner stands with their mentor's sign-off.
    void setSignOff(const QString& status, const QString& feedback, const QString& action, bool canAct);

signals:
    void rolePlayRequested(const QString& scenarioId);
    void signOffRequested();

private:
    QLabel* m_task;
    QVBoxLayout* m_checklist;
    QLabel* m_note;
    QWidget* m_rolePlayCard;
    QVBoxLayout* m_rolePlays;
    QLabel* m_signOffStatus;
    QLabel* m_signOffFeedback;
    QPushButton* m_requestSignOff;
};

} // namespace careu::ui
