#pragma once

#include "AppDriver.h"
#include "Services.h"
#include "demo/DemoSeeder.h"

#include <QAbstractItemView>
#include <QProgressBar>
#include <QTableView>
#include <functional>

// Walks every main screen of every role on a demo team, as a person reaches them: that role signs
// in first on a fresh window, then opens each tab, a lesson's four steps, a role-play and its
// debrief, a review, the dashboard's views and a record. At each screen it calls look(name) with
// the screen laid out and shown, for a test to check what a person sees there.
class ScreenTour
{
public:
    enum class Who
    {
        Learner,
        Mentor,
        Coach,
        Manager
    };
    using Look = std::function<void(const QString& screen)>;

    explicit ScreenTour(const careu::Clock& clock) : m_clock(clock), m_app(clock) {}

    AppDriver& app() { return m_app; }

    // The window's size on every screen from now on (the app's own size until then).
    void setWindowSize(const QSize& size) { m_size = size; }

    // Fills the database with the demo team once; the app starts again on it.
    void seed()
    {
        m_app.start();
        careu::DemoSeeder::Summary summary;
        QString error;
        QVERIFY2(careu::DemoSeeder(careu::Services(m_app.db(), m_app.catalog(), m_clock), 7)
                     .run(16, &summary, &error),
                 qPrintable(error));
    }

    static QString name(Who who)
    {
        switch (who) {
        case Who::Learner:
            return QStringLiteral("learner");
        case Who::Mentor:
            return QStringLiteral("mentor");
        case Who::Coach:
            return QStringLiteral("coach");
        case Who::Manager:
            return QStringLiteral("manager");
        }
        return {};
    }

    // The sign-in screen of a fresh window.
    void signInScreen(const Look& look)
    {
        start();
        look(QStringLiteral("sign-in"));
    }

    // A fresh window, who signs in first, then each of their screens.
    void visit(Who who, const Look& look)
    {
        start();
        const QString person = personFor(who);
        QVERIFY2(!person.isEmpty(), qPrintable(QStringLiteral("no demo ") + name(who)));
        signIn(person);
        if (QTest::currentTestFailed())
            return;
        settle();
        switch (who) {
        case Who::Learner:
            return learner(look);
        case Who::Mentor:
            return mentor(look);
        case Who::Coach:
            m_app.openTab(QStringLiteral("Coaching"));
            settle();
            return look(QStringLiteral("coach home"));
        case Who::Manager:
            return manager(look);
        }
    }

    // Lets layouts, deferred deletes and the dashboard's background reads finish.
    static void settle()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();
        }
    }

