#include "BarRig.h"
#include "ipc/ControlProtocol.h"
#include "model/SimModel.h"

using namespace recbar;

namespace {

const recsim::Recording *runningRecording(SimServer &server, const QString &callId)
{
    const recsim::Call *call = server.model().call(callId);
    return call ? server.model().runningRecording(*call) : nullptr;
}

} // namespace

TEST_CASE("Signing in reads the agent and the call from the server", "[bar]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("bob"), QStringLiteral("+15557654321"));
    rig.signInAndConnect(rig.profile());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    const AgentSnapshot &s = rig.snapshot();
    CHECK(s.agentName == QStringLiteral("bob"));
    CHECK(s.extension == QStringLiteral("5003"));
    CHECK(s.remoteNumber == QStringLiteral("+15557654321"));
    CHECK(s.direction == Direction::Inbound);
    CHECK(s.recording == RecordingState::Off);
    CHECK(s.callStartedAt.isValid());
    CHECK(s.confirmedAt.isValid());
}

TEST_CASE("A wrong password stops at CredentialsRejected and asks again", "[bar]")
{
    BarRig rig;
    QString reason;
    QObject::connect(&rig.session, &AgentSession::passwordNeeded,
                     [&](const Profile &, const QString &why) { reason = why; });
    rig.signIn(rig.profile(), QStringLiteral("wrong"));
    REQUIRE(
        waitFor([&] { return rig.snapshot().connection == ConnectionState::CredentialsRejected; }));
    CHECK(reason.contains(QStringLiteral("refused")));
    CHECK_FALSE(rig.controller().readsOnItsOwn()); // no retry loop against a wrong password
}

TEST_CASE("Every command goes pending, then confirmed by the server's state", "[bar]")
{
    BarRig rig;
    const QString call = rig.server.connectedCall(QStringLiteral("bob"));
    rig.signInAndConnect(rig.profile());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));

    const quint64 id = rig.controller().request(CommandKind::Start, {}, QStringLiteral("test"));
    REQUIRE(id != 0);
    CHECK(rig.snapshot().pending.has_value());
    CHECK(rig.snapshot().recording == RecordingState::Off); // not before the server says so
    REQUIRE(waitFor([&] { return !rig.snapshot().pending; }));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    CHECK(runningRecording(rig.server, call));

    CHECK(rig.run(CommandKind::Pause));
    CHECK(rig.snapshot().recording == RecordingState::Paused);
    CHECK(rig.snapshot().blackout);
    CHECK(rig.server.model().inBlackout(*rig.server.model().agent(2), rig.server.model().now()));
    CHECK(rig.run(CommandKind::Resume));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    CHECK_FALSE(rig.snapshot().blackout);

    CHECK(rig.run(CommandKind::Metadata, {{QStringLiteral("user1"), QStringLiteral("ticket 42")}}));
    CHECK(rig.snapshot().metadata.value(QStringLiteral("user1")) == QStringLiteral("ticket 42"));
    CHECK(rig.server.model().call(call)->metadata.value(QStringLiteral("user1")) ==
          QStringLiteral("ticket 42"));

    CHECK(rig.run(CommandKind::StartDuplicate));
    CHECK(rig.snapshot().duplicateRecording);
    CHECK(rig.run(CommandKind::StopDuplicate));
    CHECK_FALSE(rig.snapshot().duplicateRecording);
    CHECK(rig.run(CommandKind::StartScreen));
    CHECK(rig.snapshot().screenRecording);
    CHECK(rig.run(CommandKind::StopScreen));
    CHECK_FALSE(rig.snapshot().screenRecording);

    CHECK(rig.run(CommandKind::Stop));
    CHECK(rig.snapshot().recording == RecordingState::Off);
    CHECK_FALSE(runningRecording(rig.server, call));
    CHECK_FALSE(rig.snapshot().failure.has_value());
}

TEST_CASE("A 500 on pause is an error the agent sees, and nothing is paused", "[bar]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("alice")); // alice records automatically
    rig.signInAndConnect(rig.profile(QStringLiteral("alice"), QStringLiteral("1")));
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                         {QStringLiteral("status"), 500},
                         {QStringLiteral("path"), QStringLiteral("/api/Blackout")},
                         {QStringLiteral("count"), 1}});
    CHECK_FALSE(rig.run(CommandKind::Pause));
    REQUIRE(rig.snapshot().failure.has_value());
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("500")));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    CHECK_FALSE(rig.snapshot().blackout);
    // The agent dismisses it and tries again.
    rig.controller().dismissFailure();
    CHECK(rig.run(CommandKind::Pause));
}

TEST_CASE("Accepted but not applied is a failure, not a success", "[bar]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("alice"));
    rig.signInAndConnect(rig.profile(QStringLiteral("alice"), QStringLiteral("1")));
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    // A server that says 200 and does nothing.
    rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                         {QStringLiteral("status"), 200},
                         {QStringLiteral("path"), QStringLiteral("/api/Record/StopForAgent")},
                         {QStringLiteral("count"), 1}});
    CHECK_FALSE(rig.run(CommandKind::Stop, {}, 10'000));
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("did not change")));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
}

