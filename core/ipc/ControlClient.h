#pragma once

#include "ControlProtocol.h"

namespace recbar {

// `recbar ctl`'s side: one request, one answer. It blocks, which is right for a command-line
// tool with no window; the bar itself never uses it.
class ControlClient
{
public:
    enum class Outcome { Answered, NotRunning, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        control::Response response;
        QString error;
    };

    static Result send(const QString &socketName, const control::Request &request,
                       int timeoutMs = 30'000);
};

} // namespace recbar
