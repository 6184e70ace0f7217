#pragma once

#include <QFrame>
#include <QLabel>
#include <QPushButton>

class QChart;

namespace careu::ui {

// Small builders for the few recurring pieces of the look, so every screen uses the same ones
// (their appearance lives in resources/style.qss, keyed by the "role" property; objectNames
// stay free for tests to find widgets by).
QFrame* makeCard(QWidget* parent = nullptr);
QLabel* makeLabel(const QString& text, const char* role, QWidget* parent = nullptr);
// A moment as a short local date, as people read dates in this app.
QString shortDate(const QDateTime& when);
// The page's main action; Enter presses it once it has the focus, as Space does.
QPushButton* makePrimaryButton(const QString& text, QWidget* parent = nullptr);
// A scroll area filling owner, called name for a screen reader; what goes in the returned widget
// scrolls when the window is short.
QWidget* makeScrollingContent(QWidget* owner, const QString& name);
// Gives a chart, once its series and axes are in, the theme's background, text and bar colours
// (the first bar set the accent, the second a quieter sand).
void themeChart(QChart* chart);
// A row of a list that opens something (a lesson, a role-play, a review): a click, or Enter or
// Space once it has the focus.
QPushButton* makeRowButton(const QString& text, const QString& objectName, QWidget* parent = nullptr);
// A chart is a picture to look at, not a control: it takes no focus (a screen reader reads its name).
void keepFocusOff(QWidget* chartView);
// Restyles a widget after a dynamic property it is styled by has changed.
void repolish(QWidget* widget);

} // namespace careu::ui
