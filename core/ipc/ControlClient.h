#pragma once

#include "ControlProtocol.h"
#include "domain/Timing.h"

namespace recbar {

// `recbar ctl`'s side: one request, one answer. It blocks, which is right for a command-line
// tool with no window; the bar itself never uses it.
class ControlClient
{
public:
    enum class Outcome { Answered, NotRunning, Failed };
    struct Reply
    {
        Outcome outcome = Outcome::Failed;
        control::Response response;
        QString error;
    };

    // Sends to the running bar at control::socketName(), once it has proved to run as this user.
    static Reply send(const control::Request &request,
                      std::chrono::milliseconds timeout = timing::kControlAnswer);
    // The same, at a socket path of the caller's (benchmarks with several bars).
    static Reply send(const QString &socketPath, const control::Request &request,
                      std::chrono::milliseconds timeout = timing::kControlAnswer);
};

} // namespace recbar
