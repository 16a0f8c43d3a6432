#include "BarRig.h"
#include "HttpClient.h"
#include "model/SimModel.h"
#include "servers/ServerProbe.h"
#include "session/TrustStore.h"

using namespace recbar;

namespace {

Profile paired(BarRig &rig, const QString &control, const QString &user = QStringLiteral("bob"))
{
    Profile p = rig.profile(user);
    p.controlKind = control;
    p.stateKind = QStringLiteral("finesse");
    p.setField(QStringLiteral("agentIdentifier"), user); // QM's sender_id
    p.setField(QStringLiteral("peripheralId"), QStringLiteral("5001"));
    return p;
}

// Where the Finesse state source reads the agent and their dialogs.
const QString kFinesseUser = QStringLiteral("/finesse/api/User");

const recsim::Recording *onlyRecording(SimServer &server, const QString &callId)
{
    const auto recordings = server.model().recordingsOf(*server.model().call(callId));
    return recordings.size() == 1 ? recordings.first() : nullptr;
}

} // namespace

TEST_CASE("QM with Finesse: every command, confirmed by QM's answers", "[bar][qm]")
{
    BarRig rig;
    recsim::SimModel &model = rig.server.model();
    const QString call =
        rig.server.connectedCall(QStringLiteral("bob"), QStringLiteral("+15550008888"));
    rig.signInAndConnect(paired(rig, QStringLiteral("qm")));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    CHECK(rig.snapshot().remoteNumber == QStringLiteral("+15550008888"));
    // QM does not report recordings: until it answers a command, the state is not known.
    CHECK(rig.snapshot().recording == RecordingState::Unknown);
    REQUIRE(waitFor([&] { return rig.snapshot().capabilities.supports(CommandKind::Restart); }));

    CHECK(rig.run(CommandKind::Start));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    REQUIRE(onlyRecording(rig.server, call));
    CHECK(rig.run(CommandKind::Pause));
    CHECK(rig.snapshot().recording == RecordingState::Paused);
    CHECK(onlyRecording(rig.server, call)->isPausedAt(model.now()));
    CHECK(rig.run(CommandKind::Resume));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    CHECK(rig.run(CommandKind::Tag));
    CHECK(onlyRecording(rig.server, call)->reasonCode == QStringLiteral("TAGGED"));
    CHECK(rig.run(CommandKind::Metadata, {{QStringLiteral("account"), QStringLiteral("2500")}}));
    CHECK(model.call(call)->metadata.value(QStringLiteral("account")) == QStringLiteral("2500"));
    CHECK(rig.run(CommandKind::Restart));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    CHECK(rig.run(CommandKind::StopSegment));
    CHECK(rig.snapshot().recording == RecordingState::Off);
    CHECK(rig.run(CommandKind::StartSegment));
    CHECK(model.recordingsOf(*model.call(call)).size() == 2);
    CHECK(rig.run(CommandKind::Stop));
    CHECK(rig.snapshot().recording == RecordingState::Off);
    CHECK_FALSE(rig.snapshot().failure.has_value());

    // After hang-up, call data goes to the last recorded call, until the next call.
    REQUIRE_FALSE(model.hangup(model.call(call)).has_value());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::None; }));
    CHECK(rig.controller().availability(CommandKind::Metadata).allowed);
    CHECK(rig.run(CommandKind::Metadata, {{QStringLiteral("customer"), QStringLiteral("Ann")}}));
    CHECK(model.call(call)->metadata.value(QStringLiteral("customer")) == QStringLiteral("Ann"));

    // Hot desking.
    Profile withExtension = paired(rig, QStringLiteral("qm"));
    withExtension.setField(QStringLiteral("extension"), QStringLiteral("5099"));
    rig.signInAndConnect(withExtension);
    REQUIRE(waitFor([&] { return rig.snapshot().capabilities.supports(CommandKind::Login); }));
    CHECK(rig.run(CommandKind::Login));
    CHECK(model.agent(2)->hotDeskExtension == QStringLiteral("5099"));
    CHECK(rig.run(CommandKind::Logout));
    CHECK(model.agent(2)->hotDeskExtension.isEmpty());
}

TEST_CASE("QM: a deleted call stays deleted and says so", "[bar][qm]")
{
    BarRig rig;
    const QString call = rig.server.connectedCall(QStringLiteral("bob"));
    rig.signInAndConnect(paired(rig, QStringLiteral("qm")));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    CHECK(rig.run(CommandKind::Start));
    CHECK(rig.run(CommandKind::Delete));
    CHECK(rig.snapshot().recording == RecordingState::Off);
    CHECK(rig.server.model().call(call)->deleted);
    CHECK_FALSE(rig.run(CommandKind::Tag));
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("deleted")));
}

