#include "SimClock.h"

namespace recsim {

SimClock::SimClock(Mode mode, QDateTime manualStart, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    const QDateTime start = manualStart.isValid() ? manualStart : QDateTime::currentDateTimeUtc();
    // Whole seconds keep hand-written expectations in tests readable.
    m_manualMs = start.toMSecsSinceEpoch() / 1000 * 1000;
}

qint64 SimClock::nowMs() const
{
    return m_mode == Mode::Real ? QDateTime::currentMSecsSinceEpoch() : m_manualMs;
}

bool SimClock::advance(qint64 ms)
{
    if (m_mode != Mode::Manual || ms < 0)
        return false;
    m_manualMs += ms;
    emit advanced();
    return true;
}

} // namespace recsim
