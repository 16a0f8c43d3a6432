// Finesse's call state pushed by the notification service (XMPP over WebSocket at recsim's
// /ws): the bar shows changes as events arrive, reads only to reconcile, falls back to polling
// when push fails, says so, and recovers.
#include "BarRig.h"
#include "HttpClient.h"
#include "ManualClock.h"
#include "model/SimModel.h"
#include "servers/finesse/FinesseAgent.h"
#include "servers/finesse/FinesseNotifications.h"
#include "session/TrustStore.h"

#include <QJsonArray>

using namespace recbar;

namespace {

// recsim's notification service, on its own port.
QUrl notificationUrl(const SimServer &server)
{
    QUrl ws = server.url();
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/ws"));
    return ws;
}

// A trust store of the test's own, for a client made by hand.
struct OwnTrust
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("trust.ini")), QSettings::IniFormat};
    TrustStore store{settings};
};

Profile finesseProfile(BarRig &rig, const QString &user = QStringLiteral("bob"))
{
    Profile p = rig.profile(user);
    p.controlKind = QStringLiteral("finesse");
    p.stateKind = QStringLiteral("finesse");
    const QUrl ws = notificationUrl(rig.server);
    p.setField(QStringLiteral("finesseNotificationUrl"), ws.toString());
    p.setField(QStringLiteral("finesseKeepAliveSec"), QStringLiteral("2"));
    return p;
}

// Finesse REST reads recsim answered (SystemInfo, User, Dialogs), from its request log.
int finesseReads(SimServer &server)
{
    HttpClient client(server.url());
    client.setIgnoreSslErrors(true);
    int reads = 0;
    const QJsonArray requests = client.get(QStringLiteral("/sim/requests"))
                                    .object()
                                    .value(QStringLiteral("requests"))
                                    .toArray();
    for (const QJsonValue &r : requests) {
        if (r.toObject()
                .value(QStringLiteral("path"))
                .toString()
                .startsWith(QStringLiteral("/finesse/api/User")))
            ++reads;
    }
    return reads;
}

QJsonArray sessions(SimServer &server)
{
    HttpClient client(server.url());
    client.setIgnoreSslErrors(true);
    return client.get(QStringLiteral("/sim/notifications"))
        .object()
        .value(QStringLiteral("sessions"))
        .toArray();
}

bool pushed(BarRig &rig, int timeoutMs = 5000)
{
    return waitFor(
        [&] {
            return rig.snapshot().isConnected() &&
                   rig.snapshot().delivery.mode == StateDelivery::Mode::Pushed;
        },
        timeoutMs);
}

// Pushed, and the read that follows going live is done: the next is the reconciliation's,
// a minute away, so from here every read counted is one too many.
bool settled(BarRig &rig)
{
    return pushed(rig) && waitFor([&] {
               const auto next = rig.controller().nextReadIn();
               return next && *next > timing::kReconcile / 2;
           });
}

QString ringingCall(SimServer &server, const QString &agent = QStringLiteral("bob"))
{
    recsim::SimModel::NewCall spec;
    spec.agentId = server.model().agentByName(agent)->id;
    spec.remoteNumber = QStringLiteral("+15554443333");
    QString error;
    const recsim::Call *call = server.model().createCall(spec, &error);
    REQUIRE(call);
    return call->id;
}

} // namespace