TEST_CASE("QM's no-ops are results, and its refusals are failures", "[bar][qm]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("bob"));
    rig.signInAndConnect(paired(rig, QStringLiteral("qm")));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    // Stop on an unrecorded call: QM answers "none"; the bar now knows it is not recording.
    CHECK(rig.run(CommandKind::Stop));
    CHECK(rig.snapshot().recording == RecordingState::Off);
    rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                         {QStringLiteral("status"), 409},
                         {QStringLiteral("path"), QStringLiteral("/recordingcontrols/rest/start")},
                         {QStringLiteral("count"), 1}});
    CHECK_FALSE(rig.run(CommandKind::Start));
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("409")) == false);
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("refused")));
    CHECK(rig.snapshot().recording == RecordingState::Off);
    // Invalid call data never leaves the bar; data the server refuses is a failure.
    CHECK_FALSE(rig.run(CommandKind::Metadata,
                        {{QStringLiteral("followup"), QStringLiteral("2026-02-30")}}));
    INFO(rig.snapshot().failure->message.toStdString());
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("yyyy-mm-dd")));
}

TEST_CASE("QM in gateway mode hides what gateway recording cannot do, and says why", "[bar][qm]")
{
    BarRig rig;
    rig.server.model().settings().qm.mode = QStringLiteral("gateway");
    // No documented reply says "gateway": the administrator's profile does.
    Profile gateway = paired(rig, QStringLiteral("qm"));
    gateway.setField(QStringLiteral("qmRecording"), QStringLiteral("gateway"));
    rig.signInAndConnect(gateway);
    REQUIRE(!rig.snapshot().capabilities.supports(CommandKind::Restart));
    for (CommandKind kind : {CommandKind::Restart, CommandKind::StartSegment,
                             CommandKind::StopSegment, CommandKind::Logout}) {
        CHECK_FALSE(rig.snapshot().capabilities.supports(kind));
        CHECK(rig.snapshot().capabilities.whyNot(kind).contains(QStringLiteral("gateway")));
    }
    CHECK(rig.snapshot().capabilities.supports(CommandKind::Pause));
    CHECK(rig.snapshot().capabilities.supports(CommandKind::Delete));
}

TEST_CASE("QM desktop recording: no command goes to the server", "[bar][qm]")
{
    BarRig rig;
    rig.signInAndConnect(paired(rig, QStringLiteral("qm"), QStringLiteral("dan")));
    REQUIRE(waitFor([&] { return !rig.snapshot().capabilities.supports(CommandKind::Start); }));
    CHECK(
        rig.snapshot().capabilities.whyNot(CommandKind::Pause).contains(QStringLiteral("applet")));
}

TEST_CASE("Always-on: recording starts when a call is answered, and can still be paused",
          "[bar][qm]")
{
    BarRig rig;
    Profile p = paired(rig, QStringLiteral("qm"));
    p.autoStart = true;
    rig.signInAndConnect(p);
    const QString call = rig.server.model()
                             .createCall({2,
                                          recsim::Direction::Inbound,
                                          QStringLiteral("+15551110000"),
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          true,
                                          false},
                                         nullptr)
                             ->id;
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Ringing; }));
    REQUIRE(rig.server.waitForRequests(2, kFinesseUser));
    CHECK(rig.server.model().recordingsOf(*rig.server.model().call(call)).isEmpty()); // ringing
    REQUIRE_FALSE(rig.server.model().answer(rig.server.model().call(call)).has_value());
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    REQUIRE(onlyRecording(rig.server, call));
    CHECK(rig.run(CommandKind::Pause));
    CHECK(rig.snapshot().recording == RecordingState::Paused);
    // Stopped by the agent, it stays stopped for this call.
    CHECK(rig.run(CommandKind::Stop));
    REQUIRE(rig.server.waitForRequests(3, kFinesseUser));
    CHECK(rig.snapshot().recording == RecordingState::Off);
}

