#pragma once

#include <QDialog>
#include <optional>

class QLineEdit;

namespace careu::ui {

// A name and a password typed to confirm something that needs them (restoring a backup). The
// one way the app asks for them; tests set the next answer so that no dialog blocks a headless
// run, and can read what it said.
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        QString name;
        QString password;
    };

    // name: whose password is asked (shown, not editable); empty: the person types a name too.
    // Nothing when they cancelled.
    static std::optional<Answer> ask(QWidget* parent, const QString& title, const QString& text,
                                     const QString& name = QString());

    static void setNextAnswer(std::optional<Answer> answer);
    static QString lastText();

private:
    CredentialsDialog(QWidget* parent, const QString& title, const QString& text, const QString& name);

    QLineEdit* m_name;
    QLineEdit* m_password;
};

} // namespace careu::ui
