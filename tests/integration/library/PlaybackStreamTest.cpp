#include "audio/PlaybackStream.h"

#include "AudioTools.h"
#include "CatchCompat.h"

#include <QTemporaryDir>

#include <cmath>

using namespace recbar;

namespace {

constexpr int kOutRate = 48000;

std::unique_ptr<PlaybackStream> streamOf(const QString &path, int outChannels = 2)
{
    auto opened = AudioDecoder::open(path);
    REQUIRE(opened.ok());
    return std::make_unique<PlaybackStream>(std::move(*opened), kOutRate, outChannels);
}

// Reads up to maxFrames of output, as an audio sink would, in 10 ms pulls.
std::vector<qint16> pull(PlaybackStream &stream, qint64 maxFrames, int outChannels = 2)
{
    std::vector<qint16> out;
    std::vector<qint16> chunk(size_t(480 * outChannels));
    while (qint64(out.size()) / outChannels < maxFrames) {
        const qint64 bytes = stream.read(reinterpret_cast<char *>(chunk.data()),
                                         qint64(chunk.size() * sizeof(qint16)));
        if (bytes <= 0)
            break;
        out.insert(out.end(), chunk.begin(), chunk.begin() + bytes / qint64(sizeof(qint16)));
    }
    return out;
}

// The tone's pitch, from zero crossings of the first channel over a stretch past any fade-in.
double pitchHz(const std::vector<qint16> &samples, int channels)
{
    const size_t frames = samples.size() / size_t(channels);
    const size_t from = frames / 4;
    const size_t to = frames * 3 / 4;
    int crossings = 0;
    for (size_t f = from + 1; f < to; ++f) {
        if ((samples[(f - 1) * size_t(channels)] < 0) != (samples[f * size_t(channels)] < 0))
            ++crossings;
    }
    return crossings / 2.0 / (double(to - from) / kOutRate);
}

double rmsOf(const std::vector<qint16> &samples)
{
    double sum = 0;
    for (qint16 s : samples)
        sum += double(s) * s;
    return samples.empty() ? 0 : std::sqrt(sum / double(samples.size())) / 32767.0;
}

} // namespace

TEST_CASE("Playback resamples to the device and reaches the end", "[audio][playback]")
{
    QTemporaryDir dir;
    auto stream = streamOf(audiotools::tone(dir.path(), QStringLiteral("t.wav"), "-e u-law"));
    CHECK(stream->durationMs() == 2000);
    CHECK(stream->positionMs() == 0);
    const auto out = pull(*stream, 10 * kOutRate);
    const qint64 frames = qint64(out.size()) / 2;
    CHECK(std::abs(frames - 2 * kOutRate) < kOutRate / 50); // within 20 ms
    CHECK(stream->finished());
    CHECK(stream->positionMs() == 2000);
    CHECK(std::abs(pitchHz(out, 2) - 440) < 5);
    CHECK(std::abs(rmsOf(out) - 0.3536) < 0.03);
    // Mono to stereo: the same on both sides.
    CHECK(out[2 * 1000] == out[2 * 1000 + 1]);
}

TEST_CASE("Speed changes the length, not the pitch", "[audio][playback]")
{
    QTemporaryDir dir;
    const QString path = audiotools::tone(dir.path(), QStringLiteral("t.wav"), "-b 16", 1, 4.0);
    for (const double speed : {0.5, 0.75, 1.5, 2.0}) {
        INFO("speed " << speed);
        auto stream = streamOf(path);
        stream->setSpeed(speed);
        CHECK(stream->speed() == speed);
        const auto out = pull(*stream, 20 * kOutRate);
        const double seconds = double(out.size()) / 2 / kOutRate;
        CHECK(std::abs(seconds - 4.0 / speed) < 0.1);
        CHECK(std::abs(pitchHz(out, 2) - 440) < 10);
        CHECK(stream->positionMs() == 4000);
    }
}

