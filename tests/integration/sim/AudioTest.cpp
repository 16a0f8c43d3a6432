#include "SimTestSupport.h"
#include "WavFile.h"

#include <cmath>

namespace {

WavFile fetchWav(RecsimProcess &sim, const QString &recordingId)
{
    const HttpReply reply =
        sim.sim().get(QStringLiteral("/sim/recordings/%1/audio").arg(recordingId));
    INFO(reply.text().left(200).toStdString());
    REQUIRE(reply.status == 200);
    CHECK(reply.header("Content-Type") == "audio/wav");
    QString error;
    const std::optional<WavFile> wav = WavFile::parse(reply.body, &error);
    INFO(error.toStdString());
    REQUIRE(wav.has_value());
    return *wav;
}

bool inSpans(qint64 ms, const QJsonArray &spans)
{
    for (const QJsonValue &span : spans) {
        const QJsonObject s = span.toObject();
        if (ms >= s.value(QStringLiteral("startMs")).toInteger() &&
            ms < s.value(QStringLiteral("endMs")).toInteger())
            return true;
    }
    return false;
}

// Every sample inside a paused span is zero and every sample outside is not.
void checkSilence(const std::vector<int16_t> &samples, const QJsonArray &paused)
{
    qsizetype wrongInside = 0;
    qsizetype wrongOutside = 0;
    for (size_t i = 0; i < samples.size(); ++i) {
        const bool silent = samples[i] == 0;
        if (inSpans(qint64(i) / 8, paused))
            wrongInside += silent ? 0 : 1;
        else
            wrongOutside += silent ? 1 : 0;
    }
    CHECK(wrongInside == 0);
    CHECK(wrongOutside == 0);
}

double rms(const std::vector<int16_t> &samples, qint64 fromMs, qint64 toMs)
{
    double sum = 0;
    for (qint64 i = fromMs * 8; i < toMs * 8; ++i)
        sum += double(samples[size_t(i)]) * samples[size_t(i)];
    return std::sqrt(sum / double((toMs - fromMs) * 8));
}

} // namespace

TEST_CASE("A recording is a G.711 u-law 8 kHz mono WAV of the right length", "[audio]")
{
    RecsimProcess sim;
    const QString call =
        connectedCall(sim, QStringLiteral("alice"), QStringLiteral("+15553334444"));
    sim.advance(7250);
    sim.callAction(call, QStringLiteral("hangup"));
    const QJsonObject recording = onlyRecordingOfCall(sim, call);
    const WavFile wav = fetchWav(sim, recording.value(QStringLiteral("id")).toString());
    CHECK(wav.formatTag == 7);
    CHECK(wav.channels == 1);
    CHECK(wav.sampleRate == 8000);
    CHECK(wav.bitsPerSample == 8);
    CHECK(wav.blockAlign == 1);
    CHECK(wav.byteRate == 8000);
    CHECK(wav.data.size() == 7250 * 8);
    CHECK(std::abs(wav.durationSeconds() - 7.25) < 1e-9);
    CHECK(wav.info.value("IART") == "alice");
    CHECK(wav.info.value("INAM").contains("+15553334444"));
    checkSilence(wav.samples(), {});
}

TEST_CASE("Paused and blacked-out spans are silent - the rest, hold included, is not", "[audio]")
{
    RecsimProcess sim;
    auto api = clientFor(sim, QStringLiteral("api"));
    auto bob = clientFor(sim, QStringLiteral("bob"));
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    const auto qm = [&](const char *command) {
        REQUIRE(bob->post(QStringLiteral("/recordingcontrols/rest/") + QLatin1String(command),
                          "sender_id=bob&peripheral_id=5001", "application/x-www-form-urlencoded")
                    .status == 200);
    };
    qm("start");
    sim.advance(2000);
    qm("pause"); // 2.0 - 3.5 s
    sim.advance(1500);
    qm("resume");
    sim.advance(1000);
    sim.callAction(call, QStringLiteral("hold")); // 4.5 - 6.5 s: music
    sim.advance(2000);
    sim.callAction(call, QStringLiteral("retrieve"));
    sim.advance(1000);
    REQUIRE(api->post(QStringLiteral("/api/Blackout/StartForAgent"),
                      R"({"AgentIdentifier":"Id","Value":"2"})")
                .status == 200);
    sim.advance(2500); // 7.5 - 10.0 s: blackout
    REQUIRE(api->post(QStringLiteral("/api/Blackout/StopForAgent"),
                      R"({"AgentIdentifier":"Id","Value":"2"})")
                .status == 200);
    sim.advance(2000);
    sim.callAction(call, QStringLiteral("hangup"));

    const QJsonObject recording = onlyRecordingOfCall(sim, call);
    const QJsonArray paused = recording.value(QStringLiteral("pausedSpans")).toArray();
    CHECK(paused ==
          QJsonArray{
              QJsonObject{{QStringLiteral("startMs"), 2000}, {QStringLiteral("endMs"), 3500}},
              QJsonObject{{QStringLiteral("startMs"), 7500}, {QStringLiteral("endMs"), 10'000}}});
    CHECK(recording.value(QStringLiteral("heldSpans")).toArray() ==
          QJsonArray{
              QJsonObject{{QStringLiteral("startMs"), 4500}, {QStringLiteral("endMs"), 6500}}});
    const WavFile wav = fetchWav(sim, recording.value(QStringLiteral("id")).toString());
    CHECK(wav.data.size() == 12'000 * 8);
    const std::vector<int16_t> samples = wav.samples();
    checkSilence(samples, paused);
    // Hold music is clearly audible, not just line noise.
    CHECK(rms(samples, 4500, 6500) > 1000);
}

TEST_CASE("A running recording's audio covers what has been recorded so far", "[audio]")
{
    RecsimProcess sim;
    const QString call = connectedCall(sim, QStringLiteral("alice"));
    sim.advance(1500);
    const QString id = onlyRecordingOfCall(sim, call).value(QStringLiteral("id")).toString();
    CHECK(std::abs(fetchWav(sim, id).durationSeconds() - 1.5) < 1e-9);
    sim.advance(1500);
    CHECK(std::abs(fetchWav(sim, id).durationSeconds() - 3.0) < 1e-9);
    CHECK(sim.sim().get(QStringLiteral("/sim/recordings/nope/audio")).status == 404);
}

TEST_CASE("Historical recordings have audio with their pauses", "[audio]")
{
    RecsimProcess sim;
    const QJsonArray recordings =
        sim.model(QStringLiteral("carol")).value(QStringLiteral("recordings")).toArray();
    REQUIRE_FALSE(recordings.isEmpty());
    const QJsonObject recording = recordings.first().toObject();
    const WavFile wav = fetchWav(sim, recording.value(QStringLiteral("id")).toString());
    CHECK(wav.data.size() == recording.value(QStringLiteral("durationMs")).toInteger() * 8);
    checkSilence(wav.samples(), recording.value(QStringLiteral("pausedSpans")).toArray());
}
