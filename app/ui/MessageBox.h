#pragma once

#include <QMessageBox>
#include <QVector>

namespace careu::ui {

// The one way the app shows a modal message. Tests set the next answer so that no dialog
// ever blocks a headless run; the text shown is kept for them to check.
class MessageBox
{
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title, const QString& text);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title,
                                                   const QString& text);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons);

    // A button that says what it does; answer is what choose() returns when it is pressed.
    struct Button
    {
        QMessageBox::StandardButton answer;
        QString text;
    };
    static QMessageBox::StandardButton choose(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                              const QString& text, const QVector<Button>& buttons);

    // Answers the next message instead of showing it; called again, the ones after it, in turn.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();
    static void clearLastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text,
                                            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                                            const QVector<Button>& labelled = {});
};

} // namespace careu::ui
