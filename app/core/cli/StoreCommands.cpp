#include "StoreCommands.h"

#include "Printer.h"
#include "PrivateFile.h"
#include "Services.h"
#include "demo/DemoSeeder.h"
#include "people/Keys.h"
#include "people/PeopleImport.h"
#include "people/PlainText.h"
#include "people/Roles.h"
#include "report/ReportWriter.h"
#include "report/XapiExport.h"
#include "signoff/Adoption.h"
#include "signoff/ChainAudit.h"
#include "signoff/GraduationStatement.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/FileCheck.h"
#include "store/OrganizationCopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <algorithm>

namespace careu::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("careu::cli", text);
}

QString noPrinter()
{
    return tr("this careu cannot make PDF files");
}

// The database the options name with the services over it, on the context's clock and the
// options' content. A command never creates a database that is not there.
class Opened
{
public:
    Opened(const Options& options, const Context& context)
        : m_catalog(Catalog::load(options.contentDirs)), m_clock(context.clock)
    {
    }

    bool open(const Options& options, QTextStream& err)
    {
        const QString path = Database::resolvePath(options.dbPath);
        Location location;
        QString error;
        if (!Location::parse(path, &location, &error)) {
            err << QStringLiteral("careu: ") << error << Qt::endl;
            return false;
        }
        if (location.kind == Location::Kind::SQLite && !QFileInfo::exists(path)) {
            err << tr("careu: there is no database at %1").arg(path) << Qt::endl;
            return false;
        }
        if (!m_db.open(path, &error)) {
            err << QStringLiteral("careu: ") << error << Qt::endl;
            return false;
        }
        m_services.emplace(m_db, m_catalog, m_clock);
        return true;
    }

    const Catalog& catalog() const { return m_catalog; }
    Database& db() { return m_db; }
    Services& services() { return *m_services; }

private:
    Catalog m_catalog;
    const Clock& m_clock;
    Database m_db;
    std::optional<Services> m_services;
};

// backup and restore copy SQLite files; a PostgreSQL server has its own tools for its databases.
// True (with the way to do it said) when the options name one.
bool onServer(const Options& options, QTextStream& err)
{
    Location location;
    QString error;
    if (!Location::parse(Database::resolvePath(options.dbPath), &location, &error) ||
        location.kind != Location::Kind::PostgreSQL)
        return false;
    const QString url = location.displayName();
    err << tr("careu: %1 is a PostgreSQL database; back it up and restore it with PostgreSQL's own tools:\n"
              "  pg_dump --format=custom --file=careu.dump '%1'\n"
              "  pg_restore --clean --if-exists --single-transaction --dbname='%1' careu.dump\n"
              "(a password comes from PGPASSWORD or ~/.pgpass, as for psql)")
               .arg(url)
        << Qt::endl;
    return true;
}

int listPeople(Services& services, QTextStream& out, QTextStream& err)
{
    QString error;
    const QVector<Person> everyone = services.people.active(&error);
    if (!error.isEmpty()) {
        err << QStringLiteral("careu: ") << error << Qt::endl;
        return Failure;
    }
    QHash<qint64, QString> names;
    for (const Person& person : everyone)
        names.insert(person.id, person.name);
    out << tr("name\troles\temail\tstaff id\tmentor\tcoach") << Qt::endl;
    for (const Person& person : everyone) {
        QStringList roles;
        for (Role role : {Role::Learner, Role::Mentor, Role::Coach, Role::Manager, Role::Admin}) {
            if (person.roles.contains(role))
                roles.append(roleKey(role));
        }
        // Written out, never raw: a name stored by an older version could hold an escape sequence.
        QStringList fields{person.name,    roles.join(QLatin1Char(';')), person.email,
                           person.staffId, names.value(person.mentorId), names.value(person.coachId)};
        for (QString& field : fields)
            field = PlainText::printable(field);
        out << fields.join(QLatin1Char('\t')) << Qt::endl;
    }
    return Success;
}

