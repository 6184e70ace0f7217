#include "ChoiceOrder.h"

#include <QCryptographicHash>
#include <algorithm>

namespace careu {

QStringList ChoiceOrder::of(const QString& learnerUid, const QString& courseId, const QString& lessonId,
                            const Question& question)
{
    // Ids hold only lowercase letters, digits and dashes, so "/" keeps the parts apart.
    const QString seed = QStringList{learnerUid, courseId, lessonId, question.id}.join(QLatin1Char('/'));
    QVector<std::pair<QByteArray, QString>> keyed;
    for (const Choice& choice : question.choices)
        keyed.append({QCryptographicHash::hash((seed + QLatin1Char('/') + choice.id).toUtf8(),
                                               QCryptographicHash::Sha256),
                      choice.id});
    std::sort(keyed.begin(), keyed.end());
    QStringList ids;
    for (const auto& each : std::as_const(keyed))
        ids.append(each.second);
    return ids;
}

} // namespace careu