TEST_CASE("Finesse push: changes arrive as events, and nothing is read for them",
          "[bar][finesse][push]")
{
    BarRig rig;
    rig.signInAndConnect(finesseProfile(rig));
    REQUIRE(pushed(rig));
    const QJsonArray live = sessions(rig.server);
    REQUIRE(live.size() == 1);
    const QJsonObject session = live.first().toObject();
    CHECK(session.value(QStringLiteral("user")).toString() == u"bob");
    // A resource of its own: "desktop" is the Finesse desktop's.
    CHECK(session.value(QStringLiteral("jid"))
              .toString()
              .startsWith(QStringLiteral("bob@recsim.local/recbar-")));
    CHECK(session.value(QStringLiteral("subscriptions")).toArray().size() == 2);
    REQUIRE(settled(rig));
    const int readsBefore = finesseReads(rig.server);

    recsim::SimModel &model = rig.server.model();
    const QString call = ringingCall(rig.server);
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Ringing; }, 2000));
    REQUIRE_FALSE(model.answer(model.call(call)).has_value());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }, 2000));
    CHECK(rig.snapshot().remoteNumber == QStringLiteral("+15554443333"));
    CHECK(rig.snapshot().recording == RecordingState::Off); // START_RECORDING is offered
    REQUIRE_FALSE(model.hold(model.call(call)).has_value());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Held; }, 2000));
    REQUIRE_FALSE(model.retrieve(model.call(call)).has_value());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }, 2000));
    REQUIRE_FALSE(model.hangup(model.call(call)).has_value());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::None; }, 2000));
    // Every change came pushed: not one read of User or Dialogs for them.
    CHECK(finesseReads(rig.server) == readsBefore);
    // The keep-alive (2 s here) keeps the state confirmed.
    const QDateTime confirmed = rig.snapshot().confirmedAt;
    REQUIRE(waitFor([&] { return rig.snapshot().confirmedAt > confirmed; }, 4000));
    CHECK(finesseReads(rig.server) == readsBefore);
}

TEST_CASE("Finesse push: START_RECORDING is confirmed by the pushed dialog", "[bar][finesse][push]")
{
    BarRig rig;
    const QString call = rig.server.connectedCall(QStringLiteral("bob"));
    rig.signInAndConnect(finesseProfile(rig));
    REQUIRE(pushed(rig));
    REQUIRE(waitFor([&] { return rig.snapshot().recording == RecordingState::Off; }));
    REQUIRE(settled(rig));
    const int readsBefore = finesseReads(rig.server);
    const quint64 id = rig.controller().request(CommandKind::Start);
    REQUIRE(id != 0);
    REQUIRE(waitFor([&] { return rig.snapshot().pending && rig.snapshot().pending->accepted; }));
    rig.server.model().clock()->advance(400); // recsim's delay between the 202 and the dialog
    rig.server.model().runDue();
    REQUIRE(waitFor([&] { return !rig.snapshot().pending; }, 3000));
    CHECK_FALSE(rig.snapshot().failure.has_value());
    CHECK(rig.snapshot().recording != RecordingState::Off);
    CHECK(rig.server.model().runningRecording(*rig.server.model().call(call)) != nullptr);
    // The command's own read (the control's reading was fresh) and no confirmation reads.
    CHECK(finesseReads(rig.server) == readsBefore);
}

TEST_CASE("Finesse push: a START_RECORDING that fails later fails at once, by its requestId",
          "[bar][finesse][push]")
{
    BarRig rig;
    rig.server.model().settings().finesse.recordingFails = true;
    rig.server.connectedCall(QStringLiteral("bob"));
    rig.signInAndConnect(finesseProfile(rig));
    REQUIRE(pushed(rig));
    const quint64 id = rig.controller().request(CommandKind::Start);
    REQUIRE(id != 0);
    REQUIRE(waitFor([&] { return rig.snapshot().pending && rig.snapshot().pending->accepted; }));
    rig.server.model().clock()->advance(400);
    rig.server.model().runDue();
    REQUIRE(waitFor([&] { return rig.snapshot().failure.has_value(); }, 2000));
    CHECK(rig.snapshot().failure->message.contains(QStringLiteral("CTI Error")));
    CHECK_FALSE(rig.snapshot().pending.has_value());
}

