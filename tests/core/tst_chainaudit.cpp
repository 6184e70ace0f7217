#include "TestDatabase.h"
#include "TestOrg.h"
#include "TestSupport.h"
#include "people/Keys.h"
#include "signoff/ChainAudit.h"
#include "store/Backups.h"

#include <QJsonDocument>
#include <QtTest>

using namespace careu;

// Databases forged as an attacker with the file in hand would forge them, knowing the algorithm:
// records appended with hashes recomputed, signed with keys of their own or not at all, replayed
// from another learner or another organization, keys swapped in the people table, the tail
// deleted, people and roles slipped into the tables. The audit must name every one, on either
// backend (tst_chainaudit_postgresql forges on the server).
class TestChainAudit : public QObject
{
    Q_OBJECT

private:
    const Course& course(const char* id) { return *m_catalog.course(QLatin1String(id)); }

    ChainAudit::Result audit(const QVector<ChainAudit::Witness>& witnesses = {})
    {
        QString error;
        const ChainAudit::Result result = ChainAudit(m_org->services()).run(&error, witnesses);
        if (!error.isEmpty())
            qWarning() << error;
        return result;
    }

    static bool names(const ChainAudit::Result& result, const QString& text)
    {
        const QStringList lines = result.describe();
        return std::any_of(lines.cbegin(), lines.cend(),
                           [&](const QString& line) { return line.contains(text); });
    }

    static QString all(const ChainAudit::Result& result) { return result.describe().join(QLatin1Char('\n')); }

    qint64 forge(RecordKind kind, qint64 subject, qint64 actor, const QString& courseId,
                 const QString& lessonId, const QJsonObject& body, const SigningKey* key,
                 const QString& signature = {})
    {
        return m_org->forge(kind, subject, actor, courseId, lessonId, body, key, signature);
    }

    qint64 headId()
    {
        QString error;
        auto head = m_db->read(QStringLiteral("SELECT max(id) FROM records"), {}, &error);
        return head && head.next() ? head.row().value(0).toLongLong() : 0;
    }

    const SigningKey* signer(const Person& person)
    {
        QString error;
        if (!m_org->signIn(person, &error))
            qWarning() << error;
        return m_org->services().accounts.signer(person.id, &error);
    }

    // Statements run behind the app's back, as an attacker with the database in hand would: on a raw
    // connection of their own to the file, or on the server.
    bool tamper(const QStringList& statements)
    {
        if (!test::onPostgres())
            return test::runOnFile(m_db->path(), statements);
        QSqlQuery query(m_db->connection());
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                return false;
            }
        }
        return true;
    }

    static QString dropTrigger(const QString& name)
    {
        return test::onPostgres() ? QStringLiteral("DROP TRIGGER %1 ON records").arg(name)
                                  : QStringLiteral("DROP TRIGGER %1").arg(name);
    }

    QJsonObject signOffBody(qint64 requestId, const Lesson& lesson)
    {
        return {{QStringLiteral("request"), QString::number(requestId)},
                {QStringLiteral("contentHash"), lesson.contentHash},
                {QStringLiteral("comment"), QString()}};
    }

