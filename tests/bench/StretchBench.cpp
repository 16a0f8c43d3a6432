// The player's time stretch (core/audio/TimeStretch: SoundTouch with its settings for speech)
// beside SoundTouch's defaults, on speech, at the player's fast speeds. (Until 2026-11-30 the
// player had a WSOLA of its own; this bench, beside SoundTouch, showed it no better on any
// measure, worse in the loudness at 1.5x and 2x, and two to three times the CPU: see README.) Each
// is fed the way the player feeds it (blocks of 1,024 frames) and measured the way test_sound
// measures the real player:
//   envelope r   loudness over 10 ms frames against the source's over 10 ms x tempo
//                (test_sound: > 0.95)
//   span err     first to last sound against the source's divided by the speed (test_sound: < 2 %)
// and with what a listener notices:
//   LSD          log-spectral distance (dB) of 32 ms spectra against the source's at the same
//                point of the text: phasiness, doubled or lost pitch periods, clicks
//   pitch        median pitch of voiced frames against the source's (1.000: unchanged)
//   cpu          milliseconds of one core per minute of speech
//   latency      input taken in before the first output comes out
// Speech: espeak-ng, two voices, at the 8 kHz of call recordings and at 16 kHz.
#include "Envelope.h"
#include "audio/TimeStretch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <complex>
#include <functional>
#include <memory>
#include <numbers>
#include <sndfile.h>
#include <soundtouch/SoundTouch.h>
#include <vector>

using namespace recbar;

