#include "audio/Waveform.h"

#include "AudioTools.h"
#include "CatchCompat.h"
#include "HttpClient.h"
#include "SimServer.h"
#include "WaitFor.h"
#include "audio/SilenceSkips.h"
#include "model/SimModel.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace recbar;

namespace {

Waveform buildOrFail(const QString &path)
{
    auto built = Waveform::build(path);
    if (!built)
        FAIL(built.error().toStdString());
    return *std::move(built);
}

} // namespace

TEST_CASE("The waveform holds the peaks and finds where the audio was cut", "[audio][waveform]")
{
    QTemporaryDir dir;
    // 1 s of tone, 2 s of digital silence, 1 s of tone.
    const QString path = dir.filePath(QStringLiteral("gap.wav"));
    QString log;
    REQUIRE(audiotools::run(
        QStringLiteral("sox"),
        QStringLiteral("-n -r 8000 -c 1 -e u-law %1 synth 2 sine 440 vol 0.5 pad 2@1")
            .arg(path)
            .split(u' '),
        &log));
    const Waveform w = buildOrFail(path);
    CHECK(w.durationMs() == 4000);
    CHECK(w.high.size() == 4000 / Waveform::kBucketMs);
    CHECK(w.low.size() == w.high.size());
    CHECK(std::abs(w.peak(0, 1000) - 0.5) < 0.02);
    CHECK(w.peak(1100, 2900) < 0.001f); // G.711's nearest code to zero
    const auto spans = w.silentSpans();
    REQUIRE(spans.size() == 1);
    CHECK(std::abs(spans[0].first - 1000) <= Waveform::kBucketMs);
    CHECK(std::abs(spans[0].second - 3000) <= Waveform::kBucketMs);
    // A short gap is a breath, not a pause.
    CHECK(w.silentSpans(2500).isEmpty());
}

TEST_CASE("The waveform of a recsim recording shows its pauses where the server says they are",
          "[audio][waveform]")
{
    SimServer server;
    REQUIRE(server.listen());
    // A finished recording from the generated history with at least one pause.
    const recsim::Recording *paused = nullptr;
    for (const recsim::Recording *r : server.model().recordings()) {
        if (!r->isRunning() && !server.model().pausedSpans(*r).isEmpty()) {
            paused = r;
            break;
        }
    }
    REQUIRE(paused);
    const QList<recsim::Span> expected = server.model().pausedSpans(*paused);

    HttpClient http(server.url());
    const HttpReply audio = http.get(QStringLiteral("/sim/recordings/%1/audio").arg(paused->id));
    REQUIRE(audio.status == 200);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recording.wav"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(audio.body);
    file.close();

    const Waveform w = buildOrFail(path);
    CHECK(std::abs(w.durationMs() - server.model().durationMs(*paused)) <= 20);
    const auto found = w.silentSpans();
    INFO("expected " << expected.size() << " spans, found " << found.size());
    REQUIRE(found.size() == expected.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        CHECK(std::abs(found[i].first - expected[i].start) <= 2 * Waveform::kBucketMs);
        CHECK(std::abs(found[i].second - expected[i].end) <= 2 * Waveform::kBucketMs);
    }
}

TEST_CASE("Waveforms are computed off the GUI thread and kept", "[audio][waveform]")
{
    QTemporaryDir dir;
    const QString path = audiotools::tone(dir.path(), QStringLiteral("t.wav"), "-e a-law");
    const QString broken = dir.filePath(QStringLiteral("broken.wav"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("RIFF\x10\0\0\0WAVEjunkjunkjunk", 20);
    file.close();

    WaveformCache cache;
    QSignalSpy ready(&cache, &WaveformCache::ready);
    QSignalSpy failed(&cache, &WaveformCache::failed);
    cache.request(path);
    CHECK(cache.cached(path) == nullptr);
    REQUIRE(waitFor([&] { return ready.size() == 1; }));
    REQUIRE(cache.cached(path));
    CHECK(cache.cached(path)->durationMs() == 2000);

    cache.request(path); // from the cache, still answered later, not inside the call
    CHECK(ready.size() == 1);
    REQUIRE(waitFor([&] { return ready.size() == 2; }));

    cache.request(broken);
    REQUIRE(waitFor([&] { return failed.size() == 1; }));
    CHECK(failed.first().at(0).toString() == broken);
    CHECK_FALSE(failed.first().at(1).toString().isEmpty());
    CHECK(cache.cached(broken) == nullptr);
}

TEST_CASE("A two-channel recording keeps each side's peaks", "[audio][waveform][channels]")
{
    QTemporaryDir dir;
    const QString path = audiotools::tone(dir.path(), QStringLiteral("st.wav"), "-b 16", 2, 2.0);
    auto built = Waveform::build(path);
    REQUIRE(built.ok());
    const Waveform &w = *built;
    CHECK(w.channels == 2);
    REQUIRE(w.sideHigh[0].size() == w.high.size());
    const auto loudest = [](const QList<float> &peaks) {
        return *std::max_element(peaks.begin(), peaks.end());
    };
    CHECK(loudest(w.sideHigh[0]) > 0.45f);
    CHECK(loudest(w.sideHigh[1]) < 0.001f);
    CHECK(loudest(w.high) == loudest(w.sideHigh[0]));
}

TEST_CASE("Skip silence finds the stretches without speech, pauses and hold",
          "[audio][waveform][skip]")
{
    Waveform w;
    w.sampleRate = 8000;
    w.frames = 8000 * 20; // 20 s: speech, 3 s of line noise, speech, 1 s of noise, speech
    const qsizetype buckets = 20'000 / Waveform::kBucketMs;
    for (qsizetype i = 0; i < buckets; ++i) {
        const qint64 ms = i * Waveform::kBucketMs;
        const bool quiet = (ms >= 4000 && ms < 7000) || (ms >= 10'000 && ms < 11'000);
        const float level = quiet ? 0.008f : 0.6f; // noise at -42 dBFS is not speech
        w.low.append(-level);
        w.high.append(level);
    }
    const Spans skips = SilenceSkips::compute(w, {{15'000, 16'000}}, {{12'000, 15'000}}, 2000);
    // The 3 s of noise; the 1 s of noise and the 1 s pause are too short; the hold is merged
    // with nothing and kept.
    CHECK(skips == Spans{{4000, 7000}, {12'000, 15'000}});
    CHECK(SilenceSkips::merged({{5, 9}, {1, 3}, {2, 6}}) == Spans{{1, 9}});
}
