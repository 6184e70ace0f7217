#include "Services.h"
#include "TestDatabase.h"
#include "content/Catalog.h"
#include "demo/DemoSeeder.h"
#include "report/XapiExport.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

using namespace careu;

// xAPI statements checked field by field against the rules of xAPI 1.0.3, on a demo team.
class TestXapi : public QObject
{
    Q_OBJECT

private:
    const QString HomePage = QStringLiteral("https://lms.example.com");

    QVector<QJsonObject> exportAll(const CompletionReport::Filter& filter = {})
    {
        QVector<QJsonObject> statements;
        QString error;
        if (!XapiExport(*m_services, databaseKeeper(), HomePage + QLatin1Char('/'))
                 .run(
                     filter, [&](const QJsonObject& s) { statements.append(s); }, &error))
            qWarning() << error;
        return statements;
    }

private slots:
    void initTestCase()
    {
        m_catalog = Catalog::load();
        m_db.emplace();
        QString error;
        QVERIFY(m_db->open(test::newDatabase(m_dir, QStringLiteral("demo.sqlite")), &error));
        m_services.emplace(*m_db, m_catalog, Clock::system());
        DemoSeeder::Summary summary;
        QVERIFY2(DemoSeeder(*m_services, 11).run(12, &summary, &error), qPrintable(error));
    }

    void statementsFollowTheSpec()
    {
        const QVector<QJsonObject> statements = exportAll();
        QVERIFY(statements.size() > 50);
        QSet<QString> verbs;
        for (const QJsonObject& statement : statements) {
            // Required: actor, verb, object. Our own: id, timestamp, version.
            for (const char* key : {"id", "actor", "verb", "object", "timestamp", "version"})
                QVERIFY2(statement.contains(QLatin1String(key)), key);
            const QUuid id(statement.value(QStringLiteral("id")).toString());
            QVERIFY(!id.isNull());
            QCOMPARE(id.version(), QUuid::Sha1); // version 5: derived, so stable

            // Exactly one inverse functional identifier: the account.
            const QJsonObject actor = statement.value(QStringLiteral("actor")).toObject();
            int identifiers = 0;
            for (const char* ifi : {"mbox", "mbox_sha1sum", "openid", "account"})
                identifiers += actor.contains(QLatin1String(ifi));
            QCOMPARE(identifiers, 1);
            const QJsonObject account = actor.value(QStringLiteral("account")).toObject();
            QCOMPARE(account.value(QStringLiteral("homePage")).toString(), HomePage);
            QVERIFY(!QUuid(account.value(QStringLiteral("name")).toString()).isNull());

            const QString verb =
                statement.value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(verb.startsWith(QStringLiteral("http://adlnet.gov/expapi/verbs/")), qPrintable(verb));
            verbs.insert(verb.section(QLatin1Char('/'), -1));

            const QJsonObject object = statement.value(QStringLiteral("object")).toObject();
            QCOMPARE(object.value(QStringLiteral("objectType")).toString(), QStringLiteral("Activity"));
            QVERIFY(object.value(QStringLiteral("id"))
                        .toString()
                        .startsWith(HomePage + QStringLiteral("/activities/")));

            const QString timestamp = statement.value(QStringLiteral("timestamp")).toString();
            QVERIFY2(timestamp.endsWith(QLatin1Char('Z')), qPrintable(timestamp));
            QVERIFY(QDateTime::fromString(timestamp, Qt::ISODateWithMs).isValid());

            const QJsonObject score = statement.value(QStringLiteral("result"))
                                          .toObject()
                                          .value(QStringLiteral("score"))
                                          .toObject();
            if (score.contains(QStringLiteral("scaled"))) {
                const double scaled = score.value(QStringLiteral("scaled")).toDouble();
                QVERIFY(scaled >= -1.0 && scaled <= 1.0);
            }
        }
        QVERIFY(verbs.contains(QStringLiteral("completed")));
        QVERIFY(verbs.contains(QStringLiteral("passed")));
    }

