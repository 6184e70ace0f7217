#pragma once

#include "signoff/Certificates.h"

namespace careu::print {

class Canvas;

// A one-page certificate of graduation (A4 landscape): the organisation, the graduate's name,
// the courses with the days they were completed and signed off, the graduation day, mentor and
// coach, and the verification code that `careu verify` checks against the database.
// Touches no widget and no database: safe on any thread once a QGuiApplication exists.
class CertificatePdf
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePdf)

public:
    static bool write(const Certificate& certificate, QIODevice* out, QString* error);

private:
    // The text from the organisation down to the courses, from y; returns its height.
    static qreal body(const Canvas& canvas, qreal y, const Certificate& certificate);
    static void verification(const Canvas& canvas, const Certificate& certificate);
};

} // namespace careu::print
