#pragma once

#include "Command.h"

#include <QMap>

namespace recbar {

// What the active recording control can do, and why it cannot do the rest.
class Capabilities
{
public:
    Capabilities() = default;
    explicit Capabilities(QList<CommandKind> supported)
        : m_supported(std::move(supported))
    {}

    bool supports(CommandKind kind) const { return m_supported.contains(kind); }
    QList<CommandKind> supported() const { return m_supported; }
    // The reason shown for a command this server kind (or its mode) cannot do.
    QString whyNot(CommandKind kind) const;
    // Taken away by the server's mode or the profile's settings (listed, with the reason), as
    // opposed to never part of this kind (not listed at all).
    bool wasRemoved(CommandKind kind) const { return m_removed.contains(kind); }
    void setWhyNot(CommandKind kind, const QString &reason) { m_whyNot.insert(kind, reason); }
    // Takes a command away (a mode of the server that cannot do it), saying why.
    void remove(CommandKind kind, const QString &reason)
    {
        m_supported.removeAll(kind);
        m_whyNot.insert(kind, reason);
        if (!m_removed.contains(kind))
            m_removed.append(kind);
    }
    // Call data may go to the call that just ended (QM's "last call").
    bool metadataAfterCall() const { return m_metadataAfterCall; }
    void setMetadataAfterCall(bool on) { m_metadataAfterCall = on; }
    // Pause and Resume turn the agent's blackout on and off (the Recording API's), not only the
    // recording of the call: a pause holds between calls.
    bool pauseIsBlackout() const { return m_pauseIsBlackout; }
    void setPauseIsBlackout(bool on) { m_pauseIsBlackout = on; }

    // The call data fields this server keeps, as the agent names them, each with the server's
    // own key (the Recording API: "account" kept under user1). Empty: any key (QM).
    struct CallDataField
    {
        QString name;
        QString serverKey;
        bool operator==(const CallDataField &other) const = default;
    };
    QList<CallDataField> callDataFields() const { return m_callDataFields; }
    void setCallDataFields(QList<CallDataField> fields) { m_callDataFields = std::move(fields); }

    bool operator==(const Capabilities &other) const = default;

private:
    QList<CommandKind> m_supported;
    QList<CommandKind> m_removed;
    bool m_metadataAfterCall = false;
    bool m_pauseIsBlackout = false;
    QMap<CommandKind, QString> m_whyNot;
    QList<CallDataField> m_callDataFields;
};

} // namespace recbar
