#include "DemoSeeder.h"

#include "Services.h"
#include "people/Passwords.h"
#include "progress/LessonSession.h"
#include "roleplay/RolePlaySession.h"
#include "signoff/RefresherSession.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QCryptographicHash>
#include <QUuid>
#include <random>

namespace careu {

namespace {

const QStringList FirstNames = {
    QStringLiteral("Ana"),   QStringLiteral("Ben"),   QStringLiteral("Chloé"), QStringLiteral("Dev"),
    QStringLiteral("Elif"),  QStringLiteral("Femi"),  QStringLiteral("Grace"), QStringLiteral("Hugo"),
    QStringLiteral("Ines"),  QStringLiteral("Jamal"), QStringLiteral("Kai"),   QStringLiteral("Lena"),
    QStringLiteral("Mateo"), QStringLiteral("Nadia"), QStringLiteral("Omar"),  QStringLiteral("Priya"),
    QStringLiteral("Quinn"), QStringLiteral("Rosa"),  QStringLiteral("Sven"),  QStringLiteral("Tomás"),
    QStringLiteral("Uma"),   QStringLiteral("Wei"),   QStringLiteral("Yara"),  QStringLiteral("Zoë")};
const QStringList LastNames = {
    QStringLiteral("Okafor"),   QStringLiteral("Lindqvist"), QStringLiteral("García"),
    QStringLiteral("Nguyen"),   QStringLiteral("Byrne"),     QStringLiteral("Haddad"),
    QStringLiteral("Kowalski"), QStringLiteral("Mensah"),    QStringLiteral("Rossi"),
    QStringLiteral("Tanaka"),   QStringLiteral("Walsh"),     QStringLiteral("Yilmaz")};
const QStringList Reflections = {
    QStringLiteral(
        "On Saturday I greeted a couple from behind the till without looking up. Next time I will stop, "
        "look at them and ask how I can help before anything else."),
    QStringLiteral(
        "A regular told me her order was wrong and I started explaining the system. I should have said "
        "sorry and fixed it first; the explanation could wait."),
    QStringLiteral(
        "My colleague stayed late to cover my shift and I never thanked her properly. This week I will "
        "tell her exactly what it meant for the customers and for me."),
    QStringLiteral(
        "When the phone rings during a busy hour I sound rushed. I will take one breath, smile and use "
        "the caller's name, even when the queue is long.")};
const QStringList Praise = {
    QStringLiteral("You walked Mrs Ortiz to the door in the rain and held the umbrella. People noticed."),
    QStringLiteral("You remembered the Hendersons' daughter's name and asked about her exam. That is CARE."),
    QStringLiteral(
        "You owned the billing mistake on the phone, fixed it, and called back to check. Thank you.")};

// The chain's sites: each mentor works at one, with their mentees; the manager at the head office.
const QStringList Locations = {QStringLiteral("Harbour Street"), QStringLiteral("Market Square"),
                               QStringLiteral("Riverside"), QStringLiteral("Station Road")};

// Real names a naive CSV reader or a font without their script would break, a few among the
// ordinary ones: a report must print them whole. (Names that would run as formulas are the
// tests' fixtures, not a demo team's: sorted by name they came first on the sign-in screen.)
const QStringList UnusualNames = {QStringLiteral("Okoye, Jr."),        QStringLiteral("Sam \"Ace\" Ruiz"),
                                  QStringLiteral("Łucja Żółć-Ørsted"), QStringLiteral("李 小龍"),
                                  QStringLiteral("Siobhán O'Neill"),   QStringLiteral("José María Núñez")};
const QStringList SignOffComments = {
    QStringLiteral("Well done."), QStringLiteral("Greeted by name, asked, listened; 10/10"),
    QStringLiteral(
        "Calm with a queue of six.\nAsked the \"difficult\" customer what would help, then did it."),
    QStringLiteral("+1 from the whole team, and from Mrs Ortiz, who wrote in.")};
// One commit per batch of learners: a commit per write would take minutes at chain scale.
constexpr int LearnersPerBatch = 250;

// The stage a learner is at, dealt round-robin so that every stage appears.
enum class Stage
{
    JustStarted,
    MidCourse,
    WaitingForSignOff,
    SentBack,
    Graduated,
    RefresherOverdue
};
constexpr int StageCount = 6;

class Seeding
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    // Time moves on the seeder's own clock, from 150 days before the services' today.
    Seeding(const Services& services, quint32 seed)
        : m_db(services.db), m_catalog(services.catalog), m_seed(seed), m_random(seed),
          m_today(QDateTime(services.clock.now().toUTC().date(), QTime(9, 0), Qt::UTC)),
          m_clock(m_today.addDays(-150)), m_services(services.db, services.catalog, m_clock),
          m_people(m_services.people), m_progress(m_services.progress), m_attempts(m_services.attempts),
          m_chain(m_services.chain), m_accounts(m_services.accounts), m_signOffs(m_services.signOffs),
          m_mentoring(m_services.mentoring), m_team(m_services.team)
    {
    }

