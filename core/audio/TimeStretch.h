#pragma once

#include <QtGlobal>

#include <vector>

namespace recbar {

// Changes speed without changing pitch, for listening to speech at 0.5x to 2x: overlapping
// segments of the input, each placed where it best matches the previous one (WSOLA), cross-faded.
// Streaming: push input, pull output.
class TimeStretch
{
public:
    TimeStretch(int channels, int sampleRate);

    void setTempo(double tempo);
    double tempo() const { return m_tempo; }
    void reset();

    void push(const float *interleaved, qint64 frames);
    // Writes up to maxFrames; returns how many (0: it needs more input).
    qint64 pull(float *interleaved, qint64 maxFrames);
    // Input frames held back, not yet turned into output.
    qint64 pendingInput() const;
    qint64 inputWanted() const; // how much input makes the next step possible

private:
    void step();
    qint64 bestOffset() const;

    int m_channels;
    qint64 m_segment; // frames per segment
    qint64 m_overlap;
    qint64 m_search;
    double m_tempo = 1.0;
    double m_skipRemainder = 0;
    std::vector<float> m_input; // interleaved
    qint64 m_inputStart = 0;    // frames already consumed from the front of m_input
    std::vector<float> m_tail;  // the overlap carried from the last segment
    bool m_haveTail = false;
    std::vector<float> m_output;
    qint64 m_outputStart = 0;
};

} // namespace recbar
