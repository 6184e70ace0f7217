#include "AppDriver.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "Services.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QWheelEvent>
#include <QtTest>

using namespace careu;

// A manager's People page: a table of the team to search, the editor beside it acting on the
// person chosen in the table only, Deactivate asking first and naming them, Reactivate bringing
// them back; nothing scrolls sideways at 1024x640.
class TestPeoplePage : public QObject
{
    Q_OBJECT

private:
    const QString Password = QStringLiteral("a good password");

    void addPerson(Services& services, const QString& name, Roles roles, const QString& location,
                   qint64 mentorId = 0)
    {
        NewPerson person;
        person.name = name;
        person.roles = roles;
        person.location = location;
        person.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@shop.example");
        person.mentorId = mentorId;
        QString error;
        const auto created = services.people.create(person, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(services.accounts.setPassword(created->id, Password, &error));
    }

    std::optional<Person> stored(const QString& name)
    {
        Services services(m_app->db(), m_app->catalog(), m_clock);
        QString error;
        for (const Person& person : services.people.everyone(&error)) {
            if (person.name == name)
                return person;
        }
        return std::nullopt;
    }

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    QString text(const QString& name) { return m_app->find<QLabel>(name)->text(); }

private slots:
    void init()
    {
        m_app = std::make_unique<AppDriver>(m_clock);
        m_app->start();
        {
            Services services(m_app->db(), m_app->catalog(), m_clock);
            addPerson(services, QStringLiteral("Mona Reyes"), {Role::Manager}, QStringLiteral("Head office"));
            addPerson(services, QStringLiteral("Maria Diaz"), {Role::Mentor}, QStringLiteral("Harbour Street"));
            QString error;
            const qint64 maria = services.people.findByName(QStringLiteral("Maria Diaz"), &error)->id;
            addPerson(services, QStringLiteral("Leo Martin"), {Role::Learner}, QStringLiteral("Harbour Street"),
                      maria);
            addPerson(services, QStringLiteral("Ana Lopez"), {Role::Learner}, QStringLiteral("Mill Road"), maria);
        }
        // A fresh window: the manager is the first to sign in.
        m_app->close();
        m_app->start();
        m_app->window()->resize(1024, 640);
        m_app->pick(QStringLiteral("Mona Reyes"));
        m_app->signIn(Password);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        m_app->openTab(QStringLiteral("People"));
    }
    void cleanup() { m_app.reset(); }

    void searchChooseDeactivateReactivate()
    {
        auto* table = m_app->find<QTableView>(QStringLiteral("peopleTable"));
        QVERIFY(table && table->isVisible());
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 4);

        // Nobody is chosen yet, so the editor offers nothing to act on.
        QCOMPARE(text(QStringLiteral("chosenName")), QStringLiteral("Nobody chosen"));
        QVERIFY(!m_app->find<QWidget>(QStringLiteral("deactivateButton"))->isVisible());

        m_app->type(QStringLiteral("peopleSearch"), QStringLiteral("harbour"));
        QCOMPARE(table->model()->rowCount(), 2); // Leo and Maria work there
        m_app->clickRow(QStringLiteral("peopleTable"), QStringLiteral("Leo Martin"));
        QCOMPARE(text(QStringLiteral("chosenName")), QStringLiteral("Leo Martin"));
        QVERIFY(text(QStringLiteral("chosenDetails")).contains(QStringLiteral("Harbour Street")));
        QCOMPARE(m_app->find<QComboBox>(QStringLiteral("assignMentor"))->currentText(), QStringLiteral("Maria Diaz"));

        // Cancel keeps him; the question names him.
        ui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        m_app->click(QStringLiteral("deactivateButton"));
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("Leo Martin")),
                 qPrintable(ui::MessageBox::lastText()));
        QVERIFY(stored(QStringLiteral("Leo Martin"))->active);

        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        m_app->click(QStringLiteral("deactivateButton"));
        QCOMPARE(text(QStringLiteral("peopleStatus")), QStringLiteral("Leo Martin was deactivated; their records stay."));
        QVERIFY(!stored(QStringLiteral("Leo Martin"))->active);
        QVERIFY(stored(QStringLiteral("Maria Diaz"))->active);
        QVERIFY(stored(QStringLiteral("Ana Lopez"))->active);
        // He stays in the table, still chosen, now with Reactivate.
        QCOMPARE(text(QStringLiteral("chosenName")), QStringLiteral("Leo Martin"));
        QVERIFY(m_app->find<QWidget>(QStringLiteral("reactivateButton"))->isVisible());
        QVERIFY(!m_app->find<QWidget>(QStringLiteral("deactivateButton"))->isVisible());
        const QModelIndexList rows =
            table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Leo Martin"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().siblingAtColumn(5).data().toString(), QStringLiteral("Deactivated"));

        m_app->click(QStringLiteral("reactivateButton"));
        QCOMPARE(text(QStringLiteral("peopleStatus")), QStringLiteral("Leo Martin is back on the team."));
        QVERIFY(stored(QStringLiteral("Leo Martin"))->active);
        QVERIFY(m_app->find<QWidget>(QStringLiteral("deactivateButton"))->isVisible());

        // A search that hides him unchooses him: nothing acts on someone out of sight.
        m_app->find<QLineEdit>(QStringLiteral("peopleSearch"))->clear();
        m_app->type(QStringLiteral("peopleSearch"), QStringLiteral("mill"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(text(QStringLiteral("chosenName")), QStringLiteral("Nobody chosen"));
        QVERIFY(!m_app->find<QWidget>(QStringLiteral("deactivateButton"))->isVisible());
    }

    // A spreadsheet is added from the page itself: everyone in a good file, with a count; nobody
    // from a file with a bad line, and the line named, in sight of the button pressed.
    void addFromASpreadsheet()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(bad, "name,roles,email\nRita Gomez,learner,rita@shop.example\n"
                               "Leo Martin,learner,\nSam Ortiz,cashier,\n"));
        ui::FileDialog::setNextFileName(bad);
        m_app->click(QStringLiteral("importPeopleButton"));
        auto* status = m_app->find<QLabel>(QStringLiteral("peopleStatus"));
        QTRY_VERIFY(status->isVisible());
        QCOMPARE(status->property("role").toString(), QStringLiteral("error"));
        const QString said = status->text();
        QVERIFY2(said.startsWith(QStringLiteral("Nobody from bad.csv was added: fix the 2 lines below")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Line 3: ")) && said.contains(QStringLiteral("Leo Martin")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Line 4: ")) && said.contains(QStringLiteral("cashier")), qPrintable(said));
        QVERIFY(!stored(QStringLiteral("Rita Gomez")));
        QTRY_VERIFY(!status->visibleRegion().isEmpty()); // scrolled to, from the button below

        const QString good = dir.filePath(QStringLiteral("team.csv"));
        QVERIFY(writeFile(good, "name,roles,email,mentor\nRita Gomez,learner,rita@shop.example,Maria Diaz\n"
                                "Sam Ortiz,learner;coach,,\n"));
        ui::FileDialog::setNextFileName(good);
        m_app->click(QStringLiteral("importPeopleButton"));
        QTRY_COMPARE(status->text(), QStringLiteral("2 people from team.csv were added."));
        QCOMPARE(status->property("role").toString(), QStringLiteral("success"));
        const auto rita = stored(QStringLiteral("Rita Gomez"));
        QVERIFY(rita && rita->active);
        QCOMPARE(rita->mentorId, stored(QStringLiteral("Maria Diaz"))->id);
        QVERIFY(stored(QStringLiteral("Sam Ortiz"))->roles.contains(Role::Coach));
        QCOMPARE(m_app->find<QTableView>(QStringLiteral("peopleTable"))->model()->rowCount(), 6);

        // Cancelling the dialog changes nothing and says nothing new.
        ui::FileDialog::setNextFileName(QString());
        m_app->click(QStringLiteral("importPeopleButton"));
        QCOMPARE(status->text(), QStringLiteral("2 people from team.csv were added."));
    }

    void nothingScrollsSideways()
    {
        QCOMPARE(m_app->window()->size(), QSize(1024, 640));
        m_app->clickRow(QStringLiteral("peopleTable"), QStringLiteral("Ana Lopez"));
        QApplication::processEvents();
        auto* table = m_app->find<QTableView>(QStringLiteral("peopleTable"));
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        auto* scroll = m_app->currentPage()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QVERIFY(m_app->find<QWidget>(QStringLiteral("personEditor"))->isVisible());
    }

    // The mentor combo bug: the wheel passing over it, unfocused, changed Leo's mentor.
    void theWheelLeavesTheMentorAlone()
    {
        m_app->clickRow(QStringLiteral("peopleTable"), QStringLiteral("Leo Martin"));
        auto* mentor = m_app->find<QComboBox>(QStringLiteral("assignMentor"));
        m_app->find<QWidget>(QStringLiteral("peopleSearch"))->setFocus();
        const int before = mentor->currentIndex();
        const QPointF at = QRectF(mentor->rect()).center();
        QWheelEvent wheel(at, mentor->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(mentor, &wheel);
        QCOMPARE(mentor->currentIndex(), before);
    }

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;
};

QTEST_MAIN(TestPeoplePage)
#include "tst_peoplepage.moc"
