#pragma once

#include "domain/Result.h"
#include "servers/ServerKind.h"

#include <QTimeZone>

namespace recbar::recordingapi {

// Every wire detail of the JSON Recording API lives here. What each detail rests on (the
// vendor's page, or an assumption, and what the bar does if it is wrong) is in
// docs/protocols/recording-api.md.

struct AgentRef
{
    QString identifier; // Id, Phone, SystemUsername, CrmUsername or Username
    QString value;
};

inline const QStringList kIdentifierKinds = {
    QStringLiteral("Id"), QStringLiteral("Phone"), QStringLiteral("SystemUsername"),
    QStringLiteral("CrmUsername"), QStringLiteral("Username")};

// The Metadata keys the vendor documents; an agent's call data goes out under one of these.
const QStringList &documentedMetadataKeys();

// The profile's map from the names agents type ("account") to documented keys ("user1").
class CallDataKeys
{
public:
    // "account=user1, customer=user2"; an error in words when it names an undocumented key.
    static Result<CallDataKeys> parse(const QString &text);
    // The documented key for an agent's name: itself when it is one, else the map's.
    std::optional<QString> toServer(const QString &name) const;
    // The agent's name for a documented key.
    QString fromServer(const QString &key) const;
    QStringList names() const { return m_toServer.keys(); }
    // What an agent is offered: the profile's names with their keys, or (no map) the
    // documented user keys themselves.
    QList<Capabilities::CallDataField> fields() const;

private:
    QMap<QString, QString> m_toServer;
    QStringList m_order; // the names as the administrator listed them
};

QString statusPath(const AgentRef &agent);

struct Request
{
    QString path;
    QByteArray body;
};
Request commandRequest(const Command &command, const AgentRef &agent,
                       const CallDataKeys &keys = {});

struct StatusOptions
{
    // The documents give starttime without a zone: it is the server's (local unless set).
    QTimeZone serverZone = QTimeZone::systemTimeZone();
    CallDataKeys keys;
    // The documents show only RecordingState "Recording". Once a server has shown "Paused",
    // its "Recording" means "no blackout"; until then it says nothing about one.
    bool serverShowsBlackout = false;
};

struct Status
{
    ObservedState state;
    // Values the documents do not list, as "CallState \"Conferenced\"": that field is unknown.
    QStringList unknownValues;
    bool showedBlackout = false; // a recording said "Paused"
};

// Reads GET /api/Agent; a message saying what is wrong when the answer is not a status.
Result<Status> parseStatus(const QByteArray &json, const StatusOptions &options = {});
// One agent's status object, as GET /api/Agent and each entry of GET /api/Agent/GetAll give it.
Result<Status> parseAgent(const QJsonObject &agent, const StatusOptions &options = {});

// An entry of the agent list: the agent's id (AgentId) and status, or what is wrong with it.
struct ListedAgent
{
    QString id;
    Status status;
    QString problem; // not empty: the entry could not be read; the others still are
};
// More than any contact center's tracker holds; a longer list is refused whole.
inline constexpr qsizetype kMaxListedAgents = 10'000;
// Reads GET /api/Agent/GetAll ("a list of all agents and their statuses"); a message saying what
// is wrong when the answer is not a list.
Result<QList<ListedAgent>> parseAgentList(const QByteArray &json,
                                          const StatusOptions &options = {});

// The {"Message": "..."} of an error answer, or the start of the body.
QString errorMessage(const QByteArray &body);

Capabilities capabilities();

} // namespace recbar::recordingapi
