#include "AppDriver.h"
#include "HelpMenu.h"
#include "MessageBox.h"
#include "Services.h"
#include "people/Keys.h"
#include "signoff/ChainAudit.h"

#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace careu;

// Upgrading from the version before records were signed (tests/core/legacy/v6-demo.sqlite): a coach
// who signs in first is told her key waits for a manager; the first admin to sign in is asked whether
// to adopt the earlier records, and asked again next time if not now; once she does, she is told so
// (the coach's key is adopted with them); a mentor who signs in after is told the
// same as the coach, and in People the admin endorses her key by the fingerprint she reads from Help,
// About, where a wrong one endorses nothing. After that the chain verifies.
class TestAdoptionFlow : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC)};
    const QString Password = QStringLiteral("care-demo");
    QTemporaryDir m_dir;
    std::unique_ptr<AppDriver> m_app;

    // Signs in as name from the sign-in screen, answering the messages it shows with answers; the
    // last message shown, or empty.
    QString signInAs(const QString& name, const QVector<QMessageBox::StandardButton>& answers)
    {
        ui::MessageBox::clearLastText();
        for (QMessageBox::StandardButton answer : answers)
            ui::MessageBox::setNextAnswer(answer);
        m_app->pick(name);
        m_app->signIn(Password);
        [&] { QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible()); }();
        return ui::MessageBox::lastText();
    }

    void signOut()
    {
        m_app->click(QStringLiteral("signOutButton"));
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("passwordEdit"))->isVisible());
    }

    QString text(const QString& name) { return m_app->find<QLabel>(name)->text(); }

