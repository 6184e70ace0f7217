#include "DarkPalette.h"
#include "FocusRing.h"
#include "Gui.h"
#include "ScreenTour.h"
#include "Theme.h"

#include <QtTest>

using namespace careu;
using careu::ui::FocusRing;
using careu::ui::Theme;

// What a keyboard user sees: the focused control has a ring around it, in a colour that stands
// out from the page (3:1), also on a teal button and under a dark palette, and the ring never
// covers a control's own text.
class TestFocusRing : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};

    // Presses Tab until the widget has the focus, as a person would; fails if it never does.
    static void tabTo(QWidget* window, QWidget* widget)
    {
        for (int i = 0; i < 60 && QApplication::focusWidget() != widget; ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == widget, qPrintable(widget->objectName() + QStringLiteral(" never took the focus")));
        ScreenTour::settle();
    }

    // The colour of the window's pixel at a point of the widget's (outside it, for the ring).
    static QColor pixel(QWidget* window, QWidget* widget, const QPoint& at)
    {
        return QColor(window->grab().toImage().pixel(widget->mapTo(window, at)));
    }

    // The ring's middle, right of the widget's vertical centre.
    static QPoint ringPoint(QWidget* widget)
    {
        return {widget->width() + FocusRing::Gap + FocusRing::Width / 2, widget->height() / 2};
    }

    static void ringShowsAround(QWidget* window, QWidget* widget)
    {
        const Theme theme = Theme::current();
        QCOMPARE(FocusRing::instance()->target(), widget);
        const QColor ring = pixel(window, widget, ringPoint(widget));
        const QColor gap = pixel(window, widget, {widget->width(), widget->height() / 2});
        QVERIFY2(Theme::contrast(ring, gap) >= 3,
                 qPrintable(QStringLiteral("ring %1 on %2").arg(ring.name(), gap.name())));
        QCOMPARE(ring.name(), theme.focus.name());
    }

private slots:
    void initTestCase() { ui::applyStyle(); }

    void aFocusedTealButtonHasARing_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void aFocusedTealButtonHasARing()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? test::darkPalette() : Theme::paper(QApplication::style()->standardPalette()));
        ScreenTour tour(m_clock);
        tour.seed();
        tour.signInScreen([](const QString&) {});
        QWidget* window = tour.app().window();
        auto* button = tour.app().find<QPushButton>(QStringLiteral("chooseProfileButton"));
        QVERIFY(button);
        QCOMPARE(button->property("role").toString(), QStringLiteral("primary"));
        const QColor before = pixel(window, button, ringPoint(button));
        tabTo(window, button);
        ringShowsAround(window, button);
        QVERIFY(Theme::contrast(pixel(window, button, ringPoint(button)), before) >= 3);
        // Focus moves on: the ring goes with it.
        QTest::keyClick(button, Qt::Key_Tab);
        ScreenTour::settle();
        QCOMPARE(pixel(window, button, ringPoint(button)).name(), before.name());
    }

    // An answer looks the same inside with and without the focus: nothing is drawn over its text.
    void anAnswersRingLeavesItsTextAlone()
    {
        QApplication::setPalette(Theme::paper(QApplication::style()->standardPalette()));
        ScreenTour tour(m_clock);
        tour.seed();
        bool seen = false;
        tour.visit(ScreenTour::Who::Learner, [&](const QString& screen) {
            if (screen != QLatin1String("lesson check"))
                return;
            seen = true;
            QWidget* window = tour.app().window();
            QPushButton* answer = nullptr;
            for (QPushButton* button : window->findChildren<QPushButton*>()) {
                if (button->objectName().startsWith(QLatin1String("choice_")) && button->isVisible()) {
                    answer = button;
                    break;
                }
            }
            QVERIFY(answer);
            const QImage unfocused = answer->grab().toImage();
            tabTo(window, answer);
            ringShowsAround(window, answer);
            QCOMPARE(answer->grab().toImage(), unfocused);
        });
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestFocusRing)
#include "tst_focusring.moc"
