#pragma once

#include "content/Catalog.h"
#include "people/Accounts.h"
#include "progress/LessonSession.h"
#include "signoff/SignOffs.h"
#include "store/AttemptStore.h"
#include "store/Database.h"
#include "store/PeopleStore.h"
#include "store/ProgressStore.h"
#include "store/RecordChain.h"

// A small organisation built by hand through core's own rules, for tests that need exact figures:
// lessons completed on chosen days, and learners graduated by their mentor.
namespace careu::test {

class TestOrg
{
public:
    static QString mentorPassword() { return QStringLiteral("mentor's own password"); }

    TestOrg(const Database& db, const Catalog& catalog, QDateTime start)
        : m_catalog(catalog), m_clock(std::move(start)), m_people(db, m_clock), m_progress(db),
          m_attempts(db), m_chain(db), m_accounts(m_people, m_clock),
          m_signOffs(m_chain, m_progress, m_attempts, m_accounts, m_clock)
    {
    }

    ManualClock& clock() { return m_clock; }
    PeopleStore& people() { return m_people; }
    RecordChain& chain() { return m_chain; }
    SignOffs& signOffs() { return m_signOffs; }

    std::optional<Person> mentor(const QString& name, QString* error)
    {
        NewPerson person;
        person.name = name;
        person.roles = {Role::Mentor, Role::Coach};
        const auto created = m_people.create(person, error);
        if (!created || !m_accounts.setPassword(created->id, mentorPassword(), error))
            return std::nullopt;
        return created;
    }

    // A learner with this mentor, who is also their coach.
    std::optional<Person> learner(const QString& name, const Person& mentor, QString* error)
    {
        NewPerson person;
        person.name = name;
        person.mentorId = mentor.id;
        const auto created = m_people.create(person, error);
        if (!created || !m_people.setCoach(created->id, mentor.id, error))
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
            const QString wrong = question.answer == question.choices.first().id
                                      ? question.choices.last().id
                                      : question.choices.first().id;
            if (firstWrong && &question == &lesson.check.first() &&
                !session.answer(question.id, wrong, error))
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
        for (const QString& courseId : SignOffs::graduationCourses()) {
            const Course& course = *m_catalog.course(courseId);
            for (int i = 0; i < course.lessons.size(); ++i) {
                if (!completeLesson(learner, courseId, i, false, error) ||
                    !m_signOffs.request(learner, course, course.lessons.at(i), error))
                    return false;
            }
        }
        for (const QString& courseId : SignOffs::graduationCourses()) {
            for (const Lesson& lesson : m_catalog.course(courseId)->lessons) {
                if (!signOff(learner, mentor, courseId, lesson.id, error))
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
            m_confirmation = m_accounts.confirm(mentor.id, mentorPassword(), error);
        const Course& course = *m_catalog.course(courseId);
        const Lesson& lesson = *course.lesson(lessonId);
        return m_confirmation &&
               m_signOffs.signOff(mentor, *m_confirmation, learner, course, lesson,
                                  QVector<Observation>(lesson.practice.checklist.size(), {true, {}}),
                                  QString(), error);
    }

private:
    const Catalog& m_catalog;
    ManualClock m_clock;
    PeopleStore m_people;
    ProgressStore m_progress;
    AttemptStore m_attempts;
    RecordChain m_chain;
    Accounts m_accounts;
    SignOffs m_signOffs;
    std::optional<PasswordConfirmation> m_confirmation;
};

} // namespace careu::test
