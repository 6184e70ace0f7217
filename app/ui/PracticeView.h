#pragma once

#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace careu {
struct Lesson;
}

namespace careu::ui {

// The Practice step: what to do on the job, and the behaviours a mentor will watch for.
class PracticeView : public QWidget
{
    Q_OBJECT

public:
    explicit PracticeView(QWidget* parent = nullptr);

    void setLesson(const Lesson& lesson);

private:
    QLabel* m_task;
    QVBoxLayout* m_checklist;
    QLabel* m_note;
};

} // namespace careu::ui
