// The bar's command flows against every dialect recsim speaks: where a vendor document is
// silent, a real server may answer each way, and no client behaviour may rest on the one recsim
// happened to pick. For every command: it succeeds exactly when the server carried it out, and
// the bar shows "recording" or "paused" only when a documented signal or a successful command
// supports it.
#include "BarRig.h"
#include "HttpClient.h"
#include "model/SimModel.h"

#include <QJsonArray>

using namespace recbar;

namespace {

struct Dialect
{
    const char *name;
    QJsonObject settings;
};

void speak(BarRig &rig, const QJsonObject &settings)
{
    REQUIRE_FALSE(recsim::applySettings(rig.server.model().settings(), settings).has_value());
}

// The requests recsim answered on a path prefix since the last clearRequests().
QJsonArray requests(BarRig &rig, const QString &prefix)
{
    HttpClient client(rig.server.url());
    QJsonArray out;
    for (const QJsonValue &entry : client.get(QStringLiteral("/sim/requests"))
                                       .object()
                                       .value(QStringLiteral("requests"))
                                       .toArray()) {
        if (entry.toObject().value(QStringLiteral("path")).toString().startsWith(prefix))
            out.append(entry);
    }
    return out;
}

void clearRequests(BarRig &rig)
{
    HttpClient client(rig.server.url());
    REQUIRE(client.del(QStringLiteral("/sim/requests")).status == 204);
}

const recsim::Recording *running(BarRig &rig, const QString &callId)
{
    recsim::SimModel &model = rig.server.model();
    return model.runningRecording(*model.call(callId));
}

Profile qmWithFinesse(BarRig &rig, const QString &user = QStringLiteral("bob"))
{
    Profile p = rig.profile(user);
    p.controlKind = QStringLiteral("qm");
    p.stateKind = QStringLiteral("finesse");
    // Two servers (recsim serves both): QM's gets no credentials, Finesse's the agent's.
    p.stateServerUrl = rig.server.url();
    p.setField(QStringLiteral("agentIdentifier"), user);
    p.setField(QStringLiteral("peripheralId"), QStringLiteral("5001"));
    return p;
}

} // namespace

TEST_CASE("Recording API: start, pause, resume, call data and stop in every dialect",
          "[bar][dialects][recording-api]")
{
    const Dialect dialects[] = {
        {"detailed (blackout shown as Paused)", {}},
        {"blackout never shown (the documents show only Recording)",
         {{QStringLiteral("recordingApiBlackout"), QStringLiteral("hidden")}}},
        {"undocumented CallState and RecordingState values",
         {{QStringLiteral("undocumentedValues"), true}}},
    };
    for (const Dialect &dialect : dialects) {
        INFO(dialect.name);
        BarRig rig;
        speak(rig, dialect.settings);
        recsim::SimModel &model = rig.server.model();
        const QString call = rig.server.connectedCall(QStringLiteral("bob"));
        Profile p = rig.profile();
        p.setField(QStringLiteral("callDataKeys"), QStringLiteral("account=user1"));
        rig.signInAndConnect(p);
        REQUIRE(waitFor([&] { return rig.snapshot().onCall(); }));
        const bool undocumented = dialect.settings.contains(QStringLiteral("undocumentedValues"));
        CHECK(rig.snapshot().call == (undocumented ? CallState::Unknown : CallState::Talking));

        CHECK(rig.run(CommandKind::Start));
        CHECK(running(rig, call));
        CHECK(rig.snapshot().recording == RecordingState::Recording);
        CHECK(rig.snapshot().recordingBasis.isEmpty() == !undocumented);

        CHECK(rig.run(CommandKind::Pause));
        CHECK(model.inBlackout(*model.agent(2), model.now()));
        CHECK(rig.snapshot().recording == RecordingState::Paused);
        CHECK(rig.snapshot().blackout);
        // Shown as paused only with what it rests on, when the status cannot show it.
        if (!dialect.settings.isEmpty())
            CHECK(rig.snapshot().recordingBasis.contains(QStringLiteral("answer")));

        CHECK(rig.run(CommandKind::Resume));
        CHECK_FALSE(model.inBlackout(*model.agent(2), model.now()));
        CHECK(rig.snapshot().recording == RecordingState::Recording);

        CHECK(
            rig.run(CommandKind::Metadata, {{QStringLiteral("account"), QStringLiteral("2500")}}));
        CHECK(model.call(call)->metadata.value(QStringLiteral("user1")) == QStringLiteral("2500"));

        CHECK(rig.run(CommandKind::Stop));
        CHECK_FALSE(running(rig, call));
        CHECK(rig.snapshot().recording == RecordingState::Off);
        CHECK(rig.snapshot().isConnected());
        CHECK_FALSE(rig.snapshot().failure.has_value());
    }
}

