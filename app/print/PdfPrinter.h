#pragma once

#include "cli/Printer.h"

namespace careu::print {

// The command line's printer: the report and certificates as PDF.
class PdfPrinter final : public cli::Printer
{
public:
    bool report(const Services& services, const Actor& reader, const CompletionReport::Filter& filter,
                QIODevice* out, QString* error) const override;
    bool certificate(const Certificate& certificate, QIODevice* out, QString* error) const override;
};

// Before a QGuiApplication is made for printing: with no display to talk to (no DISPLAY or
// WAYLAND_DISPLAY) and no platform chosen, the offscreen platform, so that careu prints over
// ssh, in cron and in CI.
void useOffscreenWithoutDisplay();

// For the app, from a worker thread (services on that thread's own connection): the selected
// graduates' certificates as PDF files in dir, with progress after each person and a flag that
// cancels, each with a statement that issuer signs. Touches no widget. Returns how many files were
// written, or -1 with error.
int writeCertificates(Services& services, const QString& dir, const Certificates::Selection& selection,
                      const SigningKey& issuer, const Certificates::Progress& progress,
                      const std::atomic_bool* cancel, QString* error);

} // namespace careu::print