private slots:
    void initTestCase() { m_catalog = Catalog::load(); }

    // Each test forges its own organization: Ana graduates honestly; Ben has done his first lesson
    // and asked for its sign-off.
    void init()
    {
        m_dir.emplace();
        m_db.emplace();
        QString error;
        QVERIFY2(m_db->open(test::newDatabase(*m_dir, QStringLiteral("careu.sqlite")), &error),
                 qPrintable(error));
        {
            test::TestOrg org(*m_db, m_catalog, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
            m_admin = org.admin(&error);
            m_mentor = org.mentor(QStringLiteral("Maria Gomez"), &error);
            QVERIFY2(m_mentor, qPrintable(error));
            m_ana = org.learner(QStringLiteral("Ana Lopez"), *m_mentor, &error);
            m_ben = org.learner(QStringLiteral("Ben Ortiz"), *m_mentor, &error);
            QVERIFY2(m_ana && m_ben, qPrintable(error));
            QVERIFY2(org.graduate(*m_ana, *m_mentor, &error), qPrintable(error));
            QVERIFY(org.completeLesson(*m_ben, QStringLiteral("care-101"), 0, false, &error));
            QVERIFY2(
                org.signOffs().request(*m_ben, course("care-101"), course("care-101").lessons.at(0), &error),
                qPrintable(error));
        }
        m_org.emplace(*m_db, m_catalog, QDateTime(QDate(2026, 4, 7), QTime(16, 0), Qt::UTC));
    }

    void cleanup()
    {
        m_org.reset();
        m_db.reset();
        m_dir.reset();
    }

    void anHonestOrganizationAudits()
    {
        const ChainAudit::Result result = audit();
        QVERIFY2(result.ok(), qPrintable(all(result)));
        QCOMPARE(result.rootRecordId, 1);
        QCOMPARE(result.rootFingerprint(), Keys::fingerprint(m_admin->publicKey));
        QString error;
        QCOMPARE(ChainAudit::organizationFingerprint(m_org->services(), &error), result.rootFingerprint());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$"))
                    .match(result.rootFingerprint())
                    .hasMatch());
    }

    // The first attack: sign-offs appended with the hashes recomputed, graduating Ben.
    void unsignedSignOffsThatGraduateSomeone()
    {
        int practices = 0;
        for (const Course* graduation : m_catalog.graduationCourses()) {
            for (const Lesson& lesson : graduation->lessons) {
                const qint64 request = forge(RecordKind::SignOffRequest, m_ben->id, m_ben->id, graduation->id,
                                             lesson.id, {}, nullptr);
                forge(RecordKind::SignOff, m_ben->id, m_mentor->id, graduation->id, lesson.id,
                      signOffBody(request, lesson), nullptr);
                ++practices;
            }
        }
        const ChainAudit::Result result = audit();
        QVERIFY(result.chain.intact); // the hashes alone say nothing
        QVERIFY(!result.ok());
        QVERIFY2(names(result, QStringLiteral("(signoff, 2026-04-07T16:00:00.000Z): it is not signed")),
                 qPrintable(all(result)));
        // Every forged record is named, not only the first, and the graduation they make.
        QCOMPARE(std::count_if(result.findings.cbegin(), result.findings.cend(),
                               [](const ChainAudit::Finding& f) {
                                   return f.problem.contains(QLatin1String("not signed"));
                               }),
                 2 * practices);
        QVERIFY2(names(result, QStringLiteral("person %1's graduation rests on record").arg(m_ben->id)),
                 qPrintable(all(result)));
    }

    void aSignOffSignedWithTheAttackersOwnKey()
    {
        const Lesson& lesson = course("care-101").lessons.at(0);
        const auto own = test::signingKey(m_mentor->id);
        const qint64 id = forge(RecordKind::SignOff, m_ben->id, m_mentor->id, QStringLiteral("care-101"),
                                lesson.id, signOffBody(headId(), lesson), own.get());
        const ChainAudit::Result result = audit();
        QVERIFY2(names(result, QStringLiteral("record %1 (signoff").arg(id)), qPrintable(all(result)));
        QVERIFY(names(result, QStringLiteral("its signature is not by the key the chain held for person %1")
                                  .arg(m_mentor->id)));
    }

    // The attacker puts a key (and password) of their own in the mentor's row and signs through the app.
    void keysSwappedInThePeopleTable()
    {
        const QString password = QStringLiteral("the attacker's password");
        const auto key = Keys::generate(password, Passwords::Cost::Minimal);
        QString error;
        QVERIFY(m_db->write(
            QStringLiteral("UPDATE people SET public_key = ?, sealed_key = ?, password_hash = ? "
                           "WHERE id = ?"),
            {key->publicKey, key->sealed, *Passwords::hash(password, Passwords::Cost::Minimal), m_mentor->id},
            &error));
        const auto confirmation = m_org->services().accounts.confirm(m_mentor->id, password, &error);
        QVERIFY2(confirmation, qPrintable(error));
        const Lesson& lesson = course("care-101").lessons.at(0);
        QVERIFY(signer(*m_ben));
        QVERIFY2(m_org->signOffs().signOff(*m_mentor, *confirmation, *m_ben, course("care-101"), lesson,
                                           QVector<Observation>(lesson.practice.checklist.size(), {true, {}}),
                                           QString(), &error),
                 qPrintable(error));
        const ChainAudit::Result result = audit();
        QVERIFY2(names(result, QStringLiteral("record %1 (signoff").arg(headId())), qPrintable(all(result)));
        QVERIFY(names(result, QStringLiteral("its signature is not by the key the chain held")));
        QVERIFY(
            names(result, QStringLiteral("their public key in the table is not the one the chain endorsed")));
    }

    void aLearnerSignsTheirOwnWork()
    {
        const Lesson& lesson = course("care-101").lessons.at(0);
        const qint64 request = headId(); // Ben's own request, made honestly
        const qint64 id = forge(RecordKind::SignOff, m_ben->id, m_ben->id, QStringLiteral("care-101"),
                                lesson.id, signOffBody(request, lesson), signer(*m_ben));
        const ChainAudit::Result result = audit();
        QVERIFY2(names(result, QStringLiteral("record %1 (signoff").arg(id)), qPrintable(all(result)));
        QVERIFY(names(result, QStringLiteral("may not do it")));
    }

    void aSignOffWithNoRequestBehindIt()
    {
        const Lesson& lesson = course("care-101").lessons.at(3);
        const qint64 id = forge(RecordKind::SignOff, m_ben->id, m_mentor->id, QStringLiteral("care-101"),
                                lesson.id, signOffBody(0, lesson), signer(*m_mentor));
        const ChainAudit::Result result = audit();
        QVERIFY2(names(result, QStringLiteral("record %1 (signoff").arg(id)), qPrintable(all(result)));
        QVERIFY(names(result, QStringLiteral("it follows no request of the learner's for care-101/")));
    }

    // Signed by a mentor, but not Ben's: another mentor the admin added honestly.
    void aSignOffByAMentorWhoIsNotTheirs()
    {
        QString error;
        const auto other = m_org->mentor(QStringLiteral("Omar Diaz"), &error);
        QVERIFY2(other, qPrintable(error));
        const Lesson& lesson = course("care-101").lessons.at(0);
        const qint64 id = forge(RecordKind::SignOff, m_ben->id, other->id, QStringLiteral("care-101"),
                                lesson.id, signOffBody(headId() - 1, lesson), signer(*other));
        const ChainAudit::Result result = audit();
        QVERIFY2(names(result, QStringLiteral("record %1 (signoff").arg(id)), qPrintable(all(result)));
    }

    void aRecordReplayedForAnotherLearner()
    {
        QString error;
        auto row =
            m_db->read(QStringLiteral("SELECT course_id, lesson_id, body, signature FROM records WHERE "
                                      "kind = 'signoff' AND subject_id = ? ORDER BY id LIMIT 1"),
                       {m_ana->id}, &error);
        QVERIFY(row && row.next());
        const qint64 id = forge(RecordKind::SignOff, m_ben->id, m_mentor->id, row.row().value(0).toString(),
                                row.row().value(1).toString(),
                                QJsonDocument::fromJson(row.row().value(2).toString().toUtf8()).object(),
                                nullptr, row.row().value(3).toString());
        const ChainAudit::Result result = audit();
        QVERIFY2(names(result, QStringLiteral("record %1 (signoff").arg(id)), qPrintable(all(result)));
        QVERIFY(names(result, QStringLiteral("its signature is not by the key")));
    }

    void recordsFromAnotherOrganization()
    {
        // Another shop, built the same way: its own root.
        QTemporaryDir otherDir;
        Database otherDb;
        QString error;
        QVERIFY(otherDb.open(test::newDatabase(otherDir, QStringLiteral("other.sqlite")), &error));
        test::TestOrg other(otherDb, m_catalog, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        const auto mentor = other.mentor(QStringLiteral("Maria Gomez"), &error);
        const auto learner =
            mentor ? other.learner(QStringLiteral("Ben Ortiz"), *mentor, &error) : std::nullopt;
        QVERIFY2(learner, qPrintable(error));
        QVERIFY(other.services().mentoring.recognize(*mentor, *learner, QStringLiteral("Well done"), &error));
        QString otherAuditError;
        const ChainAudit::Result theirs = ChainAudit(other.services()).run(&otherAuditError);
        QVERIFY2(theirs.ok(), qPrintable(all(theirs)));
        // The whole file is another organization's: its fingerprint is not ours (check --org).
        QVERIFY(theirs.rootFingerprint() != audit().rootFingerprint());
        // One of its records replayed here, signature and all, hash recomputed.
        auto row = otherDb.read(
            QStringLiteral("SELECT body, signature FROM records WHERE kind = 'recognition'"), {}, &error);
        QVERIFY(row && row.next());
        const qint64 id = forge(RecordKind::Recognition, m_ben->id, m_mentor->id, {}, {},
                                QJsonDocument::fromJson(row.row().value(0).toString().toUtf8()).object(),
                                nullptr, row.row().value(1).toString());
        const ChainAudit::Result result = audit();
        QVERIFY2(names(result, QStringLiteral("record %1 (recognition").arg(id)), qPrintable(all(result)));
    }

    void theTailDeleted()
    {
        QString error;
        // The newest backup of a file saw the chain as it is now (the server keeps no automatic
        // backups); then a few more records are written.
        const bool file = !test::onPostgres();
        if (file)
            QVERIFY2(!Backups::backUpIfDue(*m_db, m_org->clock().now(), 3, &error).isEmpty(),
                     qPrintable(error));
        const qint64 seen = headId();
        const QString seenHash = m_org->chain().hashAt(seen, &error);
        QVERIFY(signer(*m_mentor));
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_org->services().mentoring.recognize(*m_mentor, *m_ben,
                                                          QStringLiteral("Thanks %1").arg(i), &error));
        const ChainAudit::Result before = audit();
        QVERIFY2(before.ok(), qPrintable(all(before)));
        QCOMPARE(before.held.size(), file ? 1 : 0);
        const QString later = ChainAudit::headText(headId(), m_org->chain().hashAt(headId(), &error));

        // The last records after the backup removed: the hashes still link up, but a report's head does not.
        QVERIFY(tamper({dropTrigger(QStringLiteral("records_append_only_delete")),
                        QStringLiteral("DELETE FROM records WHERE id > %1").arg(seen + 1)}));
        ChainAudit::Result result = audit({*ChainAudit::parseHead(later)});
        QVERIFY(result.chain.intact);
        QVERIFY2(names(result, QStringLiteral("the chain no longer holds record %1 as the head %2 saw it")
                                   .arg(headId() + 2)
                                   .arg(later)),
                 qPrintable(all(result)));
        // Removed as far back as before the backup: the backup itself is the witness.
        if (!file)
            return;
        QVERIFY(tamper({QStringLiteral("DELETE FROM records WHERE id > %1").arg(seen - 5)}));
        result = audit();
        QVERIFY(result.chain.intact);
        QVERIFY2(names(result,
                       QStringLiteral("the chain no longer holds record %1 as the newest backup").arg(seen)),
                 qPrintable(all(result)));
        QVERIFY(names(result, ChainAudit::headText(seen, seenHash)));
    }

    void rolesAndMentorsChangedInTheTablesOnly()
    {
        QString error;
        QVERIFY(m_db->write(QStringLiteral("INSERT INTO person_roles (person_id, role) VALUES (?, 'mentor')"),
                            {m_ben->id}, &error));
        QVERIFY(m_db->write(QStringLiteral("UPDATE people SET coach_id = NULL WHERE id = ?"), {m_ana->id},
                            &error));
        const ChainAudit::Result result = audit();
        QVERIFY2(names(result, QStringLiteral("about Ben Ortiz (person %1").arg(m_ben->id)),
                 qPrintable(all(result)));
        QVERIFY(names(result, QStringLiteral("roles learner, mentor in the table, learner in the chain")));
        QVERIFY(names(result, QStringLiteral("coach 0 in the table, %1 in the chain").arg(m_mentor->id)));
    }

    // A manager brings Ben back after he left: audited. Ben bringing himself back, with his own
    // signed record and the table edited to match, or the table alone, is not.
    void someoneWhoLeftComesBack()
    {
        QString error;
        Team& team = m_org->services().team;
        QVERIFY2(m_org->signIn(*m_admin, &error), qPrintable(error));
        QVERIFY2(team.deactivate(*m_admin, *m_ben, &error), qPrintable(error));
        QVERIFY2(team.reactivate(*m_admin, *m_org->people().find(m_ben->id, &error), &error),
                 qPrintable(error));
        ChainAudit::Result result = audit();
        QVERIFY2(result.ok(), qPrintable(all(result)));

        QVERIFY2(team.deactivate(*m_admin, *m_ben, &error), qPrintable(error));
        QVERIFY(
            m_db->write(QStringLiteral("UPDATE people SET active = 1 WHERE id = ?"), {m_ben->id}, &error));
        result = audit();
        QVERIFY2(names(result, QStringLiteral("active in the table, deactivated in the chain")),
                 qPrintable(all(result)));

        const qint64 id = forge(RecordKind::Reactivation, m_ben->id, m_ben->id, {}, {}, {}, signer(*m_ben));
        result = audit();
        QVERIFY2(names(result, QStringLiteral("record %1 (reactivation").arg(id)), qPrintable(all(result)));
        QVERIFY(
            names(result, QStringLiteral("person %1 (roles then: learner) may not do it").arg(m_ben->id)));
    }

    // Eve adds herself as a mentor: a row in the tables and a join record she signs herself.
    void someoneJoinsAsAMentorOnTheirOwn()
    {
        QString error;
        NewPerson eve;
        eve.name = QStringLiteral("Eve");
        eve.roles = {Role::Mentor};
        const auto made = m_org->people().create(eve, &error);
        QVERIFY(made);
        const auto key = test::signingKey(made->id);
        QVERIFY(m_db->write(QStringLiteral("UPDATE people SET public_key = ? WHERE id = ?"),
                            {key->publicKey(), made->id}, &error));
        Person joined = *made;
        const qint64 id = forge(RecordKind::Join, made->id, made->id, {}, {},
                                Team::joinBody(joined, key->publicKey()), key.get());
        const ChainAudit::Result result = audit();
        QVERIFY2(names(result, QStringLiteral("record %1 (join").arg(id)), qPrintable(all(result)));
        QVERIFY(names(result, QStringLiteral("a profile one makes oneself is a learner's, not mentor")));
    }

    // Ben's request froze his answers and reflection; the mentor's sign-off must cover the same.
    void evidenceEditedAfterTheRequest_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addRow("reflection") << "UPDATE lesson_progress SET reflection = 'written after asking' WHERE "
                                       "person_id = %1";
        QTest::addRow("answer")
            << "UPDATE check_answers SET choice_id = 'other' WHERE id = (SELECT min(id) FROM "
               "check_answers WHERE person_id = %1)";
    }

    void evidenceEditedAfterTheRequest()
    {
        QFETCH(QString, statement);
        QString error;
        qint64 id = 0;
        {
            // Read and let go: a read still open would keep the connection on its snapshot.
            auto request = m_db->read(
                QStringLiteral(
                    "SELECT max(id) FROM records WHERE kind = 'signoff-request' AND subject_id = ?"),
                {m_ben->id}, &error);
            QVERIFY(request && request.next());
            id = request.row().value(0).toLongLong();
        }
        QVERIFY(tamper({statement.arg(m_ben->id)}));
        const ChainAudit::Result result = audit();
        QVERIFY(result.chain.intact);
        QVERIFY2(names(result, QStringLiteral("record %1 (signoff-request").arg(id)),
                 qPrintable(all(result)));
        QVERIFY(names(result, QStringLiteral("were edited after it")));
    }

    // The whole chain written anew, consistently, by someone who made themselves the root.
    void theWholeChainRewritten()
    {
        QTemporaryDir otherDir;
        Database forged;
        QString error;
        QVERIFY(forged.open(test::newDatabase(otherDir, QStringLiteral("forged.sqlite")), &error));
        test::TestOrg attacker(forged, m_catalog, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        const auto mentor = attacker.mentor(QStringLiteral("Maria Gomez"), &error);
        const auto ana =
            mentor ? attacker.learner(QStringLiteral("Ana Lopez"), *mentor, &error) : std::nullopt;
        QVERIFY2(ana && attacker.graduate(*ana, *mentor, &error), qPrintable(error));
        QString auditError;
        const ChainAudit::Result result = ChainAudit(attacker.services()).run(&auditError);
        QVERIFY(result.ok());                                           // in itself consistent...
        QVERIFY(result.rootFingerprint() != audit().rootFingerprint()); // ...but not this organization's
    }

private:
    Catalog m_catalog;
    std::optional<Person> m_admin;
    std::optional<Person> m_mentor;
    std::optional<Person> m_ana;
    std::optional<Person> m_ben;
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::optional<test::TestOrg> m_org;
};

QTEST_GUILESS_MAIN(TestChainAudit)
#include "tst_chainaudit.moc"
