#pragma once

#include "cli/CommandLine.h"

#include <QIcon>

namespace careu::ui {

// The widget style under the app's style sheet: Fusion, or the one the person chose (-style NAME,
// QT_STYLE_OVERRIDE).
enum class Style
{
    Fusion,
    AsChosen
};

// Starts the app window on the database and content the options name, and runs until it closes.
// Needs a QApplication. Returns the process exit code.
int runGui(const cli::Options& options, Style style = Style::Fusion);

// The look shared by every screen: resources/style.qss in the colours of the palette (the app's
// warm light one when the desktop gives none), and the focus ring.
void applyStyle(Style style = Style::Fusion);

// The app's icon: the one installed in the desktop's icon theme, else the copy compiled in.
QIcon appIcon();

} // namespace careu::ui
