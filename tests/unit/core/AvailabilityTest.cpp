#include "domain/Availability.h"

#include "CatchCompat.h"
#include "servers/recordingapi/RecordingApiProtocol.h"

using namespace recbar;

namespace {

AgentSnapshot connected(CallState call, RecordingState recording)
{
    AgentSnapshot s;
    s.connection = ConnectionState::Connected;
    s.call = call;
    s.recording = recording;
    s.capabilities = recordingapi::capabilities();
    return s;
}

bool allowed(CommandKind kind, const AgentSnapshot &s)
{
    return CommandAvailability::of(kind, s).allowed;
}

} // namespace

TEST_CASE("Commands follow the call and recording state", "[availability]")
{
    const auto idle = connected(CallState::None, RecordingState::Off);
    const auto ringing = connected(CallState::Ringing, RecordingState::Off);
    const auto talking = connected(CallState::Talking, RecordingState::Off);
    const auto recording = connected(CallState::Talking, RecordingState::Recording);
    auto paused = connected(CallState::Held, RecordingState::Paused);
    paused.blackout = true;

    CHECK_FALSE(allowed(CommandKind::Start, idle));
    CHECK_FALSE(allowed(CommandKind::Start, ringing));
    CHECK(allowed(CommandKind::Start, talking));
    CHECK_FALSE(allowed(CommandKind::Start, recording));
    CHECK(allowed(CommandKind::Stop, recording));
    CHECK(allowed(CommandKind::Stop, paused));
    CHECK_FALSE(allowed(CommandKind::Stop, talking));
    CHECK(allowed(CommandKind::Pause, recording));
    CHECK_FALSE(allowed(CommandKind::Pause, paused));
    CHECK_FALSE(allowed(CommandKind::Pause, idle));
    CHECK(allowed(CommandKind::Resume, paused));
    CHECK_FALSE(allowed(CommandKind::Resume, recording));
    CHECK(allowed(CommandKind::Metadata, recording));
    CHECK_FALSE(allowed(CommandKind::Metadata, talking));
    CHECK(allowed(CommandKind::StartDuplicate, recording));
    CHECK_FALSE(allowed(CommandKind::StopDuplicate, recording));
    CHECK(allowed(CommandKind::StartScreen, idle));

    // A secure pause between calls can be ended, and not started twice.
    auto pausedIdle = idle;
    pausedIdle.blackout = true;
    CHECK(allowed(CommandKind::Resume, pausedIdle));
    CHECK_FALSE(allowed(CommandKind::Pause, pausedIdle));
}

TEST_CASE("Every refusal says why", "[availability]")
{
    auto s = connected(CallState::Talking, RecordingState::Recording);
    s.connection = ConnectionState::Reconnecting;
    for (CommandKind kind : CommandText::all()) {
        const Availability a = CommandAvailability::of(kind, s);
        CHECK_FALSE(a.allowed);
        CHECK_FALSE(a.reason.isEmpty());
    }
    s.connection = ConnectionState::Connected;
    s.pending = PendingCommand{{1, CommandKind::Pause, {}, {}}, {}, false};
    const Availability busy = CommandAvailability::of(CommandKind::Stop, s);
    CHECK_FALSE(busy.allowed);
    CHECK(busy.reason.contains(QStringLiteral("Pausing")));
}

TEST_CASE("A command the server kind lacks is refused with the kind's reason", "[availability]")
{
    const auto s = connected(CallState::Talking, RecordingState::Recording);
    const Availability tag = CommandAvailability::of(CommandKind::Tag, s);
    CHECK_FALSE(tag.allowed);
    CHECK(tag.reason.contains(QStringLiteral("Recording API")));
}
