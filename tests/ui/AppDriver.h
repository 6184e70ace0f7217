#pragma once

#include "MainWindow.h"
#include "content/Catalog.h"
#include "store/Database.h"

#include <QPushButton>
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

    // Starts (or restarts) the app on the same database file.
    void start()
    {
        m_window.reset();
        m_db.emplace();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("careu.sqlite")), &error), qPrintable(error));
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
        QTest::mouseClick(button, Qt::LeftButton);
    }

private:
    const careu::Clock& m_clock;
    careu::Catalog m_catalog;
    QTemporaryDir m_dir;
    std::optional<careu::Database> m_db;
    std::unique_ptr<careu::ui::MainWindow> m_window;
};
