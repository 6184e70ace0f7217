#include "AppDriver.h"
#include "HelpMenu.h"
#include "Services.h"
#include "demo/DemoSeeder.h"
#include "signoff/ChainAudit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QTextBrowser>
#include <QtTest>

using namespace careu;

// Help as a person meets it: the menu clicked where it is drawn, a guide that speaks to the role
// of whoever is signed in (everyone's on the sign-in screen), F1 for it, the keyboard shortcuts,
// and About with the version and where the database is.
class TestHelpMenu : public QObject
{
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;
    const QString Password = QStringLiteral("a good password");

    // Opens Help in the menu bar and clicks the item with this objectName, both by position.
    void choose(const QString& item)
    {
        QMenuBar* bar = m_app->window()->menuBar();
        auto* help = m_app->find<QMenu>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        AppDriver::clickAt(bar, bar->actionGeometry(help->menuAction()).center());
        QTRY_VERIFY(help->isVisible());
        QAction* action = help->findChild<QAction*>(item);
        QVERIFY2(action, qPrintable(item));
        QTest::mouseClick(help, Qt::LeftButton, {}, help->actionGeometry(action).center());
        QTRY_VERIFY(!help->isVisible());
    }

    // The help window called name, showing; its text.
    QString shown(const QString& name)
    {
        QDialog* dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_app->find<QDialog>(name)) && dialog->isVisible()); }();
        if (!dialog)
            return {};
        auto* text = dialog->findChild<QTextBrowser*>();
        if (!text || text->accessibleName().isEmpty())
            return QStringLiteral("(the text has no name for a screen reader)");
        return text->toPlainText();
    }

private slots:
    void init()
    {
        m_app = std::make_unique<AppDriver>(m_clock);
        m_app->start();
        Services services(m_app->db(), m_app->catalog(), m_clock);
        QString error;
        for (const auto& [name, role] : {std::pair{QStringLiteral("Ana Learner"), Role::Learner},
                                         std::pair{QStringLiteral("Mia Manager"), Role::Manager}}) {
            NewPerson person;
            person.name = name;
            person.roles = {role};
            const auto created = services.people.create(person, &error);
            QVERIFY2(created, qPrintable(error));
            QVERIFY2(services.accounts.setPassword(created->id, Password, &error), qPrintable(error));
        }
        m_app->start();
    }
    void cleanup() { m_app.reset(); }

    void theGuideSpeaksToWhoIsSignedIn()
    {
        choose(QStringLiteral("helpGuideAction"));
        QString text = shown(QStringLiteral("helpGuide"));
        for (const char* part : {"Learning", "Mentoring", "Coaching", "Managing"})
            QVERIFY2(text.contains(QLatin1String(part)), part);

        m_app->pick(QStringLiteral("Ana Learner"));
        m_app->signIn(Password);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        QTest::keyClick(m_app->window(), Qt::Key_F1);
        text = shown(QStringLiteral("helpGuide"));
        QVERIFY(text.contains(QLatin1String("Check")) && text.contains(QLatin1String("first answer")));
        QVERIFY2(!text.contains(QLatin1String("Managing")) && !text.contains(QLatin1String("Mentoring")),
                 qPrintable(text));
        QCOMPARE(m_app->window()->findChildren<QDialog*>(QStringLiteral("helpGuide")).size(), 1);

        m_app->click(QStringLiteral("signOutButton"));
        m_app->pick(QStringLiteral("Mia Manager"));
        m_app->signIn(Password);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        choose(QStringLiteral("helpGuideAction"));
        text = shown(QStringLiteral("helpGuide"));
        QVERIFY(text.contains(QLatin1String("Managing")) && text.contains(QLatin1String("follow the filters")));
        QVERIFY(!text.contains(QLatin1String("Reflect")));
    }

    void aboutSaysTheVersionAndWhereTheDatabaseIs()
    {
        choose(QStringLiteral("helpAboutAction"));
        const QString text = shown(QStringLiteral("helpAbout"));
        QVERIFY2(text.contains(QCoreApplication::applicationVersion()), qPrintable(text));
        QVERIFY2(text.contains(m_app->db().location().displayName()), qPrintable(text));
        // People made outside the chain: no organization's root key yet.
        QVERIFY2(text.contains(QLatin1String("Organization fingerprint: none yet")), qPrintable(text));
        // Closed from the keyboard: Tab reaches Close, Space presses it.
        auto* dialog = m_app->find<QDialog>(QStringLiteral("helpAbout"));
        auto* close = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
        QVERIFY(close && close->focusPolicy() & Qt::TabFocus);
        close->setFocus();
        QTest::keyClick(close, Qt::Key_Space);
        QTRY_VERIFY(!dialog->isVisible());
    }

    // The fingerprint certificates print and check --org takes, of an organization with its root.
    void aboutShowsTheOrganizationsFingerprint()
    {
        m_app = std::make_unique<AppDriver>(m_clock);
        m_app->start();
        QString error;
        DemoSeeder::Summary summary;
        QVERIFY2(DemoSeeder(Services(m_app->db(), m_app->catalog(), m_clock), 3).run(4, &summary, &error),
                 qPrintable(error));
        m_app->start();
        const QString fingerprint =
            ChainAudit::organizationFingerprint(Services(m_app->db(), m_app->catalog(), m_clock), &error);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$")).match(fingerprint).hasMatch(),
                 qPrintable(fingerprint + error));
        choose(QStringLiteral("helpAboutAction"));
        const QString text = shown(QStringLiteral("helpAbout"));
        QVERIFY2(text.contains(QStringLiteral("Organization fingerprint: ") + fingerprint), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("careu check --org ") + fingerprint), qPrintable(text));
    }

    void shortcutsNameTheKeysThatWork()
    {
        choose(QStringLiteral("helpShortcutsAction"));
        const QString text = shown(QStringLiteral("helpShortcuts"));
        QVERIFY2(text.contains(QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText)), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("F1")));
        QVERIFY(text.contains(QLatin1String("Ctrl+PgDown")));
    }
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
