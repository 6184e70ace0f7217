#pragma once

#include <QDateTime>

namespace careu {

// Where "now" comes from. Everything that stamps or compares dates asks a Clock,
// so tests (and the demo seeder) can move time instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    static const Clock& system();
};

// A clock that stands still until told otherwise.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime when) { m_now = std::move(when); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// Timestamps are stored as ISO 8601 UTC text ("2026-11-25T17:37:33.250Z"): readable in any SQL shell
// and ordered correctly as strings.
QString toStoredTime(const QDateTime& when);
QDateTime fromStoredTime(const QString& text);
QDateTime fromStoredTime(QUtf8StringView text); // the same, from the stored bytes

} // namespace careu
