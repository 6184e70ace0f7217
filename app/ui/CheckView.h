#pragma once

#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace careu {
class LessonSession;
}

namespace careu::ui {

// The Check step: each question with its choices as buttons. Choosing shows that choice's
// feedback at once; a wrong choice can be followed by another until the right one.
class CheckView : public QWidget
{
    Q_OBJECT

public:
    explicit CheckView(QWidget* parent = nullptr);

    void setSession(LessonSession* session);

signals:
    void answered();

private:
    QWidget* questionWidget(int index);
    void choose(int questionIndex, const QString& choiceId);
    void showVerdict(int questionIndex);
    void updateSummary();

    LessonSession* m_session = nullptr;
    QVBoxLayout* m_questions;
    QLabel* m_summary;
};

} // namespace careu::ui
