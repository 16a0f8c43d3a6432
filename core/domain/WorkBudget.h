#pragma once

#include <QElapsedTimer>

#include <chrono>

namespace recbar {

// A share of the GUI thread's time for one kind of work that can come in floods: at most
// `allowance` of it in each `window` (a display frame), so that whatever else waits in the
// event loop (a `recbar ctl status`, a click, a paint) is served within a frame or two. Work
// beyond it is put off or given up by the caller, who knows which is right.
class WorkBudget
{
public:
    WorkBudget(std::chrono::nanoseconds window, std::chrono::nanoseconds allowance)
        : m_window(window.count())
        , m_allowance(allowance.count())
    {}

    bool exhausted()
    {
        if (!m_clock.isValid() || m_clock.nsecsElapsed() >= m_window) {
            m_clock.start();
            m_spent = 0;
        }
        return m_spent >= m_allowance;
    }
    void spend(std::chrono::nanoseconds took) { m_spent += took.count(); }

private:
    qint64 m_window;
    qint64 m_allowance;
    qint64 m_spent = 0;
    QElapsedTimer m_clock;
};

} // namespace recbar
