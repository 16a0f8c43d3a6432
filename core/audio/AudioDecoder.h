#pragma once

#include "domain/Result.h"

#include <QString>

#include <memory>

namespace recbar {

// Reads call-recording audio with libsndfile: WAV (PCM 8/16-bit, G.711 u-law and a-law,
// GSM 6.10, IMA and MS ADPCM) and MP3, mono or stereo; what Qt 6.4's GStreamer backend cannot
// play. A damaged or truncated file gives a clear message or the part that is there, never a
// crash.
class AudioDecoder
{
public:
    struct Tags
    {
        QString title;
        QString artist;
        QString comment;
        QString date;
    };

    static Result<std::unique_ptr<AudioDecoder>> open(const QString &path);
    ~AudioDecoder();

    int sampleRate() const { return m_sampleRate; }
    int channels() const { return m_channels; }
    qint64 frames() const { return m_frames; }
    qint64 durationMs() const { return m_sampleRate ? m_frames * 1000 / m_sampleRate : 0; }
    QString formatName() const { return m_format; }
    Tags tags() const { return m_tags; }
    // Set when the file ended before its header said it would.
    bool truncated() const { return m_truncated; }

    bool seek(qint64 frame);
    qint64 position() const { return m_position; }
    // Interleaved samples in [-1, 1]; returns the frames read (0 at the end).
    qint64 read(float *interleaved, qint64 frames);

private:
    AudioDecoder() = default;
    bool rewind();

    struct File;
    std::unique_ptr<File> m_file;
    int m_sampleRate = 0;
    int m_channels = 0;
    qint64 m_frames = 0;
    qint64 m_position = 0;
    bool m_truncated = false;
    bool m_seekable = true;
    QString m_format;
    Tags m_tags;
};

} // namespace recbar
