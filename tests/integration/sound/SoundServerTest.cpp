#include "SoundServer.h"

#include "AudioTools.h"
#include "CatchCompat.h"
#include "Envelope.h"
#include "HostTool.h"
#include "PlayerEngine.h"
#include "WaitFor.h"

#include <QDir>
#include <QTemporaryDir>

using namespace recbar;

namespace {

constexpr int kRate = 16'000;
constexpr double kFrameMs = 10;
constexpr double kSeconds = 6;

// A call in which the two sides take turns, as they do: the first side (the agent) a 300 Hz tone,
// the second (the customer) a 500 Hz one, at different levels and lengths.
struct Turn
{
    int side;
    double from;
    double to;
    double level;
};
constexpr Turn kTurns[] = {{0, 0.30, 1.30, 0.6},
                           {1, 1.60, 2.40, 0.5},
                           {0, 2.80, 3.20, 0.3},
                           {1, 3.50, 4.30, 0.4},
                           {0, 4.60, 5.70, 0.5}};

void sox(const QStringList &arguments)
{
    QString log;
    INFO(log.toStdString());
    REQUIRE(hosttool::run(QStringLiteral("sox"), arguments, &log));
}

QString makeCall(const QDir &dir)
{
    QStringList sides[2];
    int n = 0;
    for (const Turn &turn : kTurns) {
        const QString path = dir.filePath(QStringLiteral("turn%1.wav").arg(n++));
        sox({QStringLiteral("-n"), QStringLiteral("-r"), QString::number(kRate),
             QStringLiteral("-b"), QStringLiteral("16"), QStringLiteral("-c"), QStringLiteral("1"),
             path, QStringLiteral("synth"), QString::number(turn.to - turn.from),
             QStringLiteral("sine"), turn.side == 0 ? QStringLiteral("300") : QStringLiteral("500"),
             QStringLiteral("vol"), QString::number(turn.level), QStringLiteral("pad"),
             QString::number(turn.from), QString::number(kSeconds - turn.to)});
        sides[turn.side] << QStringLiteral("-v") << QStringLiteral("1") << path;
    }
    for (int side = 0; side < 2; ++side)
        sox(QStringList{QStringLiteral("-m")}
            << sides[side] << dir.filePath(QStringLiteral("side%1.wav").arg(side)));
    const QString call = dir.filePath(QStringLiteral("call.wav"));
    sox({QStringLiteral("-M"), dir.filePath(QStringLiteral("side0.wav")),
         dir.filePath(QStringLiteral("side1.wav")), call});
    return call;
}

// Plays the file through the player to the end and returns what the sound server played.
std::vector<float> playThrough(SoundServer &server, const QString &path, double speed,
                               const ChannelMix &mix = {})
{
    PlayerEngine player;
    player.open(path);
    REQUIRE(waitFor([&] { return player.isOpen(); }));
    player.setSpeed(speed);
    player.setChannelMix(mix);
    QString problem;
    INFO(problem.toStdString());
    REQUIRE(server.startRecording(kRate, &problem));
    player.play();
    REQUIRE(player.isPlaying());
    const int expectedMs = int(kSeconds * 1000 / speed);
    CHECK(waitFor([&] { return !player.isPlaying(); }, expectedMs + 5000));
    CHECK(player.error().isEmpty());
    CHECK(server.waitForMore(300)); // the end reaches the monitor
    return server.stopRecording();
}

// One for the whole process: Qt Multimedia connects to the first sound server it finds and keeps
// it.
struct Fixture
{
    QTemporaryDir dir;
    SoundServer server;
    QString call;
    std::vector<float> source; // as sox decodes the file

    Fixture()
    {
        QString problem;
        INFO(problem.toStdString());
        REQUIRE(server.start(&problem));
        call = makeCall(QDir(dir.path()));
        source = audiotools::soxDecode(call);
        REQUIRE(source.size() == size_t(kSeconds * kRate * 2));
    }

    static Fixture &shared()
    {
        static Fixture fixture;
        return fixture;
    }
};

size_t frameAt(double seconds, double speed)
{
    return size_t(seconds * 1000 / speed / kFrameMs);
}

} // namespace

TEST_CASE("What the player sends to a real sound server matches the file at 1x 1.5x and 2x",
          "[sound]")
{
    Fixture &f = Fixture::shared();
    const auto speed = GENERATE(1.0, 1.5, 2.0);
    INFO("speed " << speed);
    const std::vector<float> heard = playThrough(f.server, f.call, speed);
    const auto heardEnvelope = envelope::rms(heard, 2, kRate, kFrameMs);
    const auto expected = envelope::rms(f.source, 2, kRate, kFrameMs * speed);

    // Up to a second of the server's latency before it starts.
    const envelope::Match match = envelope::bestMatch(heardEnvelope, expected, 100);
    INFO("starts after " << match.lag * kFrameMs << " ms");
    CHECK(match.correlation > 0.95);

    // From the first word to the last, as long as the file's at this speed (within 2 %).
    const auto max = [](const std::vector<double> &e) {
        return *std::max_element(e.begin(), e.end());
    };
    const auto [heardFrom, heardTo] = envelope::activeSpan(heardEnvelope, max(heardEnvelope) / 10);
    const auto [fileFrom, fileTo] = envelope::activeSpan(expected, max(expected) / 10);
    const double heardMs = double(heardTo - heardFrom) * kFrameMs;
    const double expectedMs = double(fileTo - fileFrom) * kFrameMs;
    INFO("heard " << heardMs << " ms of " << expectedMs);
    CHECK(std::abs(heardMs - expectedMs) / expectedMs < 0.02);
}

TEST_CASE("A solo side of a two-channel call is heard alone in both ears", "[sound]")
{
    Fixture &f = Fixture::shared();
    const int side = GENERATE(0, 1);
    INFO("solo side " << side);
    const ChannelMix mix{side == 0 ? ChannelMix::Solo::First : ChannelMix::Solo::Second, 0};
    const std::vector<float> heard = playThrough(f.server, f.call, 1.0, mix);
    const auto expected = envelope::rms(f.source, 2, kRate, kFrameMs,
                                        side == 0 ? std::vector{1.0, 0.0} : std::vector{0.0, 1.0});

    for (int ear = 0; ear < 2; ++ear) {
        INFO("ear " << ear);
        const auto heardEnvelope = envelope::rms(
            heard, 2, kRate, kFrameMs, ear == 0 ? std::vector{1.0, 0.0} : std::vector{0.0, 1.0});
        const envelope::Match match = envelope::bestMatch(heardEnvelope, expected, 100);
        CHECK(match.correlation > 0.95);

        // While the other side speaks, this ear hears nothing of it (40 dB down at least).
        const double loudest = *std::max_element(heardEnvelope.begin(), heardEnvelope.end());
        for (const Turn &turn : kTurns) {
            if (turn.side == side)
                continue;
            // Away from the edges, where the turns' clicks and the frames' overlap live.
            for (size_t i = frameAt(turn.from + 0.05, 1); i < frameAt(turn.to - 0.05, 1); ++i) {
                INFO("at " << i * kFrameMs << " ms");
                REQUIRE(heardEnvelope[match.lag + i] < loudest / 100);
            }
        }
    }
}
