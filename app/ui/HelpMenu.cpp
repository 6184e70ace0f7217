#include "HelpMenu.h"

#include "Services.h"
#include "people/Keys.h"
#include "signoff/ChainAudit.h"
#include "store/Database.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace careu::ui {

HelpMenu::HelpMenu(const Services& services, std::function<const Person*()> signedIn, QWidget* parent)
    : QMenu(tr("&Help"), parent), m_services(services), m_signedIn(std::move(signedIn))
{
    setObjectName(QStringLiteral("helpMenu"));
    QAction* guideAction = addAction(tr("&Guide for your role"), this, [this] {
        showText(QStringLiteral("helpGuide"), tr("Guide"),
                 guide(m_signedIn() ? m_signedIn()->roles : Roles{}));
    });
    guideAction->setObjectName(QStringLiteral("helpGuideAction"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    addAction(tr("&Keyboard shortcuts"), this, [this] {
        showText(QStringLiteral("helpShortcuts"), tr("Keyboard shortcuts"), shortcuts());
    })->setObjectName(QStringLiteral("helpShortcutsAction"));
    addSeparator();
    addAction(tr("&About Customer CARE University"), this, [this] {
        showText(QStringLiteral("helpAbout"), tr("About Customer CARE University"), about());
    })->setObjectName(QStringLiteral("helpAboutAction"));
}

QString HelpMenu::guide(const Roles& roles)
{
    const bool everyone = roles.isEmpty();
    QString html;
    if (everyone)
        html += tr("<p>Pick your name and type your password to start. What you see next depends on your "
                   "role. Here is what each role does.</p>");
    if (everyone || roles.contains(Role::Learner))
        html += tr("<h3>Learning</h3>"
                   "<p>Your lessons are on the My learning tab. CARE 101 comes first, then CARE 102. Each "
                   "lesson has four steps:</p>"
                   "<ul><li><b>Learn</b>: read the lesson. It is short.</li>"
                   "<li><b>Check</b>: answer a few questions. Your first answer to each one counts, so "
                   "think before you pick.</li>"
                   "<li><b>Reflect</b>: write how you will use it with your own customers. It saves as "
                   "you type.</li>"
                   "<li><b>Practice</b>: play the role-play or do the task on the floor, then ask your "
                   "mentor to sign it off. If they send it back, read their coaching and try again.</li></ul>"
                   "<p>When every Practice of both courses is signed off, you graduate. Your coach then "
                   "sends short refreshers after a week, a month and three months.</p>");
    if (everyone || roles.contains(Role::Mentor))
        html += tr("<h3>Mentoring</h3>"
                   "<p>The Mentoring tab lists your learners and what waits for you. Open a request to read "
                   "their Check answers, their reflection and how their role-play went.</p>"
                   "<ul><li><b>Sign off</b> when the Practice shows the skill. Your signature is yours "
                   "alone: nobody else can sign for you.</li>"
                   "<li><b>Send back</b> with coaching that says what to try next time.</li>"
                   "<li><b>Recognize</b> good CARE you saw on the floor, and log your huddles.</li></ul>");
    if (everyone || roles.contains(Role::Coach))
        html += tr("<h3>Coaching</h3>"
                   "<p>The Coaching tab lists your graduates and their refreshers. When a graduate has taken "
                   "one, read their answers, talk with them, and record the check-in with a short note.</p>");
    if (everyone || roles.contains(Role::Manager) || roles.contains(Role::Admin))
        html += tr("<h3>Managing</h3>"
                   "<ul><li><b>People</b>: add your team, give roles, and pick each learner's mentor and "
                   "coach.</li>"
                   "<li><b>Dashboard</b>: see who is where. Filter by course, shop, mentor or status; "
                   "the CSV, the PDF report and the certificates follow the filters on screen.</li></ul>");
    return html;
}

QString HelpMenu::shortcuts()
{
    const auto key = [](QKeySequence::StandardKey standard) {
        return QKeySequence(standard).toString(QKeySequence::NativeText).toHtmlEscaped();
    };
    const QList<std::pair<QString, QString>> rows{
        {tr("Tab, Shift+Tab"), tr("Move to the next or the previous control")},
        {tr("Space"), tr("Press the focused button or tick the focused answer")},
        {tr("Enter"), tr("Send the form you are filling in (sign in, add someone)")},
        {QStringLiteral("Ctrl+PgDown, Ctrl+PgUp"), tr("Next or previous step of a lesson")},
        {tr("1 to 9"), tr("Pick a choice in a role-play")},
        {QStringLiteral("Ctrl+Tab"), tr("Next tab")},
        {key(QKeySequence::HelpContents), tr("This guide")},
        {key(QKeySequence::Quit), tr("Quit")},
    };
    QString html = QStringLiteral("<table cellpadding=\"4\">");
    for (const auto& [keys, what] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys, what.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

QString HelpMenu::about() const
{
    QString error;
    const QString fingerprint = ChainAudit::organizationFingerprint(m_services, &error);
    QString organization;
    if (!error.isEmpty())
        organization = tr("The organization's fingerprint could not be read: %1").arg(error).toHtmlEscaped();
    else if (fingerprint.isEmpty())
        organization =
            tr("Organization fingerprint: none yet (no admin has signed this database's records).");
    else
        organization =
            tr("Organization fingerprint: <b>%1</b></p><p>Certificates and reports print it. These hold a "
               "database or a certificate against it:<br><tt>careu check --org %1</tt><br><tt>careu "
               "verify --org %1</tt></p><p>Keep a note of it away from this computer.")
                .arg(fingerprint.toHtmlEscaped());
    // The key open in this session (the one that signs), not what the table says it is.
    QString own;
    QString notOpen;
    if (const Person* person = m_signedIn()) {
        if (const SigningKey* key = m_services.accounts.signer(person->id, &notOpen))
            own =
                QStringLiteral("<p>%1</p>")
                    .arg(tr("Your signing key's fingerprint: <b>%1</b>. A manager who endorses your key asks "
                            "you for it.")
                             .arg(Keys::fingerprint(key->publicKey())));
    }
    return tr("<h3>Customer CARE University %1</h3>"
              "<p>Lessons, role-plays and sign-offs that teach customer CARE.</p>"
              "<p>Database: %2</p>")
               .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                    m_services.db.location().displayName().toHtmlEscaped()) +
           QStringLiteral("<p>%1</p>").arg(organization) + own;
}

void HelpMenu::showText(const QString& objectName, const QString& title, const QString& html)
{
    // One window of each kind: asked again, the open one comes to the front with today's text.
    auto* dialog = parentWidget()->findChild<QDialog*>(objectName);
    QTextBrowser* text = nullptr;
    if (dialog) {
        text = dialog->findChild<QTextBrowser*>();
    } else {
        dialog = new QDialog(parentWidget());
        dialog->setObjectName(objectName);
        dialog->resize(560, 480);
        auto* layout = new QVBoxLayout(dialog);
        text = new QTextBrowser(dialog);
        text->setOpenExternalLinks(false);
        text->setAccessibleName(title);
        layout->addWidget(text);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
    }
    dialog->setWindowTitle(title);
    text->setHtml(html);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace careu::ui
