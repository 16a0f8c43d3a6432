// An agent of a Finesse in single sign-on, end to end through the bar's engine against recsim:
// the sign-in mode asked of Finesse, the browser's sign-in, the call state pushed by the
// notification service with the access token, commands with it, a refresh during a call that
// nothing on the bar shows, and a refused refresh that asks the agent to sign in again with the
// call still shown.
#include "SsoBrowser.h"
#include "SsoRig.h"

using namespace recbar;

TEST_CASE("An SSO agent signs in through the browser, gets pushed state and records, a "
          "refresh mid-call shows nothing, a refused one asks to sign in again, the call kept",
          "[sso][finesse]")
{
    BarRig rig;
    setSim(rig, R"({"finesseAuthMode":"SSO","idsTokenLifetimeSec":4})");
    QList<QUrl> opened;
    QStringList failures;
    QStringList asked;
    QObject::connect(&rig.session, &AgentSession::openBrowser,
                     [&opened](const QUrl &url) { opened.append(url); });
    QObject::connect(&rig.session, &AgentSession::signInFailed,
                     [&failures](const QString &why) { failures.append(why); });
    QObject::connect(&rig.session, &AgentSession::singleSignOnNeeded,
                     [&asked](const Profile &, const QString &why) { asked.append(why); });
    QObject::connect(&rig.session, &AgentSession::passwordNeeded,
                     [](const Profile &, const QString &) { FAIL("a password was asked for"); });

    const Profile p = ssoProfile(rig);
    rig.session.signIn(p, {}); // no password: the server says this user signs in elsewhere
    REQUIRE(waitFor([&] { return !opened.isEmpty(); }));
    CHECK_FALSE(rig.session.controller()); // nothing is asked of Finesse before the sign-in
    const HttpReply page =
        browse(opened.first(), QStringLiteral("bob"), QStringLiteral("bob-demo"));
    CHECK(page.text() == QStringLiteral("You can close this tab.\n"));
    REQUIRE(waitFor([&] { return rig.session.controller() && rig.snapshot().isConnected(); }));
    REQUIRE(waitFor([&] { return rig.snapshot().delivery.mode == StateDelivery::Mode::Pushed; }));
    CHECK(failures.isEmpty());

    // Every Finesse request carried the token; no password went anywhere.
    for (const QJsonValue &r : requests(rig)) {
        const QJsonObject request = r.toObject();
        const QString path = request.value(QStringLiteral("path")).toString();
        if (path.startsWith(QStringLiteral("/finesse/api/User"))) {
            CHECK(request.value(QStringLiteral("authorization")).toBool());
            CHECK(request.value(QStringLiteral("status")).toInt() < 400);
        }
    }

    recordThroughRefreshAndRevocation(rig, asked);

    // Signing in again in the browser brings the bar back, on the same call.
    opened.clear();
    rig.session.signIn(p, {});
    REQUIRE(waitFor([&] { return !opened.isEmpty(); }));
    browse(opened.first(), QStringLiteral("bob"), QStringLiteral("bob-demo"));
    REQUIRE(waitFor([&] { return rig.session.controller() && rig.snapshot().isConnected(); }));
    CHECK(rig.snapshot().call == CallState::Talking);
}

TEST_CASE("With QM's recording controls and Finesse's call state, the token goes to Finesse only, "
          "and the SSO agent pauses and resumes",
          "[sso][finesse][qm]")
{
    BarRig rig;
    setSim(rig, R"({"finesseAuthMode":"SSO"})");
    QList<QUrl> opened;
    QObject::connect(&rig.session, &AgentSession::openBrowser,
                     [&opened](const QUrl &url) { opened.append(url); });
    Profile p = ssoProfile(rig);
    p.controlKind = QStringLiteral("qm");
    p.stateServerUrl = rig.server.url();
    // Another address for QM's server (recsim serves both): a token sent there would show.
    QUrl qm = rig.server.url();
    qm.setHost(QStringLiteral("localhost"));
    p.serverUrl = qm;
    p.setField(QStringLiteral("finesseUpdates"), QStringLiteral("poll"));
    p.setField(QStringLiteral("agentIdentifier"), QStringLiteral("bob"));
    p.setField(QStringLiteral("peripheralId"), QStringLiteral("5001"));
    rig.session.signIn(p, {});
    REQUIRE(waitFor([&] { return !opened.isEmpty(); }));
    browse(opened.first(), QStringLiteral("bob"), QStringLiteral("bob-demo"));
    REQUIRE(waitFor([&] { return rig.session.controller() && rig.snapshot().isConnected(); }));
    QObject::connect(&rig.controller(), &AgentController::commandFinished,
                     [&rig](quint64 id, bool ok, const QString &message) {
                         rig.finished.append({id, ok, message});
                     });
    rig.server.connectedCall(QStringLiteral("bob"));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    CHECK(rig.run(CommandKind::Start));
    CHECK(rig.run(CommandKind::Pause));
    REQUIRE(waitFor([&] { return rig.snapshot().recording == RecordingState::Paused; }));
    CHECK(rig.run(CommandKind::Resume));

    for (const QJsonValue &r : requests(rig)) {
        const QJsonObject request = r.toObject();
        const QString path = request.value(QStringLiteral("path")).toString();
        INFO(path.toStdString());
        if (path.startsWith(QStringLiteral("/recordingcontrols")))
            CHECK_FALSE(request.value(QStringLiteral("authorization")).toBool());
        if (path.startsWith(QStringLiteral("/finesse/api/User")))
            CHECK(request.value(QStringLiteral("authorization")).toBool());
    }
}

TEST_CASE("In HYBRID mode each user signs in their own way, a password user is never sent to "
          "the browser",
          "[sso][finesse]")
{
    BarRig rig;
    setSim(rig, R"({"finesseAuthMode":"HYBRID","finesseSsoUsers":"carol"})");
    QList<QUrl> opened;
    QObject::connect(&rig.session, &AgentSession::openBrowser,
                     [&opened](const QUrl &url) { opened.append(url); });

    Profile bob = ssoProfile(rig);
    rig.signIn(bob); // bob has a password
    REQUIRE(waitFor([&] { return rig.session.controller() && rig.snapshot().isConnected(); }));
    CHECK(opened.isEmpty());

    Profile carol = ssoProfile(rig);
    carol.user = QStringLiteral("carol");
    rig.session.signIn(carol, {});
    REQUIRE(waitFor([&] { return !opened.isEmpty(); }));
    CHECK(QUrlQuery(opened.first()).queryItemValue(QStringLiteral("login_hint")) == u"carol");
}
