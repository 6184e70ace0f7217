#include "StartupCheck.h"

#include "Clock.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/SettingsStore.h"

#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

namespace careu::ui {

Q_LOGGING_CATEGORY(lcStartup, "careu.startup", QtWarningMsg)

StartupCheck::StartupCheck(Database& db, const Clock& clock, Mode mode)
    : m_db(db), m_clock(clock), m_mode(mode)
{
}

QString StartupCheck::tryOpen(const QString& path)
{
    QString error;
    return m_db.open(path, &error) ? QString() : error;
}

bool StartupCheck::open(const QString& startPath, QWidget* parent, QString* error)
{
    QString path = startPath;
    for (;;) {
        const QString problem = tryOpen(path);
        if (problem.isEmpty()) {
            backUpIfDue(parent);
            return true;
        }
        if (m_mode == Mode::ReportOnly) {
            *error = problem;
            return false;
        }
        const QString backup = Backups::newestGood(path);
        QVector<MessageBox::Button> buttons;
        QString offer = tr("There is no backup of it to go back to.");
        if (!backup.isEmpty()) {
            const QDateTime made = QFileInfo(backup).lastModified();
            offer =
                tr("The newest good backup was made on %1 at %2. Restoring it puts it in place of this file, "
                   "which is kept beside it under a new name.")
                    .arg(QLocale().toString(made.date(), QLocale::LongFormat),
                         QLocale().toString(made.time(), QLocale::ShortFormat));
            buttons.append({QMessageBox::Yes, tr("Restore the backup")});
        }
        buttons.append({QMessageBox::Open, tr("Open another file…")});
        buttons.append({QMessageBox::Close, tr("Quit")});
        const auto answer = MessageBox::choose(
            parent, QMessageBox::Critical, tr("The database cannot be opened"),
            tr("Customer CARE University cannot open its database.\n\n%1\n\n%2").arg(problem, offer),
            buttons);
        if (answer == QMessageBox::Yes) {
            QString aside;
            QString restoreError;
            if (!Backups::restore(backup, path, m_clock.now(), &aside, &restoreError))
                MessageBox::warning(parent, tr("The backup was not restored"), restoreError);
        } else if (answer == QMessageBox::Open) {
            const QString other =
                FileDialog::openFileName(parent, tr("Open a database"), QFileInfo(path).absolutePath(),
                                         tr("Customer CARE University databases (*.sqlite);;All files (*)"));
            if (!other.isEmpty())
                path = other;
        } else {
            error->clear();
            return false;
        }
    }
}

void StartupCheck::backUpIfDue(QWidget* parent)
{
    const int keep = Backups::keepFrom(SettingsStore(m_db).value(Backups::keepSetting()));
    QString error;
    const QString written = Backups::backUpIfDue(m_db, m_clock.now(), keep, &error);
    if (!written.isEmpty())
        qCInfo(lcStartup) << "daily backup" << written;
    if (error.isEmpty())
        return;
    qCWarning(lcStartup).noquote() << error;
    if (m_mode == Mode::Ask)
        MessageBox::warning(parent, tr("Today's backup was not made"),
                            tr("%1\n\nThe app works as usual; it tries again at the next start.").arg(error));
}

} // namespace careu::ui
