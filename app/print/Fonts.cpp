#include "Fonts.h"

#include <QFontDatabase>
#include <QLoggingCategory>

namespace careu::print {

namespace {

Q_LOGGING_CATEGORY(lcFonts, "careu.print.fonts")

// The families of the bundled fonts: DejaVu Sans first, Droid Sans Fallback for the scripts it
// lacks (Chinese, Japanese, Korean), so that no name prints as empty boxes on a machine without them.
QStringList bundledFamilies()
{
    static const QStringList families = [] {
        QStringList names;
        for (const char* file :
             {":/fonts/DejaVuSans.ttf", ":/fonts/DejaVuSans-Bold.ttf", ":/fonts/DroidSansFallbackFull.ttf"}) {
            const int id = QFontDatabase::addApplicationFont(QLatin1String(file));
            const QString family = QFontDatabase::applicationFontFamilies(id).value(0);
            if (id < 0 || family.isEmpty())
                qCWarning(lcFonts) << "the bundled font" << file << "could not be loaded";
            else if (!names.contains(family))
                names.append(family);
        }
        return names.isEmpty() ? QStringList{QStringLiteral("DejaVu Sans")} : names;
    }();
    return families;
}

} // namespace

QFont font(qreal pointSize, bool bold)
{
    QFont font;
    font.setFamilies(bundledFamilies());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Hinting is for screens; a PDF scales, and unhinted metrics are the same everywhere.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: text copied or extracted from the PDF reads "fi", not "ﬁ".
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace careu::print