// What a command that a manager signs says when --as is missing, and when the person it names
// is no manager.
struct Signing
{
    QString needsAs;
    QString mayNot; // "%1 cannot ...: %2"
};

// The manager --as names (by name or email), with their key opened by their password: from
// $CAREU_PASSWORD, else asked for.
std::optional<Person> signedInManager(Services& services, const Options& options, const Context& context,
                                      const Signing& signing)
{
    QTextStream& err = context.err;
    QString error;
    const QVector<Person> everyone = services.people.active(&error);
    if (!error.isEmpty()) {
        err << QStringLiteral("careu: ") << error << Qt::endl;
        return std::nullopt;
    }
    if (everyone.isEmpty()) {
        err << tr("careu: there is nobody in this database yet: start the app and make the first "
                  "profile (it becomes the admin), then use --as and that name")
            << Qt::endl;
        return std::nullopt;
    }
    if (options.as.isEmpty()) {
        err << signing.needsAs << Qt::endl;
        return std::nullopt;
    }
    const QString key = PeopleStore::nameKey(options.as);
    const QString email = options.as.trimmed().toCaseFolded();
    const auto found = std::find_if(everyone.begin(), everyone.end(), [&](const Person& person) {
        return PeopleStore::nameKey(person.name) == key ||
               (!person.email.isEmpty() && person.email.toCaseFolded() == email);
    });
    if (found == everyone.end()) {
        err << tr("careu: nobody active is called %1; \"careu people list\" shows who is")
                   .arg(PlainText::printable(options.as))
            << Qt::endl;
        return std::nullopt;
    }
    if (!Permissions::allows(found->asActor(), Action::ManagePeople, {}, &error)) {
        err << signing.mayNot.arg(PlainText::printable(found->name), error) << Qt::endl;
        return std::nullopt;
    }
    QString password = qEnvironmentVariable("CAREU_PASSWORD");
    if (password.isEmpty() && context.askPassword)
        password = context.askPassword(tr("Password for %1: ").arg(PlainText::printable(found->name)));
    if (password.isEmpty()) {
        err << tr("careu: no password for %1: set CAREU_PASSWORD, or run careu in a terminal")
                   .arg(PlainText::printable(found->name))
            << Qt::endl;
        return std::nullopt;
    }
    if (!services.accounts.confirm(found->id, password, &error)) {
        err << QStringLiteral("careu: %1").arg(error) << Qt::endl;
        return std::nullopt;
    }
    const auto adopted = Adoption::adoptIfNeeded(services, *found, &error);
    if (!adopted) {
        err << QStringLiteral("careu: %1").arg(error) << Qt::endl;
        return std::nullopt;
    }
    if (*adopted > 0)
        err << QStringLiteral("careu: ") << Adoption::note(*adopted) << Qt::endl;
    return *found;
}

int importPeople(Services& services, const QString& file, const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    QByteArray csv;
    QString error;
    if (!PeopleImport::readFile(file, &csv, &error)) {
        err << QStringLiteral("careu: ") << error << Qt::endl;
        return Failure;
    }
    const auto manager = signedInManager(
        services, options, context,
        {tr("careu: people import needs --as NAME: the manager who adds these people signs each one "
            "into the record chain"),
         tr("careu: %1 cannot add people: %2")});
    if (!manager)
        return Failure;
    PeopleImport::Report report;
    // Progress on stderr for a large file, a line every tenth of the way.
    int shown = 0;
    const auto progress = [&](int added, int total) {
        if (total >= 10 * PeopleImport::BatchSize && added * 10 / total > shown) {
            shown = added * 10 / total;
            err << QCoreApplication::translate("careu::cli", "careu: %1 of %n people added", "", total)
                       .arg(added)
                << Qt::endl;
        }
    };
    if (!PeopleImport::run(csv, services.people, services.team, *manager, &report, &error, progress)) {
        err << QStringLiteral("careu: %1: %2").arg(file, error) << Qt::endl;
        return Failure;
    }
    // Every bad line, up to a screenful; the file is fixed and imported again.
    constexpr int Shown = 50;
    for (const PeopleImport::Rejection& rejection : report.rejected.mid(0, Shown))
        err << QStringLiteral("%1:%2: %3").arg(file).arg(rejection.line).arg(rejection.why) << Qt::endl;
    if (report.rejected.size() > Shown)
        err << tr("careu: and %1 more lines like these").arg(report.rejected.size() - Shown) << Qt::endl;
    if (!report.rejected.isEmpty()) {
        err << QCoreApplication::translate("careu::cli",
                                           "careu: nobody was added: fix the %n line(s) above and "
                                           "import %1 again",
                                           "", static_cast<int>(report.rejected.size()))
                   .arg(file)
            << Qt::endl;
        return Failure;
    }
    out << tr("%1 added.").arg(report.added) << Qt::endl;
    return Success;
}

} // namespace

