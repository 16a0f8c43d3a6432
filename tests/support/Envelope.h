#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

// Loudness over time, to compare what a sound device played with the file it was given: the
// RMS of short frames, and the normalised correlation of two such envelopes. A file played
// `speed` times as fast should sound like its envelope over frames `speed` times as long.
namespace envelope {

// One RMS value per frameMs of audio (fractions of a sample carried over, so long runs stay in
// step); each channel counts with its weight (1 for all: the mix).
inline std::vector<double> rms(const std::vector<float> &interleaved, int channels, int rate,
                               double frameMs, const std::vector<double> &weights = {})
{
    const double frame = std::max(1.0, rate * frameMs / 1000.0);
    const size_t frames = interleaved.size() / size_t(channels);
    std::vector<double> out;
    for (double at = 0; size_t(at + frame) <= frames; at += frame) {
        const auto start = size_t(at);
        const auto end = size_t(at + frame);
        double sum = 0;
        for (size_t i = start; i < end; ++i) {
            double value = 0;
            for (int c = 0; c < channels; ++c)
                value += interleaved[i * size_t(channels) + size_t(c)] *
                         (weights.empty() ? 1.0 : weights[size_t(c)]);
            sum += value * value;
        }
        out.push_back(std::sqrt(sum / double(end - start)));
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
