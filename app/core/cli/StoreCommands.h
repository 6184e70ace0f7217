#pragma once

#include "CommandLine.h"

namespace careu::cli {

// Commands that work on a database (--db, $CAREU_DB or the default file).
int check(const Options& options, QTextStream& out, QTextStream& err);
int people(const Options& options, QTextStream& out, QTextStream& err);
int seedDemo(const Options& options, QTextStream& out, QTextStream& err);
int report(const Options& options, QTextStream& out, QTextStream& err, const Printer* printer);
int certificates(const Options& options, QTextStream& out, QTextStream& err, const Printer* printer);
int verify(const Options& options, QTextStream& out, QTextStream& err);
int backup(const Options& options, QTextStream& out, QTextStream& err);
int restore(const Options& options, QTextStream& out, QTextStream& err);

} // namespace careu::cli