int check(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    Opened opened(options, context);
    if (!opened.open(options, err))
        return Failure;
    const Database& db = opened.db();
    out << tr("Database: %1").arg(db.location().displayName()) << Qt::endl;
    // Read on a connection of its own, through SQLite, as the app's backups are checked; a
    // PostgreSQL server keeps its own pages whole, so there only the schema is compared.
    const FileCheck file = db.dialect() == Dialect::SQLite
                               ? FileCheck::inspect(db.path(), FileCheck::Depth::Integrity)
                               : FileCheck::ofServer(db);
    if (file.integrityFindings.isEmpty()) {
        err << QStringLiteral("careu: ") << file.message << Qt::endl;
        return Failure;
    }
    const bool integrityOk = file.integrityFindings == QStringList{QStringLiteral("ok")};
    if (db.dialect() == Dialect::SQLite)
        out << tr("SQLite integrity check: %1")
                   .arg(integrityOk ? tr("ok") : file.integrityFindings.join(QLatin1String("; ")))
            << Qt::endl;
    if (file.schemaDifferences.isEmpty())
        out << tr("Schema: version %1, every table, index and trigger as the migrations made them")
                   .arg(file.schemaVersion)
            << Qt::endl;
    for (const QString& difference : file.schemaDifferences)
        out << tr("Schema: %1").arg(difference) << Qt::endl;
    const bool fileOk = integrityOk && file.schemaDifferences.isEmpty();
    QVector<ChainAudit::Witness> witnesses;
    if (!options.head.isEmpty()) {
        const auto head = ChainAudit::parseHead(options.head);
        if (!head) {
            err << tr("careu: --head needs a position and a hash as a report prints them, like 1234:9f86d0…")
                << Qt::endl;
            return UsageError;
        }
        witnesses.append(*head);
    }
    QString error;
    // The chain and the tables as they were at one moment, whoever writes meanwhile.
    const ChainAudit::Result audit = [&] {
        const ReadSnapshot snapshot(db);
        return ChainAudit(opened.services()).run(&error, witnesses);
    }();
    if (!error.isEmpty()) {
        err << tr("careu: the record chain could not be read: %1").arg(error) << Qt::endl;
        return Failure;
    }
    const RecordChain::Verification& chain = audit.chain;
    if (!chain.intact) {
        out << tr("Record chain: BROKEN at record %1: %2").arg(chain.firstBadId).arg(chain.problem)
            << Qt::endl;
        return Failure;
    }
    out << tr("Record chain: hashes intact, %1 records, head %2")
               .arg(chain.records)
               .arg(ChainAudit::headText(chain.records, chain.headHash))
        << Qt::endl;
    if (audit.adoptedThrough > 0)
        out << tr("Record chain: records 1 to %1 were made before records were signed; the first admin "
                  "vouched for them when adopting the database (record %2)")
                   .arg(audit.adoptedThrough)
                   .arg(audit.adoptionRecordId)
            << Qt::endl;
    // A database from before signatures, not adopted yet: why everything below is wanting comes first.
    if (audit.rootKey.isEmpty() && chain.records > 0)
        out << tr("Record chain: no admin has adopted these records yet, so each one made before records "
                  "were "
                  "signed is listed below as not signed; the last line says what to do")
            << Qt::endl;
    for (const QString& line : audit.describe())
        out << tr("Record chain: %1").arg(line) << Qt::endl;
    if (audit.findings.isEmpty())
        out << tr("Record chain: every record signed by its actor's endorsed key, and every one allowed; "
                  "the people tables agree with it")
            << Qt::endl;
    for (const ChainAudit::Witness& witness : audit.held)
        out << tr("Record chain: holds %1 (%2)")
                   .arg(witness.source, ChainAudit::headText(witness.position, witness.hash))
            << Qt::endl;
    const QString fingerprint = audit.rootFingerprint();
    bool orgOk = true;
    if (fingerprint.isEmpty() && chain.records > 0)
        out << tr("Organization: no root key yet: these records were made before records were signed. An "
                  "admin who is also a manager adopts them by signing in once (in the app, or a command with "
                  "--as)")
            << Qt::endl;
    else if (fingerprint.isEmpty())
        out << tr("Organization: no root key yet (nobody has signed in as the first admin)") << Qt::endl;
    else
        out << tr("Organization: fingerprint %1 (the root key, record %2)")
                   .arg(fingerprint)
                   .arg(audit.rootRecordId)
            << Qt::endl;
    if (!options.org.isEmpty() &&
        Keys::normalisedFingerprint(options.org) != Keys::normalisedFingerprint(fingerprint)) {
        out << tr("Organization: NOT %1: this file is not that organization's records").arg(options.org)
            << Qt::endl;
        orgOk = false;
    }
    return fileOk && audit.findings.isEmpty() && orgOk ? Success : Failure;
}

