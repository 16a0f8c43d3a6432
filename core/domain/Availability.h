#pragma once

#include "AgentSnapshot.h"

namespace recbar {

struct Availability
{
    bool allowed = false;
    QString reason; // why not, in words for the agent; empty when allowed
};

// Whether a command makes sense now, given the server kind's capabilities and the confirmed
// state; the UI and `recbar ctl` ask the same question, so they give the same answer.
class CommandAvailability
{
    Q_DECLARE_TR_FUNCTIONS(CommandAvailability)

public:
    static Availability of(CommandKind kind, const AgentSnapshot &snapshot);
};

} // namespace recbar
