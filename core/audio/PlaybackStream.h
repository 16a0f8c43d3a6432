#pragma once

#include "AudioDecoder.h"
#include "ChannelMix.h"
#include "TimeStretch.h"

#include <QIODevice>

#include <memory>
#include <optional>
#include <vector>

namespace recbar {

// A recording as a stream of 16-bit PCM for an audio sink: decoded, stretched to the chosen
// speed (pitch kept), resampled to the device's rate and channel count, scaled by the volume,
// each side of a two-channel call at its own level, jumping over the spans to skip, looping
// over a selection if asked. The playhead is in the recording's own time.
class PlaybackStream : public QIODevice
{
    Q_OBJECT

public:
    PlaybackStream(std::unique_ptr<AudioDecoder> decoder, int outputRate, int outputChannels,
                   QObject *parent = nullptr);

    qint64 durationMs() const { return m_decoder->durationMs(); }
    qint64 positionMs() const;
    void seekTo(qint64 ms);
    void setSpeed(double speed);
    double speed() const { return m_stretch.tempo(); }
    void setVolume(double volume) { m_volume = std::clamp(volume, 0.0, 1.0); }
    double volume() const { return m_volume; }
    // Plays [fromMs, toMs) over and over; nullopt ends the loop.
    void setLoop(std::optional<std::pair<qint64, qint64>> range);
    std::optional<std::pair<qint64, qint64>> loop() const { return m_loop; }
    // Two-channel recordings: which side is heard, or how much of each.
    void setChannelMix(const ChannelMix &mix) { m_mix = mix; }
    ChannelMix channelMix() const { return m_mix; }
    // Spans (ms, sorted) the playhead jumps over when it reaches them: silence, pauses, hold.
    void setSkips(const QList<std::pair<qint64, qint64>> &spans);
    QList<std::pair<qint64, qint64>> skips() const { return m_skipsMs; }
    bool finished() const { return m_finished; }
    const AudioDecoder &decoder() const { return *m_decoder; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 produce(float *out, qint64 frames); // at the source rate, stretched
    bool nextSourceFrame(float *frame);
    void restartAt(qint64 frame);
    // Moves the source on without touching the frames being interpolated (a skip mid-read).
    void jumpTo(qint64 frame);

    std::unique_ptr<AudioDecoder> m_decoder;
    TimeStretch m_stretch;
    int m_outputRate;
    int m_outputChannels;
    double m_volume = 1.0;
    std::optional<std::pair<qint64, qint64>> m_loop;
    ChannelMix m_mix;
    QList<std::pair<qint64, qint64>> m_skipsMs;
    QList<std::pair<qint64, qint64>> m_skips; // in source frames
    double m_playhead = 0;                    // source frames, as heard
    double m_phase = 0;                       // between m_previous and m_next, for resampling
    std::vector<float> m_previous;
    std::vector<float> m_next;
    std::vector<float> m_source;
    std::vector<float> m_stretched;
    qint64 m_stretchedPos = 0;
    bool m_drained = false;
    bool m_finished = false;
};

} // namespace recbar
