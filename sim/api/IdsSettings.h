#pragma once

#include "../model/JsonReader.h"

namespace recsim {

// What the identity service (Finesse's single sign-on) is set up with (the /sim/settings keys
// in comments).
struct IdsSettings
{
    QString clientId = QStringLiteral("recbar"); // idsClientId
    int tokenLifetimeSec = 3600; // idsTokenLifetimeSec: short ones let tests see refreshes

    void read(JsonReader &in);
    void write(QJsonObject &out) const; // every key read() takes
};

} // namespace recsim