int seedDemo(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    if (options.learners < 1) {
        err << tr("careu: seed-demo needs --learners N") << Qt::endl << usage();
        return UsageError;
    }
    const Catalog catalog = Catalog::load(options.contentDirs);
    const QString path = Database::resolvePath(options.dbPath);
    QString error;
    const auto failed = [&] {
        err << QStringLiteral("careu: ") << error << Qt::endl;
        return Failure;
    };
    Location location;
    if (!Location::parse(path, &location, &error))
        return failed();
    DemoSeeder::Summary summary;
    const auto report = [&] {
        out << tr("Demo organization in %1: %2 manager (Mona Reyes), %3 mentors, %4 coaches, %5 learners.")
                   .arg(location.displayName())
                   .arg(summary.managers)
                   .arg(summary.mentors)
                   .arg(summary.coaches)
                   .arg(summary.learners)
            << Qt::endl
            << tr("Everyone signs in with the demo password: %1").arg(DemoSeeder::password()) << Qt::endl;
        return Success;
    };
    if (location.kind == Location::Kind::PostgreSQL) {
        // All or nothing: one transaction (the seeder's batches join it).
        Database db;
        if (!db.open(path, &error))
            return failed();
        Services services(db, catalog, context.clock);
        const auto seed = [&](QString* seedError) {
            summary = DemoSeeder::Summary(); // counted afresh if the server has it tried again
            return DemoSeeder(services, options.seed).run(options.learners, &summary, seedError);
        };
        return services.people.inOneTransaction(seed, &error) ? report() : failed();
    }
    if (QFileInfo::exists(path)) {
        Database target;
        if (!target.open(path, &error))
            return failed();
        if (!Services(target, catalog, context.clock).people.active(&error).isEmpty() || !error.isEmpty()) {
            if (error.isEmpty())
                error =
                    tr("%1 already has people in it. seed-demo only fills an empty database; give it a new "
                       "file with --db.")
                        .arg(path);
            return failed();
        }
    }
    // All or nothing: the team is seeded into a file of its own beside the target and moved in when
    // complete, so a seed-demo that is stopped half-way leaves no half organisation.
    QTemporaryFile partial;
    if (!Backups::openPartial(&partial, path, &error))
        return failed();
    {
        Database db;
        if (!db.open(partial.fileName(), &error))
            return failed();
        const Services services(db, catalog, context.clock);
        if (!DemoSeeder(services, options.seed).run(options.learners, &summary, &error))
            return failed();
    }
    if (!Backups::moveInto(partial.fileName(), path, &error))
        return failed();
    partial.setAutoRemove(false);
    return report();
}

