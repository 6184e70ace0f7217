#pragma once

#include "cli/CommandLine.h"

namespace careu::ui {

// Starts the app window on the database and content the options name, and runs until it closes.
// Needs a QApplication. Returns the process exit code.
int runGui(const cli::Options& options);

// The look shared by every screen (resources/style.qss on the Fusion style).
void applyStyle();

} // namespace careu::ui
