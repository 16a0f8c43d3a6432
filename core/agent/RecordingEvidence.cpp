#include "RecordingEvidence.h"

#include <QLocale>

namespace recbar {

namespace {

bool known(std::optional<RecordingState> state)
{
    return state && *state != RecordingState::Unknown;
}

} // namespace

bool RecordingEvidence::follow(const ObservedState &o)
{
    if (o.callId == m_forCall.callId)
        return false;
    m_forCall = {
        o.callId, o.call == CallState::None ? RecordingState::Off : RecordingState::Unknown, {}};
    return true;
}

void RecordingEvidence::observe(const ObservedState &o, AgentSnapshot &s, const QDateTime &now)
{
    // A source of another kind reports (if anything) another recorder's recordings.
    m_seen = m_fromControl ? std::nullopt : o.recording;
    m_seenNote = m_fromControl ? QString() : o.recordingNote;
    m_blackoutSeen = !m_fromControl && o.blackout.has_value();
    if (m_blackoutSeen) {
        if (*o.blackout && !s.blackout)
            s.blackoutSince = now;
        s.blackout = *o.blackout;
        m_blackoutBasis.clear();
    }
    if (s.onCall() && known(m_seen)) {
        // The status shows it: that is what this call's state is now.
        m_forCall.recording = *m_seen;
        m_forCall.basis.clear();
        m_forCall.fromStatus = true;
    } else if (m_seen == RecordingState::Unknown && o.call == CallState::Talking &&
               m_forCall.fromStatus) {
        // The status said it and, the call going on, no longer can (Finesse stops offering the
        // start once someone else, a supervisor, started the recording): what it said stands
        // no more.
        m_forCall.recording = RecordingState::Unknown;
        m_forCall.fromStatus = false;
    }
    show(s, now);
}

void RecordingEvidence::settle(CommandKind kind, RecordingEffect effect, AgentSnapshot &s,
                               const QDateTime &now)
{
    const QString at = QLocale().toString(now.toLocalTime().time(), QLocale::ShortFormat);
    const QString basis =
        tr("Confirmed by the server's answer to “%1” at %2; its status does not show this")
            .arg(CommandText::label(kind), at);
    const bool pauseOrResume = kind == CommandKind::Pause || kind == CommandKind::Resume;
    if (pauseOrResume && s.capabilities.pauseIsBlackout() && !m_fromControl && !m_blackoutSeen) {
        const bool pause = kind == CommandKind::Pause;
        if (pause && !s.blackout)
            s.blackoutSince = now;
        s.blackout = pause;
        m_blackoutBasis = pause ? basis : QString();
    }
    if (effect != RecordingEffect::Unchanged && s.onCall()) {
        m_forCall.callId = s.callId;
        m_forCall.recording = recordingAfter(effect, s.recording);
        m_forCall.basis = basis;
        m_forCall.fromStatus = false;
    }
    show(s, now);
}

void RecordingEvidence::refuted(RecordingEffect effect, AgentSnapshot &s)
{
    if (!s.onCall())
        return;
    m_forCall.recording = recordingAfter(effect, m_forCall.recording);
    m_forCall.basis.clear();
    if (!known(m_seen)) {
        s.recording = m_forCall.recording;
        s.recordingBasis.clear();
    }
}

void RecordingEvidence::show(AgentSnapshot &s, const QDateTime &now) const
{
    if (!s.onCall()) {
        s.recording = RecordingState::Off;
        s.recordingBasis.clear();
    } else if (known(m_seen)) {
        s.recording = *m_seen;
        s.recordingBasis.clear();
    } else {
        s.recording = m_forCall.recording;
        s.recordingBasis = m_forCall.basis;
        if (s.recording == RecordingState::Unknown)
            s.recordingBasis =
                !m_seenNote.isEmpty()
                    ? m_seenNote
                    : tr("This server does not report whether the call is recorded; RecBar "
                         "shows what the answers to your commands say");
    }
    if (m_fromControl) {
        // The control's pause is the only one there is.
        const bool paused = s.recording == RecordingState::Paused;
        if (paused && !s.blackout)
            s.blackoutSince = now;
        s.blackout = paused;
    }
    if (!s.blackout)
        s.blackoutSince = {};
    // A blackout the server's status cannot show (the documents show only "Recording") still
    // pauses the recording of this call.
    if (s.blackout && s.recording == RecordingState::Recording && !m_blackoutSeen) {
        s.recording = RecordingState::Paused;
        if (s.recordingBasis.isEmpty())
            s.recordingBasis = m_blackoutBasis;
    }
}

} // namespace recbar
