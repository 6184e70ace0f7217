#include "Acknowledged.h"
#include "TestDatabase.h"
#include "content/Catalog.h"
#include "store/PeopleStore.h"

#include <QFile>
#include <QtTest>

using namespace careu;
using namespace careu::test;

// Four shops on one database at once (PostgreSQL as tst_fourshops_postgresql, one SQLite file
// otherwise): in each, a mentor signs off learners' Practices, the manager imports the shop's team
// with `careu people import` and runs `careu report`, all at the same moment. Afterwards every
// acknowledged write is there and whole, every imported person is there with their shop, every
// report ran, the record chain is one line, and `careu check` passes.
class TestFourShops : public QObject
{
    Q_OBJECT

private:
    static constexpr int Shops = 4;
    static constexpr int LearnersPerShop = 3;
    static constexpr int ImportedPerShop = 250;
    static constexpr int ReportsPerShop = 3;

    QTemporaryDir m_dir;

    QProcess* careu(const QString& db, const QStringList& arguments)
    {
        auto* process = new QProcess(this);
        process->start(QStringLiteral(CAREU_BINARY), QStringList{QStringLiteral("--db"), db} + arguments);
        return process;
    }

    QString teamFile(int shop)
    {
        const QString path = m_dir.filePath(QStringLiteral("shop-%1.csv").arg(shop));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("name,email,roles,location\n");
        for (int i = 0; i < ImportedPerShop; ++i)
            file.write(QStringLiteral("Shop %1 Person %2,p%2.s%1@shops.example,learner,Shop %1\n")
                           .arg(shop)
                           .arg(i)
                           .toUtf8());
        return path;
    }

private slots:
    void fourShopsAtOnceLoseNothing()
    {
        // The admin's password (careu_crash_writer's), with which the imports are signed.
        qputenv("CAREU_PASSWORD", "crash-test mentor");
        const QString db = newDatabase(m_dir, QStringLiteral("shops.sqlite"));
        QVERIFY(!db.isEmpty());
        QProcess* setUp = startWriter({db, QStringLiteral("setup")}, this);
        QVERIFY(setUp->waitForFinished(60000));
        QVERIFY2(setUp->exitCode() == 0, setUp->readAllStandardError().constData());

        QVector<QProcess*> writers;
        QVector<QProcess*> imports;
        for (int shop = 1; shop <= Shops; ++shop) {
            writers.append(startWriter(
                {db, QStringLiteral("run"), QString::number(shop), QString::number(LearnersPerShop)}, this));
            imports.append(careu(db, {QStringLiteral("people"), QStringLiteral("import"), teamFile(shop),
                                      QStringLiteral("--as"), QStringLiteral("Ada (admin)")}));
        }
        // Reports while the others write, one after another in each shop.
        int reports = 0;
        for (int round = 0; round < ReportsPerShop; ++round) {
            QVector<QProcess*> running;
            for (int shop = 1; shop <= Shops; ++shop)
                running.append(
                    careu(db, {QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--out"),
                               m_dir.filePath(QStringLiteral("report-%1-%2.csv").arg(shop).arg(round))}));
            for (QProcess* report : running) {
                QVERIFY(report->waitForFinished(120000));
                QVERIFY2(report->exitCode() == 0, report->readAllStandardError().constData());
                ++reports;
            }
        }
        for (QProcess* import : imports) {
            QVERIFY(import->waitForFinished(120000));
            QVERIFY2(import->exitCode() == 0, import->readAllStandardError().constData());
        }
        QStringList acknowledged;
        for (QProcess* writer : writers) {
            QVERIFY(writer->waitForFinished(240000));
            QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                     writer->readAllStandardError().constData());
            acknowledged += readLines(writer);
        }
        acknowledged.removeAll(QStringLiteral("ready"));

        const QStringList found = problems(db, acknowledged);
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 5).join(QLatin1String("; "))));
        Database opened;
        QString error;
        QVERIFY2(opened.open(db, &error), qPrintable(error));
        const QVector<Person> everyone = PeopleStore(opened, Clock::system()).active(&error);
        for (int shop = 1; shop <= Shops; ++shop) {
            const auto inShop = std::count_if(everyone.cbegin(), everyone.cend(), [&](const Person& person) {
                return person.location == QStringLiteral("Shop %1").arg(shop);
            });
            QCOMPARE(int(inShop), ImportedPerShop);
        }
        QCOMPARE(everyone.size(),
                 2 + Shops * (LearnersPerShop + ImportedPerShop)); // the admin and the mentor
        const RecordChain::Verification chain = RecordChain(opened).verify(&error);
        QVERIFY2(chain.intact, qPrintable(chain.problem));
        const int perLesson = 2; // a request and a sign-off
        const int lessons = Catalog::load().course(QStringLiteral("care-102"))->lessons.size();
        // The admin and the mentor joining, then each learner joining and their lessons, and
        // everyone imported joining.
        QCOMPARE(chain.records,
                 qint64(2 + Shops * (LearnersPerShop * (1 + lessons * perLesson) + ImportedPerShop)));
        qInfo().noquote() << QStringLiteral(
                                 "%1 shops at once: %2 acknowledged commits, %3 imported people, %4 "
                                 "reports, a chain of %5 records; nothing lost, check passes")
                                 .arg(Shops)
                                 .arg(acknowledged.size())
                                 .arg(Shops * ImportedPerShop)
                                 .arg(reports)
                                 .arg(chain.records);
    }
};

QTEST_GUILESS_MAIN(TestFourShops)
#include "tst_fourshops.moc"
