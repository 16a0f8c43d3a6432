#include "CallAudioSynth.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace recsim {

namespace {

constexpr double kTwoPi = 2 * std::numbers::pi;

// Formants (Hz) of a few vowels; each syllable picks one.
constexpr std::array<std::array<double, 3>, 6> kVowels = {{
    {800, 1200, 2500}, // a
    {400, 2000, 2600}, // e
    {300, 2300, 3000}, // i
    {500, 900, 2400},  // o
    {350, 800, 2300},  // u
    {600, 1700, 2500}, // ae
}};

// The line's noise alone for this long before a card number is read out, as between turns.
constexpr qint64 kCardLead = kSampleRate * 6 / 10;

constexpr std::array<double, 4> kHoldNotes = {261.63, 329.63, 392.00, 523.25};

// G.711 u-law to linear 16-bit.
int16_t fromUlaw(quint8 byte)
{
    const int u = ~byte & 0xff;
    const int magnitude = (((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4);
    return int16_t((u & 0x80) ? 0x84 - magnitude : magnitude - 0x84);
}

} // namespace

const QList<int16_t> &CallAudioSynth::cardNumberClip()
{
    static const QList<int16_t> clip = [] {
        QList<int16_t> samples;
        QFile file(QStringLiteral(":/recsim/card-number.ul"));
        if (file.open(QIODevice::ReadOnly)) {
            for (const char byte : file.readAll())
                samples.append(fromUlaw(quint8(byte)));
        }
        return samples;
    }();
    return clip;
}

void CallAudioSynth::Resonator::tune(double frequency, double bandwidth)
{
    const double r = std::exp(-std::numbers::pi * bandwidth / kSampleRate);
    a1 = -2 * r * std::cos(kTwoPi * frequency / kSampleRate);
    a2 = r * r;
    b0 = 1 - r; // keeps the peak gain near 1 for narrow bands
}

double CallAudioSynth::Resonator::step(double x)
{
    const double y = b0 * x - a1 * y1 - a2 * y2;
    y2 = y1;
    y1 = y;
    return y;
}

CallAudioSynth::CallAudioSynth(const AudioPlan &plan)
    : m_plan(plan)
    , m_total(plan.totalSamples())
    , m_rng(plan.seed)
{
    // Party 0 is the agent, party 1 the customer: different pitch, level and timbre.
    m_voices[0] = {205.0 + m_rng.bounded(30.0), 0.55, 0.35};
    m_voices[1] = {105.0 + m_rng.bounded(25.0), 0.45, 0.2};
    m_party = int(m_rng.bounded(2));
    nextTurn();
}

CallAudioSynth::Region CallAudioSynth::regionAt(qint64 sample) const
{
    const qint64 ms = sample * 1000 / kSampleRate;
    const auto inside = [ms](const QList<Span> &spans, qsizetype index) {
        return index < spans.size() && spans[index].start <= ms && ms < spans[index].end;
    };
    if (inside(m_plan.silent, m_silentIndex))
        return Region::Silent;
    if (m_cardIndex < m_plan.spokenCards.size()) {
        const qint64 from = m_plan.spokenCards[m_cardIndex] * kSampleRate / 1000;
        if (sample >= from - kCardLead && sample < from + cardNumberClip().size())
            return Region::Card;
    }
    if (inside(m_plan.held, m_heldIndex))
        return Region::Hold;
    return Region::Talk;
}

void CallAudioSynth::nextTurn()
{
    m_party = 1 - m_party;
    m_turnLeft = qint64(kSampleRate * (1.2 + m_rng.bounded(3.0)));
    m_gapLeft = qint64(kSampleRate * (0.15 + m_rng.bounded(0.45)));
    nextSyllable();
}

void CallAudioSynth::nextSyllable()
{
    const auto &vowel = kVowels[m_rng.bounded(int(kVowels.size()))];
    const double shift = m_party == 0 ? 1.12 : 0.95; // shorter vocal tract for the agent voice
    for (size_t i = 0; i < m_formants.size(); ++i)
        m_formants[i].tune(vowel[i] * shift, 70.0 + 40.0 * double(i));
    m_syllableLength = qint64(kSampleRate * (0.10 + m_rng.bounded(0.18)));
    m_syllablePos = 0;
    m_pitch = m_voices[size_t(m_party)].f0 * (0.88 + m_rng.bounded(0.24));
}

double CallAudioSynth::talkSample()
{
    if (m_gapLeft > 0) {
        --m_gapLeft;
        return 0;
    }
    if (m_syllablePos >= m_syllableLength) {
        m_turnLeft -= m_syllableLength;
        if (m_turnLeft <= 0) {
            nextTurn();
            return 0;
        }
        m_gapLeft = qint64(kSampleRate * (0.02 + m_rng.bounded(0.07)));
        nextSyllable();
        return 0;
    }
    const Voice &voice = m_voices[size_t(m_party)];
    const double progress = double(m_syllablePos) / double(m_syllableLength);
    // Pitch falls a little across the syllable, like speech.
    m_phase += m_pitch * (1.05 - 0.1 * progress) / kSampleRate;
    m_phase -= std::floor(m_phase);
    const double saw = 2 * m_phase - 1;
    m_lowpass += voice.brightness * (saw - m_lowpass);
    const double source = m_lowpass + 0.04 * (m_rng.generateDouble() * 2 - 1);
    double out = 0;
    for (Resonator &formant : m_formants)
        out += formant.step(source);
    const double envelope = std::sin(std::numbers::pi * progress);
    ++m_syllablePos;
    return out * envelope * voice.gain * 9.0;
}

double CallAudioSynth::holdSample(qint64 sample)
{
    const qint64 noteLength = kSampleRate / 4;
    const size_t note = size_t(sample / noteLength) % kHoldNotes.size();
    const double t = double(sample % noteLength) / kSampleRate;
    const double envelope = std::exp(-6.0 * t);
    return 0.25 * envelope * std::sin(kTwoPi * kHoldNotes[note] * double(sample) / kSampleRate);
}

qsizetype CallAudioSynth::render(int16_t *out, qsizetype count)
{
    const qsizetype n = qsizetype(std::min<qint64>(count, m_total - m_position));
    for (qsizetype i = 0; i < n; ++i, ++m_position) {
        const qint64 ms = m_position * 1000 / kSampleRate;
        while (m_silentIndex < m_plan.silent.size() && m_plan.silent[m_silentIndex].end <= ms)
            ++m_silentIndex;
        while (m_heldIndex < m_plan.held.size() && m_plan.held[m_heldIndex].end <= ms)
            ++m_heldIndex;
        while (m_cardIndex < m_plan.spokenCards.size() &&
               m_plan.spokenCards[m_cardIndex] * kSampleRate / 1000 + cardNumberClip().size() <=
                   m_position)
            ++m_cardIndex;
        const Region region = regionAt(m_position);
        if (region == Region::Silent) {
            out[i] = 0;
            continue;
        }
        if (region == Region::Card) {
            // The customer reads it out over the line, after a breath; the agent is quiet.
            const qint64 at = m_position - m_plan.spokenCards[m_cardIndex] * kSampleRate / 1000;
            const double noise = m_rng.bounded(80.0) - 40.0;
            const double voice = at >= 0 ? cardNumberClip()[at] : 0.0;
            out[i] = int16_t(std::clamp(voice + noise, -32767.0, 32767.0));
            continue;
        }
        double value = region == Region::Hold ? holdSample(m_position) : talkSample();
        // Line noise keeps every non-silent sample audibly non-zero, even between words;
        // at +-40..120 it survives G.711 u-law, whose smallest non-zero step is 8.
        const double noise = (m_rng.bounded(2) ? 1 : -1) * (40.0 + m_rng.bounded(80.0));
        value = value * 32767.0 + noise;
        if (std::abs(value) < 40)
            value = std::copysign(40.0, noise);
        out[i] = int16_t(std::clamp(value, -32767.0, 32767.0));
    }
    return n;
}

} // namespace recsim
