#pragma once

#include "CommandLine.h"

namespace careu::cli {

// Commands that work on a database (--db, $CAREU_DB or the default file).
int check(const Options& options, const Context& context);
int people(const Options& options, const Context& context);
int seedDemo(const Options& options, const Context& context);
int report(const Options& options, const Context& context);
int certificates(const Options& options, const Context& context);
int verify(const Options& options, const Context& context);
int backup(const Options& options, const Context& context);
int restore(const Options& options, const Context& context);
int copyFrom(const Options& options, const Context& context);

} // namespace careu::cli
