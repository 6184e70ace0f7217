#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace careu {
class LessonSession;
}

namespace careu::ui {

// The Reflect step: the learner writes, and it is saved shortly after they stop typing and
// whenever they leave the step or the app. A failed save keeps the text on screen and says so.
class ReflectView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 700;

    explicit ReflectView(QWidget* parent = nullptr);

    void setSession(LessonSession* session);
    // Saves what is typed now, if it has not been saved yet. Returns false if saving failed.
    bool flush();

signals:
    void saved();

private:
    void updateStatus(const QString& error = QString());

    LessonSession* m_session = nullptr;
    QLabel* m_prompt;
    QPlainTextEdit* m_editor;
    QLabel* m_status;
    QTimer m_saveTimer;
};

} // namespace careu::ui
