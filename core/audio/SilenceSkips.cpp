#include "SilenceSkips.h"

#include <algorithm>

namespace recbar {

Spans SilenceSkips::merged(Spans spans)
{
    std::sort(spans.begin(), spans.end());
    Spans out;
    for (const auto &span : std::as_const(spans)) {
        if (!out.isEmpty() && span.first <= out.last().second)
            out.last().second = std::max(out.last().second, span.second);
        else
            out.append(span);
    }
    return out;
}

Spans SilenceSkips::compute(const Waveform &waveform, const Spans &paused, const Spans &held,
                            qint64 minMs)
{
    float loudest = 0;
    for (qsizetype i = 0; i < waveform.high.size(); ++i)
        loudest = std::max({loudest, waveform.high[i], -waveform.low[i]});
    Spans spans = waveform.silentSpans(minMs, std::max(0.002f, loudest * kRelativeQuiet));
    for (const Spans *given : {&paused, &held}) {
        for (const auto &[from, to] : *given) {
            if (to - from >= minMs)
                spans.append({from, to});
        }
    }
    return merged(spans);
}

Spans SilenceSkips::silenceBesides(const Waveform &waveform, const Spans &paused, const Spans &held,
                                   qint64 minMs)
{
    const Spans explained = merged(paused + held);
    Spans out;
    for (auto [from, to] : waveform.silentSpans(minMs)) {
        // What the recorder's spans leave of it, piece by piece (both lists are sorted).
        for (const auto &[taken, until] : explained) {
            if (until <= from || taken >= to)
                continue;
            if (taken - from >= minMs)
                out.append({from, taken});
            from = std::max(from, until);
        }
        if (to - from >= minMs)
            out.append({from, to});
    }
    return out;
}

} // namespace recbar
