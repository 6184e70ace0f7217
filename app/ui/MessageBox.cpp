#include "MessageBox.h"

#include <QPushButton>

namespace careu::ui {

namespace {
QList<QMessageBox::StandardButton> nextAnswers;
QString shownText;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswers.append(answer);
}

QString MessageBox::lastText()
{
    return shownText;
}

void MessageBox::clearLastText()
{
    shownText.clear();
}

QMessageBox::StandardButton MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Critical, parent, title, text);
}

QMessageBox::StandardButton MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    return show(QMessageBox::Warning, parent, title, text);
}

QMessageBox::StandardButton MessageBox::information(QWidget* parent, const QString& title,
                                                    const QString& text)
{
    return show(QMessageBox::Information, parent, title, text);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons)
{
    return show(QMessageBox::Question, parent, title, text, buttons);
}

QMessageBox::StandardButton MessageBox::choose(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                               const QString& text, const QVector<Button>& buttons)
{
    return show(icon, parent, title, text, QMessageBox::NoButton, buttons);
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons,
                                             const QVector<Button>& labelled)
{
    shownText = text;
    if (!nextAnswers.isEmpty())
        return nextAnswers.takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    for (const Button& button : labelled)
        box.addButton(button.answer)->setText(button.text);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace careu::ui