int report(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    const Printer* printer = context.printer;
    const bool xapi = options.format == QLatin1String("xapi");
    const bool pdf = options.format == QLatin1String("pdf");
    if (options.format != QLatin1String("csv") && !xapi && !pdf) {
        err << tr("careu: report needs --format csv, pdf or xapi") << Qt::endl << usage();
        return UsageError;
    }
    if (pdf && options.out.isEmpty()) {
        err << tr("careu: a PDF report needs --out FILE (PDF is not written to the terminal)") << Qt::endl
            << usage();
        return UsageError;
    }
    if (pdf && !printer) {
        err << QStringLiteral("careu: ") << noPrinter() << Qt::endl;
        return Failure;
    }
    const QString homePage = options.homePage.isEmpty() ? XapiExport::defaultHomePage() : options.homePage;
    QString homePageError;
    if (!XapiExport::isHomePage(homePage, &homePageError)) {
        err << QStringLiteral("careu: ") << homePageError << Qt::endl;
        return UsageError;
    }
    CompletionReport::Filter filter;
    filter.courseId = options.course;
    filter.allowUnverified = options.allowUnverified;
    if (!options.since.isEmpty()) {
        const QDate since = QDate::fromString(options.since, Qt::ISODate);
        if (!since.isValid()) {
            err << tr("careu: --since needs a date like 2026-11-01") << Qt::endl;
            return UsageError;
        }
        filter.activeFrom = since;
    }
    Opened opened(options, context);
    if (!filter.courseId.isEmpty() && !opened.catalog().course(filter.courseId)) {
        err << tr("careu: there is no course \"%1\"").arg(filter.courseId) << Qt::endl;
        return Failure;
    }
    if (!opened.open(options, err))
        return Failure;
    Services& services = opened.services();
    // Files are written to a temporary name, owner-only, and renamed into place: a failed run
    // leaves no half report. CSV and xAPI go to stdout without --out.
    const auto write = [&](QTextStream& target, QString* error) {
        return ReportWriter(services, databaseKeeper(), homePage)
                   .write(xapi ? ReportWriter::Format::Xapi : ReportWriter::Format::Csv, filter, target,
                          error) >= 0;
    };
    QString error;
    bool ok = false;
    if (pdf)
        ok = writePrivateFile(
            options.out,
            [&](QIODevice* file, QString* printError) {
                return printer->report(services, databaseKeeper(), filter, file, printError);
            },
            &error);
    else if (options.out.isEmpty())
        ok = write(out, &error);
    else
        ok = writePrivateFile(
            options.out,
            [&](QIODevice* file, QString* writeError) {
                QTextStream stream(file);
                return write(stream, writeError);
            },
            &error);
    if (!ok) {
        err << tr("careu: the report could not be made: %1").arg(error) << Qt::endl;
        return Failure;
    }
    return Success;
}