TEST_CASE("A slow reply keeps the command pending and one slower than the timeout fails", "[bar]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("bob"));
    Profile p = rig.profile();
    p.requestTimeoutMs = 1500;
    rig.signInAndConnect(p);
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));

    rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("latency")},
                         {QStringLiteral("latencyMs"), 700},
                         {QStringLiteral("path"), QStringLiteral("/api/Record/StartForAgent")},
                         {QStringLiteral("count"), 1}});
    const quint64 id = rig.controller().request(CommandKind::Start);
    REQUIRE(id != 0);
    // Reads go on while the start waits for its answer (the poll on a call is 200 ms here).
    REQUIRE(rig.server.waitForRequests(2, QStringLiteral("/api/Agent")));
    // The server may already show the recording; the command is done only once it answered.
    REQUIRE(rig.snapshot().pending.has_value());
    CHECK_FALSE(rig.snapshot().pending->accepted);
    REQUIRE(waitFor([&] { return !rig.snapshot().pending; }, 5000));
    CHECK(rig.snapshot().recording == RecordingState::Recording);

    rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("latency")},
                         {QStringLiteral("latencyMs"), 3000},
                         {QStringLiteral("path"), QStringLiteral("/api/Blackout")},
                         {QStringLiteral("count"), 1}});
    CHECK_FALSE(rig.run(CommandKind::Pause, {}, 6000));
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("in time")));
}

TEST_CASE("Session expiry with a command in flight: the command is sent again, once", "[bar]")
{
    BarRig rig;
    const QString call = rig.server.connectedCall(QStringLiteral("bob"));
    rig.signInAndConnect(rig.profile());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    rig.server.expireSessions();
    CHECK(rig.run(CommandKind::Start));
    CHECK(rig.snapshot().connection == ConnectionState::Connected);
    CHECK(rig.server.model().recordingsOf(*rig.server.model().call(call)).size() == 1);
}

TEST_CASE("Server down at start: reconnecting with backoff, connected when it comes up", "[bar]")
{
    BarRig rig;
    const quint16 port = rig.server.port();
    rig.server.close();
    rig.signIn(rig.profile());
    REQUIRE(waitFor([&] { return rig.snapshot().connection == ConnectionState::Reconnecting; }));
    CHECK(rig.snapshot().nextAttemptAt.isValid());
    CHECK_FALSE(rig.snapshot().connectionDetail.isEmpty());
    REQUIRE(rig.server.listen(port));
    CHECK(waitFor([&] { return rig.snapshot().isConnected(); }, 8000));
}

TEST_CASE("Server down mid-call: state unknown while away, true state on return", "[bar]")
{
    BarRig rig;
    const QString call = rig.server.connectedCall(QStringLiteral("alice"));
    rig.signInAndConnect(rig.profile(QStringLiteral("alice"), QStringLiteral("1")));
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    const quint16 port = rig.server.port();
    rig.server.close();
    REQUIRE(waitFor([&] { return rig.snapshot().connection == ConnectionState::Reconnecting; }));
    CHECK(rig.snapshot().recording == RecordingState::Unknown);
    // No call is known now; the last one the server confirmed is kept as that.
    CHECK(rig.snapshot().remoteNumber.isEmpty());
    REQUIRE(rig.snapshot().lastKnownCall.has_value());
    CHECK(rig.snapshot().lastKnownCall->callId ==
          rig.server.model().call(call)->callInstance); // the Recording API's call id
    CHECK(rig.snapshot().lastKnownCall->remoteNumber == QStringLiteral("+15550001111"));
    const QJsonObject status = control::snapshotJson(rig.snapshot());
    CHECK(status.value(QStringLiteral("call")) == QStringLiteral("unknown"));
    CHECK(status.value(QStringLiteral("remoteNumber")).toString().isEmpty());
    CHECK(status.value(QStringLiteral("lastKnownCall"))
              .toObject()
              .value(QStringLiteral("remoteNumber")) == QStringLiteral("+15550001111"));
    // A pause now is refused, not queued.
    CHECK(rig.controller().request(CommandKind::Pause) == 0);
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("Not connected")));
    // Meanwhile the call went on hold on the server.
    REQUIRE_FALSE(rig.server.model().hold(rig.server.model().call(call)).has_value());
    REQUIRE(rig.server.listen(port));
    REQUIRE(waitFor([&] { return rig.snapshot().isConnected(); }, 8000));
    CHECK(rig.snapshot().call == CallState::Held);
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    CHECK_FALSE(rig.snapshot().lastKnownCall.has_value());
    CHECK_FALSE(
        rig.server.model().inBlackout(*rig.server.model().agent(1), rig.server.model().now()));
}

