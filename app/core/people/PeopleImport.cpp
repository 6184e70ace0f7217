#include "PeopleImport.h"

#include "Csv.h"
#include "store/PeopleStore.h"

#include <QRegularExpression>

namespace careu {

namespace {
const QStringList Columns = {QStringLiteral("name"),  QStringLiteral("email"),  QStringLiteral("staff_id"),
                             QStringLiteral("roles"), QStringLiteral("mentor"), QStringLiteral("location")};

// Text from the file quoted back in a message, cut short: a field may be of any length.
QString shortened(const QString& text)
{
    constexpr int Shown = 40;
    return text.size() <= Shown ? text : text.left(Shown) + QChar(0x2026);
}
} // namespace

bool PeopleImport::run(const QString& csvText, PeopleStore& people, Report* report, QString* error)
{
    QVector<Csv::Row> rows;
    if (!Csv::parse(csvText, &rows, error))
        return false;
    if (rows.isEmpty()) {
        *error = tr("the file is empty; the first line names the columns: %1")
                     .arg(Columns.join(QLatin1String(",")));
        return false;
    }
    QHash<QString, int> column;
    const QStringList header = rows.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!Columns.contains(name)) {
            *error = tr("line 1: unknown column \"%1\" (the columns are: %2)")
                         .arg(shortened(header.at(i)), Columns.join(QLatin1String(", ")));
            return false;
        }
        column.insert(name, i);
    }
    for (const QString& required : {QStringLiteral("name"), QStringLiteral("roles")}) {
        if (!column.contains(required)) {
            *error = tr("line 1: the column \"%1\" is missing").arg(required);
            return false;
        }
    }
    static const QRegularExpression separators(QStringLiteral("[;|]"));
    for (int r = 1; r < rows.size(); ++r) {
        const Csv::Row& row = rows.at(r);
        const auto field = [&](const QString& name) {
            return column.contains(name) ? row.fields.value(column.value(name)).trimmed() : QString();
        };
        const auto reject = [&](const QString& why) { report->rejected.append({row.line, why}); };
        if (row.fields.size() != header.size()) {
            reject(tr("%1 fields where the header has %2").arg(row.fields.size()).arg(header.size()));
            continue;
        }
        NewPerson person;
        person.name = field(QStringLiteral("name"));
        person.email = field(QStringLiteral("email"));
        person.staffId = field(QStringLiteral("staff_id"));
        person.location = field(QStringLiteral("location"));
        person.roles.clear();
        QString badRole;
        for (const QString& key : field(QStringLiteral("roles")).split(separators, Qt::SkipEmptyParts)) {
            if (const auto role = roleFromKey(key.trimmed().toLower()))
                person.roles.insert(*role);
            else
                badRole = shortened(key.trimmed());
        }
        if (!badRole.isEmpty()) {
            reject(tr("unknown role \"%1\" (roles are learner, mentor, coach, manager, admin)").arg(badRole));
            continue;
        }
        const QString mentor = field(QStringLiteral("mentor"));
        if (!mentor.isEmpty()) {
            QString lookupError;
            auto found = people.findByName(mentor, &lookupError);
            if (!found) {
                const QVector<Person> everyone = people.active(&lookupError);
                auto byEmail = std::find_if(everyone.cbegin(), everyone.cend(), [&](const Person& p) {
                    return !p.email.isEmpty() && p.email.compare(mentor, Qt::CaseInsensitive) == 0;
                });
                if (byEmail != everyone.cend())
                    found = *byEmail;
            }
            if (!found) {
                reject(tr("no mentor called \"%1\"; add the mentor first (an earlier line works)")
                           .arg(shortened(mentor)));
                continue;
            }
            person.mentorId = found->id;
        }
        QString why;
        if (people.create(person, &why))
            ++report->added;
        else
            reject(why);
    }
    return true;
}

} // namespace careu
