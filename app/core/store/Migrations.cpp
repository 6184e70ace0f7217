#include "Migrations.h"

namespace careu {

const QVector<QStringList>& migrations()
{
    static const QVector<QStringList> all = {
        // 1: people, where each of them is in each lesson, and every Check answer they gave.
        {
            QStringLiteral(R"(CREATE TABLE people (
                id INTEGER PRIMARY KEY,
                uid TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                name_key TEXT NOT NULL,
                created_at TEXT NOT NULL,
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
            ))"),
            // Two active people may not share a name: the profile picker shows names only.
            QStringLiteral("CREATE UNIQUE INDEX people_active_name ON people (name_key) WHERE active = 1"),
            QStringLiteral(R"(CREATE TABLE settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ))"),
            QStringLiteral(R"(CREATE TABLE lesson_progress (
                person_id INTEGER NOT NULL REFERENCES people (id),
                course_id TEXT NOT NULL,
                lesson_id TEXT NOT NULL,
                step TEXT NOT NULL CHECK (step IN ('learn', 'check', 'reflect', 'practice')),
                reflection TEXT NOT NULL DEFAULT '',
                check_passed_at TEXT,
                completed_at TEXT,
                content_hash TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (person_id, course_id, lesson_id)
            ))"),
            QStringLiteral(R"(CREATE TABLE check_answers (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL,
                course_id TEXT NOT NULL,
                lesson_id TEXT NOT NULL,
                question_id TEXT NOT NULL,
                choice_id TEXT NOT NULL,
                correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
                content_hash TEXT NOT NULL,
                answered_at TEXT NOT NULL,
                FOREIGN KEY (person_id, course_id, lesson_id)
                    REFERENCES lesson_progress (person_id, course_id, lesson_id)
            ))"),
            QStringLiteral(
                "CREATE INDEX check_answers_lesson ON check_answers (person_id, course_id, lesson_id)"),
        },
        // 2: role-play attempts, every choice made in them, and their per-pillar scores.
        {
            QStringLiteral(R"(CREATE TABLE roleplay_attempts (
                id INTEGER PRIMARY KEY,
                person_id INTEGER NOT NULL REFERENCES people (id),
                scenario_id TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                assessment INTEGER NOT NULL CHECK (assessment IN (0, 1)),
                started_at TEXT NOT NULL,
                finished_at TEXT,
                abandoned_at TEXT,
                ending_id TEXT,
                total INTEGER
            ))"),
            QStringLiteral(
                "CREATE INDEX roleplay_attempts_person ON roleplay_attempts (person_id, scenario_id)"),
            QStringLiteral(R"(CREATE TABLE roleplay_choices (
                attempt_id INTEGER NOT NULL REFERENCES roleplay_attempts (id),
                seq INTEGER NOT NULL,
                node_id TEXT NOT NULL,
                choice_id TEXT NOT NULL,
                chosen_at TEXT NOT NULL,
                PRIMARY KEY (attempt_id, seq)
            ))"),
            QStringLiteral(R"(CREATE TABLE roleplay_scores (
                attempt_id INTEGER NOT NULL REFERENCES roleplay_attempts (id),
                pillar TEXT NOT NULL,
                points INTEGER NOT NULL,
                PRIMARY KEY (attempt_id, pillar)
            ))"),
        },
        // 3: accounts and roles, mentors and coaches, and the hash-chained record of sign-offs,
        //    send-backs, recognitions, huddles and coach check-ins.
        {
            QStringLiteral("ALTER TABLE people ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE people ADD COLUMN staff_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE people ADD COLUMN password_hash TEXT"),
            QStringLiteral("ALTER TABLE people ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE people ADD COLUMN locked_until TEXT"),
            QStringLiteral("ALTER TABLE people ADD COLUMN mentor_id INTEGER REFERENCES people (id)"),
            QStringLiteral("ALTER TABLE people ADD COLUMN coach_id INTEGER REFERENCES people (id)"),
            QStringLiteral(R"(CREATE TABLE person_roles (
                person_id INTEGER NOT NULL REFERENCES people (id),
                role TEXT NOT NULL CHECK (role IN ('learner', 'mentor', 'coach', 'manager', 'admin')),
                PRIMARY KEY (person_id, role)
            ))"),
            // Everyone who had a profile so far was a learner.
            QStringLiteral("INSERT INTO person_roles (person_id, role) SELECT id, 'learner' FROM people"),
            QStringLiteral(R"(CREATE TABLE records (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                subject_id INTEGER NOT NULL REFERENCES people (id),
                actor_id INTEGER NOT NULL REFERENCES people (id),
                course_id TEXT NOT NULL,
                lesson_id TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL UNIQUE
            ))"),
            QStringLiteral("CREATE INDEX records_subject ON records (subject_id, course_id, lesson_id)"),
            QStringLiteral("CREATE TRIGGER records_append_only_update BEFORE UPDATE ON records "
                           "BEGIN SELECT RAISE(ABORT, 'records are append-only'); END"),
            QStringLiteral("CREATE TRIGGER records_append_only_delete BEFORE DELETE ON records "
                           "BEGIN SELECT RAISE(ABORT, 'records are append-only'); END"),
        },
        // 4: where a person works, for a business with several sites.
        {
            QStringLiteral("ALTER TABLE people ADD COLUMN location TEXT NOT NULL DEFAULT ''"),
        },
        // 5: the questions of each lesson's Check that were right at the first try, space-separated
        // (question ids are content ids), kept with the lesson as its answers are saved: reports
        // read this line per lesson instead of every answer. Filled in from the answers given so
        // far by the same rule as LessonRecord::firstTryRight(): a question's first answer counts.
        {
            QStringLiteral("ALTER TABLE lesson_progress ADD COLUMN first_try_right TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "UPDATE lesson_progress SET first_try_right = coalesce((SELECT group_concat(a.question_id, ' "
                "') "
                "FROM check_answers a WHERE a.person_id = lesson_progress.person_id AND "
                "a.course_id = lesson_progress.course_id AND a.lesson_id = lesson_progress.lesson_id AND "
                "a.correct = 1 AND NOT EXISTS (SELECT 1 FROM check_answers b WHERE b.person_id = a.person_id "
                "AND b.course_id = a.course_id AND b.lesson_id = a.lesson_id AND "
                "b.question_id = a.question_id AND b.id < a.id)), '')"),
        },
        // 6: refreshers as graduates take them: which Check questions each one asks again (fixed when
        //    it starts), the answer to each, and the role-play attempt that replayed it.
        {
            QStringLiteral(R"(CREATE TABLE refreshers (
                person_id INTEGER NOT NULL REFERENCES people (id),
                refresher INTEGER NOT NULL CHECK (refresher > 0),
                course_id TEXT NOT NULL,
                pillar TEXT NOT NULL,
                scenario_id TEXT NOT NULL,
                started_at TEXT NOT NULL,
                attempt_id INTEGER REFERENCES roleplay_attempts (id),
                completed_at TEXT,
                PRIMARY KEY (person_id, refresher)
            ))"),
            QStringLiteral(R"(CREATE TABLE refresher_answers (
                person_id INTEGER NOT NULL,
                refresher INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                lesson_id TEXT NOT NULL,
                question_id TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                choice_id TEXT,
                correct INTEGER CHECK (correct IN (0, 1)),
                answered_at TEXT,
                PRIMARY KEY (person_id, refresher, seq),
                FOREIGN KEY (person_id, refresher) REFERENCES refreshers (person_id, refresher)
            ))"),
        },
        // 7: signatures. Each person's Ed25519 public key and their secret key sealed under their
        // password (people/Keys), and each record's signature by its actor. Records written before
        // this have none: ChainAudit names them.
        {
            QStringLiteral("ALTER TABLE people ADD COLUMN public_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE people ADD COLUMN sealed_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE records ADD COLUMN signature TEXT NOT NULL DEFAULT ''"),
        },
    };
    return all;
}

} // namespace careu
