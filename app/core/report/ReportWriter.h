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

    ReportWriter(const Services& services, QString xapiHomePage);

    // Returns how many rows (CSV) or statements (xAPI) were written, or -1 with error.
    int write(Format format, const CompletionReport::Filter& filter, QTextStream& out, QString* error,
              const CompletionReport::Progress& progress = {}) const;

private:
    const Services& m_services;
    QString m_homePage;
};

} // namespace careu
