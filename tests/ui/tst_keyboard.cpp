#include "AppDriver.h"
#include "TestOrg.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpontaneKeyEvent>
#include <QWheelEvent>
#include <QtTest>

using namespace careu;

// The keyboard reaches everything: Tab goes through every enabled control of every screen and
// leaves each one (date fields included), Enter submits the forms and opens a review, and the
// mouse wheel scrolls a page without changing the choices it passes over.
class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    const QString Password = QStringLiteral("a good password");

    // Lee does everything (learns, mentors and coaches Ana, manages); Ana has asked Lee to sign
    // off her first Practice.
    void seed()
    {
        m_app->start();
        test::TestOrg org(m_app->db(), m_app->catalog(), m_clock.now());
        Services& services = org.services();
        QString error;
        NewPerson lee;
        lee.name = QStringLiteral("Lee Park");
        lee.roles = {Role::Learner, Role::Mentor, Role::Coach, Role::Manager};
        const auto created = org.add(lee, Password, &error);
        QVERIFY2(created, qPrintable(error));
        const auto ana = org.learner(QStringLiteral("Ana Lopez"), *created, &error);
        QVERIFY2(ana, qPrintable(error));
        QVERIFY(org.setPassword(*ana, Password, &error));
        const Course& course = *m_app->catalog().course(QStringLiteral("care-101"));
        QVERIFY2(org.completeLesson(*ana, course.id, 0, false, &error), qPrintable(error));
        QVERIFY2(services.signOffs.request(*ana, course, course.lessons.first(), &error), qPrintable(error));
        m_app->close();
        m_app->start();
        m_app->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
    }

    void signInAsLee()
    {
        m_app->pick(QStringLiteral("Lee Park"));
        m_app->signIn(Password);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
    }

    // Ana's request, as the Mentoring tab lists it.
    QPushButton* reviewRow()
    {
        return m_app->window()
            ->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^review_")))
            .value(0);
    }

    // Tab from the page's first control until every enabled control on it has had the focus;
    // each press must move the focus on.
    void tabThrough(const QString& screen)
    {
        QWidget* page = m_app->currentPage();
        QVERIFY2(page && page->isVisible(), qPrintable(screen));
        QList<QWidget*> controls;
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (widget->isVisible() && widget->isEnabled() && !widget->focusProxy() &&
                (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus)
                controls.append(widget);
        }
        QVERIFY2(!controls.isEmpty(), qPrintable(screen));
        controls.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget*> reached;
        for (int press = 0; press < 3 * controls.size() + 20 && reached.size() < controls.size(); ++press) {
            QWidget* before = QApplication::focusWidget();
            QVERIFY2(before, qPrintable(screen + QStringLiteral(": nothing has the focus")));
            if (controls.contains(before))
                reached.insert(before);
            QTest::keyClick(before, Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() != before,
                     qPrintable(screen + QStringLiteral(": Tab stays in ") + AppDriver::describe(before)));
        }
        // Buttons in an exclusive group (answers, choices) are one stop: Tab reaches the group, the
        // arrow keys move within it.
        const auto groupReached = [&reached](QWidget* control) {
            const auto* button = qobject_cast<QAbstractButton*>(control);
            const QButtonGroup* group = button ? button->group() : nullptr;
            if (!group || !group->exclusive())
                return false;
            const auto members = group->buttons();
            return std::any_of(members.cbegin(), members.cend(),
                               [&reached](QAbstractButton* member) { return reached.contains(member); });
        };
        for (QWidget* control : controls)
            QVERIFY2(
                reached.contains(control) || groupReached(control),
                qPrintable(screen + QStringLiteral(": Tab never reaches ") + AppDriver::describe(control)));
    }