TEST_CASE("Finesse alone: START_RECORDING is pending until the dialog shows it", "[bar][finesse]")
{
    BarRig rig;
    Profile p = rig.profile();
    p.controlKind = QStringLiteral("finesse");
    p.stateKind = QStringLiteral("finesse");
    const QString call = rig.server.model()
                             .createCall({2,
                                          recsim::Direction::Inbound,
                                          QStringLiteral("+15552220000"),
                                          {},
                                          {},
                                          {},
                                          {},
                                          {},
                                          true,
                                          false},
                                         nullptr)
                             ->id;
    rig.signInAndConnect(p);
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Ringing; }));
    CHECK_FALSE(rig.controller().availability(CommandKind::Start).allowed);
    REQUIRE_FALSE(rig.server.model().answer(rig.server.model().call(call)).has_value());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    CHECK(rig.snapshot().recording == RecordingState::Off);
    CHECK_FALSE(rig.snapshot().capabilities.supports(CommandKind::Pause));
    CHECK(rig.snapshot()
              .capabilities.whyNot(CommandKind::Pause)
              .contains(QStringLiteral("only start")));

    const quint64 id = rig.controller().request(CommandKind::Start);
    REQUIRE(id != 0);
    REQUIRE(waitFor([&] { return rig.snapshot().pending && rig.snapshot().pending->accepted; }));
    // Accepted (202) is not recorded: the recording shows 400 ms later, on recsim's clock.
    REQUIRE(rig.server.waitForRequests(2, kFinesseUser));
    CHECK(rig.snapshot().pending.has_value());
    CHECK(rig.snapshot().recording == RecordingState::Off);
    rig.server.model().clock()->advance(400);
    REQUIRE(waitFor([&] { return !rig.snapshot().pending; }));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    CHECK_FALSE(rig.snapshot().failure.has_value());
}

TEST_CASE("Finesse: a held call cannot be recorded (401 Invalid State is not a password problem)",
          "[bar][finesse]")
{
    BarRig rig;
    Profile p = rig.profile();
    p.controlKind = QStringLiteral("finesse");
    p.stateKind = QStringLiteral("finesse");
    const QString call = rig.server.connectedCall(QStringLiteral("bob"));
    REQUIRE_FALSE(rig.server.model().hold(rig.server.model().call(call)).has_value());
    rig.signInAndConnect(p);
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Held; }));
    CHECK_FALSE(rig.run(CommandKind::Start));
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("Invalid State")));
    CHECK(rig.snapshot().connection == ConnectionState::Connected);
}

TEST_CASE("Finesse on UCCE offers no recording at all", "[bar][finesse]")
{
    BarRig rig;
    rig.server.model().settings().finesse.deployment = QStringLiteral("UCCE");
    Profile p = rig.profile();
    p.controlKind = QStringLiteral("finesse");
    p.stateKind = QStringLiteral("finesse");
    rig.signInAndConnect(p);
    REQUIRE(waitFor([&] { return !rig.snapshot().capabilities.supports(CommandKind::Start); }));
    CHECK(rig.snapshot()
              .capabilities.whyNot(CommandKind::Start)
              .contains(QStringLiteral("Unified CCX")));
}

TEST_CASE("Imagicle with Finesse: start, pause, resume, stop and the 429s as results",
          "[bar][imagicle]")
{
    BarRig rig;
    recsim::SimModel &model = rig.server.model();
    const QString call = rig.server.connectedCall(QStringLiteral("bob"));
    rig.signInAndConnect(paired(rig, QStringLiteral("imagicle")));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));

    CHECK(rig.run(CommandKind::Start));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    recsim::Recording *recording = model.runningRecording(*model.call(call));
    REQUIRE(recording);

    // Someone else paused it: the bar's Pause gets 429, which means "already paused".
    REQUIRE(model.pauseRecording(recording));
    CHECK(rig.run(CommandKind::Pause));
    CHECK(rig.snapshot().recording == RecordingState::Paused);
    CHECK_FALSE(rig.snapshot().failure.has_value());
    CHECK(rig.run(CommandKind::Resume));
    CHECK_FALSE(model.isPaused(*recording, model.now()));
    CHECK(rig.run(CommandKind::Stop));
    CHECK_FALSE(recording->isRunning());
    CHECK(rig.snapshot().recording == RecordingState::Off);

    // Started elsewhere: Start answers 429 and the bar knows it is recorded.
    model.startRecording(model.call(call), recsim::RecordingOrigin::Imagicle);
    CHECK(rig.run(CommandKind::Start));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
}

