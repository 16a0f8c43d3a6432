#pragma once

#include "../model/JsonReader.h"

namespace recsim {

// What the Recording API module is set up with (the /sim/settings keys in comments).
struct RecordingApiSettings
{
    int maxAgentBlackoutSec = 600; // maxAgentBlackoutSec: the documents' safeguard
    // recordingApiBlackout: the status during a blackout, "shown" (RecordingState "Paused") or
    // "hidden" (the documents show only "Recording").
    QString blackout = QStringLiteral("shown");
    QString gate = QStringLiteral("12");   // gate, as the status reports it
    QString sgroup = QStringLiteral("40"); // sgroup, likewise

    void read(JsonReader &in);
    void write(QJsonObject &out) const; // every key read() takes
};

} // namespace recsim