TEST_CASE("Seek, volume and a looped selection", "[audio][playback]")
{
    QTemporaryDir dir;
    const QString path = audiotools::tone(dir.path(), QStringLiteral("t.wav"), "-e a-law", 1, 3.0);

    SECTION("seek")
    {
        auto stream = streamOf(path);
        stream->seekTo(2500);
        CHECK(stream->positionMs() == 2500);
        const auto out = pull(*stream, 10 * kOutRate);
        CHECK(std::abs(double(out.size()) / 2 / kOutRate - 0.5) < 0.03);
        stream->seekTo(-100); // clamped
        CHECK(stream->positionMs() == 0);
        CHECK_FALSE(stream->finished());
        stream->seekTo(99'000);
        CHECK(stream->positionMs() == 3000);
    }

    SECTION("volume")
    {
        auto stream = streamOf(path, 1);
        stream->setVolume(0.5);
        CHECK(std::abs(rmsOf(pull(*stream, kOutRate, 1)) - 0.1768) < 0.02);
        stream->setVolume(0);
        CHECK(rmsOf(pull(*stream, kOutRate / 2, 1)) == 0.0);
        stream->setVolume(7); // clamped
        CHECK(stream->volume() == 1.0);
    }

    SECTION("loop")
    {
        auto stream = streamOf(path);
        stream->setLoop(std::pair<qint64, qint64>{1000, 1500});
        CHECK(stream->positionMs() == 1000); // the playhead jumps into the selection
        qint64 lowest = 3000;
        qint64 highest = 0;
        for (int i = 0; i < 40; ++i) { // 4 s of output from a 0.5 s selection
            pull(*stream, kOutRate / 10);
            lowest = std::min(lowest, stream->positionMs());
            highest = std::max(highest, stream->positionMs());
        }
        CHECK_FALSE(stream->finished());
        CHECK(lowest >= 1000);
        CHECK(highest <= 1600);
        stream->setLoop(std::nullopt);
        pull(*stream, 10 * kOutRate);
        CHECK(stream->finished());

        stream->setLoop(std::pair<qint64, qint64>{200, 250}); // a click, not a selection
        CHECK_FALSE(stream->loop().has_value());
    }
}

TEST_CASE("A two-channel call: both sides, one side alone in both ears, or leaning one way",
          "[audio][playback][channels]")
{
    QTemporaryDir dir;
    // The tone on the first side, silence on the second.
    const QString path = audiotools::tone(dir.path(), QStringLiteral("st.wav"), "-b 16", 2, 2.0);
    const auto channelRms = [](const std::vector<qint16> &samples, int channel) {
        double sum = 0;
        size_t n = 0;
        for (size_t i = size_t(channel); i < samples.size(); i += 2, ++n)
            sum += double(samples[i]) * samples[i];
        return n ? std::sqrt(sum / double(n)) / 32767.0 : 0.0;
    };
    const double full = audiotools::kToneAmplitude / std::sqrt(2.0);
    auto stream = streamOf(path);

    // Both: as recorded, the first side on the left.
    auto out = pull(*stream, kOutRate / 2);
    CHECK(std::abs(channelRms(out, 0) - full) < 0.02);
    CHECK(channelRms(out, 1) < 0.001);

    stream->setChannelMix({ChannelMix::Solo::First, 0});
    out = pull(*stream, kOutRate / 2);
    CHECK(std::abs(channelRms(out, 0) - full) < 0.02); // both ears, at its own level
    CHECK(std::abs(channelRms(out, 1) - full) < 0.02);

    stream->setChannelMix({ChannelMix::Solo::Second, 0});
    out = pull(*stream, kOutRate / 2);
    CHECK(channelRms(out, 0) < 0.001); // only the silent side: nothing of the first
    CHECK(channelRms(out, 1) < 0.001);

    stream->seekTo(0);
    stream->setChannelMix({ChannelMix::Solo::None, 0.5}); // towards the second side
    out = pull(*stream, kOutRate / 2);
    CHECK(std::abs(channelRms(out, 0) - full / 2) < 0.02);

    // A mono file is unaffected by any of it.
    const QString mono = audiotools::tone(dir.path(), QStringLiteral("m.wav"), "-b 16", 1, 1.0);
    auto single = streamOf(mono);
    single->setChannelMix({ChannelMix::Solo::Second, 0});
    CHECK(std::abs(channelRms(pull(*single, kOutRate / 2), 0) - full) < 0.02);
}

TEST_CASE("Skip silence: the playhead jumps over the spans to skip", "[audio][playback][skip]")
{
    QTemporaryDir dir;
    const QString path = audiotools::tone(dir.path(), QStringLiteral("t.wav"), "-b 16", 1, 6.0);
    auto stream = streamOf(path);
    stream->setSkips({{1000, 4000}});
    qint64 total = 0;
    bool insideHeard = false;
    while (true) {
        const auto out = pull(*stream, kOutRate / 20);
        if (out.empty())
            break;
        total += qint64(out.size()) / 2;
        const qint64 at = stream->positionMs();
        insideHeard |= at > 1100 && at < 3900;
    }
    CHECK_FALSE(insideHeard);
    // 6 s less the 3 skipped.
    CHECK(std::abs(double(total) / kOutRate - 3.0) < 0.1);
}
