#pragma once

// An agent of a Finesse in single sign-on, for the bar's engine against recsim: the profile,
// recsim's settings, and what happens after the sign-in (a call recorded, a refresh during it,
// a revocation), shared by the test that plays the browser and the one that drives a real one.
#include "BarRig.h"
#include "HttpClient.h"
#include "SsoBrowser.h"

#include <QJsonArray>

inline recbar::Profile ssoProfile(BarRig &rig)
{
    recbar::Profile p = rig.profile(QStringLiteral("bob"));
    p.controlKind = QStringLiteral("finesse");
    p.stateKind = QStringLiteral("finesse");
    QUrl ws = rig.server.url();
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/ws"));
    p.setField(QStringLiteral("finesseNotificationUrl"), ws.toString());
    const QUrl ids = rig.server.url();
    const auto at = [&ids](const char *path) {
        return ids.resolved(QUrl(QString::fromLatin1(path))).toString();
    };
    p.setField(QStringLiteral("idsAuthorizeUrl"), at("/ids/v1/oauth/authorize"));
    p.setField(QStringLiteral("idsTokenUrl"), at("/ids/v1/oauth/token"));
    p.setField(QStringLiteral("idsRevokeUrl"), at("/ids/v1/oauth/revoke"));
    p.setField(QStringLiteral("idsClientId"), QStringLiteral("recbar"));
    return p;
}

inline void setSim(BarRig &rig, const QByteArray &settings)
{
    HttpClient sim(rig.server.url());
    REQUIRE(sim.send("PATCH", QStringLiteral("/sim/settings"), settings).status == 200);
}

// The API requests recsim answered since they were last cleared.
inline QJsonArray requests(BarRig &rig)
{
    return HttpClient(rig.server.url())
        .get(QStringLiteral("/sim/requests"))
        .object()
        .value(QStringLiteral("requests"))
        .toArray();
}

// Signs in as bob through recsim's sign-in page, the test playing the browser, and waits until
// the bar is connected.
inline void signInThroughBrowser(BarRig &rig, const recbar::Profile &profile)
{
    QList<QUrl> opened;
    const QMetaObject::Connection watching =
        QObject::connect(&rig.session, &recbar::AgentSession::openBrowser,
                         [&opened](const QUrl &url) { opened.append(url); });
    rig.session.signIn(profile, {});
    REQUIRE(waitFor([&] { return !opened.isEmpty(); }, 15'000));
    QObject::disconnect(watching); // `opened` ends here; the session does not
    browse(opened.first(), QStringLiteral("bob"), QStringLiteral("bob-demo"));
    REQUIRE(
        waitFor([&] { return rig.session.controller() && rig.snapshot().isConnected(); }, 15'000));
}

// What the agent's sign-in leads to (recsim's tokens living 4 s): a call recorded; the token
// refreshed twice during it while the bar never leaves "connected" and a read with the last
// token is answered; then the identity service revokes the agent, and the bar asks for a new
// sign-in (`asked` grows) with the call still shown as the last one known.
inline void recordThroughRefreshAndRevocation(BarRig &rig, const QStringList &asked)
{
    using namespace recbar;
    rig.server.connectedCall(QStringLiteral("bob"));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    REQUIRE(rig.controller().request(CommandKind::Start) != 0);
    REQUIRE(waitFor([&] { return rig.snapshot().pending && rig.snapshot().pending->accepted; }));
    rig.server.model().clock()->advance(400); // recsim's delay between the 202 and the dialog
    rig.server.model().runDue();
    REQUIRE(waitFor([&] { return !rig.snapshot().pending; }));
    CHECK_FALSE(rig.snapshot().failure.has_value());
    const RecordingState recording = rig.snapshot().recording;
    CHECK(recording != RecordingState::Off);

    QList<ConnectionState> seen;
    const QMetaObject::Connection watching =
        QObject::connect(&rig.controller(), &AgentController::changed,
                         [&seen](const AgentSnapshot &s) { seen.append(s.connection); });
    HttpClient(rig.server.url()).del(QStringLiteral("/sim/requests"));
    const auto refreshes = [&rig] {
        int n = 0;
        for (const QJsonValue &r : requests(rig))
            n += r.toObject().value(QStringLiteral("path")).toString() == u"/ids/v1/oauth/token";
        return n;
    };
    // By the second refresh the first token has expired: a read now must carry the last one.
    REQUIRE(waitFor([&] { return refreshes() >= 2; }, 10000));
    rig.controller().retryNow();
    REQUIRE(rig.server.waitForRequests(1, QStringLiteral("/finesse/api/User"), 8000));
    REQUIRE(waitFor([&] { return rig.controller().nextReadIn().has_value(); }));
    CHECK(std::all_of(seen.begin(), seen.end(),
                      [](ConnectionState s) { return s == ConnectionState::Connected; }));
    CHECK(rig.snapshot().recording == recording);
    QObject::disconnect(watching); // `seen` ends with this function; the controller does not

    const qsizetype askedBefore = asked.size();
    REQUIRE(HttpClient(rig.server.url()).post(QStringLiteral("/sim/ids/revoke/bob"), {}).status ==
            200);
    REQUIRE(
        waitFor([&] { return rig.snapshot().connection == ConnectionState::SignInNeeded; }, 8000));
    REQUIRE(rig.snapshot().lastKnownCall.has_value());
    CHECK(rig.snapshot().lastKnownCall->call == CallState::Talking);
    REQUIRE(waitFor([&] { return asked.size() > askedBefore; }));
    CHECK_FALSE(rig.controller().readsOnItsOwn());
}
