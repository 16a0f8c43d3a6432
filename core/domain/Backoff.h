#pragma once

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>

namespace recbar {

// How long to wait before the next try after a failure: `initial`, then twice the last wait, up
// to the cap the caller gives each time (a connection lost during a call is tried again sooner
// than one lost while idle). A success resets it. With a `spread`, each wait moves at random by
// up to that fraction either way: a server that restarts is not retried by every client at once.
class Backoff
{
public:
    using Duration = std::chrono::milliseconds;

    explicit Backoff(Duration initial, double spread = 0)
        : m_initial(initial)
        , m_spread(spread)
    {}

    Duration next(Duration cap)
    {
        m_current = std::min(m_current.count() == 0 ? m_initial : m_current * 2, cap);
        if (m_spread <= 0)
            return m_current;
        const double factor =
            1 - m_spread + 2 * m_spread * QRandomGenerator::global()->generateDouble();
        return Duration(qint64(double(m_current.count()) * factor));
    }
    void reset() { m_current = Duration::zero(); }
    // Whether the tries since the last success have begun.
    bool backingOff() const { return m_current.count() > 0; }

private:
    Duration m_initial;
    double m_spread;
    Duration m_current = Duration::zero();
};

} // namespace recbar
