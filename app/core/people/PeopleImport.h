#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace careu {

class PeopleStore;
class Team;
struct Person;

// Adds people from a CSV file (UTF-8) with a header row: name, roles (required), email, staff_id,
// mentor, location (optional). roles holds one or more of learner, mentor, coach, manager, admin,
// separated by ";". mentor names an active mentor (by name or email) already in the database or
// on an earlier line.
//
// The whole file is read and checked first. Any bad line (a name or an email already taken, in
// the file or in the team; a control or direction character; an unknown role or mentor) is
// reported with its line, and then nobody is added: the file is fixed and imported again. Good
// files are written a thousand people a transaction, each person added by the manager through
// Team: a Join record in the chain, signed with the manager's key (which must be open), so that
// careu check finds the people table and the chain agree.
class PeopleImport
{
    Q_DECLARE_TR_FUNCTIONS(PeopleImport)

public:
    static constexpr qint64 MaxFileBytes = 10 * 1024 * 1024;
    static constexpr int BatchSize = 1000;

    struct Rejection
    {
        int line = 0;
        QString why;
    };

    struct Report
    {
        int added = 0;
        QVector<Rejection> rejected; // per line not added
    };

    // Told after each batch how many of how many people are added.
    using Progress = std::function<void(int added, int total)>;

    // The bytes of the file at path for run(): false with an error a person can act on when it
    // cannot be opened or is larger than MaxFileBytes. A pipe or a device (which has no size to
    // look at first, and may never end) is read no further than one byte past the limit.
    static bool readFile(const QString& path, QByteArray* csv, QString* error);

    // False (with error) when the file as a whole cannot be read (not UTF-8, not CSV, a wrong
    // header) or could not be written; true with report->rejected filled (and nothing added) when
    // lines are bad.
    static bool run(const QByteArray& csv, PeopleStore& people, Team& team, const Person& manager,
                    Report* report, QString* error, const Progress& progress = {});
};

} // namespace careu
