#pragma once

#include "cli/CommandLine.h"

#include <QIcon>

namespace careu::ui {

// Starts the app window on the database and content the options name, and runs until it closes.
// Needs a QApplication. Returns the process exit code.
int runGui(const cli::Options& options);

// The look shared by every screen (resources/style.qss on the Fusion style).
void applyStyle();

// The app's icon: the one installed in the desktop's icon theme, else the copy compiled in.
QIcon appIcon();

} // namespace careu::ui
