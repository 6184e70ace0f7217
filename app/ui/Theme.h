#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace careu::ui {

// The app's colours, worked out from a palette. Page, cards and ink are the palette's own; the
// accent, headings, muted text and verdicts are the designed colours moved lighter or darker until
// they read on the palette's backgrounds (WCAG AA: 4.5:1 for text, 3:1 for the focus ring). So a
// dark desktop gives a dark app that stays readable, and the light look stays as designed.
struct Theme
{
    QColor page;        // behind everything (Window)
    QColor card;        // cards, inputs, lists (Base)
    QColor ink;         // text (Text)
    QColor line;        // card borders
    QColor control;     // button and input borders
    QColor heading;     // titles
    QColor muted;       // hints and secondary text
    QColor accent;      // the teal: primary buttons, selected tabs, progress
    QColor onAccent;    // text on the accent
    QColor accentHover; // a primary button under the pointer
    QColor accentTint;  // a row under the pointer
    QColor selection;   // a selected row (ink stays readable on it)
    QColor focus;       // the focus ring
    QColor error;
    QColor success;
    QColor warning;     // a wrong answer's verdict
    QColor successTint; // banners and right answers
    QColor successLine;
    QColor warningTint; // wrong answers
    QColor warningLine;
    QColor track;       // the empty part of a progress bar
    QColor disabled;    // disabled text (WCAG asks no contrast of it)
    QColor chartSecond; // the second bar set of a chart

    static Theme from(const QPalette& palette);
    // The theme of the application's palette now.
    static Theme current();

    bool isDark() const;
    // The style sheet template with every @name replaced by its colour (#rrggbb); names it does not
    // know are listed in unknown and left as they are.
    QString fill(const QString& styleSheet, QStringList* unknown) const;

    // The palette the app puts in place when the desktop gives none: warm paper, white cards,
    // dark ink and the teal accent.
    static QPalette paper(const QPalette& base);

    // WCAG 2 relative luminance and contrast ratio (1 to 21).
    static double luminance(const QColor& colour);
    static double contrast(const QColor& a, const QColor& b);
    // colour, made lighter or darker as little as it takes to reach ratio against every background.
    static QColor readable(const QColor& colour, const QList<QColor>& backgrounds, double ratio);
    // The colour t of the way from a to b.
    static QColor mix(const QColor& a, const QColor& b, double t);
};

} // namespace careu::ui
