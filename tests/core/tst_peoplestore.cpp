#include "TestDatabase.h"
#include "store/Database.h"
#include "store/PeopleStore.h"
#include "store/SettingsStore.h"

#include <QtTest>

using namespace careu;

class TestPeopleStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.emplace();
        QString error;
        m_db.emplace();
        QVERIFY2(m_db->open(test::newDatabase(*m_dir, QStringLiteral("careu.sqlite")), &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void createAndList()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        PeopleStore people(*m_db, clock);
        QString error;
        const auto zoe = people.create(QStringLiteral("  Zoë   Martin "), &error);
        QVERIFY2(zoe, qPrintable(error));
        QCOMPARE(zoe->name, QStringLiteral("Zoë Martin"));
        QCOMPARE(zoe->uid.size(), 36);
        QVERIFY(people.create(QStringLiteral("ari"), &error));
        QVERIFY(people.create(QStringLiteral("Bo"), &error));

        const QVector<Person> all = people.active(&error);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("ari"));
        QCOMPARE(all.at(1).name, QStringLiteral("Bo"));
        QCOMPARE(all.at(2).name, QStringLiteral("Zoë Martin"));
        QCOMPARE(all.at(2).createdAt, clock.now());

        const auto found = people.find(zoe->id, &error);
        QVERIFY(found);
        QCOMPARE(found->uid, zoe->uid);
    }

    // The sign-in list's search: part of a name in any case, in name order, at most the limit;
    // % and _ are letters there, not patterns.
    void search()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
        PeopleStore people(*m_db, clock);
        QString error;
        for (const char* name : {"Ana Lopez", "Zoë Martin", "Juan Ana", "Bo 100% Sure", "Bo_Underscore", "Cy"})
            QVERIFY2(people.create(QString::fromUtf8(name), &error), qPrintable(error));
        const auto names = [&](const QString& text, int limit) {
            QStringList found;
            for (const Person& person : people.search(text, limit, &error))
                found.append(person.name);
            return found;
        };
        QCOMPARE(names(QStringLiteral("ANA"), 10), (QStringList{QStringLiteral("Ana Lopez"), QStringLiteral("Juan Ana")}));
        QCOMPARE(names(QStringLiteral("zoë  m"), 10), QStringList{QStringLiteral("Zoë Martin")});
        QCOMPARE(names(QStringLiteral("%"), 10), QStringList{QStringLiteral("Bo 100% Sure")});
        QCOMPARE(names(QStringLiteral("_"), 10), QStringList{QStringLiteral("Bo_Underscore")});
        QCOMPARE(names(QString(), 3),
                 (QStringList{QStringLiteral("Ana Lopez"), QStringLiteral("Bo 100% Sure"), QStringLiteral("Bo_Underscore")}));
        QCOMPARE(names(QStringLiteral("nobody"), 10), QStringList());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << "   "
                               << "Please type a name.";
        QTest::addRow("too long") << QString(81, QLatin1Char('x')) << "please keep it to 80";
        QTest::addRow("control characters")
            << QStringLiteral("Sam\u0007") << "invisible control or direction character (U+0007)";
        QTest::addRow("same name, other case")
            << QStringLiteral("SAM  lee") << "There is already a profile called Sam Lee";
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        PeopleStore people(*m_db, Clock::system());
        QString error;
        QVERIFY(people.create(QStringLiteral("Sam Lee"), &error));
        QVERIFY(!people.create(name, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(people.active(&error).size(), 1);
    }

    void settingsRoundTrip()
    {
        SettingsStore settings(*m_db);
        QString error;
        QCOMPARE(settings.value(QStringLiteral("last_person")), QString());
        QVERIFY(settings.setValue(QStringLiteral("last_person"), QStringLiteral("1"), &error));
        QVERIFY(settings.setValue(QStringLiteral("last_person"), QStringLiteral("2"), &error));
        QCOMPARE(settings.value(QStringLiteral("last_person")), QStringLiteral("2"));
        QVERIFY(settings.remove(QStringLiteral("last_person"), &error));
        QCOMPARE(settings.value(QStringLiteral("last_person")), QString());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

QTEST_GUILESS_MAIN(TestPeopleStore)
#include "tst_peoplestore.moc"
