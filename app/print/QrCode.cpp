#include "QrCode.h"

#include <qrencode.h>

namespace careu::print {

std::optional<QrCode> QrCode::encode(const QString& text, QString* error)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        *error = tr("the text is too long for a QR code (%1 bytes)").arg(utf8.size());
        return std::nullopt;
    }
    const int size = code->width;
    QBitArray modules(size * size);
    for (int i = 0; i < size * size; ++i)
        modules.setBit(i, code->data[i] & 1); // the lowest bit: dark
    const int version = code->version;
    QRcode_free(code);
    return QrCode(version, size, modules);
}

} // namespace careu::print
