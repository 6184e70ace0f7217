#include "Theme.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <utility>

namespace careu::ui {

namespace {
// The designed colours, on a light page.
const QColor Teal(0x1f, 0x6f, 0x78);
const QColor Red(0xa2, 0x3b, 0x2a);
const QColor Green(0x2f, 0x6b, 0x3a);
const QColor Amber(0x8a, 0x4b, 0x17);
const QColor Sand(0xc9, 0xb7, 0x8f);
const QColor Paper(0xf6, 0xf4, 0xef);
const QColor Ink(0x2b, 0x2b, 0x2b);

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

bool readsOnAll(const QColor& colour, const QList<QColor>& backgrounds, double ratio)
{
    return std::all_of(backgrounds.begin(), backgrounds.end(),
                       [&](const QColor& background) { return Theme::contrast(colour, background) >= ratio; });
}
} // namespace

double Theme::luminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double Theme::contrast(const QColor& a, const QColor& b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor Theme::mix(const QColor& a, const QColor& b, double t)
{
    const QColor from = a.toRgb();
    const QColor to = b.toRgb();
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * t),
                            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * t),
                            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * t));
}

QColor Theme::readable(const QColor& colour, const QList<QColor>& backgrounds, double ratio)
{
    if (backgrounds.isEmpty() || readsOnAll(colour, backgrounds, ratio))
        return colour;
    // Away from the backgrounds: lighter on dark ones, darker on light ones, in the same hue.
    double average = 0;
    for (const QColor& background : backgrounds)
        average += luminance(background);
    const bool lighter = average / backgrounds.size() < 0.18;
    const QColor hsl = colour.toHsl();
    const double from = hsl.lightnessF();
    const double to = lighter ? 1.0 : 0.0;
    for (int step = 1; step <= 50; ++step) {
        const QColor moved = QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(),
                                              static_cast<float>(from + (to - from) * step / 50.0));
        if (readsOnAll(moved, backgrounds, ratio))
            return moved.toRgb();
    }
    return lighter ? QColor(Qt::white) : QColor(Qt::black);
}

Theme Theme::from(const QPalette& palette)
{
    Theme theme;
    theme.page = palette.color(QPalette::Active, QPalette::Window);
    theme.card = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QList<QColor> backgrounds{theme.page, theme.card};
    theme.accent = readable(Teal, backgrounds, 4.5);
    const bool dark = luminance(theme.page) < 0.18;
    theme.onAccent = contrast(Qt::white, theme.accent) >= contrast(QColor(0x11, 0x11, 0x11), theme.accent)
                         ? QColor(Qt::white)
                         : QColor(0x11, 0x11, 0x11);
    theme.accentHover = mix(theme.accent, dark ? QColor(Qt::white) : QColor(Qt::black), 0.15);
    theme.accentTint = mix(theme.card, theme.accent, 0.08);
    theme.selection = mix(theme.card, theme.accent, dark ? 0.3 : 0.18);
    theme.successTint = mix(theme.card, Green, dark ? 0.25 : 0.1);
    theme.warningTint = mix(theme.card, Amber, dark ? 0.25 : 0.1);
    const QList<QColor> tinted{theme.page, theme.card, theme.accentTint, theme.selection, theme.successTint,
                               theme.warningTint};
    theme.ink = readable(text, tinted, 4.5);
    theme.line = mix(theme.card, theme.ink, 0.12);
    theme.control = mix(theme.card, theme.ink, 0.28);
    theme.track = mix(theme.page, theme.ink, 0.1);
    theme.heading = readable(readable(mix(theme.ink, theme.accent, 0.45), backgrounds, 7), tinted, 4.5);
    theme.muted = readable(mix(theme.ink, theme.page, 0.45), tinted, 4.5);
    theme.focus = readable(theme.accent, backgrounds, 3);
    theme.error = readable(Red, tinted, 4.5);
    theme.success = readable(Green, tinted, 4.5);
    theme.warning = readable(Amber, tinted, 4.5);
    theme.successLine = mix(theme.card, theme.success, 0.7);
    theme.warningLine = mix(theme.card, theme.warning, 0.7);
    theme.disabled = mix(theme.ink, theme.card, 0.55);
    theme.chartSecond = readable(Sand, {theme.card}, 1.6);
    return theme;
}

Theme Theme::current()
{
    return from(QGuiApplication::palette());
}

bool Theme::isDark() const
{
    return luminance(page) < 0.18;
}

QString Theme::fill(const QString& styleSheet, QStringList* unknown) const
{
    const std::pair<const char*, QColor> names[] = {
        {"page", page},
        {"card", card},
        {"ink", ink},
        {"line", line},
        {"control", control},
        {"heading", heading},
        {"muted", muted},
        {"accent", accent},
        {"onAccent", onAccent},
        {"accentHover", accentHover},
        {"accentTint", accentTint},
        {"selection", selection},
        {"focus", focus},
        {"error", error},
        {"success", success},
        {"warning", warning},
        {"successTint", successTint},
        {"successLine", successLine},
        {"warningTint", warningTint},
        {"warningLine", warningLine},
        {"track", track},
        {"disabled", disabled},
    };
    static const QRegularExpression name(QStringLiteral("@([A-Za-z]+)"));
    QString filled;
    qsizetype last = 0;
    for (auto it = name.globalMatch(styleSheet); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        filled += QStringView(styleSheet).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const auto found = std::find_if(std::begin(names), std::end(names), [&](const auto& entry) {
            return match.capturedView(1) == QLatin1String(entry.first);
        });
        if (found == std::end(names)) {
            unknown->append(match.captured(1));
            filled += match.capturedView();
        } else {
            filled += found->second.name();
        }
    }
    filled += QStringView(styleSheet).mid(last);
    return filled;
}

QPalette Theme::paper(const QPalette& base)
{
    QPalette palette = base;
    const QColor white(Qt::white);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, Paper);
        palette.setColor(group, QPalette::Base, white);
        palette.setColor(group, QPalette::AlternateBase, mix(white, Paper, 0.5));
        palette.setColor(group, QPalette::Button, white);
        palette.setColor(group, QPalette::ToolTipBase, white);
        palette.setColor(group, QPalette::Highlight, Teal);
        palette.setColor(group, QPalette::HighlightedText, white);
        palette.setColor(group, QPalette::Link, Teal);
        palette.setColor(group, QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
            palette.setColor(group, role, Ink);
    }
    palette.setColor(QPalette::Disabled, QPalette::Window, Paper);
    palette.setColor(QPalette::Disabled, QPalette::Base, white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0xa8, 0xa8, 0xa8));
    return palette;
}

} // namespace careu::ui