private:
    void start()
    {
        m_app.start();
        if (m_size.isValid()) {
            m_app.window()->resize(m_size);
            QTRY_COMPARE(m_app.window()->size(), m_size);
        }
        settle();
    }

    void signIn(const QString& person)
    {
        m_app.pick(person);
        m_app.signIn(careu::DemoSeeder::password());
    }

    QString personFor(Who who)
    {
        careu::Services services(m_app.db(), m_app.catalog(), m_clock);
        QString error;
        const QVector<careu::Person> people = services.people.active(&error);
        for (const careu::Person& person : people) {
            const careu::Roles& roles = person.roles;
            switch (who) {
            case Who::Learner:
                if (roles == careu::Roles{careu::Role::Learner} && person.mentorId != 0)
                    return person.name;
                break;
            case Who::Mentor:
                if (roles.contains(careu::Role::Mentor) && waitsForReview(services, people, person.id))
                    return person.name;
                break;
            case Who::Coach:
                if (roles == careu::Roles{careu::Role::Coach})
                    return person.name;
                break;
            case Who::Manager:
                if (roles.contains(careu::Role::Manager))
                    return person.name;
                break;
            }
        }
        return {};
    }

    static bool waitsForReview(careu::Services& services, const QVector<careu::Person>& people, qint64 mentorId)
    {
        QString error;
        for (const careu::Person& mentee : people) {
            if (mentee.mentorId != mentorId)
                continue;
            const auto statuses = services.signOffs.statuses(mentee.id, &error);
            for (const careu::PracticeStatus& status : statuses) {
                if (status.state == careu::PracticeState::Requested)
                    return true;
            }
        }
        return false;
    }

    // The first visible button whose objectName starts with prefix.
    QPushButton* firstButton(const QString& prefix)
    {
        const auto buttons = m_app.window()->findChildren<QPushButton*>();
        for (QPushButton* button : buttons) {
            if (button->objectName().startsWith(prefix) && button->isVisible())
                return button;
        }
        return nullptr;
    }

    void press(QPushButton* button, const QString& what)
    {
        QVERIFY2(button, qPrintable(QStringLiteral("nothing to click for ") + what));
        AppDriver::clickAt(button, button->rect().center());
        settle();
    }

    void learner(const Look& look)
    {
        look(QStringLiteral("learner home"));
        press(firstButton(QStringLiteral("lesson_")), QStringLiteral("a lesson"));
        for (const char* step : {"learn", "check", "reflect", "practice"}) {
            if (QTest::currentTestFailed())
                return;
            m_app.click(QStringLiteral("step_") + QLatin1String(step));
            settle();
            look(QStringLiteral("lesson ") + QLatin1String(step));
        }
        m_app.click(QStringLiteral("homeButton"));
        settle();
        press(firstButton(QStringLiteral("roleplay_")), QStringLiteral("a role-play"));
        if (QTest::currentTestFailed())
            return;
        look(QStringLiteral("role-play intro"));
        m_app.click(QStringLiteral("startRolePlayButton"));
        settle();
        look(QStringLiteral("role-play scene"));
        for (int turn = 0; turn < 40 && !m_app.window()->findChild<QWidget*>(QStringLiteral("endingTitle"));
             ++turn) {
            m_app.click(QStringLiteral("rolePlayChoice_1"));
            settle();
        }
        look(QStringLiteral("role-play debrief"));
    }

    void mentor(const Look& look)
    {
        m_app.openTab(QStringLiteral("Mentoring"));
        settle();
        look(QStringLiteral("mentor home"));
        press(firstButton(QStringLiteral("review_")), QStringLiteral("a review"));
        if (QTest::currentTestFailed())
            return;
        look(QStringLiteral("review"));
    }

    void manager(const Look& look)
    {
        m_app.openTab(QStringLiteral("People"));
        settle();
        look(QStringLiteral("people"));
        m_app.openTab(QStringLiteral("Dashboard"));
        auto* table = m_app.find<QTableView>(QStringLiteral("dashboardTable"));
        QVERIFY(table);
        // Opening the tab reads the report in the background: look once it has been read, as a person would.
        auto* progress = m_app.find<QProgressBar>(QStringLiteral("dashboardProgress"));
        QVERIFY(progress);
        QTRY_VERIFY(!progress->isVisible() && table->model()->rowCount() > 0);
        settle();
        look(QStringLiteral("dashboard table"));
        auto* views = m_app.find<QTabWidget>(QStringLiteral("dashboardViews"));
        QVERIFY(views);
        const QStringList names{QStringLiteral("dashboard table"), QStringLiteral("dashboard charts"),
                                QStringLiteral("report settings")};
        for (int i = 1; i < views->count() && i < names.size(); ++i) {
            AppDriver::clickAt(views->tabBar(), views->tabBar()->tabRect(i).center());
            settle();
            look(names.at(i));
        }
        AppDriver::clickAt(views->tabBar(), views->tabBar()->tabRect(0).center());
        settle();
        const QRect first = table->visualRect(table->model()->index(0, 0));
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, first.center());
        settle();
        look(QStringLiteral("record"));
    }

    const careu::Clock& m_clock;
    AppDriver m_app;
    QSize m_size;
};