int certificates(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    const Printer* printer = context.printer;
    if (options.out.isEmpty()) {
        err << tr("careu: use \"careu certificates --out DIR --as MANAGER [--person UID-or-email]\"")
            << Qt::endl
            << usage();
        return UsageError;
    }
    if (!printer) {
        err << QStringLiteral("careu: ") << noPrinter() << Qt::endl;
        return Failure;
    }
    Opened opened(options, context);
    if (!opened.open(options, err))
        return Failure;
    const auto manager = signedInManager(
        opened.services(), options, context,
        {tr("careu: certificates needs --as NAME: the manager who issues them signs the statement each "
            "one carries, which anyone can check offline with \"careu verify\""),
         tr("careu: %1 cannot issue certificates: %2")});
    if (!manager)
        return Failure;
    QString error;
    const SigningKey* issuer = opened.services().accounts.signer(manager->id, &error);
    if (!issuer) {
        err << QStringLiteral("careu: ") << error << Qt::endl;
        return Failure;
    }
    const auto render = [printer](const Certificate& certificate, QIODevice* file, QString* renderError) {
        return printer->certificate(certificate, file, renderError);
    };
    const int written =
        Certificates(opened.services())
            .write(options.out, options.person, render, {}, nullptr, &error, options.allowUnverified, issuer);
    if (written < 0) {
        err << QStringLiteral("careu: ") << error << Qt::endl;
        return Failure;
    }
    const QString dir = QDir::toNativeSeparators(options.out);
    out << (written == 1 ? tr("1 certificate written to %1.").arg(dir)
                         : tr("%1 certificates written to %2.").arg(written).arg(dir))
        << Qt::endl;
    return Success;
}

namespace {

void printCertificate(QTextStream& out, const Certificate& certificate)
{
    // A course a revocation took back has no sign-off day now.
    const auto date = [](const QDateTime& when) {
        return when.isValid() ? when.toUTC().date().toString(Qt::ISODate) : QStringLiteral("-");
    };
    // Written out, never raw: a statement's text is anyone's to make.
    const auto row = [&out](const QString& label, const QString& value) {
        out << QStringLiteral("  %1 %2").arg(label + QLatin1Char(':'), -13).arg(PlainText::printable(value))
            << Qt::endl;
    };
    out << tr("Certificate %1").arg(certificate.code) << Qt::endl;
    row(tr("graduate"), certificate.name);
    row(tr("graduated"), date(certificate.graduatedAt));
    for (const CertificateCourse& course : certificate.courses)
        row(tr("course"), tr("%1, completed %2, signed off %3")
                              .arg(course.title, date(course.completedAt), date(course.signedOffAt)));
    row(tr("mentor"), certificate.mentor);
    row(tr("coach"), certificate.coach);
    row(tr("issued by"), certificate.organisation);
    if (certificate.recordId)
        row(tr("record"), tr("%1, hash %2").arg(certificate.recordId).arg(certificate.recordHash));
    else
        row(tr("record"), tr("hash %1").arg(certificate.recordHash));
}

// The statement a certificate PDF holds in its metadata, or the text given.
std::optional<QString> statementText(const QString& argument, QTextStream& err)
{
    if (!QFileInfo(argument).isFile())
        return argument;
    constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    QFile file(argument);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("careu: cannot read %1: %2").arg(argument, file.errorString()) << Qt::endl;
        return std::nullopt;
    }
    const QStringList found = GraduationStatement::find(file.read(MaxFileBytes));
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        err << tr("careu: %1 holds no signed statement: it is not a certificate careu made with --as, or "
                  "its metadata was removed; check the verification code printed on it with \"careu "
                  "verify CODE\" on the organization's database instead")
                   .arg(argument)
            << Qt::endl;
    else
        err << tr("careu: %1 holds %2 different signed statements, so it was tampered with: a "
                  "certificate careu makes holds one")
                   .arg(argument)
                   .arg(found.size())
            << Qt::endl;
    return std::nullopt;
}

