// Single sign-on (issue 27) against recsim's identity service over real HTTP: the browser's part
// is played by the test (it fetches the sign-in page, posts the form, follows the redirect to the
// loopback listener as a browser would); everything RecBar does is RecBar's own code.
#include "CatchCompat.h"
#include "HttpClient.h"
#include "ManualClock.h"
#include "SimServer.h"
#include "SsoBrowser.h"
#include "WaitFor.h"
#include "session/BrowserSignIn.h"
#include "session/TokenKeeper.h"
#include "session/TrustStore.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace recbar;
using namespace std::chrono_literals;

namespace {

struct SsoRig
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("recbar.ini")), QSettings::IniFormat};
    TrustStore trust{settings};
    SimServer server;
    HttpClient sim{QUrl()};

    explicit SsoRig(int lifetimeSec = 60)
        : sim(([this] {
            REQUIRE(server.listen());
            return server.url();
        })())
    {
        REQUIRE(sim.send("PATCH", QStringLiteral("/sim/settings"),
                         QStringLiteral(R"({"finesseAuthMode":"SSO","idsTokenLifetimeSec":%1})")
                             .arg(lifetimeSec)
                             .toLatin1())
                    .status == 200);
    }

    OAuthClient client() const
    {
        OAuthClient c;
        c.authorizeUrl = server.url().resolved(QUrl(QStringLiteral("/ids/v1/oauth/authorize")));
        c.tokenUrl = server.url().resolved(QUrl(QStringLiteral("/ids/v1/oauth/token")));
        c.revokeUrl = server.url().resolved(QUrl(QStringLiteral("/ids/v1/oauth/revoke")));
        c.clientId = QStringLiteral("recbar");
        c.allowPlainHttp = true;
        c.timeout = 3s;
        return c;
    }
};

// A sign-in started: the address it asked the browser to open, and how it ended.
struct Started
{
    BrowserSignIn signIn;
    QUrl opened;
    std::optional<OAuthTokens> tokens;
    QString failure;

    explicit Started(TokenEndpoint &endpoint, const QString &loginHint = {},
                     std::chrono::milliseconds deadline = BrowserSignIn::kDeadline)
        : signIn(endpoint, loginHint)
    {
        QObject::connect(&signIn, &BrowserSignIn::openBrowser,
                         [this](const QUrl &u) { opened = u; });
        QObject::connect(&signIn, &BrowserSignIn::signedIn,
                         [this](const OAuthTokens &t) { tokens = t; });
        QObject::connect(&signIn, &BrowserSignIn::failed,
                         [this](const QString &m) { failure = m; });
        signIn.setDeadline(deadline);
        signIn.start();
    }
    Started(const Started &) = delete;
    bool done() const { return tokens || !failure.isEmpty(); }
    QUrl redirect() const
    {
        return QUrl(
            QUrlQuery(opened).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    }
};

QString withQueryItem(QUrl url, const QString &key, const QString &value)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(key);
    q.addQueryItem(key, value);
    url.setQuery(q);
    return url.toString();
}

} // namespace

