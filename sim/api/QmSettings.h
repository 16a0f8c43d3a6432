#pragma once

#include "../model/JsonReader.h"

namespace recsim {

// What the QM Recording Controls module is set up with, and the dialects its guide leaves open
// (the /sim/settings keys in comments).
struct QmSettings
{
    QString mode = QStringLiteral("agent"); // qmMode: "agent" or "gateway" recording
    // qmReplies: command replies "detailed" {"status":"ok","result":...}, "status"
    // {"status":"ok"}, or "empty" (no body): the guide documents status codes only.
    QString replies = QStringLiteral("detailed");
    // qmConfig: "detailed" (with status and result), "plain" (the configuration's fields only)
    // or "nested" (inside {"configuration": {...}}).
    QString config = QStringLiteral("detailed");
    QString auth = QStringLiteral("none"); // qmAuth: "none" (the guide documents none) or "basic"

    void read(JsonReader &in);
    void write(QJsonObject &out) const; // every key read() takes
};

} // namespace recsim
