#include "Gui.h"
#include "Language.h"
#include "ScreenTour.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyleOptionFrame>
#include <QtTest>

using namespace careu;

// Every role's screens on a small laptop (1024×640) and a large monitor (1920×1080), and in Spanish
// (longer words) on the laptop: all text is shown whole (no label, button or placeholder cut off)
// and nothing scrolls sideways.
class TestScreenSizes : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};

    static QString describe(const QWidget* widget, const QString& text)
    {
        return QStringLiteral("%1 %2 \"%3\"")
            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text.left(50));
    }

    // What a person could not read whole on this screen, as sentences for the failure message.
    static QStringList clipped(QWidget* window, const QString& screen)
    {
        QStringList problems;
        const auto problem = [&](const QWidget* widget, const QString& text, const QString& what) {
            problems.append(QStringLiteral("%1: %2 %3").arg(screen, describe(widget, text), what));
        };
        for (QWidget* widget : window->findChildren<QWidget*>()) {
            if (!widget->isVisible() || widget->window() != window)
                continue;
            if (auto* area = qobject_cast<QAbstractScrollArea*>(widget); area && area->horizontalScrollBar()->isVisible())
                problem(widget, QString(), QStringLiteral("scrolls sideways"));
            if (auto* label = qobject_cast<QLabel*>(widget); label && !label->text().isEmpty()) {
                const QSize room = label->contentsRect().size();
                if (label->wordWrap() ? label->heightForWidth(label->width()) > label->height()
                                      : label->sizeHint().width() > label->width() ||
                                            label->fontMetrics().height() > room.height())
                    problem(label, label->text(), QStringLiteral("is cut off (%1×%2, needs %3)")
                                                      .arg(label->width())
                                                      .arg(label->height())
                                                      .arg(label->wordWrap() ? label->heightForWidth(label->width())
                                                                             : label->sizeHint().width()));
            } else if (auto* button = qobject_cast<QPushButton*>(widget); button && !button->text().isEmpty()) {
                if (button->sizeHint().width() > button->width())
                    problem(button, button->text(), QStringLiteral("is cut off (%1 wide, needs %2)")
                                                        .arg(button->width())
                                                        .arg(button->sizeHint().width()));
            } else if (auto* edit = qobject_cast<QLineEdit*>(widget);
                       edit && edit->text().isEmpty() && !edit->placeholderText().isEmpty()) {
                QStyleOptionFrame option;
                option.initFrom(edit);
                option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
                const QMargins margins = edit->textMargins();
                const int room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width() -
                                 margins.left() - margins.right() - 4; // QLineEdit keeps 2 px each side
                const int needs = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
                if (needs > room)
                    problem(edit, edit->placeholderText(),
                            QStringLiteral("placeholder is cut off (%1 wide, needs %2)").arg(room).arg(needs));
            }
        }
        return problems;
    }

private slots:
    void initTestCase() { ui::applyStyle(); }
    void cleanup() { ui::useLanguage(ui::Language::English); }

    void everythingShowsWhole_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("who"); // -1: the sign-in screen
        QTest::addColumn<ui::Language>("language");
        const auto rows = [](QSize size, ui::Language language) {
            const QByteArray at = QByteArray::number(size.width()) + 'x' + QByteArray::number(size.height()) +
                                  (language == ui::Language::Spanish ? " es" : "");
            QTest::addRow("%s sign-in", at.constData()) << size << -1 << language;
            for (const auto who : {ScreenTour::Who::Learner, ScreenTour::Who::Mentor, ScreenTour::Who::Coach,
                                   ScreenTour::Who::Manager})
                QTest::addRow("%s %s", at.constData(), qPrintable(ScreenTour::name(who)))
                    << size << static_cast<int>(who) << language;
        };
        rows(QSize(1024, 640), ui::Language::English);
        rows(QSize(1920, 1080), ui::Language::English);
        rows(QSize(1024, 640), ui::Language::Spanish);
    }

    void everythingShowsWhole()
    {
        QFETCH(QSize, size);
        QFETCH(int, who);
        QFETCH(ui::Language, language);
        ui::useLanguage(language);
        if (language == ui::Language::Spanish) // the window's words, not only its dates
            QCOMPARE(QCoreApplication::translate("careu::ui::HomeTabs", "My learning"), QStringLiteral("Mi aprendizaje"));
        ScreenTour tour(m_clock);
        tour.seed();
        tour.setWindowSize(size);
        QStringList problems;
        int screens = 0;
        const auto look = [&](const QString& screen) {
            ++screens;
            QCOMPARE(tour.app().window()->size(), size);
            problems += clipped(tour.app().window(), screen);
        };
        if (who < 0)
            tour.signInScreen(look);
        else
            tour.visit(static_cast<ScreenTour::Who>(who), look);
        QVERIFY(screens > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestScreenSizes)
#include "tst_screensizes.moc"