namespace {

QTextStream out(stdout);

constexpr int kBlock = 1024;

const char *kText =
    "Thank you for calling, my name is Anna, how can I help you today? I would like to check the "
    "status of my order, it was placed on the second of March and has not arrived yet. Of course, "
    "could you read me the order number please? Yes, it is four seven one, nine nine two, "
    "three zero eight. Thank you. I can see the parcel left our warehouse on Tuesday and is "
    "with the courier now; it should reach you by Friday afternoon. Is there anything else I "
    "can do for you? No, that is all, thank you very much for your help. You are welcome, have a "
    "nice day.";

std::vector<float> speech(const QString &folder, const QString &voice, int rate)
{
    const QString raw = folder + QStringLiteral("/espeak.wav");
    const QString wav = folder + QStringLiteral("/speech.wav");
    QProcess::execute(QStringLiteral("espeak-ng"),
                      {QStringLiteral("-v"), voice, QStringLiteral("-s"), QStringLiteral("150"),
                       QStringLiteral("-w"), raw, QString::fromLatin1(kText)});
    QProcess::execute(QStringLiteral("sox"),
                      {raw, QStringLiteral("-r"), QString::number(rate), QStringLiteral("-c"),
                       QStringLiteral("1"), QStringLiteral("-b"), QStringLiteral("16"), wav});
    SF_INFO info{};
    SNDFILE *file = sf_open(wav.toLocal8Bit().constData(), SFM_READ, &info);
    if (!file)
        return {};
    std::vector<float> samples(size_t(info.frames));
    sf_readf_float(file, samples.data(), info.frames);
    sf_close(file);
    return samples;
}

struct Result
{
    std::vector<float> output;
    double cpuMs = 0;
    qint64 latencyFrames = -1;
};

using Stretcher = std::function<Result(const std::vector<float> &, int rate, double tempo)>;

// Feeds the input in the player's blocks, taking out whatever is ready after each; timed.
template <typename Push, typename Pull>
Result feed(const std::vector<float> &input, Push push, Pull pull)
{
    Result r;
    QElapsedTimer timer;
    timer.start();
    std::vector<float> block(kBlock);
    qint64 fed = 0;
    while (fed < qint64(input.size())) {
        const qint64 n = std::min<qint64>(kBlock, qint64(input.size()) - fed);
        push(input.data() + fed, n);
        fed += n;
        while (const qint64 got = pull(block.data(), kBlock)) {
            if (r.latencyFrames < 0)
                r.latencyFrames = fed;
            r.output.insert(r.output.end(), block.begin(), block.begin() + got);
        }
    }
    r.cpuMs = double(timer.nsecsElapsed()) / 1e6;
    return r;
}

Result player(const std::vector<float> &input, int rate, double tempo)
{
    TimeStretch stretch(1, rate);
    stretch.setTempo(tempo);
    return feed(
        input, [&](const float *in, qint64 n) { stretch.push(in, n); },
        [&](float *out, qint64 max) { return stretch.pull(out, max); });
}

Result soundTouchDefaults(const std::vector<float> &input, int rate, double tempo)
{
    soundtouch::SoundTouch st;
    st.setSampleRate(uint(rate));
    st.setChannels(1);
    st.setTempo(tempo);
    return feed(
        input, [&](const float *in, qint64 n) { st.putSamples(in, uint(n)); },
        [&](float *out, qint64 max) { return qint64(st.receiveSamples(out, uint(max))); });
}

// Magnitude spectra (dB) of 32 ms Hann windows every 10 ms.
std::vector<std::vector<double>> spectra(const std::vector<float> &x, int rate)
{
    const int n = rate * 32 / 1000;
    const int hop = rate / 100;
    const int bins = n / 2 + 1;
    std::vector<std::complex<double>> twiddle(static_cast<size_t>(n));
    for (int k = 0; k < n; ++k)
        twiddle[size_t(k)] = std::polar(1.0, -2 * std::numbers::pi * k / n);
    std::vector<std::vector<double>> out;
    std::vector<double> frame(static_cast<size_t>(n));
    for (size_t start = 0; start + size_t(n) <= x.size(); start += size_t(hop)) {
        for (int i = 0; i < n; ++i)
            frame[size_t(i)] =
                x[start + size_t(i)] * (0.5 - 0.5 * std::cos(2 * std::numbers::pi * i / n));
        std::vector<double> db(static_cast<size_t>(bins));
        for (int k = 0; k < bins; ++k) {
            std::complex<double> sum;
            for (int i = 0; i < n; ++i)
                sum += frame[size_t(i)] * twiddle[size_t((k * i) % n)];
            db[size_t(k)] = 20 * std::log10(std::abs(sum) + 1e-6);
        }
        out.push_back(std::move(db));
    }
    return out;
}

// Each output frame against the nearest source frame (within 30 ms) of the same point of the text
// (the envelope match's lag removed), over frames with speech in them. The nearest, because a
// stretcher may place a piece a few milliseconds early or late: that is not heard; a smeared,
// doubled or broken spectrum is.
double logSpectralDistance(const std::vector<float> &source, const std::vector<float> &output,
                           int rate, double tempo, size_t lagFrames)
{
    const auto a = spectra(source, rate);
    const auto b = spectra(output, rate);
    double loudest = -1e9;
    for (const auto &frame : a)
        loudest = std::max(loudest, *std::max_element(frame.begin(), frame.end()));
    double sum = 0;
    int counted = 0;
    for (size_t j = lagFrames; j < b.size(); ++j) {
        const auto at = size_t(std::lround(double(j - lagFrames) * tempo));
        if (at + 3 >= a.size())
            break;
        if (at < 3 || *std::max_element(a[at].begin(), a[at].end()) < loudest - 40)
            continue; // a pause
        double nearest = 1e300;
        for (size_t i = at - 3; i <= at + 3; ++i) {
            double d = 0;
            for (size_t k = 0; k < a[i].size(); ++k) {
                const double diff =
                    std::max(a[i][k], loudest - 60) - std::max(b[j][k], loudest - 60);
                d += diff * diff;
            }
            nearest = std::min(nearest, std::sqrt(d / double(a[i].size())));
        }
        sum += nearest;
        ++counted;
    }
    return counted ? sum / counted : 0;
}

// Median pitch (Hz) of voiced 40 ms frames, by normalised autocorrelation over 70..400 Hz.
double medianPitch(const std::vector<float> &x, int rate)
{
    const int n = rate * 40 / 1000;
    const int minLag = rate / 400;
    const int maxLag = rate / 70;
    std::vector<double> pitches;
    for (size_t start = 0; start + size_t(n + maxLag) <= x.size(); start += size_t(rate / 100)) {
        const float *f = x.data() + start;
        double energy = 0;
        for (int i = 0; i < n; ++i)
            energy += double(f[i]) * f[i];
        if (energy / n < 1e-4)
            continue;
        double best = 0;
        int bestLag = 0;
        for (int lag = minLag; lag <= maxLag; ++lag) {
            double dot = 0;
            double e2 = 0;
            for (int i = 0; i < n; ++i) {
                dot += double(f[i]) * f[i + lag];
                e2 += double(f[i + lag]) * f[i + lag];
            }
            const double r = dot / std::sqrt(energy * e2 + 1e-12);
            if (r > best) {
                best = r;
                bestLag = lag;
            }
        }
        if (best > 0.7)
            pitches.push_back(double(rate) / bestLag);
    }
    if (pitches.empty())
        return 0;
    std::nth_element(pitches.begin(), pitches.begin() + long(pitches.size() / 2), pitches.end());
    return pitches[pitches.size() / 2];
}

double maxOf(const std::vector<double> &v)
{
    return *std::max_element(v.begin(), v.end());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;

    const std::pair<const char *, Stretcher> stretchers[] = {
        {"RecBar (SoundTouch for speech)", player},
        {"SoundTouch (its defaults)", soundTouchDefaults},
    };

    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("speech"), -18)
               .arg(QStringLiteral("stretcher"), -32)
               .arg(QStringLiteral("tempo"), 5)
               .arg(QStringLiteral("env r"), 7)
               .arg(QStringLiteral("span err"), 9)
               .arg(QStringLiteral("LSD dB"), 7)
               .arg(QStringLiteral("pitch"), 6)
               .arg(QStringLiteral("cpu ms/min"), 10)
               .arg(QStringLiteral("latency ms"), 10);
    QJsonArray json;
    for (const char *voice : {"en", "en+f3"}) {
        for (const int rate : {8000, 16000}) {
            const std::vector<float> source = speech(dir.path(), QString::fromLatin1(voice), rate);
            if (source.empty()) {
                out << "espeak-ng or sox failed: install espeak-ng and sox\n";
                return 1;
            }
            const double minutes = double(source.size()) / rate / 60;
            const auto sourceEnvelope = envelope::rms(source, 1, rate, 10);
            const double sourcePitch = medianPitch(source, rate);
            const auto [srcFrom, srcTo] =
                envelope::activeSpan(sourceEnvelope, maxOf(sourceEnvelope) / 10);
            for (const double tempo : {1.5, 2.0}) {
                for (const auto &[name, stretch] : stretchers) {
                    Result r = stretch(source, rate, tempo);
                    // Best of three for the time; the output is the same each time.
                    for (int i = 0; i < 2; ++i)
                        r.cpuMs = std::min(r.cpuMs, stretch(source, rate, tempo).cpuMs);
                    const auto heard = envelope::rms(r.output, 1, rate, 10);
                    // The last tenth of a second may still be inside a stretcher: left out.
                    auto expected = envelope::rms(source, 1, rate, 10 * tempo);
                    expected.resize(std::min(expected.size(), heard.size() - 30));
                    const envelope::Match match = envelope::bestMatch(heard, expected, 20);
                    const auto [from, to] = envelope::activeSpan(heard, maxOf(heard) / 10);
                    const double expectedSpan = double(srcTo - srcFrom) / tempo;
                    const double spanError = (double(to - from) - expectedSpan) / expectedSpan;
                    const double lsd =
                        logSpectralDistance(source, r.output, rate, tempo, match.lag);
                    const double pitch = medianPitch(r.output, rate) / sourcePitch;
                    const double cpu = r.cpuMs / minutes;
                    const double latencyMs = double(r.latencyFrames) * 1000 / rate;
                    const QString label = QStringLiteral("%1 %2 kHz")
                                              .arg(QString::fromLatin1(voice))
                                              .arg(rate / 1000);
                    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                               .arg(label, -18)
                               .arg(QString::fromLatin1(name), -32)
                               .arg(tempo, 5, 'f', 1)
                               .arg(match.correlation, 7, 'f', 4)
                               .arg(QStringLiteral("%1 %").arg(spanError * 100, 0, 'f', 2), 9)
                               .arg(lsd, 7, 'f', 2)
                               .arg(pitch, 6, 'f', 3)
                               .arg(cpu, 10, 'f', 1)
                               .arg(latencyMs, 10, 'f', 0);
                    out.flush();
                    json.append(
                        QJsonObject{{QStringLiteral("speech"), label},
                                    {QStringLiteral("stretcher"), QString::fromLatin1(name)},
                                    {QStringLiteral("tempo"), tempo},
                                    {QStringLiteral("envelope_r"), match.correlation},
                                    {QStringLiteral("span_error"), spanError},
                                    {QStringLiteral("lsd_db"), lsd},
                                    {QStringLiteral("pitch_ratio"), pitch},
                                    {QStringLiteral("cpu_ms_per_min"), cpu},
                                    {QStringLiteral("latency_ms"), latencyMs}});
                }
            }
        }
    }
    out << "JSON " << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
