#pragma once

#include "../model/Entities.h"

#include <QList>
#include <QRandomGenerator>

#include <array>
#include <cstdint>

namespace recsim {

inline constexpr int kSampleRate = 8000;

// What a recording sounds like, in milliseconds from its start.
struct AudioPlan
{
    qint64 durationMs = 0;
    QList<Span> silent;        // paused or blacked out: digital silence
    QList<Span> held;          // on hold: music
    QList<qint64> spokenCards; // a customer reading out a card number from here (ms)
    quint32 seed = 0;

    qint64 totalSamples() const { return durationMs * kSampleRate / 1000; }
};

// Renders a plan to 16-bit PCM at 8 kHz, in order, chunk by chunk: two parties taking turns
// with speech-like voiced syllables (a different voice each), hold music while held, a low
// line noise everywhere else, and exact zeros over every silent span.
class CallAudioSynth
{
public:
    explicit CallAudioSynth(const AudioPlan &plan);

    qint64 totalSamples() const { return m_total; }
    qint64 position() const { return m_position; }
    // Renders up to count samples; returns how many were written (0 at the end).
    qsizetype render(int16_t *out, qsizetype count);
    // The card number clip's samples at kSampleRate.
    static const QList<int16_t> &cardNumberClip();

private:
    struct Resonator
    {
        double b0 = 0, a1 = 0, a2 = 0, y1 = 0, y2 = 0;
        void tune(double frequency, double bandwidth);
        double step(double x);
    };
    struct Voice
    {
        double f0 = 0;
        double gain = 0;
        double brightness = 0;
    };

    enum class Region { Talk, Hold, Silent, Card };
    Region regionAt(qint64 sample) const;
    double talkSample();
    double holdSample(qint64 sample);
    void nextSyllable();
    void nextTurn();

    AudioPlan m_plan;
    qint64 m_total = 0;
    qint64 m_position = 0;
    QRandomGenerator m_rng;
    qsizetype m_silentIndex = 0;
    qsizetype m_heldIndex = 0;
    qsizetype m_cardIndex = 0;

    std::array<Voice, 2> m_voices;
    int m_party = 0;
    qint64 m_turnLeft = 0; // samples left in the current turn
    qint64 m_gapLeft = 0;  // silence between turns or syllables
    qint64 m_syllableLength = 0;
    qint64 m_syllablePos = 0;
    double m_pitch = 0;
    double m_phase = 0;
    double m_lowpass = 0;
    std::array<Resonator, 3> m_formants;
};

} // namespace recsim
