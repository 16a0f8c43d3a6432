#pragma once

#include "domain/AgentSnapshot.h"
#include "servers/ServerKind.h"

#include <QCoreApplication>

namespace recbar {

// What the bar may say of the recording of the agent's call, and what that rests on: the status
// read's word where the source has one; else what the server's answers to commands established
// for this call (kept for that call only); else "unknown", with the reason. The agent's blackout
// too, where no status read shows it.
class RecordingEvidence
{
    Q_DECLARE_TR_FUNCTIONS(recbar::RecordingEvidence)

public:
    // `fromControl`: the call-state source cannot see the control's recordings (QM or Imagicle
    // with Finesse); the recording state is what the control's answers said.
    explicit RecordingEvidence(bool fromControl = false)
        : m_fromControl(fromControl)
    {}

    // The state names another call (or none): what commands established belonged to the last.
    // True when it changed.
    bool follow(const ObservedState &observed);
    // A status read or a push: the recording and blackout it shows, into `s`.
    void observe(const ObservedState &observed, AgentSnapshot &s, const QDateTime &now);
    // A command's effect no status read shows: what the server's answer (and the command's
    // documented effect) says it did.
    void settle(CommandKind kind, RecordingEffect effect, AgentSnapshot &s, const QDateTime &now);
    // A refusal that itself says what the bar believed was wrong (Imagicle's 409 for an id that
    // is not live).
    void refuted(RecordingEffect effect, AgentSnapshot &s);
    // What the source itself showed of the recording at the last read.
    RecordingSight sight(CallState call) const { return {m_seen, call}; }
    std::optional<RecordingState> seen() const { return m_seen; }

private:
    void show(AgentSnapshot &s, const QDateTime &now) const;

    // The recording state commands established for one call, where no status read shows it.
    struct ForCall
    {
        QString callId;
        RecordingState recording = RecordingState::Unknown;
        QString basis;
        bool fromStatus = false; // the status read said it, not a command's answer
    };

    bool m_fromControl;
    ForCall m_forCall;
    std::optional<RecordingState> m_seen; // nullopt: the source cannot see it
    QString m_seenNote;                   // why the source cannot tell, in its words
    bool m_blackoutSeen = false;          // the last read showed whether a blackout is on
    QString m_blackoutBasis;              // a blackout no status read shows: what it rests on
};

} // namespace recbar
