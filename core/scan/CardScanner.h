#pragma once

#include "CardNumberFinder.h"
#include "domain/Result.h"

#include <atomic>
#include <memory>

namespace recbar {

class DigitSpotter;

// What a scan of one recording found.
struct CardScanReport
{
    qint64 durationMs = 0;
    int channels = 0;
    QList<CardFinding> findings; // in time order
};

// Listens to a recording for spoken card numbers: each side of a two-channel call on its own
// (the customer reads the number on one), at 16 kHz. Telephone audio (8 kHz) is fed with a zero
// between samples: the 16 kHz model then sees the telephone band and its mirror image above
// 4 kHz, not the silence it was never trained on. On clean 8 kHz speech this heard every digit
// where resampling heard almost none; on the benchmark's noisy lines the two are alike (README).
//
// One per thread; each holds a recogniser (about 20 MB, 0.3 s to load).
class CardScanner
{
public:
    static Result<std::unique_ptr<CardScanner>> create();
    ~CardScanner();

    // `paused`: the recording's paused spans in ms. Fails on audio it cannot read; a scan
    // cancelled part-way reports what it found so far.
    Result<CardScanReport> scan(const QString &path, const CardNumberFinder::Spans &paused,
                                const std::atomic_bool *cancel = nullptr);

private:
    explicit CardScanner(std::unique_ptr<DigitSpotter> spotter);
    std::unique_ptr<DigitSpotter> m_spotter;
};

// One channel's samples at the recogniser's rate, 16-bit, a block at a time.
class RecogniserRate
{
public:
    explicit RecogniserRate(int sampleRate);
    void convert(const float *samples, qsizetype count, qsizetype stride, QList<qint16> &out);

private:
    int m_rate;
    double m_step;     // input samples per output sample
    double m_next = 0; // where the next output sample falls, from this block's start
    float m_previous = 0;
    float m_smoothed = 0; // a one-pole low-pass before reducing the rate
    float m_alpha = 1;
};

} // namespace recbar
