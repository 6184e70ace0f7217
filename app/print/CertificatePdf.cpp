#include "CertificatePdf.h"

#include "Fonts.h"
#include "PdfText.h"

#include <QLocale>

namespace careu::print {

namespace {

// The page, in millimetres: A4 landscape.
constexpr qreal PageWidth = 297;
constexpr qreal PageHeight = 210;
constexpr qreal TextLeft = 30;
constexpr qreal TextWidth = PageWidth - 2 * TextLeft;
constexpr qreal SignaturesY = 163;
constexpr qreal SignatureWidth = 70;
constexpr qreal CodeX = 176;
// The QR code: bottom right, inside the frame, as wide as a phone reads easily.
constexpr qreal QrSide = 46;
constexpr qreal QrX = PageWidth - 17 - QrSide;
constexpr qreal QrY = PageHeight - 17 - QrSide;

// "September 11, 2026": in the words of the certificate's own language (its translation names
// the locale), whatever the system's locale, so a Spanish sentence never holds an English month.
QString longDate(const QDateTime& when)
{
    //: The locale whose month names the certificate's dates use.
    const QLocale locale(CertificatePdf::tr("en_US"));
    //: A date on a certificate (QLocale format): September 11, 2026.
    return locale.toString(when.toUTC().date(), CertificatePdf::tr("MMMM d, yyyy"));
}

// The largest size from largest down to smallest at which text fits on one line; elided at the smallest.
QFont fitted(const Canvas& canvas, const QString& text, qreal width, qreal largest, qreal smallest)
{
    QFont fitted = font(largest, true);
    for (qreal size = largest; size > smallest; size -= 1) {
        fitted = font(size, true);
        if (canvas.elided(text, fitted, width) == text)
            break;
    }
    return fitted;
}

// A signature line with the person's name and role under it.
void signature(const Canvas& canvas, qreal x, qreal y, const QString& name, const QString& role)
{
    constexpr qreal Width = SignatureWidth;
    canvas.line(x, y, x + Width, y, Muted, 0.25);
    canvas.draw(x, y + 1.5, Width, 5.5, font(10, true), Ink, canvas.elided(name, font(10, true), Width),
                Qt::AlignHCenter);
    canvas.draw(x, y + 7, Width, 4.5, font(8), Muted, role, Qt::AlignHCenter);
}

} // namespace

qreal CertificatePdf::body(const Canvas& canvas, qreal y, const Certificate& certificate)
{
    const qreal top = y;
    const auto centred = [&](const QFont& font, const QColor& colour, const QString& text, int lines = 1) {
        y += canvas.text(TextLeft, y, TextWidth, font, colour, text, lines, Qt::AlignHCenter);
    };
    centred(font(12, true), Accent, certificate.organisation);
    y += 3;
    centred(font(30, true), Ink, tr("Certificate of Graduation"));
    y += 3;
    canvas.line(PageWidth / 2 - 20, y, PageWidth / 2 + 20, y, Accent, 0.6);
    y += 7;
    centred(font(11), Muted, tr("This certifies that"));
    y += 2;
    centred(fitted(canvas, certificate.name, TextWidth, 32, 14), Ink, certificate.name);
    y += 5;
    centred(font(11), Ink,
            tr("graduated on %1, having completed these courses, with every Practice observed with real "
               "customers "
               "and signed off by a mentor:")
                .arg(longDate(certificate.graduatedAt)),
            2);
    for (const CertificateCourse& course : certificate.courses) {
        y += 5;
        centred(font(12.5, true), Accent, course.title);
        centred(font(9), Muted,
                tr("completed %1  ·  signed off %2")
                    .arg(longDate(course.completedAt), longDate(course.signedOffAt)));
    }
    return y - top;
}

void CertificatePdf::verification(const Canvas& canvas, const Certificate& certificate,
                                  const std::optional<QrCode>& qr)
{
    constexpr qreal Width = 54;
    constexpr qreal Y = SignaturesY - 12;
    const qreal x = CodeX;
    canvas.fill(x, Y, Width, 24, Tint);
    canvas.draw(x, Y + 2, Width, 4, font(7), Muted, tr("Verification code"), Qt::AlignHCenter);
    canvas.draw(x, Y + 6.5, Width, 8, font(15, true), Accent, certificate.code, Qt::AlignHCenter);
    canvas.draw(x, Y + 16, Width, 4, font(6.5), Muted,
                QStringLiteral("careu verify %1").arg(certificate.code), Qt::AlignHCenter);
    const QString fingerprint = certificate.fingerprint.isEmpty() ? tr("none") : certificate.fingerprint;
    const QString howToCheck =
        qr ? tr("Every sign-off behind this certificate is signed by the mentor who made it and kept in %1's "
                "records, where no one can change or remove one without it showing. Anyone can check it "
                "without those records: run \"careu verify --org %3\" on this PDF, or on the text its QR "
                "code reads. On %1's database, \"careu verify %2\" also says whether the sign-offs behind "
                "it still stand.")
           : tr("Every sign-off behind this certificate is signed by the mentor who made it and kept in %1's "
                "records, where no one can change or remove one without it showing. To check this "
                "certificate, run \"careu verify %2\" on %1's database: it says whose certificate it is "
                "and whether the sign-offs behind it still stand; \"careu check --org %3\" confirms the "
                "database is %1's own.");
    canvas.text(TextLeft, 184, (qr ? QrX - 5 : PageWidth - TextLeft) - TextLeft, font(6.5), Muted,
                howToCheck.arg(certificate.organisation, certificate.code, fingerprint), 3, Qt::AlignHCenter);
    if (qr) {
        // Dark squares on a white field with a quiet zone of four modules, as the standard asks.
        constexpr int QuietZone = 4;
        const qreal module = QrSide / (qr->size() + 2 * QuietZone);
        canvas.fill(QrX, QrY, QrSide, QrSide, Qt::white);
        for (int row = 0; row < qr->size(); ++row) {
            for (int column = 0; column < qr->size(); ++column) {
                if (qr->dark(column, row))
                    canvas.fill(QrX + (QuietZone + column) * module, QrY + (QuietZone + row) * module, module,
                                module, Qt::black);
            }
        }
    }
    if (!certificate.unverified.isEmpty())
        canvas.text(TextLeft, 15, TextWidth, font(7, true), Warning, certificate.unverified, 2,
                    Qt::AlignHCenter);
}

QRectF CertificatePdf::qrArea()
{
    return {QrX, QrY, QrSide, QrSide};
}

QByteArray CertificatePdf::metadata(const Certificate& certificate)
{
    const auto escaped = [](const QString& text) { return text.toHtmlEscaped().toUtf8(); };
    return QByteArrayLiteral("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                             "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                             "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                             "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                             "xmlns:careu=\"https://careuniversity.org/ns/certificate/1.0/\">\n"
                             "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">") +
           escaped(tr("Certificate of graduation: %1").arg(certificate.name)) +
           QByteArrayLiteral("</rdf:li></rdf:Alt></dc:title>\n<careu:statement>") +
           escaped(certificate.statement) +
           QByteArrayLiteral("</careu:statement>\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
                             "<?xpacket end=\"w\"?>");
}

bool CertificatePdf::write(const Certificate& certificate, QIODevice* out, QString* error)
{
    if (!canPaint(error))
        return false;
    std::optional<QrCode> qr;
    if (!certificate.statement.isEmpty()) {
        qr = QrCode::encode(certificate.statement, error);
        if (!qr)
            return false;
    }
    const auto writer =
        pdfWriter(out, QPageLayout::Landscape, tr("Certificate of graduation: %1").arg(certificate.name));
    if (qr)
        writer->setDocumentXmpMetadata(metadata(certificate));
    QPainter painter;
    if (!painter.begin(writer.get())) {
        *error = tr("the PDF could not be started");
        return false;
    }
    const Canvas canvas(*writer, &painter);
    canvas.frame(10, 10, PageWidth - 20, PageHeight - 20, Accent, 1.2);
    canvas.frame(13, 13, PageWidth - 26, PageHeight - 26, Accent, 0.3);
    // The text centred in the space above the signatures, measured first.
    constexpr qreal Top = 22;
    constexpr qreal Bottom = SignaturesY - 16;
    const qreal height = body(Canvas(*writer, nullptr), Top, certificate);
    body(canvas, Top + std::max(0.0, (Bottom - Top - height) / 2), certificate);
    const QString none(QChar(0x2013));
    signature(canvas, 24, SignaturesY, certificate.mentor.isEmpty() ? none : certificate.mentor,
              tr("Mentor"));
    signature(canvas, 24 + SignatureWidth + 6, SignaturesY,
              certificate.coach.isEmpty() ? none : certificate.coach, tr("Coach"));
    verification(canvas, certificate, qr);
    return painter.end();
}

} // namespace careu::print
