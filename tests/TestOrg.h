#pragma once

#include "Services.h"
#include "progress/LessonSession.h"
#include "roleplay/RolePlaySession.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

// A small organisation built by hand through core's own rules, for tests that need exact figures:
// lessons completed on chosen days, and learners graduated by their mentor. Its first person is an
// admin whose key is the organization's root; everyone after is added and endorsed by them, and
// keeps their signing key open (keys are sealed at minimal limits, as the demo's: tests stay quick).
namespace careu::test {

class TestOrg
{
public:
    static QString mentorPassword() { return QStringLiteral("mentor's own password"); }
    static QString learnerPassword() { return QStringLiteral("learner's own password"); }
    static QString adminPassword() { return QStringLiteral("admin's own password"); }

    TestOrg(const Database& db, const Catalog& catalog, QDateTime start)
        : m_catalog(catalog), m_clock(std::move(start)), m_services(db, catalog, m_clock),
          m_people(m_services.people), m_progress(m_services.progress), m_accounts(m_services.accounts),
          m_signOffs(m_services.signOffs)
    {
    }

    // A choice of the question that is not its answer.
    static QString wrongChoice(const Question& question)
    {
        return question.answer == question.choices.first().id ? question.choices.last().id
                                                              : question.choices.first().id;
    }

    ManualClock& clock() { return m_clock; }
    Services& services() { return m_services; }
    PeopleStore& people() { return m_people; }
    RecordChain& chain() { return m_services.chain; }
    SignOffs& signOffs() { return m_signOffs; }

    // The organization's first person (made on first use): an admin and manager, the root key.
    std::optional<Person> admin(QString* error)
    {
        if (!m_admin) {
            NewPerson person;
            person.name = QStringLiteral("Ada Admin");
            person.roles = {Role::Admin, Role::Manager};
            // On a database made earlier (a copy of a template), she is there already.
            QString notThere;
            m_admin = m_people.findByName(person.name, &notThere);
            if (m_admin && !signIn(*m_admin, error))
                return std::nullopt;
            if (!m_admin)
                m_admin = m_services.team.join(person, adminPassword(), error, Passwords::Cost::Minimal);
        }
        return m_admin;
    }

    // Someone the admin adds, signed in (their key open).
    std::optional<Person> add(const NewPerson& person, const QString& password, QString* error)
    {
        const auto manager = admin(error);
        const auto created =
            manager ? m_services.team.add(*manager, person, password, error, Passwords::Cost::Minimal)
                    : std::nullopt;
        if (!created || !m_accounts.confirm(created->id, password, error))
            return std::nullopt;
        return created;
    }

    // Opens the person's signing key with their password (each kind of person here has one).
    bool signIn(const Person& person, QString* error)
    {
        return m_accounts.confirm(person.id, passwordOf(person), error).has_value();
    }

    // Gives someone the password a test signs in with (their key re-sealed under it); the
    // organization signs them in with it from then on.
    bool setPassword(const Person& person, const QString& password, QString* error)
    {
        if (!m_accounts.setPassword(person.id, password, error))
            return false;
        m_passwords.insert(person.id, password);
        return true;
    }

    std::optional<Person> mentor(const QString& name, QString* error)
    {
        NewPerson person;
        person.name = name;
        person.roles = {Role::Mentor, Role::Coach};
        return add(person, mentorPassword(), error);
    }

    // A learner with this mentor, who is also their coach, working at location.
    std::optional<Person> learner(const QString& name, const Person& mentor, QString* error,
                                  const QString& location = QString())
    {
        NewPerson person;
        person.name = name;
        person.mentorId = mentor.id;
        person.location = location;
        const auto created = add(person, learnerPassword(), error);
        if (!created || !m_services.team.assignCoach(*m_admin, *created, mentor.id, error))
            return std::nullopt;
        return m_people.find(created->id, error);
    }

    // Every Check answer right at once, except the first question's when firstWrong, and a reflection.
    bool completeLesson(const Person& learner, const QString& courseId, int lessonIndex, bool firstWrong,
                        QString* error)
    {
        const Course& course = *m_catalog.course(courseId);
        const Lesson& lesson = course.lessons.at(lessonIndex);
        LessonSession session(m_progress, m_clock, learner.id, course, lesson);
        if (!session.load(error))
            return false;
        for (const Question& question : lesson.check) {
            if (firstWrong && &question == &lesson.check.first() &&
                !session.answer(question.id, wrongChoice(question), error))
                return false;
            if (!session.answer(question.id, question.answer, error))
                return false;
        }
        return session.saveReflection(QStringLiteral("one two three four five six seven eight nine ten"),
                                      error);
    }

