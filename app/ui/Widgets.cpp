#include "Widgets.h"

#include "Theme.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QLegend>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QLocale>
#include <QStyle>

namespace careu::ui {

QFrame* makeCard(QWidget* parent)
{
    auto* card = new QFrame(parent);
    card->setProperty("role", QStringLiteral("card"));
    return card;
}

QLabel* makeLabel(const QString& text, const char* role, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setProperty("role", QLatin1String(role));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton* makePrimaryButton(const QString& text, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setProperty("role", QStringLiteral("primary"));
    button->setCursor(Qt::PointingHandCursor);
    button->setAutoDefault(true); // outside a dialog this only makes Enter press it
    return button;
}

QPushButton* makeRowButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setProperty("lessonRow", true);
    button->setCursor(Qt::PointingHandCursor);
    button->setAutoDefault(true);
    return button;
}

QWidget* makeScrollingContent(QWidget* owner, const QString& name)
{
    auto* scroll = new QScrollArea(owner);
    scroll->setAccessibleName(name);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget;
    content->setProperty("role", QStringLiteral("page"));
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(owner);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return content;
}

void keepFocusOff(QWidget* chartView)
{
    chartView->setFocusPolicy(Qt::NoFocus);
    for (QWidget* inside : chartView->findChildren<QWidget*>())
        inside->setFocusPolicy(Qt::NoFocus);
}

void themeChart(QChart* chart)
{
    const Theme theme = Theme::current();
    chart->setBackgroundBrush(theme.card);
    chart->setTitleBrush(theme.heading);
    chart->legend()->setLabelColor(theme.ink);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(theme.ink);
        axis->setLinePenColor(theme.control);
        axis->setGridLineColor(theme.line);
    }
    for (QAbstractSeries* series : chart->series()) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(series);
        const auto sets = bars ? bars->barSets() : QList<QBarSet*>();
        for (qsizetype i = 0; i < sets.size(); ++i) {
            const QColor colour = i == 0 ? theme.accent : theme.chartSecond;
            sets.at(i)->setColor(colour);
            sets.at(i)->setBorderColor(colour);
            // Values are written on the bars.
            sets.at(i)->setLabelColor(Theme::contrast(Qt::white, colour) >= Theme::contrast(Qt::black, colour)
                                          ? QColor(Qt::white)
                                          : QColor(Qt::black));
        }
    }
}

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QString shortDate(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace careu::ui
