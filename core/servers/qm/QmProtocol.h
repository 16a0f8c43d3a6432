#pragma once

#include "servers/ServerKind.h"

#include <variant>

namespace recbar::qm {

// Every wire detail of QM Recording Controls (../shared/api/qm-recording-controls.md) lives
// here. The vendor's programmer's guide is not public; where the integration guide is silent
// this follows what recsim documents as assumed (sim/README.md).

struct Identity
{
    QString senderId;
    QString peripheralId;
    QString extension; // optional, except for login
};

struct Request
{
    QString path;
    QByteArray body; // JSON, sent as text/json like Finesse's HTTP action
};

// The wire name of a command, or empty when QM has no such command.
QString commandName(CommandKind kind);
Request request(const QString &command, const Identity &identity,
                const MetadataPairs &metadata = {});

struct Reply
{
    QString result; // "started", "paused", "none", ...
    QString callId;
    QString target;      // metadata and tag: "active" or "last"
    QStringList ignored; // metadata keys the administrator has not defined
};
std::variant<Reply, QString> parseReply(const QByteArray &json);
QString errorMessage(const QByteArray &body);

// What a reply's result says the recording is now, and a note for a harmless no-op.
ControlResult interpret(CommandKind kind, const Reply &reply);

struct Config
{
    bool gateway = false;
    bool desktop = false; // no serverHost: the recording applet takes the commands
    QString extension;
};
std::variant<Config, QString> parseConfig(const QByteArray &json);

Capabilities capabilities(const std::optional<Config> &config, const Identity &identity);

} // namespace recbar::qm
