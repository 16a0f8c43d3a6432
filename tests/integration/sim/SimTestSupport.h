#pragma once

#include "CatchCompat.h"
#include "HttpClient.h"
#include "RecsimProcess.h"

#include <QJsonArray>

// Password of each user in tests/data/sim-config.json.
inline QString passwordOf(const QString &user)
{
    return user == u"erin" ? QStringLiteral("erin-test") : user + QStringLiteral("-demo");
}

// A client of the simulator signed in as a user.
inline std::unique_ptr<HttpClient> clientFor(RecsimProcess &sim, const QString &user)
{
    auto client = std::make_unique<HttpClient>(sim.url());
    client->setCredentials(user, passwordOf(user));
    return client;
}

inline QJsonObject findById(const QJsonArray &items, const QString &id)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QStringLiteral("id")).toString() == id)
            return item.toObject();
    }
    return {};
}

// The recordings of one call, as /sim/model lists them.
inline QJsonArray recordingsOfCall(RecsimProcess &sim, const QString &callId)
{
    QJsonArray out;
    const QJsonArray all = sim.model().value(QStringLiteral("recordings")).toArray();
    for (const QJsonValue &item : all) {
        if (item.toObject().value(QStringLiteral("callId")).toString() == callId)
            out.append(item);
    }
    return out;
}

inline QJsonObject onlyRecordingOfCall(RecsimProcess &sim, const QString &callId)
{
    const QJsonArray recordings = recordingsOfCall(sim, callId);
    REQUIRE(recordings.size() == 1);
    return recordings.first().toObject();
}

// Starts an answered inbound call for an agent and returns its id.
inline QString connectedCall(RecsimProcess &sim, const QString &agent,
                             const QString &number = QStringLiteral("+15550001111"))
{
    return sim.createCall(agent,
                          {{QStringLiteral("number"), number}, {QStringLiteral("answered"), true}});
}

inline QString toString(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}
