#include "TimeStretch.h"

#include <algorithm>
#include <cmath>

namespace recbar {

TimeStretch::TimeStretch(int channels, int sampleRate)
    : m_channels(channels)
    , m_segment(std::max<qint64>(64, qint64(sampleRate) * 40 / 1000))
    , m_overlap(std::max<qint64>(16, qint64(sampleRate) * 8 / 1000))
    , m_search(std::max<qint64>(16, qint64(sampleRate) * 14 / 1000))
{}

void TimeStretch::setTempo(double tempo)
{
    m_tempo = std::clamp(tempo, 0.25, 4.0);
}

void TimeStretch::reset()
{
    m_input.clear();
    m_inputStart = 0;
    m_tail.clear();
    m_haveTail = false;
    m_output.clear();
    m_outputStart = 0;
    m_skipRemainder = 0;
}

void TimeStretch::push(const float *interleaved, qint64 frames)
{
    m_input.insert(m_input.end(), interleaved, interleaved + frames * m_channels);
}

qint64 TimeStretch::pendingInput() const
{
    return qint64(m_input.size()) / m_channels - m_inputStart;
}

qint64 TimeStretch::inputWanted() const
{
    return std::max<qint64>(0, m_segment + m_search - pendingInput());
}

qint64 TimeStretch::bestOffset() const
{
    // Where the new segment's head best continues the carried tail (on the channel mix).
    const float *in = m_input.data() + m_inputStart * m_channels;
    qint64 best = 0;
    double bestScore = -1e300;
    for (qint64 offset = 0; offset < m_search; ++offset) {
        double dot = 0;
        double energy = 1e-9;
        for (qint64 i = 0; i < m_overlap; ++i) {
            float a = 0;
            float b = 0;
            for (int c = 0; c < m_channels; ++c) {
                a += m_tail[size_t(i * m_channels + c)];
                b += in[(offset + i) * m_channels + c];
            }
            dot += double(a) * b;
            energy += double(b) * b;
        }
        const double score = dot / std::sqrt(energy);
        if (score > bestScore) {
            bestScore = score;
            best = offset;
        }
    }
    return best;
}

void TimeStretch::step()
{
    const float *in = m_input.data() + m_inputStart * m_channels;
    const qint64 offset = m_haveTail ? bestOffset() : 0;
    const float *segment = in + offset * m_channels;
    // Cross-fade the carried tail into the head of this segment...
    if (m_haveTail) {
        for (qint64 i = 0; i < m_overlap; ++i) {
            const float fade = float(i) / float(m_overlap);
            for (int c = 0; c < m_channels; ++c) {
                const size_t k = size_t(i * m_channels + c);
                m_output.push_back(m_tail[k] * (1 - fade) + segment[k] * fade);
            }
        }
    } else {
        m_output.insert(m_output.end(), segment, segment + m_overlap * m_channels);
    }
    // ... then the middle as it is, and keep the end to cross-fade with the next segment.
    m_output.insert(m_output.end(), segment + m_overlap * m_channels,
                    segment + (m_segment - m_overlap) * m_channels);
    m_tail.assign(segment + (m_segment - m_overlap) * m_channels, segment + m_segment * m_channels);
    m_haveTail = true;

    // Each step gives (segment - overlap) frames of output; it consumes tempo times as much.
    const double advance = double(m_segment - m_overlap) * m_tempo + m_skipRemainder;
    const qint64 whole = qint64(advance);
    m_skipRemainder = advance - double(whole);
    m_inputStart += whole;
    if (m_inputStart > 1 << 16) {
        m_input.erase(m_input.begin(), m_input.begin() + m_inputStart * m_channels);
        m_inputStart = 0;
    }
}

qint64 TimeStretch::pull(float *interleaved, qint64 maxFrames)
{
    if (m_tempo == 1.0 && !m_haveTail) {
        // Untouched speed: a plain copy.
        const qint64 n = std::min(maxFrames, pendingInput());
        std::copy_n(m_input.begin() + m_inputStart * m_channels, n * m_channels, interleaved);
        m_inputStart += n;
        if (m_inputStart == qint64(m_input.size()) / m_channels) {
            m_input.clear();
            m_inputStart = 0;
        }
        return n;
    }
    while (qint64(m_output.size()) / m_channels - m_outputStart < maxFrames &&
           pendingInput() >= m_segment + m_search)
        step();
    const qint64 available = qint64(m_output.size()) / m_channels - m_outputStart;
    const qint64 n = std::min(maxFrames, available);
    std::copy_n(m_output.begin() + m_outputStart * m_channels, n * m_channels, interleaved);
    m_outputStart += n;
    if (m_outputStart == qint64(m_output.size()) / m_channels) {
        m_output.clear();
        m_outputStart = 0;
    }
    return n;
}

} // namespace recbar