TEST_CASE("QM with Finesse: every command flow, whatever QM's replies carry", "[bar][dialects][qm]")
{
    const Dialect dialects[] = {
        {"detailed replies", {}},
        {"{\"status\":\"ok\"} only",
         {{QStringLiteral("qmReplies"), QStringLiteral("status")},
          {QStringLiteral("qmConfig"), QStringLiteral("plain")}}},
        {"no body at all",
         {{QStringLiteral("qmReplies"), QStringLiteral("empty")},
          {QStringLiteral("qmConfig"), QStringLiteral("nested")}}},
    };
    for (const Dialect &dialect : dialects) {
        INFO(dialect.name);
        BarRig rig;
        speak(rig, dialect.settings);
        recsim::SimModel &model = rig.server.model();
        const QString call = rig.server.connectedCall(QStringLiteral("bob"));
        rig.signInAndConnect(qmWithFinesse(rig));
        REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
        // QM reports no recording state: unknown, and the bar says why.
        CHECK(rig.snapshot().recording == RecordingState::Unknown);
        CHECK_FALSE(rig.snapshot().recordingBasis.isEmpty());
        clearRequests(rig);

        CHECK(rig.run(CommandKind::Start));
        CHECK(running(rig, call));
        CHECK(rig.snapshot().recording == RecordingState::Recording);
        CHECK(rig.run(CommandKind::Pause));
        CHECK(running(rig, call)->isPausedAt(model.now()));
        CHECK(rig.snapshot().recording == RecordingState::Paused);
        CHECK(rig.run(CommandKind::Resume));
        CHECK_FALSE(running(rig, call)->isPausedAt(model.now()));
        CHECK(rig.snapshot().recording == RecordingState::Recording);
        CHECK(rig.run(CommandKind::Tag));
        CHECK(running(rig, call)->reasonCode == QStringLiteral("TAGGED"));
        CHECK(
            rig.run(CommandKind::Metadata, {{QStringLiteral("account"), QStringLiteral("2500")}}));
        CHECK(model.call(call)->metadata.value(QStringLiteral("account")) ==
              QStringLiteral("2500"));
        CHECK(rig.run(CommandKind::Stop));
        CHECK_FALSE(running(rig, call));
        CHECK(rig.snapshot().recording == RecordingState::Off);
        CHECK_FALSE(rig.snapshot().failure.has_value());

        // Not one of them carried a password: QM's guide documents no authentication.
        const QJsonArray sent = requests(rig, QStringLiteral("/recordingcontrols/"));
        CHECK(sent.size() == 6);
        for (const QJsonValue &request : sent)
            CHECK_FALSE(request.toObject().value(QStringLiteral("authorization")).toBool());
    }
}

TEST_CASE("QM desktop recording is recognised from config in every shape", "[bar][dialects][qm]")
{
    for (const char *shape : {"detailed", "plain", "nested"}) {
        INFO(shape);
        BarRig rig;
        speak(rig, {{QStringLiteral("qmConfig"), QLatin1String(shape)},
                    {QStringLiteral("qmReplies"), QStringLiteral("empty")}});
        rig.signInAndConnect(qmWithFinesse(rig, QStringLiteral("dan")));
        REQUIRE(waitFor([&] { return !rig.snapshot().capabilities.supports(CommandKind::Start); }));
        CHECK(rig.snapshot()
                  .capabilities.whyNot(CommandKind::Pause)
                  .contains(QStringLiteral("applet")));
        CHECK_FALSE(rig.run(CommandKind::Start)); // refused here: nothing goes to the server
        CHECK(requests(rig, QStringLiteral("/recordingcontrols/rest/start")).isEmpty());
    }
}

