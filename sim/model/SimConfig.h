#pragma once

#include "Entities.h"
#include "SimClock.h"

#include <QDateTime>
#include <QJsonArray>

#include <optional>

namespace recsim {

struct ServerSettings
{
    int sessionLifetimeSec = 4 * 3600;        // Imagicle's default session length
    int maxAgentBlackoutSec = 600;            // the Recording API's maxagentblackout safeguard
    QString qmMode = QStringLiteral("agent"); // "agent" or "gateway" recording
    QString finesseDeployment = QStringLiteral("UCCX"); // UCCE answers 501 to START_RECORDING
    int finesseRecordingDelayMs = 400; // time between the 202 and the dialog showing the recording
    // The deferred START_RECORDING fails (a CTI error) and says so in a pushed ApiErrors event.
    bool finesseRecordingFails = false;
    // The Finesse Notification Service at /ws (XMPP over WebSocket); off: /ws answers 404.
    bool finesseNotifications = true;
    bool imagicleServiceDown = false;                 // DELETE LiveRecordings answers 504
    QString serverHost = QStringLiteral("127.0.0.1"); // reported by QM Config
    QString gate = QStringLiteral("12");
    QString sgroup = QStringLiteral("40");

    // Dialects: where a vendor document is silent, recsim can answer each way a real server
    // written from it might (see README.md, "Dialects").
    // QM command replies: "detailed" {"status":"ok","result":...}, "status" {"status":"ok"},
    // or "empty" (no body): the guide documents status codes only.
    QString qmReplies = QStringLiteral("detailed");
    // QM config: "detailed" (with status and result), "plain" (the configuration's fields
    // only) or "nested" (inside {"configuration": {...}}).
    QString qmConfig = QStringLiteral("detailed");
    // QM authentication: "none" (the guide documents none) or "basic".
    QString qmAuth = QStringLiteral("none");
    // The Recording API's status during a blackout: "shown" (RecordingState "Paused") or
    // "hidden" (the documents show only "Recording").
    QString recordingApiBlackout = QStringLiteral("shown");
    // Values the documents do not list: CallState "Connected", RecordingState "Active", ...
    bool undocumentedValues = false;
    // A pushed Update inside its pub-sub item: "escaped" (text in <notification>, as Cisco's
    // examples show it) or "element" (the Update as XML elements).
    QString finessePayload = QStringLiteral("escaped");
    // Pub-sub subscriptions: "automatic" (an agent's own nodes, as Cisco's guide says) or
    // "explicit" (none until the client subscribes).
    QString finesseSubscriptions = QStringLiteral("automatic");
    // Finesse's systemAuthMode: NON_SSO (Basic), SSO (Bearer tokens from the IdS at /ids/ only)
    // or HYBRID (either).
    QString finesseAuthMode = QStringLiteral("NON_SSO");
    // In HYBRID, the users (comma-separated) who sign in through single sign-on.
    QString finesseSsoUsers;
    QString idsClientId = QStringLiteral("recbar");
    int idsTokenLifetimeSec = 3600; // an access token's; short ones let tests see refreshes
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
