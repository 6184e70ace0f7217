#pragma once

#include "QrCode.h"
#include "signoff/Certificates.h"

namespace careu::print {

class Canvas;

// A one-page certificate of graduation (A4 landscape): the organisation, the graduate's name,
// the courses with the days they were completed and signed off, the graduation day, mentor and
// coach, the verification code that `careu verify` checks against the database, and the signed
// statement (when there is one) as a QR code and in the PDF's metadata, to check offline.
// Touches no widget and no database: safe on any thread once a QGuiApplication exists.
class CertificatePdf
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePdf)

public:
    static bool write(const Certificate& certificate, QIODevice* out, QString* error);
    // Where the QR code is drawn, in millimetres from the page's top left, quiet zone included.
    static QRectF qrArea();

private:
    // The text from the organisation down to the courses, from y; returns its height.
    static qreal body(const Canvas& canvas, qreal y, const Certificate& certificate);
    // The verification code, the fingerprint, how to check them, and the statement's QR code.
    static void verification(const Canvas& canvas, const Certificate& certificate,
                             const std::optional<QrCode>& qr);
    // XMP metadata with the title and the signed statement, which careu verify reads back.
    static QByteArray metadata(const Certificate& certificate);
};

} // namespace careu::print