TEST_CASE("Single sign-on in the browser: PKCE, state, a loopback that answers once in plain "
          "text, and a token Finesse takes",
          "[sso]")
{
    SsoRig rig;
    TokenEndpoint endpoint(rig.client(), rig.trust);
    Started started(endpoint, QStringLiteral("bob"));
    REQUIRE(started.opened.isValid());
    const QUrlQuery asked(started.opened);
    CHECK(asked.queryItemValue(QStringLiteral("code_challenge_method")) == u"S256");
    CHECK(asked.queryItemValue(QStringLiteral("code_challenge")).size() == 43);
    CHECK(asked.queryItemValue(QStringLiteral("state")).size() >= 32);
    CHECK(asked.queryItemValue(QStringLiteral("login_hint")) == u"bob");
    const QUrl redirect = started.redirect();
    CHECK(redirect.host() == u"127.0.0.1");
    CHECK(redirect.scheme() == u"http");

    const HttpReply page =
        browse(started.opened, QStringLiteral("bob"), QStringLiteral("bob-demo"));
    CHECK(page.status == 200);
    CHECK(page.header("Content-Type").startsWith("text/plain"));
    CHECK(page.text() == QStringLiteral("You can close this tab.\n"));
    REQUIRE(waitFor([&] { return started.done(); }));
    INFO(started.failure.toStdString());
    REQUIRE(started.tokens);
    CHECK(started.failure.isEmpty());
    CHECK_FALSE(started.tokens->refresh.isEmpty());
    CHECK(started.tokens->lifetime == 60s);

    // The listener took its one request and closed.
    HttpClient again(redirect.adjusted(QUrl::RemovePath));
    again.setTimeout(2000);
    CHECK(again.get(redirect.path()).status == 0);

    // Finesse in SSO takes the token as its user's sign-in.
    HttpSession finesse({rig.server.url(), QStringLiteral("bob"), true}, rig.trust);
    finesse.setBearer(started.tokens->access);
    std::optional<HttpAnswer> answer;
    finesse.send({.path = QStringLiteral("finesse/api/User/bob")}, &finesse,
                 [&answer](const HttpAnswer &a) { answer = a; });
    REQUIRE(waitFor([&] { return answer.has_value(); }));
    CHECK(answer->status == 200);

    // Revoked by the identity service: the next request says the sign-in ended, and is not sent
    // again with anything else.
    REQUIRE(rig.sim.post(QStringLiteral("/sim/ids/revoke/bob"), {}).status == 200);
    answer.reset();
    finesse.send({.path = QStringLiteral("finesse/api/User/bob")}, &finesse,
                 [&answer](const HttpAnswer &a) { answer = a; });
    REQUIRE(waitFor([&] { return answer.has_value(); }));
    CHECK(answer->error.kind == ServerError::Kind::SignInEnded);
    CHECK(answer->error.waitsForAgentAs() == ConnectionState::SignInNeeded);
}

