#pragma once

#include <QPalette>

namespace careu::test {

// A dark desktop palette, as qt6ct's "darker" colour scheme gives: light text on charcoal.
inline QPalette darkPalette()
{
    QPalette palette;
    const auto set = [&palette](QPalette::ColorRole role, const char* colour) {
        palette.setColor(role, QColor(QLatin1String(colour)));
    };
    set(QPalette::WindowText, "#ffffff");
    set(QPalette::Button, "#424245");
    set(QPalette::Light, "#979797");
    set(QPalette::Midlight, "#5e5c5b");
    set(QPalette::Dark, "#302f2e");
    set(QPalette::Mid, "#4a4947");
    set(QPalette::Text, "#ffffff");
    set(QPalette::BrightText, "#ffffff");
    set(QPalette::ButtonText, "#ffffff");
    set(QPalette::Base, "#3d3d3d");
    set(QPalette::Window, "#222020");
    set(QPalette::Shadow, "#e7e4e0");
    set(QPalette::Highlight, "#12608a");
    set(QPalette::HighlightedText, "#f9f9f9");
    set(QPalette::Link, "#0986d3");
    set(QPalette::LinkVisited, "#a70b06");
    set(QPalette::AlternateBase, "#5c5b5a");
    set(QPalette::ToolTipBase, "#3f3f36");
    set(QPalette::ToolTipText, "#ffffff");
    palette.setColor(QPalette::PlaceholderText, QColor(255, 255, 255, 128));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

} // namespace careu::test