    // The demo's graduates have taken refreshers: each one a statement with its score, every
    // answer, and the attempt that replayed its role-play.
    void refreshersCarryTheirScores()
    {
        int refreshers = 0;
        for (const QJsonObject& statement : exportAll()) {
            const QString object =
                statement.value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString();
            if (!object.contains(QStringLiteral("/refreshers/")))
                continue;
            ++refreshers;
            QVERIFY2(object.startsWith(HomePage + QStringLiteral("/activities/courses/care-102/refreshers/")),
                     qPrintable(object));
            QCOMPARE(
                statement.value(QStringLiteral("verb")).toObject().value(QStringLiteral("id")).toString(),
                XapiExport::verbId(QStringLiteral("completed")));
            const QJsonObject result = statement.value(QStringLiteral("result")).toObject();
            const QJsonObject score = result.value(QStringLiteral("score")).toObject();
            const int max = score.value(QStringLiteral("max")).toInt();
            const int raw = score.value(QStringLiteral("raw")).toInt();
            QVERIFY(max >= 3 && max <= 5);
            QVERIFY(raw >= 0 && raw <= max);
            QCOMPARE(score.value(QStringLiteral("scaled")).toDouble(), static_cast<double>(raw) / max);
            const QJsonObject extensions = result.value(QStringLiteral("extensions")).toObject();
            const QJsonArray answers =
                extensions.value(HomePage + QStringLiteral("/extensions/refresher-answers")).toArray();
            QCOMPARE(answers.size(), max);
            int right = 0;
            for (const QJsonValue& answer : answers) {
                QVERIFY(answer.toObject()
                            .value(QStringLiteral("question"))
                            .toString()
                            .startsWith(HomePage + QStringLiteral("/activities/courses/care-102/lessons/")));
                QVERIFY(!answer.toObject().value(QStringLiteral("response")).toString().isEmpty());
                right += answer.toObject().value(QStringLiteral("success")).toBool();
            }
            QCOMPARE(right, raw);
            QVERIFY(extensions.value(HomePage + QStringLiteral("/extensions/replay"))
                        .toString()
                        .startsWith(HomePage + QStringLiteral("/activities/roleplays/")));
        }
        QVERIFY(refreshers >= 2);
    }

    void exportingTwiceGivesTheSameIds()
    {
        const QVector<QJsonObject> first = exportAll();
        const QVector<QJsonObject> second = exportAll();
        QCOMPARE(first.size(), second.size());
        QSet<QString> ids;
        for (int i = 0; i < first.size(); ++i) {
            QCOMPARE(second.at(i).value(QStringLiteral("id")), first.at(i).value(QStringLiteral("id")));
            ids.insert(first.at(i).value(QStringLiteral("id")).toString());
        }
        QCOMPARE(ids.size(), first.size()); // and no two statements share one
    }

    void filtersByCourse()
    {
        CompletionReport::Filter filter;
        filter.courseId = QStringLiteral("care-101");
        const QVector<QJsonObject> statements = exportAll(filter);
        QVERIFY(!statements.isEmpty());
        // Every statement is about CARE 101's lessons, the course, or one of its role-plays.
        for (const QJsonObject& statement : statements) {
            const QString object =
                statement.value(QStringLiteral("object")).toObject().value(QStringLiteral("id")).toString();
            const QString prefix = HomePage + QStringLiteral("/activities/roleplays/");
            const Scenario* roleplay =
                object.startsWith(prefix)
                    ? m_catalog.scenario(object.mid(prefix.size()).section(QLatin1Char('/'), 0, 0))
                    : nullptr;
            QVERIFY2(object.startsWith(HomePage + QStringLiteral("/activities/courses/care-101")) ||
                         (roleplay && roleplay->courseId == QLatin1String("care-101")),
                     qPrintable(object));
        }
    }

private:
    QTemporaryDir m_dir;
    Catalog m_catalog;
    std::optional<Database> m_db;
    std::optional<Services> m_services;
};

QTEST_GUILESS_MAIN(TestXapi)
#include "tst_xapi.moc"