// verify FILE-or-STATEMENT: the signatures from the organization's root down, offline; with a
// database also that the graduation still stands there.
int verifyStatement(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    const auto text = statementText(options.commandArgs.first(), err);
    if (!text)
        return Failure;
    QString error;
    const auto content = GraduationStatement::read(*text, &error);
    if (!content) {
        err << QStringLiteral("careu: ") << error << Qt::endl;
        return Failure;
    }
    printCertificate(out, content->certificate);
    const bool offline =
        options.offline || (options.dbPath.isEmpty() && qEnvironmentVariableIsEmpty("CAREU_DB"));
    const QString claimed = content->certificate.fingerprint;
    std::optional<Opened> opened;
    QString org = options.org;
    if (!offline) {
        opened.emplace(options, context);
        if (!opened->open(options, err))
            return Failure;
        if (org.isEmpty())
            org = ChainAudit::organizationFingerprint(opened->services(), &error);
        if (!error.isEmpty()) {
            err << tr("careu: the records could not be read: %1").arg(error) << Qt::endl;
            return Failure;
        }
    }
    // With no fingerprint to hold it against, only whether it is whole: never "Valid".
    const bool claimedOnly = org.isEmpty();
    QString why;
    if (!GraduationStatement::verify(*content, claimedOnly ? claimed : org, &why)) {
        out << tr("Forged: %1.").arg(why) << Qt::endl;
        return Failure;
    }
    if (claimedOnly) {
        out << tr("Not checked: it is signed by organization %1; compare that with the fingerprint you "
                  "know for it, or give it with --org FINGERPRINT to have it compared.")
                   .arg(claimed)
            << Qt::endl;
        return Failure;
    }
    const QString signedBy = tr("signed by a key the organization %1 endorsed").arg(claimed);
    if (offline) {
        out << tr("Valid: %1 (this does not say whether it was revoked since; \"careu verify\" with the "
                  "organization's database does).")
                   .arg(signedBy)
            << Qt::endl;
        return Success;
    }
    const CertificateCheck result = Certificates(opened->services()).check(content->certificate.code, &error);
    if (!error.isEmpty()) {
        err << tr("careu: the records could not be read: %1").arg(error) << Qt::endl;
        return Failure;
    }
    if (result.outcome != CertificateCheck::Outcome::Valid) {
        out << tr("NOT VALID: %1; %2").arg(signedBy, result.problem) << Qt::endl;
        return Failure;
    }
    out << tr("Valid: %1, and the graduation still stands in the database.").arg(signedBy) << Qt::endl;
    return Success;
}

} // namespace

int verify(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    if (options.commandArgs.size() != 1) {
        err << tr("careu: use \"careu verify CODE\", with the code printed on the certificate, or \"careu "
                  "verify FILE.pdf --org FINGERPRINT\"")
            << Qt::endl
            << usage();
        return UsageError;
    }
    const QString& argument = options.commandArgs.first();
    if (QFileInfo(argument).isFile() || argument.trimmed().startsWith(QLatin1String("CAREU")))
        return verifyStatement(options, context);
    Opened opened(options, context);
    if (!opened.open(options, err))
        return Failure;
    QString error;
    const CertificateCheck result = Certificates(opened.services()).check(argument, &error);
    if (!error.isEmpty()) {
        err << tr("careu: the records could not be read: %1").arg(error) << Qt::endl;
        return Failure;
    }
    if (result.outcome == CertificateCheck::Outcome::Unknown) {
        err << QStringLiteral("careu: ") << result.problem << Qt::endl;
        return Failure;
    }
    printCertificate(out, result.certificate);
    if (result.outcome != CertificateCheck::Outcome::Valid) {
        out << tr("NOT VALID: %1").arg(result.problem) << Qt::endl;
        return Failure;
    }
    out << tr("Valid: the graduation stands, and the whole record chain verifies.") << Qt::endl;
    return Success;
}

int people(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    const QStringList& args = options.commandArgs;
    const bool list = args == QStringList{QStringLiteral("list")};
    const bool import = args.size() == 2 && args.first() == QLatin1String("import");
    if (!list && !import) {
        err << tr("careu: use \"careu people list\" or \"careu people import FILE.csv --as NAME\"")
            << Qt::endl
            << usage();
        return UsageError;
    }
    Opened opened(options, context);
    if (!opened.open(options, err))
        return Failure;
    return list ? listPeople(opened.services(), out, err)
                : importPeople(opened.services(), args.at(1), options, context);
}

