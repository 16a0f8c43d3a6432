#pragma once

#include <QDateTime>
#include <QObject>

namespace recsim {

// The simulator's notion of "now". Real follows the wall clock; Manual stands still until a
// test advances it, so durations, blackouts and session expiry are exact and instant to test.
class SimClock : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Real, Manual };
    Q_ENUM(Mode)

    explicit SimClock(Mode mode, QDateTime manualStart = {}, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    qint64 nowMs() const;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()).toUTC(); }
    // Manual mode only; returns false in real mode.
    bool advance(qint64 ms);

signals:
    void advanced();

private:
    Mode m_mode;
    qint64 m_manualMs = 0;
};

} // namespace recsim
