#pragma once

#include <QWidget>

class QVBoxLayout;
class QLabel;

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

signals:
    void rolePlayRequested(const QString& scenarioId);

private:
    QLabel* m_task;
    QVBoxLayout* m_checklist;
    QLabel* m_note;
    QWidget* m_rolePlayCard;
    QVBoxLayout* m_rolePlays;
};

} // namespace careu::ui
