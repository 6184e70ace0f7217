#include "Clock.h"

#include <algorithm>
#include <optional>

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

namespace {
char16_t code(QStringView text, int i)
{
    return text.at(i).unicode();
}

char16_t code(QUtf8StringView text, int i)
{
    return static_cast<unsigned char>(text.at(i));
}

// What toStoredTime writes, "2026-11-26T09:30:00.250Z", read directly: a report reads
// hundreds of thousands, and the general ISO parser took a tenth of its time.
template <typename Text> std::optional<QDateTime> storedFormat(Text text)
{
    const auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const int digit = code(text, i) - '0';
            if (digit < 0 || digit > 9)
                return -1;
            value = value * 10 + digit;
        }
        return value;
    };
    if (text.size() != 24 || code(text, 4) != '-' || code(text, 7) != '-' || code(text, 10) != 'T' ||
        code(text, 13) != ':' || code(text, 16) != ':' || code(text, 19) != '.' || code(text, 23) != 'Z')
        return std::nullopt;
    const int parts[] = {digits(0, 4),  digits(5, 2),  digits(8, 2), digits(11, 2),
                         digits(14, 2), digits(17, 2), digits(20, 3)};
    const QDate date(parts[0], parts[1], parts[2]);
    const QTime time(parts[3], parts[4], parts[5], parts[6]);
    if (!std::all_of(std::begin(parts), std::end(parts), [](int part) { return part >= 0; }) ||
        !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}
} // namespace

QDateTime fromStoredTime(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (const std::optional<QDateTime> stored = storedFormat(QStringView(text)))
        return *stored;
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

QDateTime fromStoredTime(QUtf8StringView text)
{
    if (const std::optional<QDateTime> stored = storedFormat(text))
        return *stored;
    return fromStoredTime(text.toString());
}

} // namespace careu
