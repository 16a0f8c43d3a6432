#pragma once

#include "servers/ServerKind.h"

#include <variant>

namespace recbar::recordingapi {

// Every wire detail of the JSON Recording API (../shared/api/recording-api.md) lives here:
// paths, bodies, field names, and what is assumed where the vendor documents are silent.

struct AgentRef
{
    QString identifier; // Id, Phone, SystemUsername, CrmUsername or Username
    QString value;
};

inline const QStringList kIdentifierKinds = {
    QStringLiteral("Id"), QStringLiteral("Phone"), QStringLiteral("SystemUsername"),
    QStringLiteral("CrmUsername"), QStringLiteral("Username")};

QString statusPath(const AgentRef &agent);

struct Request
{
    QString path;
    QByteArray body;
};
Request commandRequest(const Command &command, const AgentRef &agent);

// Reads GET /api/Agent; a message saying what is wrong when the answer is not a status.
std::variant<ObservedState, QString> parseStatus(const QByteArray &json);

// The {"Message": "..."} of an error answer, or the start of the body.
QString errorMessage(const QByteArray &body);

Capabilities capabilities();

} // namespace recbar::recordingapi
