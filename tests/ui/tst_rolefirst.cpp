#include "AppDriver.h"
#include "Services.h"

#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtTest>

using namespace careu;

// What each role meets first: a fresh window, that person signing in before anyone else. Only
// their own pages are drawn (no other role's page painted over theirs, covering the tab bar or
// taking the focus), every tab opens where a person clicks it, and signing out and in as
// someone else in the same window shows only that person's pages.
class TestRoleFirst : public QObject
{
    Q_OBJECT

private:
    const QString Password = QStringLiteral("a good password");

    struct Member
    {
        QString name;
        Roles roles;
        QStringList tabs;
    };

    static QVector<Member> team()
    {
        return {
            {QStringLiteral("Ana Learner"), {Role::Learner}, {QStringLiteral("My learning")}},
            {QStringLiteral("Maria Mentor"), {Role::Mentor}, {QStringLiteral("Mentoring")}},
            {QStringLiteral("Cole Coach"), {Role::Coach}, {QStringLiteral("Coaching")}},
            {QStringLiteral("Mia Manager"),
             {Role::Manager},
             {QStringLiteral("People"), QStringLiteral("Dashboard")}},
            {QStringLiteral("Ada Admin"),
             {Role::Admin},
             {QStringLiteral("People"), QStringLiteral("Dashboard")}},
            {QStringLiteral("Lee Everything"),
             {Role::Learner, Role::Mentor, Role::Coach, Role::Manager},
             {QStringLiteral("My learning"), QStringLiteral("Mentoring"), QStringLiteral("Coaching"),
              QStringLiteral("People"), QStringLiteral("Dashboard")}},
        };
    }

    // The team above, each with a password, in a database the window has not seen yet.
    void seed()
    {
        m_app->start();
        Services services(m_app->db(), m_app->catalog(), m_clock);
        QString error;
        for (const Member& member : team()) {
            NewPerson person;
            person.name = member.name;
            person.roles = member.roles;
            const auto created = services.people.create(person, &error);
            QVERIFY2(created, qPrintable(error));
            QVERIFY2(services.accounts.setPassword(created->id, Password, &error), qPrintable(error));
        }
        const auto ana = services.people.findByName(QStringLiteral("Ana Learner"), &error);
        const auto maria = services.people.findByName(QStringLiteral("Maria Mentor"), &error);
        QVERIFY(services.people.setMentor(ana->id, maria->id, &error));
        m_app->close();
    }

    // Every widget drawn belongs to the page showing, its tab bar, the menu or the status bar.
    void onlyTheCurrentPageIsDrawn()
    {
        QMainWindow* window = m_app->window();
        auto* pages = qobject_cast<QStackedWidget*>(window->centralWidget());
        QVERIFY(pages);
        QWidget* page = pages->currentWidget();
        QList<QWidget*> shown{page, window->menuBar()};
        if (auto* status = window->findChild<QStatusBar*>())
            shown.append(status);
        if (auto* tabs = qobject_cast<QTabWidget*>(page)) {
            page = tabs->currentWidget();
            shown = {page, tabs->tabBar(), tabs->cornerWidget(), window->menuBar()};
        }
        QVERIFY(page->isVisible());
        for (QWidget* widget : window->findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->isAncestorOf(page))
                continue;
            const bool belongs = std::any_of(shown.cbegin(), shown.cend(), [widget](QWidget* root) {
                return root == widget || root->isAncestorOf(widget);
            });
            QVERIFY2(belongs,
                     qPrintable(QStringLiteral("drawn outside the current page: ") + AppDriver::describe(widget)));
        }
    }

    void signInAs(const QString& name)
    {
        m_app->pick(name);
        m_app->signIn(Password);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
    }

    // Each tab, clicked where it is drawn, opens and shows only itself.
    void clickEveryTab(const QStringList& titles)
    {
        auto* tabs = m_app->find<QTabWidget>(QStringLiteral("homeTabs"));
        QVERIFY(tabs);
        QStringList shown;
        for (int i = 0; i < tabs->count(); ++i)
            shown.append(tabs->tabText(i));
        QCOMPARE(shown, titles);
        onlyTheCurrentPageIsDrawn();
        // Backwards too, so that every tab is opened from another one.
        for (int step = 0; step < 2 * titles.size(); ++step) {
            const int i = step < titles.size() ? step : 2 * titles.size() - 1 - step;
            m_app->openTab(titles.at(i));
            QVERIFY(tabs->currentWidget()->isVisible());
            onlyTheCurrentPageIsDrawn();
        }
    }

private slots:
    void init()
    {
        m_app = std::make_unique<AppDriver>(m_clock);
        seed();
    }
    void cleanup() { m_app.reset(); }

    void firstSignIn_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        const QVector<Member> members = team();
        for (int i = 0; i < members.size(); ++i) {
            const int next = (i + 1) % static_cast<int>(members.size());
            QTest::addRow("%s, then %s", qPrintable(members.at(i).name), qPrintable(members.at(next).name))
                << i << next;
        }
    }

    void firstSignIn()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        m_app->start();
        onlyTheCurrentPageIsDrawn();
        for (int who : {first, second}) {
            const Member member = team().at(who);
            signInAs(member.name);
            clickEveryTab(member.tabs);
            m_app->click(QStringLiteral("signOutButton"));
            QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("profileList"))->isVisible());
            onlyTheCurrentPageIsDrawn();
        }
    }

    void learnerStartsTheirFirstLesson()
    {
        m_app->start();
        signInAs(QStringLiteral("Ana Learner"));
        m_app->click(QStringLiteral("continueButton"));
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("lessonTitle"))->isVisible());
        onlyTheCurrentPageIsDrawn();
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;
};

QTEST_MAIN(TestRoleFirst)
#include "tst_rolefirst.moc"
