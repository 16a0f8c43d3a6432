#pragma once

#include "Waveform.h"

#include <QList>

#include <utility>

namespace recbar {

using Spans = QList<std::pair<qint64, qint64>>;

// What "Skip silence" jumps over: stretches at least `minMs` long where nobody speaks
// (quiet against the recording's own loudest moment, so line noise counts as quiet), paused
// spans and spans on hold; merged and sorted, in ms.
struct SilenceSkips
{
    static constexpr qint64 kDefaultMinMs = 2000;
    // Quieter than this share of the loudest peak is "nobody speaks" (about -30 dB).
    static constexpr float kRelativeQuiet = 0.03f;

    static Spans compute(const Waveform &waveform, const Spans &paused, const Spans &held,
                         qint64 minMs = kDefaultMinMs);
    static Spans merged(Spans spans);
    // Digital silence in the audio where the recorder says neither paused nor on hold: shown
    // as silence found in the audio, never as a pause. Pieces shorter than minMs are left out.
    static Spans silenceBesides(const Waveform &waveform, const Spans &paused, const Spans &held,
                                qint64 minMs = 800);
};

} // namespace recbar