TEST_CASE("Finesse push: both readings of the documents (payload as text or elements, "
          "subscriptions automatic or asked for)",
          "[bar][finesse][push][dialects]")
{
    for (const auto &[payload, subscriptions] :
         {std::pair{"escaped", "explicit"}, std::pair{"element", "automatic"},
          std::pair{"element", "explicit"}}) {
        INFO(payload << " " << subscriptions);
        BarRig rig;
        rig.server.model().settings().finesse.payload = QLatin1String(payload);
        rig.server.model().settings().finesse.subscriptions = QLatin1String(subscriptions);
        rig.signInAndConnect(finesseProfile(rig));
        REQUIRE(settled(rig));
        const int readsBefore = finesseReads(rig.server);
        rig.server.connectedCall(QStringLiteral("bob"));
        REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }, 2000));
        CHECK(finesseReads(rig.server) == readsBefore);
    }
}

TEST_CASE("Finesse push: an agent subscribes only to its own nodes, a supervisor to anyone's",
          "[finesse][push][security]")
{
    SimServer server;
    server.model().settings().finesse.subscriptions = QStringLiteral("explicit");
    OwnTrust own;
    TrustStore &trust = own.store;
    const QUrl ws = notificationUrl(server);
    const auto attempt = [&](const QString &user) {
        FinesseNotifications notifications(trust);
        std::optional<QString> outcome;
        QObject::connect(&notifications, &FinesseNotifications::live, [&] { outcome = QString(); });
        QObject::connect(&notifications, &FinesseNotifications::failed,
                         [&](const QString &reason) { outcome = reason; });
        notifications.open({.url = ws,
                            .domain = QStringLiteral("recsim.local"),
                            .pubsubDomain = QStringLiteral("pubsub.recsim.local"),
                            .user = user,
                            .password = user + QStringLiteral("-demo"),
                            .nodes = {QStringLiteral("/finesse/api/User/alice"),
                                      QStringLiteral("/finesse/api/User/alice/Dialogs")},
                            .trustKeys = {},
                            .answerTimeout = std::chrono::seconds(3)});
        REQUIRE(waitFor([&] { return outcome.has_value(); }));
        return *outcome;
    };
    CHECK(attempt(QStringLiteral("bob")).contains(QStringLiteral("forbidden")));
    CHECK(attempt(QStringLiteral("sam")).isEmpty());
    CHECK(attempt(QStringLiteral("alice")).isEmpty());
    // A wrong password is refused at the sign-in.
    FinesseNotifications wrong(trust);
    QString reason;
    QObject::connect(&wrong, &FinesseNotifications::failed, [&](const QString &r) { reason = r; });
    wrong.open({.url = ws,
                .domain = QStringLiteral("recsim.local"),
                .pubsubDomain = QStringLiteral("pubsub.recsim.local"),
                .user = QStringLiteral("bob"),
                .password = QStringLiteral("nope"),
                .nodes = {},
                .trustKeys = {},
                .answerTimeout = std::chrono::seconds(3)});
    REQUIRE(waitFor([&] { return !reason.isEmpty(); }));
    CHECK(reason.contains(QStringLiteral("not-authorized")));
}

TEST_CASE("Finesse push: the notification service missing means polling, said in words",
          "[bar][finesse][push]")
{
    BarRig rig;
    rig.server.model().settings().finesse.notifications = false;
    rig.signInAndConnect(finesseProfile(rig));
    REQUIRE(waitFor([&] { return rig.snapshot().delivery.mode == StateDelivery::Mode::Fallback; }));
    CHECK_FALSE(rig.snapshot().delivery.detail.isEmpty());
    CHECK(rig.snapshot().delivery.retryAt.isValid());
    CHECK(SnapshotText::summary(rig.snapshot()).contains(QStringLiteral("live updates")));
    // Polling carries on: a call still shows.
    rig.server.connectedCall(QStringLiteral("bob"));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }, 3000));
    // The service comes back: push is tried again (first after 5 s) and takes over.
    rig.server.model().settings().finesse.notifications = true;
    REQUIRE(pushed(rig, 9000));
}