TEST_CASE("A secure pause holds across hold and transfer, and covers the next call", "[bar]")
{
    BarRig rig;
    recsim::SimModel &model = rig.server.model();
    const QString first = rig.server.connectedCall(QStringLiteral("alice"));
    rig.signInAndConnect(rig.profile(QStringLiteral("alice"), QStringLiteral("1")));
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    CHECK(rig.run(CommandKind::Pause));

    REQUIRE_FALSE(model.hold(model.call(first)).has_value());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Held; }));
    CHECK(rig.snapshot().recording == RecordingState::Paused);
    CHECK(rig.snapshot().blackout);
    REQUIRE_FALSE(model.retrieve(model.call(first)).has_value());

    QString error;
    REQUIRE(model.transfer(model.call(first), QStringLiteral("bob"), &error));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::None; }));
    CHECK(rig.snapshot().blackout); // still on: it belongs to the agent
    rig.server.connectedCall(QStringLiteral("alice"));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    CHECK(rig.snapshot().recording == RecordingState::Paused);
    CHECK(rig.run(CommandKind::Resume));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
}

TEST_CASE("Auto-resume ends a secure pause after the configured time", "[bar]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("alice"));
    Profile p = rig.profile(QStringLiteral("alice"), QStringLiteral("1"));
    p.autoResumeSec = 1;
    rig.signInAndConnect(p);
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    CHECK(rig.run(CommandKind::Pause));
    CHECK(rig.snapshot().autoResumeAt.isValid());
    CHECK(rig.snapshot().blackoutSince.msecsTo(rig.snapshot().autoResumeAt) == 1000);
    REQUIRE(rig.waitForRecording(RecordingState::Recording, 4000));
    CHECK_FALSE(rig.snapshot().blackout);
    CHECK_FALSE(rig.snapshot().autoResumeAt.isValid());
}

TEST_CASE("A blackout the server ends by itself shows as resumed", "[bar]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("alice"));
    rig.signInAndConnect(rig.profile(QStringLiteral("alice"), QStringLiteral("1")));
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    CHECK(rig.run(CommandKind::Pause));
    // The server's maximum blackout length passes (120 s in the test configuration).
    rig.server.model().clock()->advance(121'000);
    CHECK(rig.waitForRecording(RecordingState::Recording));
    CHECK_FALSE(rig.snapshot().blackout);
}

TEST_CASE("A malformed status is not believed: the bar says it cannot read the server", "[bar]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("alice"));
    rig.signInAndConnect(rig.profile(QStringLiteral("alice"), QStringLiteral("1")));
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("malformed")},
                         {QStringLiteral("path"), QStringLiteral("/api/Agent")},
                         {QStringLiteral("count"), 1}});
    REQUIRE(waitFor([&] { return rig.snapshot().connection == ConnectionState::Reconnecting; }));
    CHECK(rig.snapshot().recording == RecordingState::Unknown);
    CHECK(rig.snapshot().connectionDetail.contains(QStringLiteral("could not be read")));
    CHECK(waitFor([&] { return rig.snapshot().recording == RecordingState::Recording; }, 5000));
}

TEST_CASE("Every command's rejection reaches the agent and changes nothing", "[bar]")
{
    BarRig rig;
    const QString call = rig.server.connectedCall(QStringLiteral("alice"));
    rig.signInAndConnect(rig.profile(QStringLiteral("alice"), QStringLiteral("1")));
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    // Each command, refused by the server once; the state before and after must be the same.
    const struct
    {
        CommandKind kind;
        const char *path;
    } commands[] = {{CommandKind::Pause, "/api/Blackout/StartForAgent"},
                    {CommandKind::Metadata, "/api/Record/UpdateForAgent"},
                    {CommandKind::StartDuplicate, "/api/Record/StartDuplicateForAgent"},
                    {CommandKind::StartScreen, "/api/ScreenRecord/StartForAgent"},
                    {CommandKind::Stop, "/api/Record/StopForAgent"}};
    for (const auto &c : commands) {
        INFO(CommandText::name(c.kind).toStdString());
        rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                             {QStringLiteral("status"), 409},
                             {QStringLiteral("path"), QLatin1String(c.path)},
                             {QStringLiteral("count"), 1}});
        const MetadataPairs metadata =
            c.kind == CommandKind::Metadata
                ? MetadataPairs{{QStringLiteral("user1"), QStringLiteral("x")}}
                : MetadataPairs{};
        CHECK_FALSE(rig.run(c.kind, metadata));
        REQUIRE(rig.snapshot().failure.has_value());
        CHECK(rig.snapshot().failure->message.contains(QStringLiteral("refused")));
        CHECK(rig.snapshot().recording == RecordingState::Recording);
        CHECK_FALSE(rig.snapshot().duplicateRecording);
        CHECK_FALSE(rig.snapshot().screenRecording);
    }
    // ... and the same commands, accepted, go through to confirmed (the other half of the path).
    CHECK(rig.run(CommandKind::StartScreen));
    CHECK(rig.run(CommandKind::StopScreen));
    CHECK(rig.run(CommandKind::Stop));
    CHECK(rig.run(CommandKind::Start));
    CHECK(rig.server.model().recordingsOf(*rig.server.model().call(call)).size() == 2);
}
