#include "audio/Waveform.h"

#include "AudioTools.h"
#include "CatchCompat.h"
#include "HttpClient.h"
#include "SimServer.h"
#include "WaitFor.h"
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
    if (const QString *problem = std::get_if<QString>(&built))
        FAIL(problem->toStdString());
    return std::get<Waveform>(std::move(built));
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
