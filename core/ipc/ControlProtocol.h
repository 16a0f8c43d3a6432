#pragma once

#include "domain/AgentSnapshot.h"

#include <QJsonObject>

#include <variant>

namespace recbar::control {

// `recbar ctl` and the running bar talk over a local socket scoped to the user: one JSON object
// per line each way. Only a fixed list of requests is understood, and none that destroys a
// recording (delete, restart need the agent's confirmation in the bar).

inline constexpr int kVersion = 1;
inline constexpr qsizetype kMaxLine = 16 * 1024;

struct Request
{
    QString command; // "status", "diagnostics", "show", "library", or a command: "start", "pause",
                     // "metadata", ...
    MetadataPairs metadata;
    QString origin = QStringLiteral("ctl"); // "ctl" or "url": where the audit log says it came from
};

struct Response
{
    bool ok = false;
    QString message;
    QJsonObject status;
};

QStringList allowedCommands();
std::variant<Request, QString> parseRequest(const QByteArray &line);
QByteArray formatRequest(const Request &request);
std::variant<Response, QString> parseResponse(const QByteArray &line);
QByteArray formatResponse(const Response &response);

// KEY=VALUE arguments of `recbar ctl metadata`.
std::variant<MetadataPairs, QString> parseMetadataArguments(const QStringList &arguments);

QJsonObject snapshotJson(const AgentSnapshot &snapshot);

// The socket's name: in the user's private runtime directory where there is one, and never
// shared between users. RECBAR_CONTROL_SOCKET overrides it (tests).
QString socketName();

} // namespace recbar::control