TEST_CASE("Finesse push: polled only when the profile says so", "[bar][finesse][push]")
{
    BarRig rig;
    Profile p = finesseProfile(rig);
    p.setField(QStringLiteral("finesseUpdates"), QStringLiteral("poll"));
    rig.signInAndConnect(p);
    REQUIRE(rig.server.waitForRequests(3, QStringLiteral("/finesse/api/User")));
    CHECK(rig.snapshot().delivery.mode == StateDelivery::Mode::Polled);
    CHECK(sessions(rig.server).isEmpty());
}

TEST_CASE("Finesse push over TLS: the pinned certificate decides, and ws:// needs consent",
          "[bar][finesse][push][security][tls]")
{
    BarRig rig;
    const quint16 port = rig.server.port();
    rig.server.close();
    REQUIRE(rig.server.listen(port, testCertificate(0).server));
    rig.server.connectedCall(QStringLiteral("bob"));
    Profile p = finesseProfile(rig);
    p.allowPlainHttp = false;
    QUrl wss = rig.server.url();
    wss.setScheme(QStringLiteral("wss"));
    wss.setPath(QStringLiteral("/ws"));
    p.setField(QStringLiteral("finesseNotificationUrl"), wss.toString());
    rig.signIn(p);
    REQUIRE(waitFor(
        [&] { return rig.snapshot().connection == ConnectionState::CertificateUntrusted; }));
    rig.session.trustPresentedCertificate();
    // The agent trusted the Finesse server's certificate: the notification service presents
    // the same one, and push goes live over wss.
    REQUIRE(pushed(rig));
    REQUIRE(sessions(rig.server).size() == 1);
    rig.session.signOut();
    REQUIRE(waitFor([&] { return sessions(rig.server).isEmpty(); }));

    // The same server's notification address over plain ws:// is not used: SASL PLAIN would
    // carry the password in clear.
    QUrl ws = wss;
    ws.setScheme(QStringLiteral("ws"));
    p.setField(QStringLiteral("finesseNotificationUrl"), ws.toString());
    rig.signIn(p);
    REQUIRE(waitFor([&] { return rig.snapshot().delivery.mode == StateDelivery::Mode::Fallback; }));
    INFO(rig.snapshot().delivery.detail.toStdString());
    CHECK(rig.snapshot().delivery.detail.contains(QStringLiteral("not encrypted")));
    CHECK(rig.snapshot().isConnected());
}

TEST_CASE("Finesse push: every pairing that reads its state from Finesse gets it",
          "[bar][finesse][push][qm][imagicle]")
{
    for (const char *control : {"qm", "imagicle"}) {
        INFO(control);
        BarRig rig;
        Profile p = finesseProfile(rig);
        p.controlKind = QLatin1String(control);
        p.setField(QStringLiteral("agentIdentifier"), QStringLiteral("bob")); // QM's sender_id
        p.setField(QStringLiteral("peripheralId"), QStringLiteral("5001"));
        rig.signInAndConnect(p);
        REQUIRE(settled(rig));
        const int readsBefore = finesseReads(rig.server);
        rig.server.connectedCall(QStringLiteral("bob"));
        REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }, 2000));
        CHECK(finesseReads(rig.server) == readsBefore);
    }
}

