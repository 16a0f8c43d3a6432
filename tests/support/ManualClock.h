#pragma once

#include "domain/Clock.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

// A clock that moves only when the test says: advance() fires the timers that fall due, in
// order, each at its own time, and lets the events they post run. Nothing sleeps.
class ManualClock final : public recbar::Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC))
        : m_nowMs(start.toMSecsSinceEpoch())
    {}

    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC); }

    // Moves the clock on, firing what falls due; events posted meanwhile are run too.
    void advance(std::chrono::milliseconds by)
    {
        const qint64 target = m_nowMs + by.count();
        settle();
        for (;;) {
            const auto next =
                std::min_element(m_armed.begin(), m_armed.end(),
                                 [](const auto &a, const auto &b) { return a.second < b.second; });
            if (next == m_armed.end() || next->second > target)
                break;
            m_nowMs = std::max(m_nowMs, next->second);
            recbar::ClockTimer *timer = next->first;
            m_armed.erase(next);
            fire(timer);
            settle();
        }
        m_nowMs = target;
        settle();
    }
    // Moves the clock to the next timer that is due, at most `limit` on, and fires it; false
    // when none falls due by then.
    bool advanceToNext(std::chrono::milliseconds limit = std::chrono::minutes(1))
    {
        settle();
        const auto next =
            std::min_element(m_armed.begin(), m_armed.end(),
                             [](const auto &a, const auto &b) { return a.second < b.second; });
        if (next == m_armed.end() || next->second > m_nowMs + limit.count())
            return false;
        advance(std::chrono::milliseconds(std::max<qint64>(0, next->second - m_nowMs)));
        return true;
    }
    // When the next timer falls due; none armed: nullopt.
    std::optional<QDateTime> nextDue() const
    {
        const auto next =
            std::min_element(m_armed.begin(), m_armed.end(),
                             [](const auto &a, const auto &b) { return a.second < b.second; });
        if (next == m_armed.end())
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(next->second, Qt::UTC);
    }
    // Runs what is posted now, without moving the clock.
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

private:
    void arm(recbar::ClockTimer *timer, qint64 dueMs) override
    {
        disarm(timer);
        m_armed.append({timer, dueMs});
    }
    void disarm(recbar::ClockTimer *timer) override
    {
        m_armed.removeIf([timer](const auto &armed) { return armed.first == timer; });
    }

    qint64 m_nowMs;
    QList<std::pair<recbar::ClockTimer *, qint64>> m_armed;
};
