#pragma once

#include "../api/FinesseSettings.h"
#include "../api/IdsSettings.h"
#include "../api/ImagicleSettings.h"
#include "../api/QmSettings.h"
#include "../api/RecordingApiSettings.h"
#include "Entities.h"
#include "SimClock.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace recsim {

// What every API of recsim is set up with: what they share, and each module's own part (its
// settings and the dialects where its vendor's document is silent; see README.md, "Dialects").
// /sim/settings reads and writes them under flat keys.
struct ServerSettings
{
    int sessionLifetimeSec = 4 * 3600; // a signed-in session's (Imagicle's default length)
    QString serverHost = QStringLiteral("127.0.0.1"); // as QM's Config and Finesse report it
    // Values the documents do not list: CallState "Connected", RecordingState "Active", ...
    bool undocumentedValues = false;

    RecordingApiSettings recordingApi;
    QmSettings qm;
    FinesseSettings finesse;
    ImagicleSettings imagicle;
    IdsSettings ids;
};

struct HistoryConfig
{
    int perAgent = 0; // completed recordings generated per agent at start
    int days = 14;
    quint32 seed = 1;
};

struct SimConfig
{
    SimClock::Mode clock = SimClock::Mode::Real;
    QDateTime startTime; // manual clock only; defaults to now
    ServerSettings settings;
    QList<User> users;
    QList<Agent> agents;
    QList<MetadataKey> qmMetadataKeys;
    QJsonArray faults; // validated by FaultSet
    HistoryConfig history;
    int generatedAgents = 0; // extra agents agent1000.. for load tests

    static std::optional<SimConfig> fromJson(const QByteArray &json, QString *error);
    static SimConfig demo();
};

// Applies a partial settings object (the /sim/settings body); returns an error or nothing.
std::optional<QString> applySettings(ServerSettings &settings, const QJsonObject &patch);
QJsonObject settingsToJson(const ServerSettings &settings);

} // namespace recsim