TEST_CASE("Finesse push: a flood of calls that REST never shows costs bounded work, and a read "
          "puts the state right after it",
          "[bar][finesse][push][flood]")
{
    BarRig rig;
    const QString call =
        rig.server.connectedCall(QStringLiteral("bob"), QStringLiteral("+15557770000"));
    rig.signInAndConnect(finesseProfile(rig));
    REQUIRE(pushed(rig));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    int changes = 0;
    int mostOtherCalls = 0;
    QObject::connect(&rig.controller(), &AgentController::changed, [&](const AgentSnapshot &s) {
        ++changes;
        mostOtherCalls = std::max(mostOtherCalls, s.otherCalls);
    });

    constexpr int kEvents = 20'000;
    HttpClient client(rig.server.url());
    const HttpReply started = client.postJson(QStringLiteral("/sim/notifications/flood"),
                                              {{QStringLiteral("user"), QStringLiteral("bob")},
                                               {QStringLiteral("events"), kEvents},
                                               {QStringLiteral("perSecond"), 10'000}});
    REQUIRE(started.status == 200);
    REQUIRE(waitFor(
        [&] {
            const QJsonArray live = sessions(rig.server);
            return !live.isEmpty() &&
                   live.first().toObject().value(QStringLiteral("eventsSent")).toInteger() >=
                       kEvents;
        },
        20'000));
    // The server's REST view has one call, bob's: once the flood ends the bar says exactly that.
    CHECK(waitFor(
        [&] {
            const AgentSnapshot &s = rig.snapshot();
            return s.call == CallState::Talking && s.otherCalls == 0 &&
                   s.remoteNumber == u"+15557770000";
        },
        5000));
    // The calls kept were bounded, and the bar changed about once a frame, not once an event.
    CHECK(mostOtherCalls <= int(finesse::FinesseAgent::kMaxDialogs));
    CHECK(changes < kEvents / 10);
    CHECK(rig.snapshot().delivery.mode == StateDelivery::Mode::Pushed);
    // Push still works for what follows.
    REQUIRE_FALSE(rig.server.model().hold(rig.server.model().call(call)).has_value());
    CHECK(waitFor([&] { return rig.snapshot().call == CallState::Held; }, 2000));
}

TEST_CASE("Finesse push: a keep-alive every interval, and one unanswered ends the connection at "
          "its deadline, to the millisecond",
          "[finesse][push]")
{
    SimServer server;
    OwnTrust own;
    TrustStore &trust = own.store;
    const QUrl ws = notificationUrl(server);
    ManualClock clock;
    FinesseNotifications notifications(trust, clock);
    bool live = false;
    int answered = 0;
    std::optional<QString> failed;
    QObject::connect(&notifications, &FinesseNotifications::live, [&] { live = true; });
    QObject::connect(&notifications, &FinesseNotifications::current, [&] { ++answered; });
    QObject::connect(&notifications, &FinesseNotifications::failed,
                     [&](const QString &reason) { failed = reason; });
    notifications.open({.url = ws,
                        .domain = QStringLiteral("recsim.local"),
                        .pubsubDomain = QStringLiteral("pubsub.recsim.local"),
                        .user = QStringLiteral("bob"),
                        .password = QStringLiteral("bob-demo"),
                        .nodes = {QStringLiteral("/finesse/api/User/bob"),
                                  QStringLiteral("/finesse/api/User/bob/Dialogs")},
                        .trustKeys = {},
                        .answerTimeout = std::chrono::seconds(8),
                        .pingInterval = std::chrono::seconds(20)});
    REQUIRE(waitFor([&] { return live; }));
    const QDateTime start = clock.now(); // the clock has not moved: live at its start
    REQUIRE(clock.nextDue() == start.addSecs(20));

    // Each keep-alive goes at its interval, answered or not; each answered one is "current".
    for (int i = 1; i <= 3; ++i) {
        clock.advance(std::chrono::seconds(20));
        REQUIRE(waitFor([&] { return answered == i; }));
        CHECK(clock.nextDue() == start.addSecs(20 * (i + 1)));
    }

    // Stalled: the next keep-alive goes and is never answered; the connection is given up
    // exactly 8 s after it went.
    server.addFault({{QStringLiteral("kind"), QStringLiteral("stall")},
                     {QStringLiteral("path"), QStringLiteral("/ws/bob")}});
    clock.advance(std::chrono::seconds(20));
    clock.advance(std::chrono::milliseconds(7'999));
    CHECK_FALSE(failed);
    clock.advance(std::chrono::milliseconds(1));
    REQUIRE(failed);
    CHECK(*failed == QStringLiteral("no answer to a keep-alive within 8 s"));
    CHECK(answered == 3);
}
