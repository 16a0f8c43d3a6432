#pragma once

#include "RecordingMedia.h"

namespace recsim {

// recsim's finished recordings as another system would hand them to a supervisor: a folder of
// audio files (G.711 u-law WAV), each with a JSON sidecar in RecBar's documented format
// (README, "Folders"), paused and held spans included.
class RecordingExport
{
public:
    RecordingExport(SimModel &model, RecordingMedia &media)
        : m_model(model)
        , m_media(media)
    {}

    // Writes into `folder` (made if missing); returns how many, or -1 with *error.
    int write(const QString &folder, QString *error) const;

private:
    SimModel &m_model;
    RecordingMedia &m_media;
};

} // namespace recsim
