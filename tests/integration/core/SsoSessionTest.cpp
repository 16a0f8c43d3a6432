// An agent of a Finesse in single sign-on, end to end through the bar's engine against recsim:
// the sign-in mode asked of Finesse, the browser's sign-in, the call state pushed by the
// notification service with the access token, commands with it, a refresh during a call that
// nothing on the bar shows, and a refused refresh that asks the agent to sign in again with the
// call still shown.
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
    signInThroughBrowser(rig, p);
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

TEST_CASE("A token expired while the computer slept gets one refresh, and the bar signs in again "
          "with it, the browser not asked",
          "[sso][finesse]")
{
    BarRig rig;
    setSim(rig, R"({"finesseAuthMode":"SSO","idsTokenLifetimeSec":600})");
    Profile p = ssoProfile(rig);
    p.setField(QStringLiteral("finesseUpdates"), QStringLiteral("poll"));
    signInThroughBrowser(rig, p);
    QStringList asked;
    int opened = 0;
    QObject::connect(&rig.session, &AgentSession::openBrowser, [&opened] { ++opened; });
    QObject::connect(&rig.session, &AgentSession::singleSignOnNeeded,
                     [&asked](const Profile &, const QString &why) { asked.append(why); });
    int built = 0;
    QObject::connect(&rig.session, &AgentSession::controllerChanged,
                     [&built](AgentController *controller) { built += controller != nullptr; });

    // recsim's clock moves past the token's life; the bar's refresh is not due on its own.
    rig.server.model().clock()->advance(601'000);
    REQUIRE(waitFor([&] { return built == 1; }, 8000));
    REQUIRE(waitFor([&] { return rig.snapshot().isConnected(); }));
    CHECK(asked.isEmpty());
    CHECK(opened == 0);
}

TEST_CASE("A later sign-in inherits nothing of a single sign-on: no token to the next server, "
          "no browser sign-in finishing behind it, and sign-out revokes",
          "[sso][finesse]")
{
    BarRig rig;
    setSim(rig, R"({"finesseAuthMode":"HYBRID","finesseSsoUsers":"bob"})");
    const Profile sso = ssoProfile(rig);
    signInThroughBrowser(rig, sso);
    QList<QUrl> opened;
    QStringList failures;
    QObject::connect(&rig.session, &AgentSession::openBrowser,
                     [&opened](const QUrl &url) { opened.append(url); });
    QObject::connect(&rig.session, &AgentSession::signInFailed,
                     [&failures](const QString &why) { failures.append(why); });

    // Sign-out revokes at the identity service: the token the bar had opens nothing any more.
    HttpClient sim(rig.server.url());
    sim.del(QStringLiteral("/sim/requests"));
    rig.session.endSignIn();
    REQUIRE(waitFor([&] {
        int revoked = 0;
        for (const QJsonValue &r : requests(rig))
            revoked +=
                r.toObject().value(QStringLiteral("path")).toString() == u"/ids/v1/oauth/revoke";
        return revoked == 2;
    }));

    // The Recording API profile of the same agent with a password: no Bearer goes there (recsim
    // would refuse the revoked token), and it connects.
    Profile api = rig.profile(QStringLiteral("bob"));
    rig.signIn(api);
    REQUIRE(waitFor([&] { return rig.snapshot().isConnected(); }));

    // A browser sign-in abandoned (the form closed) does not take over when finished later.
    rig.session.signIn(sso, {});
    REQUIRE(waitFor([&] { return !opened.isEmpty(); }));
    rig.session.cancelSignIn();
    browse(opened.first(), QStringLiteral("bob"), QStringLiteral("bob-demo"));
    CHECK(rig.server.waitForRequests(3, QStringLiteral("/api/"), 5000)); // the bar reads on
    CHECK(rig.session.profile()->controlKind == u"finesse"); // the profile last asked for...
    CHECK(rig.snapshot().isConnected());                     // ...but still the old session
    CHECK(rig.controller().snapshot().agentName == u"bob");
    CHECK(failures.isEmpty());
}

TEST_CASE("A redirect to another server gets no access token: refused, and nothing is sent there",
          "[sso][finesse][security]")
{
    BarRig rig;
    SimServer elsewhere;
    REQUIRE(elsewhere.listen());
    setSim(rig, R"({"finesseAuthMode":"SSO"})");
    Profile p = ssoProfile(rig);
    p.setField(QStringLiteral("finesseUpdates"), QStringLiteral("poll"));
    signInThroughBrowser(rig, p);

    QUrl there = elsewhere.url();
    there.setPath(QStringLiteral("/finesse/api/User/bob"));
    rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("redirect")},
                         {QStringLiteral("path"), QStringLiteral("/finesse/api/")},
                         {QStringLiteral("location"), there.toString()}});
    REQUIRE(waitFor([&] { return rig.snapshot().connection == ConnectionState::Refused; }));
    CHECK(HttpClient(elsewhere.url())
              .get(QStringLiteral("/sim/requests"))
              .object()
              .value(QStringLiteral("requests"))
              .toArray()
              .isEmpty());
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
    // Signed out, so that nothing his session reads with his password (its calls, once a
    // minute) is taken below for something the second sign-in sent.
    rig.session.signOut();
    REQUIRE(waitFor([&] { return !rig.session.controller(); }));

    Profile carol = ssoProfile(rig);
    carol.user = QStringLiteral("carol");
    rig.session.signIn(carol, {});
    REQUIRE(waitFor([&] { return !opened.isEmpty(); }));
    CHECK(QUrlQuery(opened.first()).queryItemValue(QStringLiteral("login_hint")) == u"carol");

    // bob, Finesse says, signs in with a password: without one typed, none is sent and the form
    // is told to ask for it.
    QStringList failures;
    QObject::connect(&rig.session, &AgentSession::signInFailed,
                     [&failures](const QString &why) { failures.append(why); });
    opened.clear();
    HttpClient(rig.server.url()).del(QStringLiteral("/sim/requests"));
    rig.session.signIn(bob, {});
    REQUIRE(waitFor([&] { return !failures.isEmpty(); }));
    CHECK(failures.first().contains(QStringLiteral("password")));
    CHECK(opened.isEmpty());
    for (const QJsonValue &r : requests(rig)) {
        INFO(QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact).toStdString());
        CHECK_FALSE(r.toObject().value(QStringLiteral("authorization")).toBool());
    }
}
