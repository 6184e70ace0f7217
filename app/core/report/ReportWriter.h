#pragma once

#include "CompletionReport.h"

#include <QTextStream>

namespace careu {

// Writes the completion report in one of its formats, as it is produced: the same code for
// the app's export and `careu report`.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format
    {
        Csv,
        Xapi
    };

    // Read by reader, whom the rules must allow to read the report (Action::ReadReport).
    ReportWriter(const Services& services, const Actor& reader, QString xapiHomePage);

    // Returns how many rows (CSV) or statements (xAPI) were written, or -1 with error.
    int write(Format format, const CompletionReport::Filter& filter, QTextStream& out, QString* error,
              const CompletionReport::Progress& progress = {}) const;

private:
    const Services& m_services;
    const Actor m_reader;
    QString m_homePage;
};

} // namespace careu
