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
    void setWhyNot(CommandKind kind, const QString &reason) { m_whyNot.insert(kind, reason); }

    bool operator==(const Capabilities &other) const
    {
        return m_supported == other.m_supported && m_whyNot == other.m_whyNot;
    }

private:
    QList<CommandKind> m_supported;
    QMap<CommandKind, QString> m_whyNot;
};

} // namespace recbar