TEST_CASE("A QM server that asks for a password is told plainly that RecBar sends none",
          "[bar][dialects][qm]")
{
    BarRig rig;
    speak(rig, {{QStringLiteral("qmAuth"), QStringLiteral("basic")}});
    rig.server.connectedCall(QStringLiteral("bob"));
    rig.signInAndConnect(qmWithFinesse(rig));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    CHECK_FALSE(rig.run(CommandKind::Start));
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("sends none")));
    // The call state (Finesse) is not touched by QM's refusal.
    CHECK(rig.snapshot().isConnected());
}

TEST_CASE("Finesse alone on UCCX: a 202 is confirmed when the dialog stops offering the start",
          "[bar][dialects][finesse]")
{
    BarRig rig;
    const QString call = rig.server.connectedCall(QStringLiteral("bob"));
    Profile p = rig.profile();
    p.controlKind = p.stateKind = QStringLiteral("finesse");
    rig.signInAndConnect(p);
    REQUIRE(waitFor([&] { return rig.snapshot().recording == RecordingState::Off; }));
    REQUIRE(waitFor([&] { return rig.snapshot().capabilities.supports(CommandKind::Start); }));
    REQUIRE(rig.controller().request(CommandKind::Start) != 0);
    REQUIRE(waitFor([&] { return rig.snapshot().pending && rig.snapshot().pending->accepted; }));
    // Accepted is not recorded: it waits for the dialog, recsim's 400 ms later.
    REQUIRE(rig.server.waitForRequests(2, QStringLiteral("/finesse/api/User")));
    CHECK(rig.snapshot().recording == RecordingState::Off);
    rig.server.model().clock()->advance(400);
    REQUIRE(waitFor([&] { return !rig.snapshot().pending; }));
    CHECK(running(rig, call));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    // Finesse never says "recorded": what the bar shows rests on the offer going away.
    CHECK_FALSE(rig.snapshot().recordingBasis.isEmpty());
    CHECK_FALSE(rig.snapshot().failure.has_value());
}

TEST_CASE("Finesse alone on UCCE: the recording state is unknown, in words, never recording",
          "[bar][dialects][finesse]")
{
    BarRig rig;
    speak(rig, {{QStringLiteral("finesseDeployment"), QStringLiteral("UCCE")}});
    // Someone records the call on UCCE by other means; Finesse does not say so.
    const QString call = rig.server.connectedCall(QStringLiteral("bob"));
    rig.server.model().startRecording(rig.server.model().call(call), recsim::RecordingOrigin::Qm);
    Profile p = rig.profile();
    p.controlKind = p.stateKind = QStringLiteral("finesse");
    rig.signInAndConnect(p);
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    REQUIRE(waitFor([&] { return !rig.snapshot().capabilities.supports(CommandKind::Start); }));
    for (int i = 0; i < 3; ++i) {
        REQUIRE(rig.server.waitForRequests(2, QStringLiteral("/finesse/api/User")));
        CHECK(rig.snapshot().recording == RecordingState::Unknown);
    }
    CHECK(rig.snapshot().recordingBasis.contains(QStringLiteral("Unified CCE")));
    CHECK(rig.snapshot().capabilities.whyNot(CommandKind::Start).contains(QStringLiteral("CCX")));
}

TEST_CASE("Finesse's 401 Invalid State is a refusal: one command, one request",
          "[bar][dialects][finesse]")
{
    BarRig rig;
    const QString call = rig.server.connectedCall(QStringLiteral("bob"));
    Profile p = rig.profile();
    p.controlKind = p.stateKind = QStringLiteral("finesse");
    rig.signInAndConnect(p);
    REQUIRE(waitFor([&] { return rig.snapshot().capabilities.supports(CommandKind::Start); }));
    REQUIRE_FALSE(rig.server.model().hold(rig.server.model().call(call)).has_value());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Held; }));
    clearRequests(rig);
    CHECK_FALSE(rig.run(CommandKind::Start));
    INFO(rig.snapshot().failure->message.toStdString());
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("Invalid State")));
    CHECK(requests(rig, QStringLiteral("/finesse/api/Dialog/")).size() == 1);
    CHECK(rig.snapshot().isConnected()); // not a password problem
}

