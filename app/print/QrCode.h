#pragma once

#include <QBitArray>
#include <QCoreApplication>
#include <optional>

namespace careu::print {

// A QR code's modules (libqrencode; Qt has no encoder), to be drawn as squares.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    // The smallest symbol that holds text at error correction level M (15% may be damaged);
    // nothing, with why, when it is too long for any.
    static std::optional<QrCode> encode(const QString& text, QString* error);

    int version() const { return m_version; }
    int size() const { return m_size; } // modules on a side, without the quiet zone
    bool dark(int x, int y) const { return m_modules.testBit(y * m_size + x); }

private:
    QrCode(int version, int size, QBitArray modules)
        : m_version(version), m_size(size), m_modules(std::move(modules))
    {
    }

    int m_version;
    int m_size;
    QBitArray m_modules;
};

} // namespace careu::print
