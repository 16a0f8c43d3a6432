#pragma once

#include "domain/AgentSnapshot.h"
#include "servers/ServerKind.h"

namespace recbar::CallView {

// What a state read or push says of the agent and the call, into the snapshot as the bar shows
// it: its text made safe to show (never reordered by what it carries), and the call's start as
// the server gave it, else as first seen. The recording is RecordingEvidence's.
void show(const ObservedState &observed, AgentSnapshot &s, const QDateTime &now);

} // namespace recbar::CallView
