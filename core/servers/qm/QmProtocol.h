#pragma once

#include "servers/ServerKind.h"

#include <variant>

namespace recbar::qm {

// Every wire detail of QM Recording Controls lives here. The vendor's integration guide
// documents the commands, their fields and what each does to a recorded or unrecorded call; it
// documents no reply body and no authentication. What rests on the guide and what is assumed
// (with what the bar does when an assumption is wrong) is in docs/protocols/qm.md.

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
// The fields go in the guide's order: the call data (or the extension), then sender_id, then
// peripheral_id ("Add the HTTP Request data for the sender_id and the peripheral_id (in this
// order)").
Request request(const QString &command, const Identity &identity,
                const MetadataPairs &metadata = {});

// A command the server carried out (any 2xx): what it did to the recording follows the guide's
// command table (Table 2); a body, when there is one and it says more ("result": "none" for a
// documented no-op), refines it. No body, or one that is not JSON, is no failure.
ControlResult interpret(CommandKind kind, const QByteArray &body);
// The server's words for a refusal: a JSON "message", else a plain excerpt of the body.
QString errorMessage(const QByteArray &body);

struct Config
{
    bool desktop = false; // no serverHost: the recording applet takes the commands
};
// The user's configuration, from whatever JSON object the server returns (serverHost may sit
// at the top or inside it); nullopt when the body is no JSON object.
std::optional<Config> parseConfig(const QByteArray &json);

// What the guide says each recording type cannot do; gateway comes from the profile (no
// documented reply says it), desktop from config.
Capabilities capabilities(const std::optional<Config> &config, const Identity &identity,
                          bool gateway);

} // namespace recbar::qm
