#pragma once

#include "report/CompletionReport.h"
#include "signoff/Certificates.h"

#include <QIODevice>

namespace careu::cli {

// What the commands need painted, which core cannot do (it links no GUI module): careu_print
// implements it, and main.cpp hands one to run() for the commands that print.
class Printer
{
public:
    virtual ~Printer() = default;

    // The completion report as a PDF, read by reader.
    virtual bool report(const Services& services, const Actor& reader, const CompletionReport::Filter& filter,
                        QIODevice* out, QString* error) const = 0;
    // One certificate of graduation as a PDF.
    virtual bool certificate(const Certificate& certificate, QIODevice* out, QString* error) const = 0;
};

} // namespace careu::cli
