#pragma once

#include "HomeTab.h"
#include "Language.h"
#include "MainWindow.h"
#include "content/Catalog.h"
#include "store/Database.h"

#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <optional>

// Runs the real main window on a database file of its own, and lets a GUI test use it the way
// a person would: find widgets by objectName, click what is visible, close and start again.
class AppDriver
{
public:
    explicit AppDriver(const careu::Clock& clock) : m_clock(clock) { m_catalog = careu::Catalog::load(); }

    const careu::Catalog& catalog() const { return m_catalog; }
    careu::Database& db() { return *m_db; }
    careu::ui::MainWindow* window() { return m_window.get(); }

    // The database the app opens: a file of its own unless a test says otherwise (a server's URL).
    void setLocation(const QString& location) { m_location = location; }

    // Starts (or restarts) the app on the same database.
    void start()
    {
        m_window.reset();
        // As the app starts: the language's translations installed (English's plural forms too).
        careu::ui::useLanguage(careu::ui::languageInUse());
        m_db.emplace();
        QString error;
        const QString location =
            m_location.isEmpty() ? m_dir.filePath(QStringLiteral("careu.sqlite")) : m_location;
        QVERIFY2(m_db->open(location, &error), qPrintable(error));
        m_window = std::make_unique<careu::ui::MainWindow>(*m_db, m_catalog, m_clock);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Closes the window as a person would, then lets go of the database.
    void close()
    {
        QVERIFY(m_window->close());
        m_window.reset();
        m_db.reset();
    }

    template <typename T> T* find(const QString& name)
    {
        T* widget = m_window->findChild<T*>(name);
        if (!widget)
            qWarning() << "no widget called" << name;
        return widget;
    }

    void click(const QString& name)
    {
        auto* button = find<QPushButton>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isVisible(), qPrintable(name + QStringLiteral(" is not visible")));
        QTRY_VERIFY(button->height() > 0); // laid out, as a person would see it before clicking
        clickAt(button, button->rect().center());
    }

    // Clicks target at pos (in target's coordinates) after scrolling it into view, as a person
    // would; fails when something else is drawn there, since the click would land on that instead.
    static void clickAt(QWidget* target, const QPoint& pos)
    {
        for (QWidget* up = target->parentWidget(); up; up = up->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(up))
                scroll->ensureWidgetVisible(target);
        }
        QWidget* window = target->window();
        QWidget* hit = window->childAt(target->mapTo(window, pos));
        QVERIFY2(
            hit == target || target->isAncestorOf(hit),
            qPrintable(QStringLiteral("%1 is covered by %2 (%3)")
                           .arg(target->objectName(), hit ? hit->objectName() : QStringLiteral("nothing"),
                                hit ? QString::fromLatin1(hit->metaObject()->className()) : QString())));
        QTest::mouseClick(target, Qt::LeftButton, {}, pos);
    }

    // Types into the field called name, as a person would.
    void type(const QString& name, const QString& text)
    {
        auto* edit = find<QWidget>(name);
        QVERIFY2(edit, qPrintable(name));
        QTest::keyClicks(edit, text);
    }

    // First start, or a new learner: name and password, then create.
    void createProfile(const QString& name, const QString& password = QStringLiteral("a good password"))
    {
        type(QStringLiteral("newProfileName"), name);
        type(QStringLiteral("newProfilePassword"), password);
        click(QStringLiteral("createProfileButton"));
    }

    // Picks a name in the sign-in list, as a click would.
    void pick(const QString& name)
    {
        auto* list = find<QListWidget>(QStringLiteral("profileList"));
        QVERIFY(list);
        const auto items = list->findItems(name, Qt::MatchExactly);
        QVERIFY2(items.size() == 1, qPrintable(name));
        list->scrollToItem(items.first());
        clickAt(list->viewport(), list->visualItemRect(items.first()).center());
        QCOMPARE(list->currentItem(), items.first());
    }

    // Clicks the row of the table called name whose first column reads text, where it is drawn.
    void clickRow(const QString& name, const QString& text)
    {
        auto* table = find<QTableView>(name);
        QVERIFY2(table, qPrintable(name));
        const QModelIndexList rows =
            table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly);
        QVERIFY2(rows.size() == 1, qPrintable(QStringLiteral("no row %1 in %2").arg(text, name)));
        table->scrollTo(rows.first());
        clickAt(table->viewport(), table->visualRect(rows.first()).center());
    }

    // Clicks the home tab with this title (and its count, if it shows one), in the language in use.
    void openTab(const QString& english)
    {
        auto* tabs = find<QTabWidget>(QStringLiteral("homeTabs"));
        QVERIFY(tabs);
        const int i = careu::test::homeTabIndex(tabs, english.toUtf8().constData());
        QVERIFY2(i >= 0, qPrintable(QStringLiteral("no tab ") + english));
        clickAt(tabs->tabBar(), tabs->tabBar()->tabRect(i).center());
        QCOMPARE(tabs->currentIndex(), i);
    }

    // The page a person sees now: on the home screen the current tab's page, else the screen shown.
    QWidget* currentPage()
    {
        auto* pages = qobject_cast<QStackedWidget*>(m_window->centralWidget());
        QWidget* page = pages ? pages->currentWidget() : nullptr;
        if (auto* tabs = qobject_cast<QTabWidget*>(page))
            return tabs->currentWidget();
        return page;
    }

    // "QLineEdit(addName) < QFrame() < ...": a widget and its parents, for a failure message.
    static QString describe(const QWidget* widget)
    {
        QStringList chain;
        for (const QWidget* w = widget; w; w = w->parentWidget())
            chain.append(QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                                      w->objectName()));
        return chain.join(QStringLiteral(" < "));
    }

    // Later starts: the person is picked already (the last one to use the app); type the password.
    void signIn(const QString& password = QStringLiteral("a good password"))
    {
        type(QStringLiteral("passwordEdit"), password);
        click(QStringLiteral("chooseProfileButton"));
    }

private:
    const careu::Clock& m_clock;
    careu::Catalog m_catalog;
    QTemporaryDir m_dir;
    std::optional<careu::Database> m_db;
    QString m_location;
    std::unique_ptr<careu::ui::MainWindow> m_window;
};
