#include "PeopleImport.h"

#include "Csv.h"
#include "PlainText.h"
#include "Roles.h"
#include "Team.h"
#include "store/PeopleStore.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace careu {

namespace {
const QStringList Columns = {QStringLiteral("name"),  QStringLiteral("email"),  QStringLiteral("staff_id"),
                             QStringLiteral("roles"), QStringLiteral("mentor"), QStringLiteral("location")};

// Text from the file quoted back in a message: cut short (a field may be of any length) and with
// any control character written out, so that a message never rings a bell or moves a cursor.
QString shortened(const QString& text)
{
    constexpr int Shown = 40;
    return PlainText::printable(text.size() <= Shown ? text : text.left(Shown) + QChar(0x2026));
}

// The line (1-based) of the first byte of csv that is not UTF-8, or 0 when all of it is. A line
// is looked at on its own (UTF-8 never splits a character over a line break): decoded and encoded
// again, it comes back the same only when every byte of it was UTF-8.
int firstBadUtf8Line(const QByteArray& csv)
{
    int line = 1;
    for (qsizetype start = 0; start < csv.size(); ++line) {
        qsizetype end = csv.indexOf('\n', start);
        end = end < 0 ? csv.size() : end + 1;
        const QByteArrayView bytes = QByteArrayView(csv).sliced(start, end - start);
        if (QString::fromUtf8(bytes).toUtf8() != bytes)
            return line;
        start = end;
    }
    return 0;
}

QString emailKey(const QString& email)
{
    return email.trimmed().toCaseFolded();
}

// A mentor named on a line: someone active in the team, or a person on an earlier line.
struct Mentor
{
    qint64 id = 0; // in the team
    int row = -1;  // else the row of the file (index into the people to add)
};

} // namespace

bool PeopleImport::run(const QByteArray& csv, PeopleStore& people, Team& team, const Person& manager,
                       Report* report, QString* error, const Progress& progress)
{
    if (!Permissions::allows(manager.asActor(), Action::ManagePeople, {}, error))
        return false;
    if (const int line = firstBadUtf8Line(csv)) {
        *error = tr("line %1: this is not UTF-8 text; save the file as \"CSV UTF-8\" and import it again")
                     .arg(line);
        return false;
    }
    QVector<Csv::Row> rows;
    if (!Csv::parse(QString::fromUtf8(csv), &rows, error))
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
        if (column.contains(name)) {
            *error = tr("line 1: the column \"%1\" is named twice").arg(name);
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

    // Who is there already, read once.
    QString readError;
    const QVector<Person> everyone = people.active(&readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    QHash<QString, int> nameLine;   // name key -> line of the file that has it (0: the team)
    QHash<QString, int> emailLine;  // the same for emails
    QHash<QString, Mentor> mentors; // name key or email key -> the mentor
    for (const Person& person : everyone) {
        nameLine.insert(PeopleStore::nameKey(person.name), 0);
        if (!person.email.isEmpty())
            emailLine.insert(emailKey(person.email), 0);
        if (person.roles.contains(Role::Mentor)) {
            mentors.insert(PeopleStore::nameKey(person.name), {person.id, -1});
            if (!person.email.isEmpty())
                mentors.insert(emailKey(person.email), {person.id, -1});
        }
    }

    static const QRegularExpression separators(QStringLiteral("[;|]"));
    QVector<NewPerson> toAdd;
    QVector<int> mentorRow; // per person to add: the row of their mentor in toAdd, or -1
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
        QString why;
        if (!PeopleStore::check(person, &why)) {
            reject(why);
            continue;
        }
        const QString nameKey = PeopleStore::nameKey(person.name);
        if (nameLine.contains(nameKey)) {
            const int earlier = nameLine.value(nameKey);
            reject(earlier == 0
                       ? tr("%1 is in the team already; give this person a surname or an initial")
                             .arg(shortened(person.name.simplified()))
                       : tr("%1 is on line %2 too").arg(shortened(person.name.simplified())).arg(earlier));
            continue;
        }
        const QString email = emailKey(person.email);
        if (!email.isEmpty() && emailLine.contains(email)) {
            const int earlier = emailLine.value(email);
            reject(
                earlier == 0
                    ? tr("the email address %1 belongs to someone in the team already")
                          .arg(shortened(person.email))
                    : tr("the email address %1 is on line %2 too").arg(shortened(person.email)).arg(earlier));
            continue;
        }
        Mentor mentor;
        const QString mentorName = field(QStringLiteral("mentor"));
        if (!mentorName.isEmpty()) {
            const auto found = mentors.constFind(PeopleStore::nameKey(mentorName));
            const auto byEmail = mentors.constFind(emailKey(mentorName));
            if (found == mentors.cend() && byEmail == mentors.cend()) {
                reject(tr("no mentor called \"%1\"; add the mentor first (an earlier line works)")
                           .arg(shortened(mentorName)));
                continue;
            }
            mentor = found != mentors.cend() ? *found : *byEmail;
        }
        nameLine.insert(nameKey, row.line);
        if (!email.isEmpty())
            emailLine.insert(email, row.line);
        if (person.roles.contains(Role::Mentor)) {
            mentors.insert(nameKey, {0, static_cast<int>(toAdd.size())});
            if (!email.isEmpty())
                mentors.insert(email, {0, static_cast<int>(toAdd.size())});
        }
        person.mentorId = mentor.id;
        mentorRow.append(mentor.row);
        toAdd.append(person);
    }
    if (!report->rejected.isEmpty())
        return true;

    QVector<qint64> ids(toAdd.size(), 0);
    const auto total = static_cast<int>(toAdd.size());
    for (int first = 0; first < total; first += BatchSize) {
        const bool written = people.inOneTransaction(
            [&](QString* writeError) {
                for (int i = first; i < std::min(total, first + BatchSize); ++i) {
                    NewPerson& person = toAdd[i];
                    if (mentorRow.at(i) >= 0)
                        person.mentorId = ids.at(mentorRow.at(i));
                    const auto created = team.add(manager, person, writeError);
                    if (!created) {
                        *writeError = tr("line %1: %2")
                                          .arg(nameLine.value(PeopleStore::nameKey(person.name)))
                                          .arg(*writeError);
                        return false;
                    }
                    ids[i] = created->id;
                }
                return true;
            },
            error);
        if (!written) {
            *error =
                report->added == 0
                    ? tr("%1; nobody was added").arg(*error)
                    : tr("%1; the first %n people were added, the rest not", "", report->added).arg(*error);
            return false;
        }
        report->added = std::min(total, first + BatchSize);
        if (progress)
            progress(report->added, total);
    }
    return true;
}

bool PeopleImport::readFile(const QString& path, QByteArray* csv, QString* error)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, input.errorString());
        return false;
    }
    *csv = input.read(MaxFileBytes + 1);
    if (csv->size() > MaxFileBytes) {
        csv->clear();
        *error = tr("%1 is larger than %2 MiB; split it into smaller files").arg(path).arg(MaxFileBytes / (1024 * 1024));
        return false;
    }
    return true;
}

} // namespace careu
