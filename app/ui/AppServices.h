#pragma once

#include "Services.h"

namespace careu::ui {

// The screens take core's composition root for the window's database; one instance per window.
struct AppServices : Services
{
    using Services::Services;
};

} // namespace careu::ui
