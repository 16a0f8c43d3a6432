#pragma once

#include "servers/ServerKind.h"

namespace recbar {

// A command from the moment it is asked for until a state shows it done: what the source showed
// when it was asked, what the server answered, and whether a state read or pushed since proves
// it, cannot yet, or contradicts it.
class CommandConfirmation
{
public:
    enum class Verdict {
        Confirmed,    // the state shows it
        ByAnswer,     // no state can show it: the server's "done" stands
        NotYet,       // not shown yet
        Contradicted, // it can no longer happen (the call ended)
    };

    // Asked for now, the source showing `sight`.
    void asked(const RecordingSight &sight);
    void accepted(const ControlResult &result);

    // `seen`: what the source shows of the recording now.
    Verdict verify(const Command &command, const ObservedState &observed,
                   std::optional<RecordingState> seen, const RecordingControl &control) const;
    // What the command did to the recording, where no state shows it.
    RecordingEffect effect(CommandKind kind) const
    {
        return m_effect.value_or(documentedEffect(kind));
    }
    bool provisional() const { return m_provisional; }
    const QString &requestId() const { return m_requestId; }
    const QString &note() const { return m_note; }

private:
    RecordingSight m_asked;
    std::optional<RecordingEffect> m_effect;
    bool m_provisional = false;
    QString m_requestId; // the server's name for it, once accepted
    QString m_note;      // a harmless "no change" the server said
};

} // namespace recbar
