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
// whenever they leave the step or the app. A failed save keeps the text on screen, says so, and is
// tried again every few seconds (a server back on line, a disk with room again) and as they type.
class ReflectView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 700;
    static constexpr int RetryDelayMs = 3000;

    explicit ReflectView(QWidget* parent = nullptr);

    // The lesson being written about; nullptr when none is open (no save is tried then).
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
