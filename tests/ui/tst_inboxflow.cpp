#include "AppDriver.h"
#include "TestOrg.h"

#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace careu;

// What waits for each person when they sign in, as they meet it: the Mentoring tab counts the
// Practices waiting for the mentor, and the learner's home opens with what happened since their
// last visit, a sent-back Practice one click from trying again. Nothing on a first visit.
class TestInboxFlow : public QObject
{
    Q_OBJECT

    const QString Password = QStringLiteral("a good password");
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppDriver> m_app;

    void signInAs(const QString& name, const QString& password)
    {
        m_app->pick(name);
        m_app->signIn(password);
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
    }

    QString mentoringTab()
    {
        auto* tabs = m_app->find<QTabWidget>(QStringLiteral("homeTabs"));
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (tabs->tabText(i).startsWith(QLatin1String("Mentoring")))
                return tabs->tabText(i);
        }
        return {};
    }

private slots:
    void init() { m_app = std::make_unique<AppDriver>(m_clock); }
    void cleanup() { m_app.reset(); }

    void eachPersonMeetsWhatWaitsForThem()
    {
        m_app->start();
        QString error;
        std::optional<Person> maria;
        std::optional<Person> leo;
        const Course& care101 = *m_app->catalog().course(QStringLiteral("care-101"));
        test::TestOrg org(m_app->db(), m_app->catalog(), m_clock.now());
        maria = org.mentor(QStringLiteral("Maria"), &error);
        leo = org.learner(QStringLiteral("Leo"), *maria, &error);
        QVERIFY2(leo && org.setPassword(*leo, Password, &error), qPrintable(error));
        m_app->start();

        // Leo's first visit: nothing to catch up on.
        signInAs(QStringLiteral("Leo"), Password);
        QVERIFY(!m_app->window()->findChild<QWidget*>(QStringLiteral("sinceLastVisit")));
        m_app->click(QStringLiteral("signOutButton"));

        // Later he asks for two sign-offs (from the command line's side of the database).
        m_clock.advanceSeconds(3600);
        org.clock().advanceSeconds(3600);
        for (int lesson : {0, 1}) {
            QVERIFY2(org.completeLesson(*leo, care101.id, lesson, false, &error) &&
                         org.signOffs().request(*leo, care101, care101.lessons.at(lesson), &error),
                     qPrintable(error));
        }

        // Maria signs in: the tab says two are waiting, and so does its tooltip.
        signInAs(QStringLiteral("Maria"), test::TestOrg::mentorPassword());
        QCOMPARE(mentoringTab(), QStringLiteral("Mentoring (2)"));
        auto* tabs = m_app->find<QTabWidget>(QStringLiteral("homeTabs"));
        QVERIFY(tabs->tabToolTip(tabs->currentIndex()).contains(QLatin1String("waiting for your review")));
        QVERIFY(m_app->find<QPushButton>(
                    QStringLiteral("review_%1_care-101_%2").arg(leo->id).arg(care101.lessons.at(0).id))
                    ->isVisible());
        // She signs one off and sends the other back; opening another tab counts again.
        org.clock().advanceSeconds(60);
        QVERIFY2(org.signOff(*leo, *maria, care101.id, care101.lessons.at(0).id, &error), qPrintable(error));
        QVERIFY2(org.signOffs().sendBack(*maria, *leo, care101, care101.lessons.at(1),
                                         QStringLiteral("Say her name when you greet her."), &error),
                 qPrintable(error));
        m_app->openTab(QStringLiteral("Coaching"));
        QCOMPARE(mentoringTab(), QStringLiteral("Mentoring"));
        m_app->click(QStringLiteral("signOutButton"));

        // Leo comes back: his home opens with both, and the sent-back one is a click from trying again.
        m_clock.advanceSeconds(3600);
        signInAs(QStringLiteral("Leo"), Password);
        auto* news = m_app->window()->findChild<QWidget*>(QStringLiteral("sinceLastVisit"));
        QVERIFY(news && news->isVisible());
        QStringList lines;
        for (QLabel* label : news->findChildren<QLabel*>())
            lines.append(label->text());
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("SINCE YOUR LAST VISIT")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("Maria signed off your Practice")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("“Say her name when you greet her.”")), qPrintable(all));
        const QString again = QStringLiteral("sinceOpen_care-101_%1").arg(care101.lessons.at(1).id);
        QVERIFY(!m_app->find<QPushButton>(again)->accessibleName().isEmpty());
        m_app->click(again);
        QTRY_VERIFY(m_app->find<QLabel>(QStringLiteral("lessonTitle"))->isVisible());
        QCOMPARE(m_app->find<QLabel>(QStringLiteral("lessonTitle"))->text(), care101.lessons.at(1).title);

        // Seen: the next visit starts clean.
        m_app->click(QStringLiteral("homeButton"));
        QTRY_VERIFY(m_app->find<QWidget>(QStringLiteral("signOutButton"))->isVisible());
        m_app->click(QStringLiteral("signOutButton"));
        m_clock.advanceSeconds(60);
        signInAs(QStringLiteral("Leo"), Password);
        QVERIFY(!m_app->window()->findChild<QWidget*>(QStringLiteral("sinceLastVisit")));
    }
};

QTEST_MAIN(TestInboxFlow)
#include "tst_inboxflow.moc"
