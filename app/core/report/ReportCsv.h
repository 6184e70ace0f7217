#pragma once

#include "CompletionReport.h"

namespace careu {

// The completion report as CSV (RFC 4180, UTF-8, a header row), one record per person per course.
class ReportCsv
{
public:
    static QString header();
    static QString row(const ReportRow& row);
};

} // namespace careu
