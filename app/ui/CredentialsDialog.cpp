#include "CredentialsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace careu::ui {

namespace {
std::optional<std::optional<CredentialsDialog::Answer>> nextAnswer;
QString shownText;
} // namespace

void CredentialsDialog::setNextAnswer(std::optional<Answer> answer)
{
    nextAnswer = std::move(answer);
}

QString CredentialsDialog::lastText()
{
    return shownText;
}

CredentialsDialog::CredentialsDialog(QWidget* parent, const QString& title, const QString& text,
                                     const QString& name)
    : QDialog(parent), m_name(new QLineEdit(name, this)), m_password(new QLineEdit(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("credentialsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(text, this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto* form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("credentialsName"));
    m_name->setReadOnly(!name.isEmpty());
    m_password->setObjectName(QStringLiteral("credentialsPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Confirm"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (name.isEmpty() ? m_name : m_password)->setFocus();
}

std::optional<CredentialsDialog::Answer> CredentialsDialog::ask(QWidget* parent, const QString& title,
                                                                const QString& text, const QString& name)
{
    shownText = text;
    if (nextAnswer) {
        auto answer = std::move(*nextAnswer);
        nextAnswer.reset();
        return answer;
    }
    CredentialsDialog dialog(parent, title, text, name);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Answer{dialog.m_name->text(), dialog.m_password->text()};
}

} // namespace careu::ui
