#include "ReflectView.h"

#include "Widgets.h"
#include "progress/LessonSession.h"

#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace careu::ui {

ReflectView::ReflectView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_prompt = makeLabel(QString(), "lead");
    m_prompt->setObjectName(QStringLiteral("reflectPrompt"));
    layout->addWidget(m_prompt);
    layout->addWidget(makeLabel(tr("Write a few honest sentences about your own work. Your mentor reads this "
                                   "and may talk it through with you."),
                                "muted"));
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("reflectionEdit"));
    m_editor->setPlaceholderText(tr("Start writing here…"));
    m_editor->setTabChangesFocus(true);
    layout->addWidget(m_editor, 1);
    m_prompt->setBuddy(m_editor); // a screen reader names the editor by the question
    m_status = makeLabel(QString(), "muted");
    m_status->setObjectName(QStringLiteral("reflectionStatus"));
    layout->addWidget(m_status);

    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReflectView::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_saveTimer.start(SaveDelayMs);
        updateStatus();
    });
}

void ReflectView::setSession(LessonSession* session)
{
    m_saveTimer.stop();
    m_session = session;
    m_prompt->setText(session ? session->lesson().reflect : QString());
    const QSignalBlocker blocker(m_editor);
    m_editor->setPlainText(session ? session->reflection() : QString());
    updateStatus();
}

bool ReflectView::flush()
{
    m_saveTimer.stop();
    if (!m_session)
        return true;
    QString error;
    if (!m_session->saveReflection(m_editor->toPlainText(), &error)) {
        updateStatus(error);
        m_saveTimer.start(RetryDelayMs);
        return false;
    }
    updateStatus();
    emit saved();
    return true;
}

void ReflectView::updateStatus(const QString& error)
{
    const int words = LessonSession::wordCount(m_editor->toPlainText());
    const QString count = tr("%n word(s)", "", words);
    if (!error.isEmpty()) {
        m_status->setProperty("role", QStringLiteral("error"));
        m_status->setText(
            tr("%1 · Not saved: %2 Your text is still here; saving is tried again every few seconds.")
                .arg(count, error));
    } else {
        m_status->setProperty("role", QStringLiteral("muted"));
        const bool pending = m_session && m_editor->toPlainText() != m_session->reflection();
        const QString state = pending ? tr("saving…") : tr("saved");
        const int missing = LessonSession::MinReflectionWords - words;
        m_status->setText(
            missing > 0
                ? tr("%1 · %2 · write at least %3 more to finish this step").arg(count, state).arg(missing)
                : tr("%1 · %2").arg(count, state));
    }
    repolish(m_status);
}

} // namespace careu::ui