    bool run(int learners, DemoSeeder::Summary* summary, QString* error)
    {
        if (!m_people.active(error).isEmpty() || !error->isEmpty()) {
            if (error->isEmpty())
                *error = tr("This database already has people in it. seed-demo only fills an empty database; "
                            "give it a new file with --db.");
            return false;
        }
        m_accounts.setKeySeeds([this](qint64 personId) {
            return QCryptographicHash::hash(
                QStringLiteral("careu-demo-key/%1/%2").arg(m_seed).arg(personId).toUtf8(),
                QCryptographicHash::Sha256);
        });
        sql::WriteTransaction staff(m_db.connection());
        if (!staff.begin(error))
            return false;
        const auto manager = add(QStringLiteral("Mona Reyes"), {Role::Manager, Role::Admin}, 0,
                                 QStringLiteral("Head office"), error);
        if (!manager)
            return false;
        m_manager = *manager;
        summary->managers = 1;
        QVector<Person> mentors;
        QVector<Person> coaches;
        for (int i = 0; i < std::max(1, (learners + 7) / 8); ++i) {
            const auto mentor = add(nextName(), {Role::Mentor}, 0, Locations.at(i % Locations.size()), error);
            if (!mentor)
                return false;
            mentors.append(*mentor);
        }
        for (int i = 0; i < std::max(1, (learners + 14) / 15); ++i) {
            const auto coach = add(nextName(), {Role::Coach}, 0, Locations.at(i % Locations.size()), error);
            if (!coach)
                return false;
            coaches.append(*coach);
        }
        summary->mentors = static_cast<int>(mentors.size());
        summary->coaches = static_cast<int>(coaches.size());
        if (!staff.commit(error))
            return false;
        for (int first = 0; first < learners; first += LearnersPerBatch) {
            sql::WriteTransaction batch(m_db.connection());
            if (!batch.begin(error))
                return false;
            for (int i = first; i < std::min(learners, first + LearnersPerBatch); ++i) {
                const Person& mentor = mentors.at(i % mentors.size());
                const auto learner = add(learnerName(i), {Role::Learner}, mentor.id, mentor.location, error);
                if (!learner || !grow(*learner, mentor, coaches.at(i % coaches.size()),
                                      static_cast<Stage>(i % StageCount), error))
                    return false;
                m_accounts.signOut(learner->id);
                ++summary->learners;
            }
            if (!batch.commit(error))
                return false;
        }
        return true;
    }

private:
    QString nextName()
    {
        // Unique: every first-last pair is used once before any gets a number.
        const int n = m_names++;
        const int pairs = static_cast<int>(FirstNames.size() * LastNames.size());
        const int pair = static_cast<int>((static_cast<qint64>(n) * 7919) % pairs);
        QString name = FirstNames.at(pair % FirstNames.size()) + QLatin1Char(' ') +
                       LastNames.at(pair / FirstNames.size());
        if (n >= pairs)
            name += QStringLiteral(" %1").arg(n / pairs + 1);
        return name;
    }

    // One learner in forty has a name with a comma, quotes or another script.
    QString learnerName(int i)
    {
        if (i % 40 != 7)
            return nextName();
        const int n = i / 40;
        const QString name = UnusualNames.at(n % UnusualNames.size());
        return n < UnusualNames.size() ? name
                                       : QStringLiteral("%1 %2").arg(name).arg(n / UnusualNames.size() + 1);
    }

    static QString emailFor(const QString& name)
    {
        QString local;
        for (const QChar c : name.toLower()) {
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit())
                local += c;
            else if (c == QLatin1Char(' ') && !local.isEmpty() && !local.endsWith(QLatin1Char('.')))
                local += QLatin1Char('.');
        }
        return (local.isEmpty() ? QStringLiteral("learner") : local) + QStringLiteral("@demo.example");
    }

