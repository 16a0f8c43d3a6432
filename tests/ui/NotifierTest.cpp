#include "Notifier.h"

#include "CatchCompat.h"

using namespace recbar;

namespace {

AgentSnapshot connected(RecordingState recording)
{
    AgentSnapshot s;
    s.connection = ConnectionState::Connected;
    s.call = CallState::Talking;
    s.recording = recording;
    s.remoteNumber = QStringLiteral("+15550001111");
    return s;
}

} // namespace

TEST_CASE("Notifications for recording started, stopped and failed, and a lost connection", "[ui]")
{
    Notifier notifier;
    CHECK_FALSE(notifier.next(connected(RecordingState::Off))); // the first look is no change
    const auto started = notifier.next(connected(RecordingState::Recording));
    REQUIRE(started);
    CHECK(started->title == QStringLiteral("Recording started"));
    CHECK_FALSE(started->critical);
    CHECK_FALSE(notifier.next(connected(RecordingState::Paused))); // a pause is in the bar
    const auto stopped = notifier.next(connected(RecordingState::Off));
    REQUIRE(stopped);
    CHECK(stopped->title == QStringLiteral("Recording stopped"));

    AgentSnapshot failed = connected(RecordingState::Off);
    failed.failure = CommandFailure{{1, CommandKind::Start, {}, {}},
                                    QStringLiteral("Start failed: HTTP 500"),
                                    QDateTime::currentDateTimeUtc()};
    const auto failure = notifier.next(failed);
    REQUIRE(failure);
    CHECK(failure->critical);
    CHECK(failure->message == QStringLiteral("Start failed: HTTP 500"));
    CHECK_FALSE(notifier.next(failed)); // once per failure

    AgentSnapshot lost = failed;
    lost.connection = ConnectionState::Reconnecting;
    lost.connectionDetail = QStringLiteral("The server cannot be reached");
    const auto away = notifier.next(lost);
    REQUIRE(away);
    CHECK(away->critical);
    CHECK(away->message.contains(QStringLiteral("cannot be reached")));
}
