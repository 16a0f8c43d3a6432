#pragma once

#include "../model/JsonReader.h"

namespace recsim {

// What the Finesse module (REST and its notification service) is set up with, and the
// dialects Cisco's guides leave open (the /sim/settings keys in comments).
struct FinesseSettings
{
    // finesseDeployment: "UCCX", or "UCCE", which answers 501 to START_RECORDING.
    QString deployment = QStringLiteral("UCCX");
    // finesseRecordingDelayMs: between the 202 and the dialog showing the recording.
    int recordingDelayMs = 400;
    // finesseRecordingFails: the deferred START_RECORDING fails (a CTI error), said in a pushed
    // ApiErrors event.
    bool recordingFails = false;
    // finesseNotifications: the notification service at /ws (XMPP over WebSocket); off, /ws
    // answers 404.
    bool notifications = true;
    // finessePayload: a pushed Update inside its pub-sub item, "escaped" (text in
    // <notification>, as Cisco's examples show it) or "element" (the Update as XML elements).
    QString payload = QStringLiteral("escaped");
    // finesseSubscriptions: "automatic" (an agent's own nodes, as Cisco's guide says) or
    // "explicit" (none until the client subscribes).
    QString subscriptions = QStringLiteral("automatic");
    // finesseAuthMode: systemAuthMode, NON_SSO (Basic), SSO (Bearer tokens from the IdS at /ids/
    // only) or HYBRID (either).
    QString authMode = QStringLiteral("NON_SSO");
    QString ssoUsers; // finesseSsoUsers: in HYBRID, the users (comma-separated) who sign in so

    void read(JsonReader &in);
    void write(QJsonObject &out) const; // every key read() takes
};

} // namespace recsim
