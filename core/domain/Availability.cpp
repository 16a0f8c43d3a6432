#include "Availability.h"

namespace recbar {

namespace {

Availability yes()
{
    return {true, {}};
}

Availability no(const QString &reason)
{
    return {false, reason};
}

bool recording(const AgentSnapshot &s)
{
    return s.recording == RecordingState::Recording || s.recording == RecordingState::Paused;
}

} // namespace

Availability CommandAvailability::of(CommandKind kind, const AgentSnapshot &s)
{
    if (!s.capabilities.supports(kind))
        return no(s.capabilities.whyNot(kind));
    if (!s.isConnected())
        return no(tr("Not connected to the recording server"));
    if (s.pending)
        return no(
            tr("Waiting for the server: %1").arg(CommandText::progress(s.pending->command.kind)));

    // A call in a state the server's documents do not name: the server decides.
    const bool connectedCall =
        s.call == CallState::Talking || s.call == CallState::Held || s.call == CallState::Unknown;
    // Some servers do not report whether a call is recorded; then the server decides.
    const bool unknown = s.onCall() && s.recording == RecordingState::Unknown;
    switch (kind) {
    case CommandKind::Start:
        if (!s.onCall())
            return no(tr("There is no call to record"));
        if (!connectedCall)
            return no(tr("The call is not answered yet"));
        return recording(s) ? no(tr("The call is already being recorded")) : yes();
    case CommandKind::Stop:
        return recording(s) || unknown ? yes() : no(tr("The call is not being recorded"));
    case CommandKind::Pause:
        if (s.blackout || s.recording == RecordingState::Paused)
            return no(tr("The recording is already paused"));
        return s.onCall() ? yes() : no(tr("There is no call to pause"));
    case CommandKind::Resume:
        return s.blackout || s.recording == RecordingState::Paused || unknown
                   ? yes()
                   : no(tr("The recording is not paused"));
    case CommandKind::Metadata:
        if (s.capabilities.metadataAfterCall())
            return yes(); // the active call, or else the last one: the server knows which
        if (!s.onCall())
            return no(tr("There is no call to add data to"));
        return recording(s) ? yes() : no(tr("The call is not being recorded"));
    case CommandKind::StartDuplicate:
        if (!recording(s))
            return no(tr("A duplicate needs a call that is being recorded"));
        return s.duplicateRecording ? no(tr("A duplicate is already being recorded")) : yes();
    case CommandKind::StopDuplicate:
        return s.duplicateRecording ? yes() : no(tr("No duplicate is being recorded"));
    case CommandKind::StartScreen:
        return s.screenRecording ? no(tr("The screen is already being recorded")) : yes();
    case CommandKind::StopScreen:
        return s.screenRecording ? yes() : no(tr("The screen is not being recorded"));
    case CommandKind::Tag:
        return s.onCall() ? yes() : no(tr("There is no call to tag"));
    case CommandKind::Restart:
        return connectedCall ? yes() : no(tr("There is no answered call to record"));
    case CommandKind::Delete:
        if (!s.onCall())
            return no(tr("There is no call"));
        return recording(s) || unknown ? yes() : no(tr("The call is not being recorded"));
    case CommandKind::StartSegment:
        if (!connectedCall)
            return no(tr("There is no answered call to record"));
        return recording(s) ? no(tr("The call is already being recorded")) : yes();
    case CommandKind::StopSegment:
        return recording(s) || unknown ? yes() : no(tr("The call is not being recorded"));
    case CommandKind::Login:
    case CommandKind::Logout:
        return yes();
    }
    return no({});
}

} // namespace recbar
