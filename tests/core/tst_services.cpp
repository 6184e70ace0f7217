#include "Services.h"
#include "TestDatabase.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace careu;

// The composition root: which courses graduate and which carry the refreshers comes from the
// content, not from ids in the code, and every service runs on the clock it was given.
class TestServices : public QObject
{
    Q_OBJECT

private:
    // A copy of a shipped course in folder, with its course.json changed by edit.
    static bool copyCourse(const QString& courseId, const QString& folder,
                           const std::function<QByteArray(QByteArray)>& edit)
    {
        const QDir from(Catalog::shippedRoot() + QLatin1Char('/') + courseId);
        const QDir to(folder + QLatin1Char('/') + courseId);
        if (!QDir().mkpath(to.filePath(QStringLiteral("lessons"))))
            return false;
        const QDir lessons(from.filePath(QStringLiteral("lessons")));
        for (const QString& name : lessons.entryList(QDir::Files)) {
            if (!QFile::copy(lessons.filePath(name), to.filePath(QStringLiteral("lessons/") + name)))
                return false;
        }
        QFile source(from.filePath(QStringLiteral("course.json")));
        QFile target(to.filePath(QStringLiteral("course.json")));
        return source.open(QIODevice::ReadOnly) && target.open(QIODevice::WriteOnly) &&
               target.write(edit(source.readAll())) > 0;
    }

private slots:
    void theShippedCoursesGraduateAndCare102CarriesTheRefreshers()
    {
        const Catalog catalog = Catalog::load();
        QStringList graduation;
        for (const Course* course : catalog.graduationCourses())
            graduation.append(course->id);
        QCOMPARE(graduation, (QStringList{QStringLiteral("care-101"), QStringLiteral("care-102")}));
        QVERIFY(catalog.refresherCourse());
        QCOMPARE(catalog.refresherCourse()->id, QStringLiteral("care-102"));
    }

    void aBusinessDecidesWhichCoursesCount()
    {
        // A business replaces CARE 102 with its own copy that neither graduates nor refreshes.
        QTemporaryDir dir;
        QVERIFY(copyCourse(QStringLiteral("care-102"), dir.path(), [](QByteArray json) {
            return json.replace("\"graduation\": true,", "").replace("\"refreshers\": true,", "");
        }));
        const Catalog catalog = Catalog::load({dir.path()});
        QVERIFY2(catalog.diagnostics().isEmpty(), qPrintable(catalog.diagnostics().value(0).toString()));
        QCOMPARE(catalog.graduationCourses().size(), 1);
        QCOMPARE(catalog.graduationCourses().first()->id, QStringLiteral("care-101"));
        QVERIFY(!catalog.refresherCourse());

        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        Services services(db, catalog, Clock::system());
        QVERIFY(!services.coaching()); // no course to go through: no refreshers
    }

    void aFlagThatIsNotTrueOrFalseIsLocated()
    {
        QTemporaryDir dir;
        QVERIFY(copyCourse(QStringLiteral("care-101"), dir.path(), [](QByteArray json) {
            return json.replace("\"graduation\": true,", "\"graduation\": \"yes\",");
        }));
        const Catalog catalog = Catalog::loadFolders({dir.path()});
        QCOMPARE(catalog.diagnostics().size(), 1);
        QVERIFY2(catalog.diagnostics().first().toString().contains(
                     QStringLiteral("\"graduation\" must be true or false")),
                 qPrintable(catalog.diagnostics().first().toString()));
        QVERIFY(catalog.courses().isEmpty());
    }

    void everyServiceRunsOnTheGivenClock()
    {
        QTemporaryDir dir;
        Database db;
        QString error;
        QVERIFY(db.open(test::newDatabase(dir, QStringLiteral("careu.sqlite")), &error));
        const Catalog catalog = Catalog::load();
        const ManualClock clock(QDateTime(QDate(2031, 1, 2), QTime(3, 4), Qt::UTC));
        Services services(db, catalog, clock);
        const auto person = services.people.create(QStringLiteral("Ada"), &error);
        QVERIFY2(person, qPrintable(error));
        QCOMPARE(person->createdAt, clock.now());
        const auto coaching = services.coaching();
        QVERIFY(coaching);
        const QVector<Refresher> refreshers = coaching->refreshers(person->id, clock.now(), &error);
        QCOMPARE(refreshers.size(), 3);
        QCOMPARE(refreshers.first().due, clock.now().addDays(7));
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
