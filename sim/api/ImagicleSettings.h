#pragma once

#include "../model/JsonReader.h"

namespace recsim {

// What the Imagicle module is set up with (the /sim/settings key in comments).
struct ImagicleSettings
{
    bool serviceDown = false; // imagicleServiceDown: DELETE LiveRecordings answers 504

    void read(JsonReader &in);
    void write(QJsonObject &out) const; // every key read() takes
};

} // namespace recsim
