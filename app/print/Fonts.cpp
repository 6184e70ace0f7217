#include "Fonts.h"

#include <QFontDatabase>
#include <QLoggingCategory>

namespace careu::print {

namespace {

Q_LOGGING_CATEGORY(lcFonts, "careu.print.fonts")

QString bundledFamily()
{
    static const QString family = [] {
        QString name;
        for (const char* file : {":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QLatin1String(file));
            if (id < 0)
                qCWarning(lcFonts) << "the bundled font" << file << "could not be loaded";
            else if (name.isEmpty())
                name = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return name.isEmpty() ? QStringLiteral("DejaVu Sans") : name;
    }();
    return family;
}

} // namespace

QFont font(qreal pointSize, bool bold)
{
    QFont font(bundledFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Hinting is for screens; a PDF scales, and unhinted metrics are the same everywhere.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: text copied or extracted from the PDF reads "fi", not "ﬁ".
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace careu::print