private slots:
    void mentorFirstThenTheAdminAdoptsAndEndorses()
    {
        const QString path = m_dir.filePath(QStringLiteral("careu.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CAREU_SOURCE_DIR "/tests/core/legacy/v6-demo.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        m_app = std::make_unique<AppDriver>(m_clock);
        m_app->setLocation(path);
        m_app->start();
        m_app->window()->resize(1024, 640);

        // The coach is first: nothing is adopted, and she learns what her key waits for.
        QString shown = signInAs(QStringLiteral("Zoë Haddad"), {QMessageBox::Ok});
        QVERIFY2(shown.contains(QStringLiteral("no manager has endorsed it")), qPrintable(shown));
        Services services(m_app->db(), m_app->catalog(), m_clock);
        QString error;
        QVERIFY(ChainAudit::organizationFingerprint(services, &error).isEmpty());
        signOut();

        // The admin adopts the earlier records (47, and the keys the two of them declared), and the
        // coach's key with them.
        // Asked first; not now leaves everything as it was, and the next sign-in asks again.
        shown = signInAs(QStringLiteral("Mona Reyes"), {QMessageBox::No});
        QVERIFY2(shown.contains(QStringLiteral(
                     "its 49 records, sign-offs and graduations among them, do not verify yet")),
                 qPrintable(shown));
        QVERIFY(ChainAudit::organizationFingerprint(services, &error).isEmpty());
        signOut();
        shown = signInAs(QStringLiteral("Mona Reyes"), {QMessageBox::Yes, QMessageBox::Ok});
        QVERIFY2(shown.contains(QStringLiteral("vouched for the records made before (49 in all)")),
                 qPrintable(shown));
        QVERIFY(!ChainAudit::organizationFingerprint(services, &error).isEmpty());
        signOut();

        // The mentor signs in after: her key is her own declaration, and she is told its fingerprint.
        shown = signInAs(QStringLiteral("Ana Okafor"), {QMessageBox::Ok});
        const Person ana = *services.people.findByName(QStringLiteral("Ana Okafor"), &error);
        const QString fingerprint = Keys::fingerprint(ana.publicKey);
        QVERIFY2(shown.contains(QStringLiteral("no manager has endorsed it")) && shown.contains(fingerprint),
                 qPrintable(shown));
        // What she tries to sign is refused, with why, and what she typed stays.
        const QString thanks = QStringLiteral("You greeted Mrs Ortiz by name at the door.");
        m_app->type(QStringLiteral("recognitionText"), thanks);
        m_app->click(QStringLiteral("recognizeButton"));
        QTRY_VERIFY(text(QStringLiteral("mentorStatus")).contains(QStringLiteral("not endorsed yet")));
        QVERIFY(m_app->find<QLabel>(QStringLiteral("mentorStatus"))->isVisible());
        QCOMPARE(m_app->find<QLineEdit>(QStringLiteral("recognitionText"))->text(), thanks);
        // Help, About shows her the same fingerprint, to read out.
        const QString about = m_app->window()->findChild<ui::HelpMenu*>()->about();
        QVERIFY2(about.contains(QStringLiteral("Your signing key's fingerprint: <b>%1</b>").arg(fingerprint)),
                 qPrintable(about));
        signOut();
        // A learner signing in after declares a key too, and is told nothing: hers needs no endorsement.
        QCOMPARE(signInAs(QStringLiteral("Rosa Haddad"), {}), QString());
        signOut();
        QCOMPARE(signInAs(QStringLiteral("Mona Reyes"), {}), QString());
        m_app->openTab(QStringLiteral("People"));
        // The coach's key came with the adoption; a learner's own key needs nobody's endorsement.
        for (const QString& name : {QStringLiteral("Zoë Haddad"), QStringLiteral("Rosa Haddad")}) {
            m_app->clickRow(QStringLiteral("peopleTable"), name);
            QTRY_COMPARE(text(QStringLiteral("chosenName")), name);
            QVERIFY(m_app->find<QWidget>(QStringLiteral("personEditor"))->isVisible());
            QVERIFY(!m_app->find<QWidget>(QStringLiteral("keyEndorsement"))->isVisible());
        }

        // People: the mentor's key waits, with the field to type its fingerprint in.
        m_app->clickRow(QStringLiteral("peopleTable"), QStringLiteral("Ana Okafor"));
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("keyEndorsement"))->isVisible());
        QVERIFY(
            text(QStringLiteral("keyNote")).contains(QStringLiteral("Ana Okafor made their signing key")));
        auto* field = m_app->find<QLineEdit>(QStringLiteral("keyFingerprint"));
        QVERIFY(!field->accessibleName().isEmpty());
        QVERIFY(field->focusPolicy() & Qt::TabFocus);

        // A wrong fingerprint: refused, what was typed stays to correct, nothing endorsed.
        QString wrong = fingerprint;
        wrong[0] = wrong.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        m_app->type(QStringLiteral("keyFingerprint"), wrong);
        m_app->click(QStringLiteral("endorseKeyButton"));
        QTRY_VERIFY(text(QStringLiteral("peopleStatus")).contains(QStringLiteral("not the fingerprint")));
        QCOMPARE(field->text(), wrong);
        QVERIFY(services.accounts.onlyDeclared(ana.id, ana.publicKey, &error));

        // The one she reads out, as typed in lower case without dashes.
        field->clear();
        m_app->type(QStringLiteral("keyFingerprint"), fingerprint.toLower().remove(QLatin1Char('-')));
        m_app->click(QStringLiteral("endorseKeyButton"));
        QTRY_COMPARE(text(QStringLiteral("peopleStatus")),
                     QStringLiteral("Ana Okafor's key is endorsed: what they sign counts from now on."));
        QVERIFY(m_app->find<QWidget>(QStringLiteral("personEditor"))->isVisible());
        QVERIFY(!m_app->find<QWidget>(QStringLiteral("keyEndorsement"))->isVisible());
        QVERIFY(!services.accounts.onlyDeclared(ana.id, ana.publicKey, &error));
        signOut();

        // The mentor again: nothing waits now.
        QCOMPARE(signInAs(QStringLiteral("Ana Okafor"), {}), QString());
        const ChainAudit::Result audit = ChainAudit(services).run(&error);
        QVERIFY2(audit.ok(), qPrintable(audit.describe().join(QLatin1Char('\n'))));
        QCOMPARE(audit.adoptedThrough, 49);
        QVERIFY(audit.team.value(ana.id).endorsed);
    }
};

QTEST_MAIN(TestAdoptionFlow)
#include "tst_adoptionflow.moc"
