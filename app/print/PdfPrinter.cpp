#include "PdfPrinter.h"

#include "CertificatePdf.h"
#include "ReportPdf.h"
#include "Services.h"

namespace careu::print {

bool PdfPrinter::report(const Services& services, const Actor& reader, const CompletionReport::Filter& filter,
                        QIODevice* out, QString* error) const
{
    return ReportPdf(services, reader).write(filter, out, error);
}

bool PdfPrinter::certificate(const Certificate& certificate, QIODevice* out, QString* error) const
{
    return CertificatePdf::write(certificate, out, error);
}

void useOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int writeCertificates(Services& services, const QString& dir, const Certificates::Selection& selection,
                      const SigningKey& issuer, const Certificates::Progress& progress,
                      const std::atomic_bool* cancel, QString* error)
{
    return Certificates(services).write(dir, selection, &CertificatePdf::write, progress, cancel, error,
                                        false, &issuer);
}

} // namespace careu::print
