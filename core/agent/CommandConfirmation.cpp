#include "CommandConfirmation.h"

namespace recbar {

namespace {

bool recordingOn(std::optional<RecordingState> state)
{
    return state == RecordingState::Recording || state == RecordingState::Paused;
}

bool known(std::optional<RecordingState> state)
{
    return state && *state != RecordingState::Unknown;
}

} // namespace

void CommandConfirmation::asked(const RecordingSight &sight)
{
    *this = CommandConfirmation();
    m_asked = sight;
}

void CommandConfirmation::accepted(const ControlResult &result)
{
    m_effect = result.recording;
    m_provisional = result.provisional;
    m_requestId = result.requestId;
    m_note = result.note;
}

CommandConfirmation::Verdict CommandConfirmation::verify(const Command &command,
                                                         const ObservedState &o,
                                                         std::optional<RecordingState> seen,
                                                         const RecordingControl &control) const
{
    const auto when = [](bool condition) {
        return condition ? Verdict::Confirmed : Verdict::NotYet;
    };
    // The status cannot tell: a server's "done" stands; an "accepted" waits for the change its
    // kind says shows the outcome.
    const auto unseen = [&] {
        if (!m_provisional || control.settles(m_asked, {seen, o.call}))
            return Verdict::ByAnswer;
        return Verdict::NotYet;
    };
    switch (command.kind) {
    case CommandKind::Start:
    case CommandKind::StartSegment:
    case CommandKind::Restart:
        if (o.call == CallState::None)
            return Verdict::Contradicted;
        if (known(seen))
            return when(recordingOn(seen));
        return unseen();
    case CommandKind::Stop:
    case CommandKind::StopSegment:
    case CommandKind::Delete:
    case CommandKind::Logout:
        if (o.call == CallState::None || seen == RecordingState::Off)
            return Verdict::Confirmed;
        if (known(seen))
            return Verdict::NotYet;
        return unseen();
    case CommandKind::Pause:
        if (o.blackout)
            return when(*o.blackout);
        return seen == RecordingState::Paused ? Verdict::Confirmed : unseen();
    case CommandKind::Resume:
        // "Recording" from a status that never shows a blackout proves nothing about one.
        if (o.blackout)
            return when(!*o.blackout);
        return unseen();
    case CommandKind::Metadata:
        if (o.call == CallState::None)
            return Verdict::Contradicted;
        for (const auto &[name, value] : command.metadata) {
            // The state names call data as the profile does ("account"), whatever key the
            // command used for it ("user1").
            const QString key = control.callDataName(name);
            if (value.isEmpty() ? o.metadata.contains(key) : o.metadata.value(key) != value)
                return Verdict::NotYet;
        }
        return Verdict::Confirmed;
    case CommandKind::StartDuplicate:
        return when(o.duplicateRecording);
    case CommandKind::StopDuplicate:
        return when(!o.duplicateRecording);
    case CommandKind::StartScreen:
        return when(o.screenRecording);
    case CommandKind::StopScreen:
        return when(!o.screenRecording);
    case CommandKind::Tag:
    case CommandKind::Login:
        return Verdict::ByAnswer; // nothing a status read shows: the server's yes stands
    }
    return Verdict::NotYet;
}

} // namespace recbar