TEST_CASE("Imagicle's refusals are explained", "[bar][imagicle]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("carol")); // an automatically recorded device
    rig.signInAndConnect(paired(rig, QStringLiteral("imagicle"), QStringLiteral("carol")));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    CHECK_FALSE(rig.run(CommandKind::Start));
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("level 10")));

    rig.session.signOut();
    rig.server.connectedCall(QStringLiteral("alice"));
    Profile alice = paired(rig, QStringLiteral("imagicle"), QStringLiteral("alice"));
    alice.setField(QStringLiteral("extension"), QStringLiteral("805003"));
    rig.signInAndConnect(alice);
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    CHECK_FALSE(rig.run(CommandKind::Start));
    INFO(rig.snapshot().failure->message.toStdString());
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("automatically")));
}

TEST_CASE("Switching profiles needs no restart", "[bar]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("alice"));
    rig.signInAndConnect(rig.profile(QStringLiteral("alice"), QStringLiteral("1")));
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    CHECK(rig.snapshot().capabilities.supports(CommandKind::StartDuplicate));

    Profile qm = paired(rig, QStringLiteral("qm"), QStringLiteral("alice"));
    qm.id = QStringLiteral("second");
    rig.signInAndConnect(qm);
    REQUIRE(waitFor([&] { return rig.snapshot().capabilities.supports(CommandKind::Restart); }));
    CHECK_FALSE(rig.snapshot().capabilities.supports(CommandKind::StartDuplicate));
    CHECK(rig.snapshot().recording == RecordingState::Unknown); // QM does not report it
    CHECK(rig.session.profiles().activeProfileId() == QStringLiteral("second"));
}

TEST_CASE("An address is probed for the APIs it speaks, without credentials", "[kinds][probe]")
{
    SimServer server;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    recbar::TrustStore trust(settings);
    recbar::ServerProbe probe(trust);
    const auto run = [&](const QUrl &url) {
        std::optional<recbar::ServerProbe::Result> result;
        probe.run(url, true, [&](const recbar::ServerProbe::Result &r) { result = r; });
        REQUIRE(waitFor([&] { return result.has_value(); }, 10'000));
        return *result;
    };
    // recsim speaks all four on one port.
    const recbar::ServerProbe::Result all = run(server.url());
    CHECK(all.kinds == QStringList{QStringLiteral("recording-api"), QStringLiteral("qm"),
                                   QStringLiteral("finesse"), QStringLiteral("imagicle")});
    CHECK(all.problem.isEmpty());
    // Nothing was sent with credentials: no request could have been answered as a user's.
    HttpClient client(server.url());
    for (const QJsonValue &r : client.get(QStringLiteral("/sim/requests"))
                                   .object()
                                   .value(QStringLiteral("requests"))
                                   .toArray()) {
        const int status = r.toObject().value(QStringLiteral("status")).toInt();
        const QString path = r.toObject().value(QStringLiteral("path")).toString();
        // QM asks for none; Finesse's SystemInfo answers anyone (the sign-in mode is in it).
        if (!path.startsWith(QStringLiteral("/recordingcontrols")) &&
            path != u"/finesse/api/SystemInfo")
            CHECK(status == 401);
        CHECK(!r.toObject().value(QStringLiteral("authorization")).toBool());
    }

    // The host typed bare, so tried as https, where the server speaks plain HTTP only: the
    // answer says where it does answer.
    QUrl overHttps = server.url();
    overHttps.setScheme(QStringLiteral("https"));
    const recbar::ServerProbe::Result plainOnly = run(overHttps);
    CHECK(plainOnly.kinds.isEmpty());
    CHECK(plainOnly.plainAlternative.adjusted(QUrl::StripTrailingSlash) ==
          server.url().adjusted(QUrl::StripTrailingSlash));
    CHECK(all.plainAlternative.isEmpty());

    // A path where none of them lives: nothing recognised, and no problem either.
    QUrl elsewhere = server.url();
    elsewhere.setPath(QStringLiteral("/nothing/here/"));
    const recbar::ServerProbe::Result none = run(elsewhere);
    CHECK(none.kinds.isEmpty());
    // Nobody there: said in words.
    const quint16 port = server.port();
    server.close();
    const recbar::ServerProbe::Result gone =
        run(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    CHECK(gone.kinds.isEmpty());
    CHECK_FALSE(gone.problem.isEmpty());

    CHECK(recbar::ServerProbe::normalized(QStringLiteral(" recorder.example.com ")) ==
          QUrl(QStringLiteral("https://recorder.example.com")));
    CHECK(recbar::ServerProbe::normalized(QStringLiteral("http://10.0.0.5:8080")) ==
          QUrl(QStringLiteral("http://10.0.0.5:8080")));
    CHECK(recbar::ServerProbe::normalized(QStringLiteral("not a url at all")).isEmpty());
}
