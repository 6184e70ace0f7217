#include "StartupCheck.h"

#include "BackgroundJob.h"
#include "Clock.h"
#include "CredentialsDialog.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Services.h"
#include "signoff/ChainAudit.h"
#include "store/Backups.h"
#include "store/Database.h"

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
    // A first start makes a new organisation; a file gone missing must not look like one, or the
    // first person to open the app would become the admin of an empty place.
    const QStringList copies =
        onServer(path) || QFileInfo::exists(path) ? QStringList() : Backups::earlierCopies(path);
    if (!copies.isEmpty())
        return tr("The database %1 is missing, but there are copies of it beside it (%2), so this is not a "
                  "first start. A new, empty organization was not made in its place.")
            .arg(path, QFileInfo(copies.first()).fileName());
    QString error;
    return m_db.open(path, &error) ? QString() : error;
}

bool StartupCheck::open(const QString& startPath, QWidget* parent, QString* error)
{
    QString path = startPath;
    for (;;) {
        const QString problem = tryOpen(path);
        if (problem.isEmpty()) {
            const int removed = onServer(path) ? 0 : Backups::removeStale(path);
            if (removed > 0)
                qCInfo(lcStartup) << "removed" << removed << "half-written copies left by stopped processes";
            return true;
        }
        if (m_mode == Mode::ReportOnly) {
            *error = problem;
            return false;
        }
        // A server that cannot be reached now may be reachable in a moment; it has no backups here.
        if (onServer(path)) {
            const auto answer = MessageBox::choose(
                parent, QMessageBox::Critical, tr("The database server cannot be reached"),
                tr("Customer CARE University cannot open its database.\n\n%1").arg(problem),
                {{QMessageBox::Retry, tr("Try again")}, {QMessageBox::Close, tr("Quit")}});
            if (answer == QMessageBox::Retry)
                continue;
            error->clear();
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
            if (!adminAgrees(backup, parent, &restoreError) ||
                !Backups::restore(backup, path, m_clock.now(), &aside, &restoreError))
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

bool StartupCheck::onServer(const QString& path)
{
    Location location;
    QString ignored;
    return Location::parse(path, &location, &ignored) && location.kind == Location::Kind::PostgreSQL;
}

bool StartupCheck::adminAgrees(const QString& backup, QWidget* parent, QString* error)
{
    if (!Backups::hasAdmin(backup))
        return true;
    const auto answer = CredentialsDialog::ask(
        parent, tr("An admin restores backups"),
        tr("Restoring puts everyone's records back as they were in the backup, so an admin of that backup "
           "confirms it with their name and password."));
    if (!answer) {
        *error = tr("Restoring was canceled. Nothing was changed.");
        return false;
    }
    return Backups::adminConfirms(backup, answer->name, answer->password, error);
}

void StartupCheck::backUpInTheBackground(const Catalog& catalog, QWidget* window)
{
    if (m_db.dialect() == Dialect::PostgreSQL)
        return; // the server's own backups (pg_dump) keep it
    const QDateTime now = m_clock.now();
    auto* job = new BackgroundJob(
        m_db.path(), catalog, m_clock,
        [now](Services& services, const std::function<bool(int, int)>& progress, QString* error) {
            error->clear();
            // A chain cut short or rewritten since the newest backup: no backup today, so the
            // backups keep the records as they were until someone looks.
            const QString notHeld = ChainAudit::backupNotHeld(services, error);
            if (!notHeld.isEmpty())
                *error = tr("The records were changed outside the app: %1. Today's backup was not made, so "
                            "the backups still hold the records as they were. Ask your admin to run \"careu "
                            "check\" on this database and restore the newest backup.")
                             .arg(notHeld);
            if (!error->isEmpty())
                return false;
            const int keep = Backups::keepFrom(services.settings.value(Backups::keepSetting()));
            const QString written =
                Backups::backUpIfDue(services.db, now, keep, error, [&progress] { return progress(0, 1); });
            if (!written.isEmpty())
                qCInfo(lcStartup) << "daily backup" << written;
            return error->isEmpty();
        },
        window);
    const Mode mode = m_mode;
    QObject::connect(
        job, &BackgroundJob::finished, window, [window, mode](bool ok, const QString& error, bool cancelled) {
            if (ok || cancelled)
                return;
            qCWarning(lcStartup).noquote() << error;
            if (mode == Mode::Ask)
                MessageBox::warning(
                    window, tr("Today's backup was not made"),
                    tr("%1\n\nThe app works as usual; it tries again at the next start.").arg(error));
        });
    job->start();
}

} // namespace careu::ui