    std::optional<Person> add(const QString& name, const Roles& roles, qint64 mentorId,
                              const QString& location, QString* error)
    {
        NewPerson person;
        person.name = name;
        person.roles = roles;
        person.mentorId = mentorId;
        person.location = location;
        person.email = emailFor(name);
        // The same seed gives the same people, ids included, wherever it runs.
        person.uid = QUuid::createUuidV5(QUuid(QStringLiteral("{5b0e1c52-3c56-4a4e-9a51-0b7f6f1d2a10}")),
                                         QStringLiteral("%1/%2").arg(m_seed).arg(m_added++))
                         .toString(QUuid::WithoutBraces);
        // Everyone signs through the same code as in the app; the demo password's key derivation
        // uses minimal limits (raised at the first sign-in), as its hash does.
        auto created =
            m_manager
                ? m_team.add(*m_manager, person, DemoSeeder::password(), error, Passwords::Cost::Minimal)
                : m_team.join(person, DemoSeeder::password(), error, Passwords::Cost::Minimal);
        if (!created || !m_accounts.confirm(created->id, DemoSeeder::password(), error))
            return std::nullopt;
        return created;
    }

    int roll(int below) { return roll(below, m_random); }
    static int roll(int below, std::mt19937& random)
    {
        return static_cast<int>(random() % static_cast<quint32>(below));
    }

    // Works through a lesson like a person: some answers wrong at first, then right; a reflection.
    bool completeLesson(const Person& learner, const Course& course, const Lesson& lesson, QString* error)
    {
        LessonSession session(m_progress, m_clock, learner.id, course, lesson);
        if (!session.load(error) || !session.setStep(LessonStep::Check, error))
            return false;
        for (const Question& question : lesson.check) {
            m_clock.advanceSeconds(40 + roll(60));
            // Three times in ten, a tempting wrong answer first.
            const Choice& tempting = question.choices.at(roll(static_cast<int>(question.choices.size())));
            if (roll(10) < 3 && tempting.id != question.answer &&
                !session.answer(question.id, tempting.id, error))
                return false;
            if (!session.answer(question.id, question.answer, error))
                return false;
        }
        m_clock.advanceSeconds(300);
        return session.saveReflection(Reflections.at(roll(static_cast<int>(Reflections.size()))), error) &&
               session.setStep(LessonStep::Practice, error);
    }

    bool playRolePlay(const Person& learner, const Scenario& scenario, std::mt19937& random, QString* error)
    {
        RolePlaySession session(m_attempts, m_clock, learner.id, scenario);
        if (!session.open(false, error))
            return false;
        while (!session.play().finished()) {
            m_clock.advanceSeconds(30 + roll(40, random));
            const auto choices = session.presentedChoices();
            if (!session.choose(choices.at(roll(static_cast<int>(choices.size()), random))->id, error))
                return false;
        }
        return true;
    }

    bool signOffCourse(const Person& learner, const Person& mentor, const Course& course, QString* error)
    {
        for (const Lesson& lesson : course.lessons) {
            if (!completeLesson(learner, course, lesson, error) ||
                !m_signOffs.request(learner, course, lesson, error))
                return false;
        }
        m_clock.advanceSeconds(2 * 24 * 3600);
        const auto confirmation = m_accounts.confirm(mentor.id, DemoSeeder::password(), error);
        if (!confirmation)
            return false;
        for (const Lesson& lesson : course.lessons) {
            if (!m_signOffs.signOff(
                    mentor, *confirmation, learner, course, lesson,
                    QVector<Observation>(lesson.practice.checklist.size(), Observation{true, {}}),
                    SignOffComments.at(roll(static_cast<int>(SignOffComments.size()))), error))
                return false;
        }
        return true;
    }

    // The graduate answers the refresher's questions, seven in ten right, and replays its role-play.
    bool takeRefresher(const Person& graduate, const QDateTime& graduated, int number, std::mt19937& random,
                       QString* error)
    {
        RefresherSession session(*m_services.coaching(), m_services.refreshers, m_attempts, m_clock, graduate,
                                 graduated, number);
        if (!session.open(error))
            return false;
        for (int i = 0; i < session.refresher().progress.questions.size(); ++i) {
            const Question* question = session.question(i);
            if (!question)
                continue;
            m_clock.advanceSeconds(30 + roll(40, random));
            const QString guess =
                question->choices.at(roll(static_cast<int>(question->choices.size()), random)).id;
            if (!session.answer(i, roll(10, random) < 7 ? question->answer : guess, error))
                return false;
        }
        const Scenario* replay = m_catalog.scenario(session.refresher().progress.scenarioId);
        return (!replay || playRolePlay(graduate, *replay, random, error)) && session.takeReplay(error);
    }

