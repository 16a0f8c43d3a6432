#pragma once

#include "domain/AgentSnapshot.h"
#include "domain/Result.h"
#include "team/TeamBoard.h"

#include <QJsonArray>
#include <QJsonObject>

namespace recbar::control {

// `recbar ctl` and the running bar talk over a local socket scoped to the user: one JSON object
// per line each way. Only a fixed list of requests is understood, and none that destroys a
// recording (delete, restart need the agent's confirmation in the bar).

inline constexpr int kVersion = 1;
inline constexpr qsizetype kMaxLine = 16 * 1024;
// A status answer with its call data; diagnostics are smaller.
inline constexpr qsizetype kMaxResponse = 256 * 1024;

// The requests that are the bar's own rather than commands to the server.
namespace word {
inline constexpr QLatin1String kStatus("status");
inline constexpr QLatin1String kDiagnostics("diagnostics");
inline constexpr QLatin1String kShow("show");
inline constexpr QLatin1String kLibrary("library");
inline constexpr QLatin1String kTeam("team"); // the supervisor's board, and acting on one agent
} // namespace word

// What `recbar ctl team start|resume AGENT` asks of the board.
inline constexpr QLatin1String kTeamStart("start");
inline constexpr QLatin1String kTeamResume("resume");
inline constexpr QLatin1String kTeamShow("show"); // opens the team window; names no agent

struct Request
{
    QString command; // one of word's, or a command's name: "start", "pause", "metadata", ...
    MetadataPairs metadata;
    QString origin = CommandOrigin::kCtl; // or kUrl: where the audit log says it came from
    // team only: kTeamStart or kTeamResume and the agent's id, kTeamShow; empty: the board itself.
    QString teamAction;
    QString agent;
};

struct Response
{
    bool ok = false;
    QString message;
    QJsonObject status;
};

QStringList allowedCommands();
Result<Request> parseRequest(const QByteArray &line);
QByteArray formatRequest(const Request &request);
Result<Response> parseResponse(const QByteArray &line);
QByteArray formatResponse(const Response &response);

// KEY=VALUE arguments of `recbar ctl metadata`.
Result<MetadataPairs> parseMetadataArguments(const QStringList &arguments);

QJsonObject snapshotJson(const AgentSnapshot &snapshot);
// `recbar ctl team --json`: one object per agent (id, name, extension, call, since,
// remoteNumber, recording, recordingBasis, pausedSince, gone, concerns, failure).
QJsonArray teamJson(const QList<TeamMember> &members);

// Where the socket lives: in the user's private runtime directory where there is one, else in a
// folder of the user's own (0700, checked); on Windows a pipe name unique to the user.
// RECBAR_CONTROL_SOCKET overrides it (tests). Its path, or why there is none that is safe.
Result<QString> socketName();

} // namespace recbar::control
