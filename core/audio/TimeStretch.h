#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

namespace soundtouch {
class SoundTouch;
}

namespace recbar {

// Changes speed without changing pitch, for listening to speech at 0.5x to 2x: SoundTouch's
// WSOLA with its settings for speech (bench_stretch compared it with our own and with its
// defaults). At 1x the input comes out untouched, sample for sample and at once.
// Streaming: push input, pull output.
class TimeStretch
{
public:
    TimeStretch(int channels, int sampleRate);
    ~TimeStretch();
    TimeStretch(const TimeStretch &) = delete;
    TimeStretch &operator=(const TimeStretch &) = delete;

    void setTempo(double tempo);
    double tempo() const { return m_tempo; }
    void reset();

    void push(const float *interleaved, qint64 frames);
    // Writes up to maxFrames; returns how many (0: it needs more input).
    qint64 pull(float *interleaved, qint64 maxFrames);
    // How much more input makes the next output possible.
    qint64 inputWanted() const;
    // The input has ended: what is still held comes out, followed by some silence.
    void flush();

private:
    bool direct() const { return m_tempo == 1.0; }

    int m_channels;
    double m_tempo = 1.0;
    std::unique_ptr<soundtouch::SoundTouch> m_touch;
    std::vector<float> m_direct; // 1x: interleaved input waiting to be pulled
    qint64 m_directStart = 0;    // frames of m_direct already pulled
};

} // namespace recbar