TEST_CASE("Single sign-on refuses, in words, a return it did not start, a wrong verifier and "
          "anything else at its listener",
          "[sso]")
{
    SsoRig rig;
    TokenEndpoint endpoint(rig.client(), rig.trust);

    SECTION("a state that is not this sign-in's")
    {
        Started started(endpoint);
        const HttpReply page = browse(
            started.opened, QStringLiteral("bob"), QStringLiteral("bob-demo"), [](const QUrl &u) {
                return QUrl(withQueryItem(u, QStringLiteral("state"), QStringLiteral("forged")));
            });
        CHECK(page.text() == QStringLiteral("You can close this tab.\n"));
        REQUIRE(waitFor([&] { return started.done(); }));
        CHECK_FALSE(started.tokens);
        CHECK(started.failure.contains(QStringLiteral("state does not match")));
    }
    SECTION("a code bound to another challenge (PKCE)")
    {
        Started started(endpoint);
        // Someone who saw the authorization request swaps the challenge for one of theirs.
        const QUrl swapped(
            withQueryItem(started.opened, QStringLiteral("code_challenge"),
                          BrowserSignIn::challengeFor(BrowserSignIn::newVerifier())));
        browse(swapped, QStringLiteral("bob"), QStringLiteral("bob-demo"));
        REQUIRE(waitFor([&] { return started.done(); }));
        CHECK_FALSE(started.tokens);
        CHECK(started.failure.contains(QStringLiteral("identity service refused")));
    }
    SECTION("the identity service says no")
    {
        Started started(endpoint);
        // PKCE other than S256: the service redirects back with an error.
        const QUrl plain(withQueryItem(started.opened, QStringLiteral("code_challenge_method"),
                                       QStringLiteral("plain")));
        HttpClient ids(plain.adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
        const HttpReply redirected = ids.get(plain.path() + u'?' + plain.query(QUrl::FullyEncoded));
        REQUIRE(redirected.status == 302);
        const QUrl back(QString::fromLatin1(redirected.header("Location")));
        HttpClient(back.adjusted(QUrl::RemovePath | QUrl::RemoveQuery))
            .get(back.path() + u'?' + back.query(QUrl::FullyEncoded));
        REQUIRE(waitFor([&] { return started.done(); }));
        CHECK(started.failure.contains(QStringLiteral("did not sign you in")));
    }
    SECTION("the agent never finishes in the browser")
    {
        Started started(endpoint, {}, 50ms);
        REQUIRE(waitFor([&] { return started.done(); }));
        CHECK(started.failure.contains(QStringLiteral("not finished in time")));
        // The listener is gone: a late return finds nobody.
        const QUrl redirect = started.redirect();
        HttpClient late(redirect.adjusted(QUrl::RemovePath));
        late.setTimeout(2000);
        CHECK(late.get(redirect.path()).status == 0);
    }
    SECTION("another request reaches the listener first")
    {
        Started started(endpoint);
        const QUrl redirect = started.redirect();
        const HttpReply stray =
            HttpClient(redirect.adjusted(QUrl::RemovePath)).get(QStringLiteral("/favicon.ico"));
        CHECK(stray.status == 404);
        CHECK(stray.text() == QStringLiteral("You can close this tab.\n"));
        REQUIRE(waitFor([&] { return started.done(); }));
        CHECK(started.failure.contains(QStringLiteral("nothing was signed in")));
    }
}

TEST_CASE("The access token is refreshed at 75 % of its lifetime, a refused refresh ends the "
          "sign-in, a silent service is asked again while the token holds",
          "[sso]")
{
    SsoRig rig(100);
    ManualClock clock;
    TokenEndpoint endpoint(rig.client(), rig.trust, clock);
    TokenEndpoint signInEndpoint(rig.client(), rig.trust);
    Started started(signInEndpoint);
    browse(started.opened, QStringLiteral("bob"), QStringLiteral("bob-demo"));
    REQUIRE(waitFor([&] { return started.done(); }));
    INFO(started.failure.toStdString());
    REQUIRE(started.tokens);
    CHECK(started.tokens->lifetime == 100s);

    TokenKeeper keeper(endpoint, clock);
    QList<OAuthTokens> refreshed;
    QList<ServerError> ended;
    QObject::connect(&keeper, &TokenKeeper::refreshed,
                     [&refreshed](const OAuthTokens &t) { refreshed.append(t); });
    QObject::connect(&keeper, &TokenKeeper::ended, [&ended](const ServerError &e, bool refused) {
        CHECK(refused);
        ended.append(e);
    });
    const QDateTime start = clock.now();
    keeper.keep(*started.tokens);
    CHECK(keeper.refreshAt() == start.addSecs(75));
    clock.advance(74999ms);
    CHECK(refreshed.isEmpty());
    clock.advance(1ms);
    REQUIRE(waitFor([&] { return !refreshed.isEmpty(); }));
    CHECK(refreshed.first().access != started.tokens->access);
    CHECK(keeper.refreshAt() == start.addSecs(75 + 75));

    // The token endpoint down: asked again after 2 s (± 20 %), while the token still holds.
    rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                         {QStringLiteral("status"), 503},
                         {QStringLiteral("path"), QStringLiteral("/ids/v1/oauth/token")},
                         {QStringLiteral("count"), 1}});
    clock.advance(75s);
    REQUIRE(waitFor([&] { return keeper.refreshAt() > start.addSecs(150); }));
    CHECK(keeper.refreshAt() >= start.addMSecs(150'000 + 1600));
    CHECK(keeper.refreshAt() <= start.addMSecs(150'000 + 2400));
    CHECK(ended.isEmpty());
    CHECK(refreshed.size() == 1);
    clock.advanceToNext();
    REQUIRE(waitFor([&] { return refreshed.size() == 2; }));

    // Revoked: the refresh is refused, and the sign-in ends with the service's reason.
    REQUIRE(rig.sim.post(QStringLiteral("/sim/ids/revoke/bob"), {}).status == 200);
    clock.advanceToNext(2min);
    REQUIRE(waitFor([&] { return !ended.isEmpty(); }));
    CHECK(ended.first().kind == ServerError::Kind::SignInEnded);
    CHECK_FALSE(ended.first().serverMessage.isEmpty());
    CHECK_FALSE(keeper.refreshAt().isValid());
}
