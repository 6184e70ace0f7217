#include "Clock.h"

#include <algorithm>

namespace careu {

namespace {
class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QString toStoredTime(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    // What toStoredTime writes, "2026-11-26T09:30:00.250Z", read directly: a report reads
    // hundreds of thousands, and the general ISO parser took a tenth of its time.
    const auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const int digit = text.at(i).unicode() - '0';
            if (digit < 0 || digit > 9)
                return -1;
            value = value * 10 + digit;
        }
        return value;
    };
    if (text.size() == 24 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-') &&
        text.at(10) == QLatin1Char('T') && text.at(13) == QLatin1Char(':') &&
        text.at(16) == QLatin1Char(':') && text.at(19) == QLatin1Char('.') &&
        text.at(23) == QLatin1Char('Z')) {
        const int parts[] = {digits(0, 4),  digits(5, 2),  digits(8, 2), digits(11, 2),
                             digits(14, 2), digits(17, 2), digits(20, 3)};
        const QDate date(parts[0], parts[1], parts[2]);
        const QTime time(parts[3], parts[4], parts[5], parts[6]);
        if (std::all_of(std::begin(parts), std::end(parts), [](int part) { return part >= 0; }) &&
            date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace careu
