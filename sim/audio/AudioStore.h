#pragma once

#include "CallAudioSynth.h"

#include <QString>

namespace recsim {

struct AudioTags
{
    QString title;
    QString artist;
    QString comment;
    QString date;
};

// Renders recordings to files in a directory: G.711 u-law 8 kHz mono WAV (with a LIST/INFO
// chunk carrying the tags) and MP3 (as Imagicle serves it). A file is reused while the plan
// it was made from is unchanged.
class AudioStore
{
public:
    enum class Format { WavUlaw, Mp3 };

    explicit AudioStore(QString directory);

    QString directory() const { return m_directory; }
    // Returns the file's path, or an empty string and an error message.
    QString file(const QString &recordingId, const AudioPlan &plan, const AudioTags &tags,
                 Format format, QString *error);
    void remove(const QString &recordingId);

private:
    QString m_directory;
};

} // namespace recsim
