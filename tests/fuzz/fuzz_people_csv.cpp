// `careu people import FILE`: the CSV reader, then the import into a real (temporary) database,
// each person added by its admin. The database and the admin are made once per process; each run
// imports inside a transaction of its own that is rolled back, so that no run sees people an
// earlier one added.
#include "FuzzSupport.h"
#include "Services.h"
#include "people/Csv.h"
#include "people/PeopleImport.h"
#include "people/PlainText.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace careu;

namespace {
QTemporaryDir* folder;
Database* database;
Services* services;
std::optional<Person> admin;
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // Both live as long as the process: Qt loads the SQLite driver through the application.
    new QCoreApplication(fuzz::qtArgc(), fuzz::qtArgv());
    folder = new QTemporaryDir;
    database = new Database;
    QString error;
    FUZZ_CHECK(folder->isValid() && database->open(folder->filePath(QStringLiteral("careu.sqlite")), &error));
    // Each import writes a transaction per person; waiting for the disk would only slow the fuzzer.
    QSqlQuery(database->connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    services = new Services(*database, *new Catalog, Clock::system());
    NewPerson first;
    first.name = QStringLiteral("Fuzz Admin");
    first.roles = {Role::Admin, Role::Manager};
    admin = services->team.join(first, QStringLiteral("the fuzzer's own password"), &error,
                                Passwords::Cost::Minimal);
    FUZZ_CHECK(admin.has_value());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(bytes);
    QVector<Csv::Row> rows;
    QString error;
    if (Csv::parse(text, &rows, &error)) {
        for (int i = 0; i < rows.size(); ++i)
            FUZZ_CHECK(rows.at(i).line >= 1 && (i == 0 || rows.at(i).line > rows.at(i - 1).line));
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }

    sql::WriteTransaction undone(database->connection());
    FUZZ_CHECK(undone.begin(&error));
    PeopleStore& people = services->people;
    PeopleImport::Report report;
    error.clear();
    const bool imported = PeopleImport::run(bytes, people, services->team, *admin, &report, &error);
    const QVector<Person> everyone = people.active(&error);
    const int stored = static_cast<int>(everyone.size()) - 1; // the admin
    if (imported) {
        // Every line after the header is added, or one is reported and none is added.
        FUZZ_CHECK(report.rejected.isEmpty() ? report.added == rows.size() - 1 : report.added == 0);
        FUZZ_CHECK(stored == report.added);
        for (const PeopleImport::Rejection& rejection : std::as_const(report.rejected))
            FUZZ_CHECK(rejection.line >= 2 && !rejection.why.isEmpty());
        // Nothing stored can print as anything but itself.
        for (const Person& person : everyone)
            FUZZ_CHECK(!PlainText::firstUnsafe(person.name) && !PlainText::firstUnsafe(person.email));
    } else {
        FUZZ_CHECK(!error.isEmpty() && stored == 0);
    }
    return 0; // undone rolls back what the run added
}
