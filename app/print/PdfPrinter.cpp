#include "PdfPrinter.h"

#include "CertificatePdf.h"
#include "ReportPdf.h"
#include "store/Database.h"

namespace careu::print {

bool PdfPrinter::report(const Database& db, const Catalog& catalog, const CompletionReport::Filter& filter,
                        QIODevice* out, QString* error) const
{
    return ReportPdf(db, catalog).write(filter, out, error);
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

int writeCertificates(const QString& databasePath, const Catalog& catalog, const QString& dir,
                      const QString& person, const Certificates::Progress& progress,
                      const std::atomic_bool* cancel, QString* error)
{
    Database db;
    if (!db.open(databasePath, error))
        return -1;
    return Certificates(db, catalog).write(dir, person, &CertificatePdf::write, progress, cancel, error);
}

} // namespace careu::print