private slots:
    void init()
    {
        m_app = std::make_unique<AppDriver>(m_clock);
        seed();
    }
    void cleanup() { m_app.reset(); }

    void everyScreenTabsThrough()
    {
        tabThrough(QStringLiteral("sign-in"));
        signInAsLee();
        for (const QString& tab : {QStringLiteral("My learning"), QStringLiteral("Mentoring"),
                                   QStringLiteral("Coaching"), QStringLiteral("People")}) {
            m_app->openTab(tab);
            if (tab == QLatin1String("People")) // the editor beside the table, for Ana
                m_app->clickRow(QStringLiteral("peopleTable"), QStringLiteral("Ana Lopez"));
            tabThrough(tab);
        }
        m_app->openTab(QStringLiteral("Dashboard"));
        QTRY_VERIFY(m_app->find<QPushButton>(QStringLiteral("exportCsvButton"))->isEnabled());
        auto* views = m_app->find<QTabWidget>(QStringLiteral("dashboardViews"));
        for (int i = 0; i < views->count(); ++i) {
            AppDriver::clickAt(views->tabBar(), views->tabBar()->tabRect(i).center());
            tabThrough(QStringLiteral("Dashboard, ") + views->tabText(i));
        }

        m_app->openTab(QStringLiteral("Mentoring"));
        QVERIFY(reviewRow());
        m_app->click(reviewRow()->objectName());
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOffPassword"))->isVisible());
        tabThrough(QStringLiteral("review"));
        m_app->click(QStringLiteral("reviewBackButton"));

        m_app->openTab(QStringLiteral("My learning"));
        m_app->click(QStringLiteral("continueButton"));
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("lessonTitle"))->isVisible());
        for (const QString& step : {QStringLiteral("learn"), QStringLiteral("check"),
                                    QStringLiteral("reflect"), QStringLiteral("practice")}) {
            m_app->click(QStringLiteral("step_") + step);
            tabThrough(QStringLiteral("lesson, ") + step);
        }
        m_app->click(QStringLiteral("homeButton"));

        const Scenario& scenario = m_app->catalog().scenarios().first();
        m_app->click(QStringLiteral("roleplay_") + scenario.id);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("rolePlayTitle"))->isVisible());
        tabThrough(QStringLiteral("role-play"));
        m_app->click(QStringLiteral("startRolePlayButton"));
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("rolePlayChoice_1"))->isVisible());
        tabThrough(QStringLiteral("role-play, playing"));
    }

    void tabLeavesTheDateFields()
    {
        signInAsLee();
        m_app->openTab(QStringLiteral("Dashboard"));
        auto* from = m_app->find<QWidget>(QStringLiteral("dashboardFrom"));
        auto* to = m_app->find<QWidget>(QStringLiteral("dashboardTo"));
        from->setFocus(Qt::TabFocusReason);
        QTest::keyClick(from, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), to);
        QTest::keyClick(to, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), from);
    }

    void enterSubmits()
    {
        signInAsLee();
        m_app->openTab(QStringLiteral("People"));
        m_app->type(QStringLiteral("addName"), QStringLiteral("Bo Diaz"));
        m_app->type(QStringLiteral("addPassword"), Password);
        QTest::keyClick(m_app->find<QWidget>(QStringLiteral("addPassword")), Qt::Key_Return);
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("peopleStatus"))->text(),
                 QStringLiteral("Bo Diaz was added."));

        m_app->openTab(QStringLiteral("Mentoring"));
        m_app->type(QStringLiteral("recognitionText"), QStringLiteral("You greeted every walk-in by name."));
        QTest::keyClick(m_app->find<QWidget>(QStringLiteral("recognitionText")), Qt::Key_Enter);
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("mentorStatus"))->text(),
                 QStringLiteral("Recognition for Ana Lopez recorded."));

        QPushButton* review = reviewRow();
        QVERIFY(review);
        review->setFocus(Qt::TabFocusReason);
        QTest::keyClick(review, Qt::Key_Return);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOffPassword"))->isVisible());
    }

    // Over the People page the wheel scrolls the page; only a combo that has the focus takes it.
    void theWheelChangesNoComboItPasses()
    {
        signInAsLee();
        m_app->openTab(QStringLiteral("People"));
        m_app->clickRow(QStringLiteral("peopleTable"), QStringLiteral("Ana Lopez")); // the editor's combos
        QWidget* page = m_app->currentPage();
        const auto combos = page->findChildren<QComboBox*>();
        QVERIFY(combos.size() >= 3);
        auto* scroll = page->findChild<QScrollArea*>();
        QVERIFY(scroll);
        // A wheel as from the mouse (spontaneous, as QTest sends keys): Qt passes what the combo ignores on to
        // its parents, up to the scroll area.
        const auto wheel = [](QWidget* target, int delta) {
            const QPointF at = QRectF(target->rect()).center();
            QWheelEvent event(at, target->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QSpontaneKeyEvent::setSpontaneous(&event);
            qApp->notify(target, &event);
        };
        m_app->find<QWidget>(QStringLiteral("addName"))->setFocus();
        QScrollBar* bar = scroll->verticalScrollBar();
        QVERIFY2(bar->maximum() > 0, "the page fits: nothing to scroll");
        for (QComboBox* combo : combos) {
            QVERIFY(combo->count() > 1);
            combo->setCurrentIndex(0);
            scroll->ensureWidgetVisible(combo);
            const int before = bar->value();
            const bool down = before < bar->maximum();
            wheel(combo, down ? -120 : 120);
            QVERIFY2(combo->currentIndex() == 0, qPrintable(AppDriver::describe(combo)));
            QVERIFY2(down ? bar->value() > before : bar->value() < before,
                     qPrintable(QStringLiteral("the page did not scroll over ") + AppDriver::describe(combo)));
        }
        QComboBox* focused = combos.first();
        focused->setFocus();
        wheel(focused, -120);
        QCOMPARE(focused->currentIndex(), 1);
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
