#include "RolePlayText.h"

#include "content/Content.h"

#include <QCoreApplication>

namespace careu::ui {

namespace {
// lupdate files these tr() calls under the namespace: the same context is looked up here.
QString tr(const char* text)
{
    return QCoreApplication::translate("careu::ui", text);
}
} // namespace

QString pointsText(const Course& course, const PillarScores& points)
{
    QStringList parts;
    for (const Pillar& pillar : course.pillars) {
        const int value = points.value(pillar.id);
        if (value != 0)
            parts.append(QStringLiteral("%1%2 %3")
                             .arg(value > 0 ? QStringLiteral("+") : QStringLiteral("−"))
                             .arg(std::abs(value))
                             .arg(pillar.title));
    }
    return parts.isEmpty() ? tr("no points either way") : parts.join(QStringLiteral(" · "));
}

QString endingKindName(const QString& kind)
{
    if (kind == QLatin1String("best"))
        return tr("the best ending");
    if (kind == QLatin1String("good"))
        return tr("a good ending");
    if (kind == QLatin1String("average"))
        return tr("an average ending");
    if (kind == QLatin1String("recovery"))
        return tr("a recovery");
    return tr("a poor ending");
}

} // namespace careu::ui