    // Completes both graduation courses and has the mentor sign off every Practice: the last
    // sign-off, at the clock's time, is the graduation.
    bool graduate(const Person& learner, const Person& mentor, QString* error)
    {
        if (!signIn(learner, error))
            return false;
        for (const Course* course : m_catalog.graduationCourses()) {
            for (int i = 0; i < course->lessons.size(); ++i) {
                if (!completeLesson(learner, course->id, i, false, error) ||
                    !m_signOffs.request(learner, *course, course->lessons.at(i), error))
                    return false;
            }
        }
        for (const Course* course : m_catalog.graduationCourses()) {
            for (const Lesson& lesson : course->lessons) {
                if (!signOff(learner, mentor, course->id, lesson.id, error))
                    return false;
            }
        }
        return true;
    }

    // The mentor signs off a Practice the learner has asked about, every behaviour observed. The
    // password is confirmed once per mentor and time: hashing it is slow on purpose.
    bool signOff(const Person& learner, const Person& mentor, const QString& courseId,
                 const QString& lessonId, QString* error)
    {
        if (!m_confirmation || m_confirmation->personId() != mentor.id ||
            m_confirmation->at() != m_clock.now())
            m_confirmation = m_accounts.confirm(mentor.id, passwordOf(mentor), error);
        const Course& course = *m_catalog.course(courseId);
        const Lesson& lesson = *course.lesson(lessonId);
        return m_confirmation &&
               m_signOffs.signOff(mentor, *m_confirmation, learner, course, lesson,
                                  QVector<Observation>(lesson.practice.checklist.size(), {true, {}}),
                                  QString(), error);
    }

    // Plays a role-play to an ending, always taking the first choice offered.
    bool replay(const Person& learner, const QString& scenarioId, QString* error)
    {
        RolePlaySession play(m_services.attempts, m_clock, learner.id, *m_catalog.scenario(scenarioId));
        if (!play.open(false, error))
            return false;
        while (!play.play().finished()) {
            if (!play.choose(play.presentedChoices().first()->id, error))
                return false;
        }
        return true;
    }

    // The graduate takes a refresher that is due: the first wrong of its questions answered
    // wrong, the others right, then the role-play replayed.
    bool takeRefresher(const Person& graduate, int number, int wrong, QString* error)
    {
        auto session = m_services.refresherSession(graduate, number, error);
        if (!session || !session->open(error))
            return false;
        for (int i = 0; i < session->refresher().progress.questions.size(); ++i) {
            const Question& question = *session->question(i);
            if (!session->answer(i, i < wrong ? wrongChoice(question) : question.answer, error))
                return false;
        }
        return replay(graduate, session->refresher().progress.scenarioId, error) &&
               session->takeReplay(error);
    }

    // Appends a record straight into the table, as an attacker with the database in hand would: its
    // hash recomputed with the app's own algorithm, at the clock's time, signed by key (or not at all,
    // or with the signature given).
    qint64 forge(RecordKind kind, qint64 subject, qint64 actor, const QString& courseId,
                 const QString& lessonId, const QJsonObject& body, const SigningKey* key,
                 QString signature = {})
    {
        QString error;
        Record record;
        record.prevHash = RecordChain::genesisHash();
        auto head = m_services.db.read(
            QStringLiteral("SELECT id, hash FROM records ORDER BY id DESC LIMIT 1"), {}, &error);
        if (head && head.next()) {
            record.id = head.row().value(0).toLongLong();
            record.prevHash = head.row().value(1).toString();
        }
        ++record.id;
        record.kind = kind;
        record.subjectId = subject;
        record.actorId = actor;
        record.courseId = courseId;
        record.lessonId = lessonId;
        record.body = body;
        record.createdAt = fromStoredTime(toStoredTime(m_clock.now()));
        record.hash = RecordChain::hashOf(record);
        if (key)
            signature = *key->sign(RecordChain::signedBytes(record.hash));
        if (!m_services.db.write(
                QStringLiteral("INSERT INTO records (id, kind, subject_id, actor_id, course_id, lesson_id, "
                               "body, created_at, prev_hash, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?)"),
                {record.id, recordKindKey(kind), subject, actor, courseId, lessonId,
                 QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                 toStoredTime(record.createdAt), record.prevHash, record.hash, signature},
                &error))
            qWarning() << error;
        return record.id;
    }

private:
    // The password a test set for the person, else the one their role was made with.
    QString passwordOf(const Person& person) const
    {
        return m_passwords.contains(person.id)       ? m_passwords.value(person.id)
               : person.roles.contains(Role::Admin)  ? adminPassword()
               : person.roles.contains(Role::Mentor) ? mentorPassword()
                                                     : learnerPassword();
    }

    const Catalog& m_catalog;
    ManualClock m_clock;
    Services m_services;
    PeopleStore& m_people;
    ProgressStore& m_progress;
    Accounts& m_accounts;
    SignOffs& m_signOffs;
    std::optional<PasswordConfirmation> m_confirmation;
    std::optional<Person> m_admin;
    QHash<qint64, QString> m_passwords;
};

} // namespace careu::test
