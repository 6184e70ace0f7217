#pragma once

#include <QCoreApplication>
#include <QString>

class QObject;
class QWidget;

namespace careu {
class Catalog;
class Clock;
class Database;
} // namespace careu

namespace careu::ui {

// Opens the database the app starts on, after checks whose cost does not grow with the file
// (its header, its size against the header, its schema version and owner). A file that is not a
// database, is cut short, is damaged or is too new is never changed: the person reads what is
// wrong and chooses to restore the newest good backup (the bad file is kept aside, and an admin of
// the backup confirms), open another file, or quit. A database that went missing while its backups
// remain is not a first start. Half-written copies left by stopped processes are removed.
//
// The full check of every page comes with the daily backup, in the background once the window is
// up: a backup that fails its check tells the person.
class StartupCheck
{
    Q_DECLARE_TR_FUNCTIONS(StartupCheck)

public:
    enum class Mode
    {
        Ask,        // a person is there to choose
        ReportOnly, // a benchmark or script: no dialog, the problem comes back in error
    };

    StartupCheck(Database& db, const Clock& clock, Mode mode);

    // True with db open; false when the person chose to quit, or (ReportOnly) with error set.
    bool open(const QString& path, QWidget* parent, QString* error);

private:
    // What is wrong with path, in words; empty when db is now open on it.
    QString tryOpen(const QString& path);
    static bool onServer(const QString& path);
    // Whether an admin of backup (if it has any) confirms restoring it; else error says why not.
    bool adminAgrees(const QString& backup, QWidget* parent, QString* error);

public:
    // The daily backup (when due) on a thread of its own; a problem is shown over window. The job
    // belongs to window: closing it stops a backup still running, which leaves nothing behind.
    void backUpInTheBackground(const Catalog& catalog, QWidget* window);

private:
    Database& m_db;
    const Clock& m_clock;
    Mode m_mode;
};

} // namespace careu::ui
