// The child of tst_crash: writes to a database the way the app does (people, Check answers,
// reflections, Practice requests and sign-offs) and prints one acknowledgement line per commit,
// flushed, so that whoever kills it knows exactly what was on disk by then.
//
//   careu_crash_writer DB setup     a mentor with a password, printed as "mentor ID"
//   careu_crash_writer DB run SEED [LEARNERS]
//                                   learners working through CARE 102 until killed, or until
//                                   LEARNERS of them are through it
//
// Acknowledgements (one per line):
//   person ID                       a learner was created, with the mentor as theirs
//   answer PERSON COURSE LESSON N   the lesson holds at least N Check answers
//   complete PERSON COURSE LESSON   the lesson is complete (Check passed, reflection written)
//   record ID KIND                  a record of this kind was appended to the chain
#include "Services.h"
#include "people/Passwords.h"
#include "progress/LessonSession.h"
#include "store/Database.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

using namespace careu;

namespace {

const QString MentorPassword = QStringLiteral("crash-test mentor");

void acknowledge(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString& what)
{
    std::fputs(qPrintable(QStringLiteral("careu_crash_writer: %1\n").arg(what)), stderr);
    return 1;
}

int setUp(Team& team)
{
    QString error;
    NewPerson admin;
    admin.name = QStringLiteral("Ada (admin)");
    admin.roles = {Role::Admin, Role::Manager};
    NewPerson mentor;
    mentor.name = QStringLiteral("Maria (mentor)");
    mentor.roles = {Role::Mentor};
    // Public passwords: the cheap hash and key derivation keep each run's confirmation quick.
    const auto manager = team.join(admin, MentorPassword, &error, Passwords::Cost::Minimal);
    const auto created =
        manager ? team.add(*manager, mentor, MentorPassword, &error, Passwords::Cost::Minimal) : std::nullopt;
    if (!created)
        return fail(error);
    acknowledge(QStringLiteral("mentor %1").arg(created->id));
    return 0;
}

// One learner through every lesson of the course, acknowledging each commit.
bool learnCourse(const Person& admin, const Person& mentor, const PasswordConfirmation& confirmation,
                 const Course& course, Services& services, QRandomGenerator& random, QString* error)
{
    NewPerson newLearner;
    newLearner.name = QStringLiteral("Learner %1").arg(random.generate64());
    newLearner.mentorId = mentor.id;
    ProgressStore& progress = services.progress;
    SignOffs& signOffs = services.signOffs;
    // Added by the admin; the learner signs their requests with a key their password opens.
    const auto learner =
        services.team.add(admin, newLearner, MentorPassword, error, Passwords::Cost::Minimal);
    if (!learner || !services.accounts.confirm(learner->id, MentorPassword, error))
        return false;
    acknowledge(QStringLiteral("person %1").arg(learner->id));
    for (const Lesson& lesson : course.lessons) {
        const QString where = QStringLiteral("%1 %2 %3").arg(learner->id).arg(course.id, lesson.id);
        LessonSession session(progress, Clock::system(), learner->id, course, lesson);
        if (!session.load(error))
            return false;
        int answers = 0;
        for (const Question& question : lesson.check) {
            // Now and then a wrong answer first, as people give them.
            if (random.bounded(3) == 0) {
                const QString& wrong = question.choices.first().id == question.answer
                                           ? question.choices.last().id
                                           : question.choices.first().id;
                if (!session.answer(question.id, wrong, error))
                    return false;
                acknowledge(QStringLiteral("answer %1 %2").arg(where).arg(++answers));
            }
            if (!session.answer(question.id, question.answer, error))
                return false;
            acknowledge(QStringLiteral("answer %1 %2").arg(where).arg(++answers));
        }
        if (!session.saveReflection(QStringLiteral("I will greet every customer by name and listen to the "
                                                   "whole story before I answer."),
                                    error))
            return false;
        acknowledge(QStringLiteral("complete %1").arg(where));
        const QVector<Observation> allSeen(lesson.practice.checklist.size(), Observation{true, QString()});
        if (!signOffs.request(*learner, course, lesson, error))
            return false;
        const PracticeStatus requested = signOffs.status(learner->id, course.id, lesson.id, error);
        acknowledge(QStringLiteral("record %1 %2")
                        .arg(requested.recordId)
                        .arg(recordKindKey(RecordKind::SignOffRequest)));
        if (!signOffs.signOff(mentor, confirmation, *learner, course, lesson, allSeen,
                              QStringLiteral("Seen with a real customer."), error))
            return false;
        const PracticeStatus signedOff = signOffs.status(learner->id, course.id, lesson.id, error);
        acknowledge(
            QStringLiteral("record %1 %2").arg(signedOff.recordId).arg(recordKindKey(RecordKind::SignOff)));
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2 || !Passwords::initialize())
        return fail(QStringLiteral("usage: careu_crash_writer DB setup | DB run SEED [LEARNERS]"));
    Database db;
    QString error;
    if (!db.open(args.at(0), &error))
        return fail(error);
    const Catalog catalog = Catalog::load();
    Services services(db, catalog, Clock::system());
    PeopleStore& people = services.people;
    if (args.at(1) == QLatin1String("setup"))
        return setUp(services.team);

    const Course* course = catalog.course(QStringLiteral("care-102"));
    const QVector<Person> everyone = people.active(&error);
    const auto mentor = std::find_if(everyone.cbegin(), everyone.cend(), [](const Person& person) {
        return person.roles.contains(Role::Mentor);
    });
    const auto admin = std::find_if(everyone.cbegin(), everyone.cend(),
                                    [](const Person& person) { return person.roles.contains(Role::Admin); });
    if (!course || mentor == everyone.cend() || admin == everyone.cend())
        return fail(QStringLiteral("run setup first: no mentor, or no CARE 102 (%1)").arg(error));
    const auto confirmation = services.accounts.confirm(mentor->id, MentorPassword, &error);
    if (!confirmation || !services.accounts.confirm(admin->id, MentorPassword, &error))
        return fail(error);
    QRandomGenerator random(args.value(2).toUInt());
    acknowledge(QStringLiteral("ready"));
    // Until killed; the default bound only keeps a forgotten child from filling the disk.
    const int learners = args.size() > 3 ? args.at(3).toInt() : 1000;
    for (int learner = 0; learner < learners; ++learner) {
        if (!learnCourse(*admin, *mentor, *confirmation, *course, services, random, &error))
            return fail(error);
    }
    return 0;
}
