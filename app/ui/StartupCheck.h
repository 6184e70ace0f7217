#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace careu {
class Clock;
class Database;
} // namespace careu

namespace careu::ui {

// Opens the database the app starts on, after a quick check of every page. A file that is not a
// database, is cut short, is damaged or is too new is never changed: the person reads what is
// wrong and chooses to restore the newest good backup (the bad file is kept aside), open another
// file, or quit. Once open, the daily backup is made if it is due.
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
    void backUpIfDue(QWidget* parent);

    Database& m_db;
    const Clock& m_clock;
    Mode m_mode;
};

} // namespace careu::ui