int backup(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    if (options.out.isEmpty()) {
        err << tr("careu: backup needs --out FILE") << Qt::endl << usage();
        return UsageError;
    }
    if (onServer(options, err))
        return Failure;
    Opened opened(options, context);
    if (!opened.open(options, err))
        return Failure;
    const Database& db = opened.db();
    QString error;
    if (!Backups::write(db, options.out, &error)) {
        err << QStringLiteral("careu: ") << error << Qt::endl;
        return Failure;
    }
    out << tr("Backed up %1 to %2 (checked).").arg(db.path(), options.out) << Qt::endl;
    return Success;
}

int restore(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    if (options.commandArgs.size() != 1) {
        err << tr("careu: use \"careu restore FILE\"") << Qt::endl << usage();
        return UsageError;
    }
    if (onServer(options, err))
        return Failure;
    const QString path = Database::resolvePath(options.dbPath);
    const QString& backup = options.commandArgs.first();
    QString aside;
    QString error;
    if (!Backups::restore(backup, path, context.clock.now(), &aside, &error)) {
        err << QStringLiteral("careu: ") << error << Qt::endl;
        return Failure;
    }
    // Opened once as the app would: a backup from an older version is brought up to date now.
    Database db;
    if (!db.open(path, &error)) {
        err << tr("careu: the backup was put in place but cannot be opened: %1").arg(error) << Qt::endl;
        return Failure;
    }
    out << tr("Restored %1 from %2.").arg(path, backup) << Qt::endl;
    if (!aside.isEmpty())
        out << tr("The file it replaced is kept as %1.").arg(aside) << Qt::endl;
    return Success;
}

int copyFrom(const Options& options, const Context& context)
{
    QTextStream& out = context.out;
    QTextStream& err = context.err;
    if (options.commandArgs.size() != 1) {
        err << tr("careu: use \"careu --db postgresql://... copy-from FILE.sqlite\"") << Qt::endl << usage();
        return UsageError;
    }
    const QString target = Database::resolvePath(options.dbPath);
    const QString& source = options.commandArgs.first();
    Location location;
    QString error;
    if (!Location::parse(target, &location, &error)) {
        err << QStringLiteral("careu: ") << error << Qt::endl;
        return Failure;
    }
    if (location.kind != Location::Kind::PostgreSQL) {
        err << tr("careu: copy-from fills a PostgreSQL database: give its URL with --db postgresql://... "
                  "(to copy a file, use backup)")
            << Qt::endl;
        return UsageError;
    }
    Location sourceLocation;
    if (!Location::parse(source, &sourceLocation, &error) || sourceLocation.kind != Location::Kind::SQLite ||
        !QFileInfo(source).isFile()) {
        err << tr("careu: %1 is not an SQLite database file; copy-from copies a file the app kept")
                   .arg(source)
            << Qt::endl;
        return Failure;
    }
    // The source is opened as the app would open it (a file of an older version is brought up to date).
    Database from;
    Database to;
    OrganizationCopy::Result result;
    const Catalog catalog = Catalog::load(options.contentDirs);
    if (!from.open(source, &error) || !to.open(target, &error) ||
        !OrganizationCopy::run(from, to, ChainAudit::copyCheck(catalog, context.clock), &result, &error)) {
        err << QStringLiteral("careu: ") << error << Qt::endl;
        return Failure;
    }
    out << tr("Copied %1 into %2, in one transaction:").arg(source, location.displayName()) << Qt::endl;
    for (const OrganizationCopy::Table& table : result.tables)
        out << QStringLiteral("  %1 %2").arg(table.name + QLatin1Char(':'), -22).arg(table.rows) << Qt::endl;
    out << tr("Record chain: verified on both sides, %1 records, head %2")
               .arg(result.chainRecords)
               .arg(result.chainHead)
        << Qt::endl;
    return Success;
}

} // namespace careu::cli
