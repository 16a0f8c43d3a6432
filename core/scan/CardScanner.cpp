#include "CardScanner.h"

#include "DigitSpotter.h"
#include "audio/AudioDecoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace recbar {

namespace {

class ScannerText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::CardScanner)
};

qint16 toPcm(float sample)
{
    return qint16(std::lround(std::clamp(sample, -1.f, 1.f) * 32767.f));
}

} // namespace

RecogniserRate::RecogniserRate(int sampleRate)
    : m_rate(sampleRate)
    , m_step(double(sampleRate) / DigitSpotter::kSampleRate)
{
    if (m_step > 1) {
        // A one-pole low-pass at about 7 kHz, so that what is above the new Nyquist frequency
        // is mostly gone before samples are dropped.
        const double cutoff = 7000.0 / sampleRate;
        m_alpha = float(1 - std::exp(-2 * std::numbers::pi * cutoff));
    }
}

void RecogniserRate::convert(const float *samples, qsizetype count, qsizetype stride,
                             QList<qint16> &out)
{
    if (m_rate == DigitSpotter::kSampleRate) {
        for (qsizetype i = 0; i < count; ++i)
            out.append(toPcm(samples[i * stride]));
        return;
    }
    if (m_rate * 2 == DigitSpotter::kSampleRate) {
        // Zero-stuffing: the telephone band, and its mirror image above 4 kHz.
        for (qsizetype i = 0; i < count; ++i) {
            out.append(toPcm(samples[i * stride]));
            out.append(0);
        }
        return;
    }
    // Any other rate: low-passed when reducing, then linear between neighbouring samples.
    for (qsizetype i = 0; i < count; ++i) {
        float x = samples[i * stride];
        if (m_step > 1) {
            m_smoothed += m_alpha * (x - m_smoothed);
            x = m_smoothed;
        }
        // Output samples that fall between the previous input sample (at i - 1) and this one.
        while (m_next <= double(i)) {
            const float t = float(m_next - double(i - 1));
            out.append(toPcm(m_previous + (x - m_previous) * t));
            m_next += m_step;
        }
        m_previous = x;
    }
    m_next -= double(count);
}

Result<std::unique_ptr<CardScanner>> CardScanner::create()
{
    Result<std::unique_ptr<DigitSpotter>> spotter = DigitSpotter::create();
    if (!spotter)
        return spotter.failure();
    return std::unique_ptr<CardScanner>(new CardScanner(*std::move(spotter)));
}

CardScanner::CardScanner(std::unique_ptr<DigitSpotter> spotter)
    : m_spotter(std::move(spotter))
{}

CardScanner::~CardScanner() = default;

Result<CardScanReport> CardScanner::scan(const QString &path, const CardNumberFinder::Spans &paused,
                                         const std::atomic_bool *cancel)
{
    Result<std::unique_ptr<AudioDecoder>> opened = AudioDecoder::open(path);
    if (!opened)
        return opened.failure();
    AudioDecoder &decoder = **opened;
    const int channels = decoder.channels();
    // Each side of a two-channel call on its own, one pass each; other layouts as one mix.
    const int sides = channels == 2 ? 2 : 1;
    CardScanReport report;
    report.durationMs = decoder.durationMs();
    report.channels = channels;
    constexpr qint64 kBlock = 8192;
    std::vector<float> block(size_t(kBlock) * size_t(channels));
    std::vector<float> mixed(static_cast<size_t>(kBlock));
    QList<qint16> pcm;
    for (int s = 0; s < sides; ++s) {
        if (cancel && cancel->load())
            break;
        if (s > 0 && !decoder.seek(0))
            return fail(ScannerText::tr("The recording's second channel cannot be read"));
        RecogniserRate rate(decoder.sampleRate());
        if (Result<void> started = m_spotter->start(); !started)
            return started.failure();
        while (const qint64 n = decoder.read(block.data(), kBlock)) {
            if (cancel && cancel->load())
                break;
            pcm.clear();
            if (sides == 2) {
                rate.convert(block.data() + s, n, 2, pcm);
            } else {
                for (qint64 f = 0; f < n; ++f) {
                    float sum = 0;
                    for (int c = 0; c < channels; ++c)
                        sum += block[size_t(f * channels + c)];
                    mixed[size_t(f)] = sum / float(channels);
                }
                rate.convert(mixed.data(), n, 1, pcm);
            }
            m_spotter->feed(pcm);
        }
        report.findings += CardNumberFinder::find(m_spotter->finish(), paused, sides == 2 ? s : -1);
    }
    std::fill(pcm.begin(), pcm.end(), qint16(0));
    std::sort(report.findings.begin(), report.findings.end(),
              [](const CardFinding &a, const CardFinding &b) { return a.startMs < b.startMs; });
    return report;
}

} // namespace recbar
