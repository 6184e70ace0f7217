#pragma once

namespace careu {

// Names the application (organisation, app name, desktop file id) so that QStandardPaths and
// the desktop agree on where things live. Call right after creating the Q*Application.
void setApplicationIdentity();

} // namespace careu
