#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace recbar {

class ClockTimer;

// Time as the engine sees it: the wall clock in the app, a clock a test moves by hand
// (tests/support/ManualClock.h), so that nothing waits on the wall clock in a unit test.
class Clock
{
public:
    virtual ~Clock() = default;
    static Clock &system();

    virtual QDateTime now() const = 0;

protected:
    // What a clock does with the timers started on it.
    static void fire(ClockTimer *timer);
    static QTimer &qtimer(ClockTimer *timer);

private:
    friend class ClockTimer;
    // A timer started on this clock, due at `dueMs` on its own count (now() in ms since epoch).
    virtual void arm(ClockTimer *timer, qint64 dueMs) = 0;
    virtual void disarm(ClockTimer *timer) = 0;
};

// A single-shot timer on a Clock: QTimer's start/stop/isActive/remainingTime and timeout().
// On the system clock it is a QTimer (a child, so diagnostics count it).
class ClockTimer : public QObject
{
    Q_OBJECT

public:
    ClockTimer(Clock &clock, QObject *parent);
    ~ClockTimer() override;

    void start(std::chrono::milliseconds interval);
    void stop();
    bool isActive() const { return m_dueMs >= 0; }
    // Zero when due now; negative when not active.
    std::chrono::milliseconds remainingTime() const;

signals:
    void timeout();

private:
    friend class Clock;
    void fire();

    Clock &m_clock;
    QTimer m_timer{this};
    qint64 m_dueMs = -1;
};

} // namespace recbar
