#include "AppDriver.h"
#include "AppIdentity.h"
#include "Language.h"
#include "Services.h"

#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QtTest>

using namespace careu;
using careu::ui::Language;

// The window in Spanish: chosen in the Language menu (kept on this computer), it is in use from
// the sign-in screen on, plurals included, and English comes back the same way.
class TestLanguage : public QObject
{
    Q_OBJECT

private:
    const QString Password = QStringLiteral("a good password");

    // A learner with a mentor, each with a password, in a database the window has not seen yet.
    void seed()
    {
        m_app->start();
        Services services(m_app->db(), m_app->catalog(), m_clock);
        QString error;
        qint64 mentor = 0;
        for (const auto& [name, role] : {std::pair{QStringLiteral("Maria Mentor"), Role::Mentor},
                                         std::pair{QStringLiteral("Ana Learner"), Role::Learner}}) {
            NewPerson person;
            person.name = name;
            person.roles = {role};
            person.mentorId = mentor;
            const auto created = services.people.create(person, &error);
            QVERIFY2(created, qPrintable(error));
            QVERIFY2(services.accounts.setPassword(created->id, Password, &error), qPrintable(error));
            mentor = created->id;
        }
        m_app->close();
    }

    // Opens the Language menu and clicks language in it, where they are drawn.
    void chooseInMenu(const QString& action)
    {
        QMenuBar* bar = m_app->window()->menuBar();
        auto* menu = m_app->find<QMenu>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QTRY_VERIFY(bar->isVisible() && bar->actionGeometry(menu->menuAction()).isValid());
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
        QTRY_VERIFY(menu->isVisible());
        auto* item = m_app->find<QAction>(action);
        QVERIFY(item);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
        QTRY_VERIFY(!menu->isVisible());
    }

    QString signInText() { return m_app->find<QPushButton>(QStringLiteral("chooseProfileButton"))->text(); }

    QString reflectionStatus() { return m_app->find<QLabel>(QStringLiteral("reflectionStatus"))->text(); }

    // One word, then two: the Reflect step of the first lesson counts them in the singular, then
    // the plural (each pair: what is typed, how the count starts then).
    void countWords(const QPair<QString, QString>& one, const QPair<QString, QString>& two)
    {
        const QString lesson = m_app->catalog().course(QStringLiteral("care-101"))->lessons.first().id;
        m_app->click(QStringLiteral("lesson_care-101_") + lesson);
        m_app->click(QStringLiteral("step_reflect"));
        auto* editor = m_app->find<QPlainTextEdit>(QStringLiteral("reflectionEdit"));
        for (const auto& [typed, count] : {one, two}) {
            QTest::keyClicks(editor, typed);
            QVERIFY2(reflectionStatus().startsWith(count), qPrintable(reflectionStatus()));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
    }

    void init()
    {
        QSettings().remove(QStringLiteral("ui/language"));
        ui::useLanguage(Language::English);
        m_app = std::make_unique<AppDriver>(m_clock);
        seed();
    }

    void cleanup()
    {
        m_app.reset();
        ui::useLanguage(Language::English);
        QSettings().remove(QStringLiteral("ui/language"));
    }

    void theSystemLocaleChoosesUntilSomeoneDoes()
    {
        QCOMPARE(ui::chosenLanguage(),
                 QLocale::system().language() == QLocale::Spanish ? Language::Spanish : Language::English);
        ui::chooseLanguage(Language::Spanish);
        QCOMPARE(ui::chosenLanguage(), Language::Spanish);
        ui::chooseLanguage(Language::English);
        QCOMPARE(ui::chosenLanguage(), Language::English);
    }

    void aLearnerSignsInInSpanish()
    {
        ui::chooseLanguage(Language::Spanish);
        ui::useLanguage(ui::chosenLanguage());
        m_app->start();
        QCOMPARE(signInText(), QStringLiteral("Entrar"));
        QVERIFY(m_app->find<QAction>(QStringLiteral("languageSpanish"))->isChecked());

        m_app->pick(QStringLiteral("Ana Learner"));
        m_app->signIn(Password);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        QCOMPARE(m_app->find<QPushButton>(QStringLiteral("signOutButton"))->text(),
                 QStringLiteral("Cerrar sesión"));
        auto* tabs = m_app->find<QTabWidget>(QStringLiteral("homeTabs"));
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Mi aprendizaje"));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("greeting"))->text(),
                 QStringLiteral("Hola, Ana Learner"));
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("progressText_care-101"))->text(),
                 QStringLiteral("0 de 5 lecciones completas"));

        countWords({QStringLiteral("Hola"), QStringLiteral("1 palabra · ")},
                   {QStringLiteral(" primero"), QStringLiteral("2 palabras · ")});
        QTRY_VERIFY2(reflectionStatus().contains(QStringLiteral("guardado")), qPrintable(reflectionStatus()));
    }

    void englishComesBackAfterSignOut()
    {
        ui::chooseLanguage(Language::Spanish);
        ui::useLanguage(ui::chosenLanguage());
        m_app->start();
        m_app->pick(QStringLiteral("Ana Learner"));
        m_app->signIn(Password);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());

        // Signed in: the window stays as it is until sign-out, and says so.
        chooseInMenu(QStringLiteral("languageEnglish"));
        QCOMPARE(ui::chosenLanguage(), Language::English);
        QCOMPARE(m_app->window()->statusBar()->currentMessage(),
                 QStringLiteral("El nuevo idioma se usa cuando cierras sesión."));
        QCOMPARE(m_app->find<QTabWidget>(QStringLiteral("homeTabs"))->tabText(0),
                 QStringLiteral("Mi aprendizaje"));
        m_app->click(QStringLiteral("signOutButton"));
        QTRY_COMPARE(signInText(), QStringLiteral("Sign in"));
        QCOMPARE(ui::languageInUse(), Language::English);
        QVERIFY(m_app->find<QAction>(QStringLiteral("languageEnglish"))->isChecked());

        // Nobody signed in: at once.
        chooseInMenu(QStringLiteral("languageSpanish"));
        QTRY_COMPARE(signInText(), QStringLiteral("Entrar"));
        chooseInMenu(QStringLiteral("languageEnglish"));
        QTRY_COMPARE(signInText(), QStringLiteral("Sign in"));
        m_app->pick(QStringLiteral("Ana Learner"));
        m_app->signIn(Password);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        QCOMPARE(m_app->find<QTabWidget>(QStringLiteral("homeTabs"))->tabText(0),
                 QStringLiteral("My learning"));
        // English has its plural forms too: not "1 words".
        countWords({QStringLiteral("Hello"), QStringLiteral("1 word · ")},
                   {QStringLiteral(" again"), QStringLiteral("2 words · ")});
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
