#include "PlaybackStream.h"

#include <algorithm>
#include <cmath>

namespace recbar {

PlaybackStream::PlaybackStream(std::unique_ptr<AudioDecoder> decoder, int outputRate,
                               int outputChannels, QObject *parent)
    : QIODevice(parent)
    , m_decoder(std::move(decoder))
    , m_stretch(m_decoder->channels(), m_decoder->sampleRate())
    , m_outputRate(outputRate)
    , m_outputChannels(outputChannels)
{
    // Unbuffered: a seek, a speed or a volume change is heard at once, not after QIODevice's
    // own 16 KiB of already-produced audio.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 PlaybackStream::positionMs() const
{
    return qint64(m_playhead * 1000.0 / m_decoder->sampleRate());
}

void PlaybackStream::restartAt(qint64 frame)
{
    jumpTo(frame);
    m_phase = 0;
    m_previous.clear();
    m_next.clear();
    m_finished = false;
}

void PlaybackStream::jumpTo(qint64 frame)
{
    m_decoder->seek(frame);
    m_stretch.reset();
    m_playhead = double(m_decoder->position());
    m_stretched.clear();
    m_stretchedPos = 0;
    m_drained = false;
}

void PlaybackStream::setSkips(const QList<std::pair<qint64, qint64>> &spans)
{
    m_skipsMs = spans;
    m_skips.clear();
    const qint64 rate = m_decoder->sampleRate();
    for (const auto &[from, to] : spans) {
        if (to > from)
            m_skips.append({from * rate / 1000, to * rate / 1000});
    }
}

void PlaybackStream::seekTo(qint64 ms)
{
    restartAt(std::clamp<qint64>(ms, 0, durationMs()) * m_decoder->sampleRate() / 1000);
}

void PlaybackStream::setSpeed(double speed)
{
    // Buffers hold audio stretched at the old speed: start afresh from what is heard now.
    const qint64 here = qint64(m_playhead);
    m_stretch.setTempo(speed);
    restartAt(here);
}

void PlaybackStream::setLoop(std::optional<std::pair<qint64, qint64>> range)
{
    if (range && range->second - range->first < 100)
        range.reset(); // too short to hear; a click, not a selection
    m_loop = range;
    if (m_loop && (positionMs() < m_loop->first || positionMs() >= m_loop->second))
        seekTo(m_loop->first);
}

qint64 PlaybackStream::bytesAvailable() const
{
    return m_finished ? QIODevice::bytesAvailable() : (1 << 20) + QIODevice::bytesAvailable();
}

qint64 PlaybackStream::produce(float *out, qint64 frames)
{
    const int channels = m_decoder->channels();
    qint64 done = 0;
    while (done < frames) {
        const qint64 n = m_stretch.pull(out + done * channels, frames - done);
        done += n;
        if (n > 0)
            continue;
        // The stretcher wants input.
        qint64 want = std::max<qint64>(1024, m_stretch.inputWanted());
        if (m_loop) {
            const qint64 loopEnd = m_loop->second * m_decoder->sampleRate() / 1000;
            if (m_decoder->position() >= loopEnd) {
                m_decoder->seek(m_loop->first * m_decoder->sampleRate() / 1000);
                m_playhead = double(m_decoder->position());
            }
            want = std::min(want, std::max<qint64>(1, loopEnd - m_decoder->position()));
        }
        m_source.resize(size_t(want * channels));
        const qint64 got = m_decoder->read(m_source.data(), want);
        if (got > 0) {
            m_stretch.push(m_source.data(), got);
        } else if (!m_drained) {
            // End of the recording: what the stretcher still holds comes out.
            m_drained = true;
            m_stretch.flush();
        } else {
            break;
        }
    }
    return done;
}

bool PlaybackStream::nextSourceFrame(float *frame)
{
    // Reaching a span to skip, the playhead goes to its end (a loop's own span is heard).
    for (const auto &[from, to] : std::as_const(m_skips)) {
        if (m_playhead >= double(from) && m_playhead < double(to) && !m_loop) {
            jumpTo(std::min(to, m_decoder->frames()));
            break;
        }
    }
    // The stretcher's tail (silence that flushed it) is not part of the recording.
    if (m_playhead >= double(m_decoder->frames()))
        return false;
    const int channels = m_decoder->channels();
    if (m_stretchedPos >= qint64(m_stretched.size()) / channels) {
        m_stretched.resize(size_t(512 * channels));
        const qint64 n = produce(m_stretched.data(), 512);
        m_stretched.resize(size_t(n * channels));
        m_stretchedPos = 0;
        if (n == 0)
            return false;
    }
    std::copy_n(m_stretched.begin() + m_stretchedPos * channels, channels, frame);
    ++m_stretchedPos;
    // Each stretched frame stands for `tempo` frames of the recording.
    m_playhead = std::min(m_playhead + m_stretch.tempo(), double(m_decoder->frames()));
    return true;
}

qint64 PlaybackStream::readData(char *data, qint64 maxSize)
{
    if (m_finished)
        return 0;
    const int channels = m_decoder->channels();
    const qint64 outFrames = maxSize / qint64(sizeof(qint16) * m_outputChannels);
    const double step = double(m_decoder->sampleRate()) / m_outputRate;
    auto *out = reinterpret_cast<qint16 *>(data);
    if (m_previous.empty()) {
        m_previous.assign(size_t(channels), 0.f);
        m_next.assign(size_t(channels), 0.f);
        if (!nextSourceFrame(m_previous.data()) || !nextSourceFrame(m_next.data())) {
            m_finished = true;
            return 0;
        }
        m_phase = 0;
    }
    qint64 written = 0;
    for (; written < outFrames; ++written) {
        // Linear interpolation between two source frames, each side of a two-channel call at
        // its level, then up- or down-mixing.
        float mono = 0;
        float mixed[8];
        for (int c = 0; c < channels; ++c) {
            mixed[c] = m_previous[size_t(c)] +
                       float(m_phase) * (m_next[size_t(c)] - m_previous[size_t(c)]);
            if (channels == 2)
                mixed[c] *= float(m_mix.gain(c));
            mono += mixed[c];
        }
        mono /= float(channels);
        // One side alone is heard in both ears, at its own level.
        if (channels == 2 && m_mix.solo != ChannelMix::Solo::None)
            mono = mixed[m_mix.solo == ChannelMix::Solo::First ? 0 : 1];
        const bool solo = channels == 2 && m_mix.solo != ChannelMix::Solo::None;
        for (int o = 0; o < m_outputChannels; ++o) {
            const float value = solo                           ? mono
                                : channels == m_outputChannels ? mixed[o]
                                : channels == 1                ? mixed[0]
                                                               : mono;
            out[written * m_outputChannels + o] =
                qint16(std::lround(std::clamp(value * float(m_volume), -1.f, 1.f) * 32767.f));
        }
        m_phase += step;
        bool ended = false;
        while (m_phase >= 1.0) {
            m_phase -= 1.0;
            m_previous.swap(m_next);
            if (!nextSourceFrame(m_next.data())) {
                ended = true;
                break;
            }
        }
        if (ended) {
            ++written;
            m_finished = true;
            m_playhead = double(m_decoder->frames());
            break;
        }
    }
    return written * qint64(sizeof(qint16)) * m_outputChannels;
}

} // namespace recbar