    bool grow(const Person& learner, const Person& mentor, const Person& coach, Stage stage, QString* error)
    {
        const Course& care101 = *m_catalog.graduationCourses().at(0);
        const Course& care102 = *m_catalog.graduationCourses().at(1);
        const bool graduates = stage == Stage::Graduated || stage == Stage::RefresherOverdue;
        // Graduates started long ago; the others in the last few weeks.
        m_clock.set(m_today.addDays(graduates ? -(70 + roll(20)) : -(3 + roll(25))));
        if (stage == Stage::JustStarted) {
            LessonSession session(m_progress, m_clock, learner.id, care101, care101.lessons.first());
            return session.load(error) && session.setStep(LessonStep::Learn, error);
        }
        for (int i = 0; i < (graduates ? 0 : 3); ++i) {
            if (!completeLesson(learner, care101, care101.lessons.at(i), error))
                return false;
        }
        if (!playRolePlay(learner,
                          m_catalog.scenarios().at(roll(static_cast<int>(m_catalog.scenarios().size()))),
                          m_random, error))
            return false;
        if (stage == Stage::WaitingForSignOff || stage == Stage::SentBack) {
            const Lesson& lesson = care101.lessons.at(1);
            if (!m_signOffs.request(learner, care101, lesson, error))
                return false;
            if (stage == Stage::SentBack) {
                m_clock.advanceSeconds(24 * 3600);
                return m_signOffs.sendBack(
                    mentor, learner, care101, lesson,
                    tr("Good start. Next time, ask the newcomer one open question before "
                       "you explain anything."),
                    error);
            }
            return true;
        }
        if (!graduates)
            return m_mentoring.logHuddle(mentor, learner,
                                         {m_clock.now().date(), mentor.id, tr("Calm with the queue"),
                                          tr("Eye contact when busy"),
                                          tr("Greet the next five customers first")},
                                         error);
        if (!signOffCourse(learner, mentor, care101, error) ||
            !signOffCourse(learner, mentor, care102, error))
            return false;
        if (!m_mentoring.recognize(mentor, learner, Praise.at(roll(static_cast<int>(Praise.size()))),
                                   error) ||
            !m_team.assignCoach(*m_manager, learner, coach.id, error))
            return false;
        const QDateTime graduated = m_signOffs.graduatedAt(learner.id, m_catalog.courses(), error);
        if (stage == Stage::RefresherOverdue)
            return true; // nobody has checked in: the first refreshers are overdue
        // Refreshers draw on a generator of their own, so the rest of the demo stays as it was.
        std::mt19937 random(m_seed ^ static_cast<quint32>(m_added * 2654435761u));
        const Person graduate = *m_people.find(learner.id, error);
        m_clock.set(graduated.addDays(8));
        if (!takeRefresher(graduate, graduated, 1, random, error))
            return false;
        m_clock.advanceSeconds(24 * 3600);
        if (!m_services.coaching()->checkIn(coach, graduate, graduated, 1,
                                            tr("Talked through two difficult calls; good instincts."), error))
            return false;
        // Every other graduate has taken the second refresher too: it waits for the coach's check-in.
        const QDateTime second = graduated.addDays(31);
        if (m_graduates++ % 2 == 1 || second > m_today)
            return true;
        m_clock.set(second);
        return takeRefresher(graduate, graduated, 2, random, error);
    }

    const Database& m_db;
    const Catalog& m_catalog;
    quint32 m_seed;
    std::mt19937 m_random;
    QDateTime m_today;
    ManualClock m_clock;
    Services m_services;
    PeopleStore& m_people;
    ProgressStore& m_progress;
    AttemptStore& m_attempts;
    RecordChain& m_chain;
    Accounts& m_accounts;
    SignOffs& m_signOffs;
    Mentoring& m_mentoring;
    Team& m_team;
    std::optional<Person> m_manager;
    int m_names = 0;
    int m_added = 0;
    int m_graduates = 0; // who have taken their first refresher
};

} // namespace

DemoSeeder::DemoSeeder(const Services& services, quint32 seed) : m_services(services), m_seed(seed) {}

bool DemoSeeder::run(int learners, Summary* summary, QString* error)
{
    const Catalog& catalog = m_services.catalog;
    if (catalog.graduationCourses().size() != 2 || !catalog.refresherCourse() ||
        catalog.scenarios().isEmpty()) {
        *error = tr("The demo needs the shipped CARE 101 and CARE 102 courses and their role-plays.");
        return false;
    }
    return Seeding(m_services, m_seed).run(learners, summary, error);
}

} // namespace careu
