#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace careu {

class PeopleStore;

// Adds people from a CSV file with a header row: name, roles (required), email, staff_id,
// mentor (optional). roles holds one or more of learner, mentor, coach, manager, admin,
// separated by ";". mentor names an active mentor (by name or email) already in the database or
// on an earlier line. Each good line is added; each bad line is reported and skipped.
class PeopleImport
{
    Q_DECLARE_TR_FUNCTIONS(PeopleImport)

public:
    static constexpr qint64 MaxFileBytes = 10 * 1024 * 1024;

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

    // False (with error) when the file as a whole cannot be read: not CSV, wrong header.
    static bool run(const QString& csvText, PeopleStore& people, Report* report, QString* error);
};

} // namespace careu
