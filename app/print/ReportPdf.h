#pragma once

#include "report/CompletionReport.h"

#include <QIODevice>

namespace careu::print {

// The completion report as a printable PDF (A4): the filters used, the summary figures, charts
// of completion by pillar and per month, then a row per person per course, the table's header
// repeated on every page, and on every page "Page N of M" with the record chain's head hash
// and record count, so that a printed report can be checked against the database.
//
// The report is read twice in one read transaction, so that nothing changes between the
// passes: the first counts pages and sums up, the second draws. Rows are never all held.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // Read by reader, whom the rules must allow to read the report (Action::ReadReport).
    ReportPdf(const Services& services, const Actor& reader);

    bool write(const CompletionReport::Filter& filter, QIODevice* out, QString* error,
               const CompletionReport::Progress& progress = {}) const;

private:
    const Services& m_services;
    const Actor m_reader;
};

} // namespace careu::print
