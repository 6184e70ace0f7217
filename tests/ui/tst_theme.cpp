#include "ColourSampler.h"
#include "DarkPalette.h"
#include "Gui.h"
#include "ScreenTour.h"
#include "Theme.h"

#include <QStyle>
#include <QtTest>

using namespace careu;
using careu::ui::Theme;

// The colours come from the palette: under the app's light look and under a dark desktop palette,
// every text on every role's screens, menu and combo pop-up reads at WCAG AA (4.5:1).
class TestTheme : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};

    static QPalette palette(bool dark)
    {
        return dark ? test::darkPalette() : Theme::paper(QApplication::style()->standardPalette());
    }

private slots:
    void initTestCase()
    {
        // Opening a pop-up on the offscreen platform says, each time, what it cannot do there.
        static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (!message.startsWith(QLatin1String("This plugin does not support")))
                previous(type, context, message);
        });
        ui::applyStyle();
    }

    void contrastIsWcags()
    {
        QCOMPARE(Theme::contrast(Qt::white, Qt::black), 21.0);
        QCOMPARE(Theme::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(Theme::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5, true); // the classic near miss
        QVERIFY(qAbs(Theme::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void readableKeepsTheHueAndReachesTheRatio()
    {
        const QColor teal(0x1f, 0x6f, 0x78);
        const QColor charcoal(0x22, 0x20, 0x20);
        const QColor moved = Theme::readable(teal, {charcoal}, 4.5);
        QVERIFY(Theme::contrast(moved, charcoal) >= 4.5);
        QVERIFY(qAbs(moved.hslHueF() - teal.hslHueF()) < 0.02);
        QCOMPARE(Theme::readable(teal, {QColor(Qt::white)}, 4.5), teal); // already reads: left alone
    }

    // The shipped style sheet asks only for colours the theme has (a stray name, even in a comment,
    // was warned about at every start).
    void styleSheetNamesOnlyKnownColours()
    {
        QFile file(QStringLiteral(":/resources/style.qss"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList unknown;
        const QString sheet = Theme::from(palette(false)).fill(QString::fromUtf8(file.readAll()), &unknown);
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1Char(' '))));
        QVERIFY(!sheet.contains(QLatin1Char('@')));
    }

    // Each pair the style sheet puts text on, in both looks.
    void themePairsRead_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void themePairsRead()
    {
        QFETCH(bool, dark);
        const Theme theme = Theme::from(palette(dark));
        QCOMPARE(theme.isDark(), dark);
        const QList<std::tuple<const char*, QColor, QColor, double>> pairs{
            {"ink on page", theme.ink, theme.page, 4.5},
            {"ink on card", theme.ink, theme.card, 4.5},
            {"ink on selection", theme.ink, theme.selection, 4.5},
            {"heading on page", theme.heading, theme.page, 4.5},
            {"heading on selection", theme.heading, theme.selection, 4.5},
            {"muted on card", theme.muted, theme.card, 4.5},
            {"muted on page", theme.muted, theme.page, 4.5},
            {"on accent", theme.onAccent, theme.accent, 4.5},
            {"on accent, hovered", theme.onAccent, theme.accentHover, 4.5},
            {"accent on page", theme.accent, theme.page, 4.5},
            {"error on card", theme.error, theme.card, 4.5},
            {"success on banner", theme.success, theme.successTint, 4.5},
            {"warning on card", theme.warning, theme.card, 4.5},
            {"ink on a right answer", theme.ink, theme.successTint, 4.5},
            {"ink on a wrong answer", theme.ink, theme.warningTint, 4.5},
            {"focus ring on page", theme.focus, theme.page, 3},
            {"focus ring on card", theme.focus, theme.card, 3},
        };
        for (const auto& [what, text, background, ratio] : pairs)
            QVERIFY2(Theme::contrast(text, background) >= ratio,
                     qPrintable(QStringLiteral("%1: %2:1").arg(QLatin1String(what)).arg(Theme::contrast(text, background))));
    }

    void screensRead_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("who"); // -1: the sign-in screen
        for (const bool dark : {false, true}) {
            const char* look = dark ? "dark" : "light";
            QTest::addRow("%s sign-in", look) << dark << -1;
            for (const auto who : {ScreenTour::Who::Learner, ScreenTour::Who::Mentor, ScreenTour::Who::Coach,
                                   ScreenTour::Who::Manager})
                QTest::addRow("%s %s", look, qPrintable(ScreenTour::name(who))) << dark << static_cast<int>(who);
        }
    }

    void screensRead()
    {
        QFETCH(bool, dark);
        QFETCH(int, who);
        QApplication::setPalette(palette(dark));
        ScreenTour tour(m_clock);
        tour.seed();
        QStringList failures;
        ColourSampler sampler(&failures);
        int screens = 0;
        const auto look = [&](const QString& screen) {
            ++screens;
            sampler.screen(tour.app().window(), screen);
        };
        if (who < 0) {
            tour.signInScreen(look);
            sampler.menus(tour.app().window());
        } else {
            tour.visit(static_cast<ScreenTour::Who>(who), look);
        }
        QVERIFY(screens > 0);
        QVERIFY(sampler.checked() > 5 * screens);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