TEST_CASE("Imagicle with Finesse: a live recording's id belongs to its call",
          "[bar][dialects][imagicle]")
{
    BarRig rig;
    recsim::SimModel &model = rig.server.model();
    Profile p = rig.profile();
    p.controlKind = QStringLiteral("imagicle");
    p.stateKind = QStringLiteral("finesse");
    p.setField(QStringLiteral("extension"), QStringLiteral("5003"));
    rig.signInAndConnect(p);

    const QString first = rig.server.connectedCall(QStringLiteral("bob"));
    REQUIRE(waitFor([&] { return rig.snapshot().callId == first; }));
    CHECK(rig.run(CommandKind::Start));
    REQUIRE_FALSE(model.hangup(model.call(first)).has_value());
    REQUIRE(waitFor([&] { return !rig.snapshot().onCall(); }));

    // The next call is recorded by a Finesse workflow (Imagicle's documented always-on set-up).
    const QString second = rig.server.connectedCall(QStringLiteral("bob"));
    HttpClient workflow(rig.server.url());
    workflow.setCredentials(QStringLiteral("bob"), QStringLiteral("bob-demo"));
    REQUIRE(workflow.post(QStringLiteral("/fw/Apps/Recorder/WebAPI/LiveRecordings"), {}).status ==
            201);
    REQUIRE(waitFor([&] { return rig.snapshot().callId == second; }));
    CHECK(rig.snapshot().recording == RecordingState::Unknown);

    // Pause goes by line, not to the last call's id, and pauses this call's recording.
    clearRequests(rig);
    CHECK(rig.run(CommandKind::Pause));
    CHECK(running(rig, second)->isPausedAt(model.now()));
    const QJsonArray sent = requests(rig, QStringLiteral("/fw/"));
    REQUIRE(sent.size() == 1);
    CHECK(sent.first()
              .toObject()
              .value(QStringLiteral("path"))
              .toString()
              .contains(QStringLiteral("LiveRecordings/Pause")));
    CHECK(rig.run(CommandKind::Resume));
    // Stop needs the id of a start this bar sent on this call: refused before anything is sent.
    CHECK_FALSE(rig.run(CommandKind::Stop));
    CHECK(running(rig, second));

    // A 409 proves only that the id is not live: the state becomes unknown, not "off".
    REQUIRE_FALSE(model.hangup(model.call(second)).has_value());
    const QString third = rig.server.connectedCall(QStringLiteral("bob"));
    REQUIRE(waitFor([&] { return rig.snapshot().callId == third; }));
    CHECK(rig.run(CommandKind::Start));
    model.stopRecording(const_cast<recsim::Recording *>(running(rig, third)));
    CHECK_FALSE(rig.run(CommandKind::Pause));
    CHECK(rig.snapshot().recording == RecordingState::Unknown);
}

TEST_CASE("The administrator's example file, as documented, signs in", "[bar][dialects][profile]")
{
    BarRig rig;
    // The documented example, pointed at recsim instead of rec.example.com.
    QFile example(QStringLiteral(RECBAR_ADMIN_EXAMPLE));
    REQUIRE(example.open(QIODevice::ReadOnly));
    QByteArray text = example.readAll();
    text.replace("https://rec.example.com", rig.server.url().toString().toUtf8());
    text.replace("main\\user=agent", "main\\user=bob");
    text.replace("main\\agentIdentifier=agent", "main\\agentIdentifier=bob");
    text.replace("[profiles]", "[profiles]\nmain\\allowPlainHttp=true");
    const QString path = rig.dir.filePath(QStringLiteral("admin.conf"));
    QFile admin(path);
    REQUIRE(admin.open(QIODevice::WriteOnly));
    admin.write(text);
    admin.close();
    QSettings adminSettings(path, QSettings::IniFormat);
    ProfileStore store(rig.settings, &adminSettings);
    const std::optional<Profile> main = store.profile(store.activeProfileId());
    REQUIRE(main.has_value());
    INFO(main->problems().join(u'\n').toStdString());
    CHECK(main->problems().isEmpty());
    rig.signInAndConnect(*main);
    CHECK(rig.snapshot().agentName == QStringLiteral("bob"));
}
