#include "AppDriver.h"
#include "Gui.h"
#include "ProfilePage.h"
#include "TestSupport.h"
#include "people/Accounts.h"
#include "store/PeopleStore.h"

#include <QLabel>
#include <QLineEdit>

using namespace careu;

// A team of hundreds at the sign-in screen: the list shows a page of names, says there are more,
// and finds anyone by part of their name typed into the search box; the last person to sign in is
// picked already, even when their name is far down the alphabet.
class TestSignInSearch : public QObject
{
    Q_OBJECT

private:
    static constexpr int TeamSize = 180;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC)};

private slots:
    void initTestCase() { ui::applyStyle(); } // as the app looks: its fonts and padding

    void aLargeTeamFindsTheirName()
    {
        AppDriver app(m_clock);
        app.start();
        app.createProfile(QStringLiteral("Aaron Admin"));
        PeopleStore people(app.db(), m_clock);
        QString error;
        const bool added = people.inOneTransaction(
            [&](QString* error) {
                for (int i = 0; i < TeamSize; ++i) {
                    if (!people.create(QStringLiteral("Learner %1").arg(i, 3, 10, QLatin1Char('0')), error))
                        return false;
                }
                return true;
            },
            &error);
        QVERIFY2(added, qPrintable(error));
        const auto last = people.create(QStringLiteral("Zelda Last"), &error);
        RecordChain chain(app.db());
        QVERIFY2(last && Accounts(people, chain, m_clock)
                             .setPassword(last->id, QStringLiteral("zelda's password"), &error),
                 qPrintable(error));
        app.close();

        // Zelda is far down the alphabet: she finds her name and signs in.
        app.start();
        app.type(QStringLiteral("profileSearch"), QStringLiteral("zel"));
        app.pick(QStringLiteral("Zelda Last"));
        app.signIn(QStringLiteral("zelda's password"));
        QTRY_VERIFY(!app.find<QLineEdit>(QStringLiteral("profileSearch"))->isVisible());
        app.close();
        app.start();

        auto* list = app.find<QListWidget>(QStringLiteral("profileList"));
        auto* more = app.find<QLabel>(QStringLiteral("profileMore"));
        auto* search = app.find<QLineEdit>(QStringLiteral("profileSearch"));
        QVERIFY(list && more && search);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->count(), ui::ProfilePage::ListLimit + 1); // the page, and Zelda on top of it
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Zelda Last"));
        QVERIFY(more->isVisible());
        QVERIFY2(more->text().contains(QStringLiteral("type part of yours")), qPrintable(more->text()));

        // Someone far down the list types part of their name, picks it and signs in.
        QTest::mouseClick(search, Qt::LeftButton, {}, search->rect().center());
        QTest::keyClicks(search, QStringLiteral("ner 17"));
        QCOMPARE(list->count(), 10); // Learner 170 to 179
        QVERIFY(!more->isVisible());
        app.pick(QStringLiteral("Learner 175"));
        QTest::keyClicks(search, QStringLiteral("x"));
        QCOMPARE(list->count(), 0);
        QVERIFY(more->isVisible());
        QVERIFY2(more->text().contains(QStringLiteral("Nobody here")), qPrintable(more->text()));
    }

    // Every hint in an empty field reads whole at the smallest window (one was cut to "(8 characte…").
    void everyPlaceholderFits()
    {
        AppDriver app(m_clock);
        app.start();
        QString error;
        QVERIFY2(PeopleStore(app.db(), m_clock).create(QStringLiteral("Ana Learner"), &error), qPrintable(error));
        app.start(); // the sign-in screen with a team: the password and the new profile's fields
        app.window()->resize(app.window()->minimumSize());
        QTRY_COMPARE(app.window()->size(), app.window()->minimumSize());
        QCoreApplication::processEvents();
        int checked = 0;
        for (QLineEdit* edit : app.window()->findChildren<QLineEdit*>()) {
            if (!edit->isVisible() || edit->placeholderText().isEmpty())
                continue;
            ++checked;
            // Inside the frame, its padding and the line edit's own margins.
            const int room = edit->contentsRect().width() - 2 * 10;
            QVERIFY2(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) <= room,
                     qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                                    .arg(edit->objectName(), edit->placeholderText())
                                    .arg(edit->fontMetrics().horizontalAdvance(edit->placeholderText()))
                                    .arg(room)));
        }
        QVERIFY(checked >= 3);
    }
};

QTEST_MAIN(TestSignInSearch)
#include "tst_signinsearch.moc"
