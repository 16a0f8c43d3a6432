#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

// Loudness over time, to compare what a sound device played with the file it was given: the
// RMS of short frames, and the normalised correlation of two such envelopes.
namespace envelope {

// One RMS value per frameMs of audio; each channel counts with its weight (1 for all: the mix).
inline std::vector<double> rms(const std::vector<float> &interleaved, int channels, int rate,
                               double frameMs, const std::vector<double> &weights = {})
{
    const auto frame = std::max<size_t>(1, size_t(rate * frameMs / 1000.0));
    const size_t frames = interleaved.size() / size_t(channels);
    std::vector<double> out;
    out.reserve(frames / frame);
    for (size_t start = 0; start + frame <= frames; start += frame) {
        double sum = 0;
        for (size_t i = start; i < start + frame; ++i) {
            double value = 0;
            for (int c = 0; c < channels; ++c)
                value += interleaved[i * size_t(channels) + size_t(c)] *
                         (weights.empty() ? 1.0 : weights[size_t(c)]);
            sum += value * value;
        }
        out.push_back(std::sqrt(sum / double(frame)));
    }
    return out;
}

// The envelope the file should have when played `tempo` times as fast.
inline std::vector<double> atTempo(const std::vector<double> &source, double tempo)
{
    std::vector<double> out;
    for (double at = 0; at + 1 < double(source.size()); at += tempo) {
        const auto i = size_t(at);
        const double f = at - double(i);
        out.push_back(source[i] * (1 - f) + source[i + 1] * f);
    }
    return out;
}

inline double pearson(const double *a, const double *b, size_t n)
{
    double ma = 0;
    double mb = 0;
    for (size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= double(n);
    mb /= double(n);
    double ab = 0;
    double aa = 0;
    double bb = 0;
    for (size_t i = 0; i < n; ++i) {
        ab += (a[i] - ma) * (b[i] - mb);
        aa += (a[i] - ma) * (a[i] - ma);
        bb += (b[i] - mb) * (b[i] - mb);
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0;
}

struct Match
{
    size_t lag = 0; // frames of `heard` before `expected` starts
    double correlation = -1;
};

// Where in `heard` the whole of `expected` lines up best (it starts within maxLag frames).
inline Match bestMatch(const std::vector<double> &heard, const std::vector<double> &expected,
                       size_t maxLag)
{
    Match best;
    for (size_t lag = 0; lag <= maxLag && lag + expected.size() <= heard.size(); ++lag) {
        const double r = pearson(heard.data() + lag, expected.data(), expected.size());
        if (r > best.correlation)
            best = {lag, r};
    }
    return best;
}

// The first and one past the last frame louder than `threshold`; {0, 0} if none is.
inline std::pair<size_t, size_t> activeSpan(const std::vector<double> &env, double threshold)
{
    const auto loud = [threshold](double v) { return v > threshold; };
    const auto first = std::find_if(env.begin(), env.end(), loud);
    if (first == env.end())
        return {0, 0};
    const auto last = std::find_if(env.rbegin(), env.rend(), loud);
    return {size_t(first - env.begin()), size_t(env.rend() - last)};
}

} // namespace envelope
