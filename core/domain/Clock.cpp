#include "Clock.h"

namespace recbar {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }

private:
    void arm(ClockTimer *timer, qint64 dueMs) override
    {
        qtimer(timer).start(int(std::clamp<qint64>(dueMs - QDateTime::currentMSecsSinceEpoch(), 0,
                                                   std::numeric_limits<int>::max())));
    }
    void disarm(ClockTimer *timer) override { qtimer(timer).stop(); }
};

void Clock::fire(ClockTimer *timer)
{
    timer->fire();
}

QTimer &Clock::qtimer(ClockTimer *timer)
{
    return timer->m_timer;
}

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

ClockTimer::ClockTimer(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClockTimer::fire);
}

ClockTimer::~ClockTimer()
{
    if (isActive())
        m_clock.disarm(this);
}

void ClockTimer::start(std::chrono::milliseconds interval)
{
    m_dueMs = m_clock.now().toMSecsSinceEpoch() + std::max<qint64>(0, interval.count());
    m_clock.arm(this, m_dueMs);
}

void ClockTimer::stop()
{
    if (!isActive())
        return;
    m_dueMs = -1;
    m_clock.disarm(this);
}

std::chrono::milliseconds ClockTimer::remainingTime() const
{
    return std::chrono::milliseconds(
        isActive() ? std::max<qint64>(0, m_dueMs - m_clock.now().toMSecsSinceEpoch()) : -1);
}

void ClockTimer::fire()
{
    m_dueMs = -1;
    emit timeout();
}

} // namespace recbar
