// recsim's identity service (issue 27): the authorization code grant with PKCE to a loopback
// redirect, through its sign-in form, and the tokens it grants opening Finesse in single sign-on;
// refresh, revocation and every refusal the RFCs name.
#include "SimTestSupport.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

const QString kRedirect = QStringLiteral("http://127.0.0.1:45123/callback");

QByteArray base64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString verifier()
{
    return QStringLiteral("a-verifier-of-at-least-forty-three-characters-0123456789");
}

QString challengeOf(const QString &v)
{
    return QString::fromLatin1(
        base64url(QCryptographicHash::hash(v.toLatin1(), QCryptographicHash::Sha256)));
}

QUrlQuery authorizeQuery(const QString &challenge = challengeOf(verifier()))
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("recbar"));
    q.addQueryItem(QStringLiteral("redirect_uri"), kRedirect);
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("s-42"));
    q.addQueryItem(QStringLiteral("code_challenge"), challenge);
    q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    return q;
}

QByteArray form(QUrlQuery q)
{
    return q.toString(QUrl::FullyEncoded).toLatin1();
}

// Signs in through the form as `user`: the code the loopback gets.
QString signIn(HttpClient &client, const QString &user, const QString &password)
{
    QUrlQuery q = authorizeQuery();
    q.addQueryItem(QStringLiteral("username"), user);
    q.addQueryItem(QStringLiteral("password"), password);
    const HttpReply reply = client.post(QStringLiteral("/ids/v1/oauth/authorize"), form(q),
                                        "application/x-www-form-urlencoded");
    REQUIRE(reply.status == 302);
    const QUrl location(QString::fromLatin1(reply.header("Location")));
    CHECK(location.toString(QUrl::RemoveQuery) == kRedirect);
    const QUrlQuery back(location);
    CHECK(back.queryItemValue(QStringLiteral("state")) == QStringLiteral("s-42"));
    return back.queryItemValue(QStringLiteral("code"));
}

HttpReply exchange(HttpClient &client, const QString &code, const QString &v = verifier())
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    q.addQueryItem(QStringLiteral("code"), code);
    q.addQueryItem(QStringLiteral("redirect_uri"), kRedirect);
    q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("recbar"));
    q.addQueryItem(QStringLiteral("code_verifier"), v);
    return client.post(QStringLiteral("/ids/v1/oauth/token"), form(q),
                       "application/x-www-form-urlencoded");
}

HttpReply withToken(HttpClient &client, const QString &path, const QString &token)
{
    return client.send("GET", path, {}, {}, {{"Authorization", "Bearer " + token.toLatin1()}});
}

} // namespace

TEST_CASE("recsim's IdS signs in through its form with PKCE, and Finesse in SSO takes its tokens",
          "[sim][sso]")
{
    RecsimProcess sim;
    HttpClient client(sim.url());
    REQUIRE(sim.sim()
                .send("PATCH", QStringLiteral("/sim/settings"),
                      R"({"finesseAuthMode":"SSO","idsTokenLifetimeSec":60})")
                .status == 200);

    // The sign-in page: plain HTML, the request's parameters kept.
    const HttpReply page = client.get(QStringLiteral("/ids/v1/oauth/authorize?") +
                                      authorizeQuery().toString(QUrl::FullyEncoded));
    REQUIRE(page.status == 200);
    CHECK(page.header("Content-Type").startsWith("text/html"));
    CHECK(page.text().contains(QStringLiteral("name=\"password\"")));
    CHECK(page.text().contains(QStringLiteral("value=\"s-42\"")));

    // A wrong password: the form again, said in words; no redirect.
    QUrlQuery wrong = authorizeQuery();
    wrong.addQueryItem(QStringLiteral("username"), QStringLiteral("bob"));
    wrong.addQueryItem(QStringLiteral("password"), QStringLiteral("nope"));
    const HttpReply refused = client.post(QStringLiteral("/ids/v1/oauth/authorize"), form(wrong),
                                          "application/x-www-form-urlencoded");
    CHECK(refused.status == 200);
    CHECK(refused.text().contains(QStringLiteral("wrong")));

    const QString code = signIn(client, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
    REQUIRE_FALSE(code.isEmpty());
    // A verifier that does not match the challenge is refused, and uses the code up.
    const HttpReply mismatch = exchange(client, code, verifier() + QStringLiteral("x"));
    CHECK(mismatch.status == 400);
    CHECK(mismatch.object().value(QStringLiteral("error")) == QStringLiteral("invalid_grant"));
    CHECK(exchange(client, code).status == 400);

    const QString second = signIn(client, QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
    const HttpReply granted = exchange(client, second);
    REQUIRE(granted.status == 200);
    const QString access = granted.object().value(QStringLiteral("access_token")).toString();
    const QString refresh = granted.object().value(QStringLiteral("refresh_token")).toString();
    CHECK(granted.object().value(QStringLiteral("token_type")) == QStringLiteral("Bearer"));
    CHECK(granted.object().value(QStringLiteral("expires_in")).toInt() == 60);
    CHECK(exchange(client, second).status == 400); // a code is used once

    // Finesse in SSO: the token opens it, a password does not.
    CHECK(withToken(client, QStringLiteral("/finesse/api/User/bob"), access).status == 200);
    CHECK(withToken(client, QStringLiteral("/finesse/api/SystemInfo"), access)
              .text()
              .contains(QStringLiteral("<systemAuthMode>SSO</systemAuthMode>")));
    HttpClient basic(sim.url());
    basic.setCredentials(QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
    const HttpReply password = basic.get(QStringLiteral("/finesse/api/User/bob"));
    CHECK(password.status == 401);
    CHECK(password.text().contains(QStringLiteral("single sign-on")));

    // Expired after its lifetime; the refresh token gives a new one.
    sim.advance(60'000);
    CHECK(withToken(client, QStringLiteral("/finesse/api/User/bob"), access).status == 401);
    QUrlQuery again;
    again.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    again.addQueryItem(QStringLiteral("refresh_token"), refresh);
    again.addQueryItem(QStringLiteral("client_id"), QStringLiteral("recbar"));
    const HttpReply refreshed = client.post(QStringLiteral("/ids/v1/oauth/token"), form(again),
                                            "application/x-www-form-urlencoded");
    REQUIRE(refreshed.status == 200);
    const QString renewed = refreshed.object().value(QStringLiteral("access_token")).toString();
    CHECK(withToken(client, QStringLiteral("/finesse/api/User/bob"), renewed).status == 200);

    // Revoked mid-call: the token no longer opens the API and the refresh is refused.
    REQUIRE(sim.sim().post(QStringLiteral("/sim/ids/revoke/bob"), {}).status == 200);
    CHECK(withToken(client, QStringLiteral("/finesse/api/User/bob"), renewed).status == 401);
    const HttpReply late = client.post(QStringLiteral("/ids/v1/oauth/token"), form(again),
                                       "application/x-www-form-urlencoded");
    CHECK(late.status == 400);
    CHECK(late.object().value(QStringLiteral("error")) == QStringLiteral("invalid_grant"));
}

TEST_CASE("recsim's IdS refuses what RFC 6749, 7636 and 8252 refuse", "[sim][sso]")
{
    RecsimProcess sim;
    HttpClient client(sim.url());
    const auto authorize = [&](QUrlQuery q) {
        return client.get(QStringLiteral("/ids/v1/oauth/authorize?") +
                          q.toString(QUrl::FullyEncoded));
    };
    // A client or redirect it does not know is said on the page, never redirected to.
    QUrlQuery otherClient = authorizeQuery();
    otherClient.removeQueryItem(QStringLiteral("client_id"));
    otherClient.addQueryItem(QStringLiteral("client_id"), QStringLiteral("someone"));
    CHECK(authorize(otherClient).status == 400);
    QUrlQuery elsewhere = authorizeQuery();
    elsewhere.removeQueryItem(QStringLiteral("redirect_uri"));
    elsewhere.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/"));
    CHECK(authorize(elsewhere).status == 400);
    // No PKCE: redirected back with the error.
    const HttpReply plain = authorize(authorizeQuery(QStringLiteral("short")));
    REQUIRE(plain.status == 302);
    CHECK(QUrlQuery(QUrl(QString::fromLatin1(plain.header("Location"))))
              .queryItemValue(QStringLiteral("error")) == QStringLiteral("invalid_request"));
    // An unknown grant type.
    const HttpReply grant =
        client.post(QStringLiteral("/ids/v1/oauth/token"), "grant_type=password&client_id=recbar",
                    "application/x-www-form-urlencoded");
    CHECK(grant.status == 400);
    CHECK(grant.object().value(QStringLiteral("error")) ==
          QStringLiteral("unsupported_grant_type"));
    // NON_SSO by default: SystemInfo says so, to a password.
    client.setCredentials(QStringLiteral("bob"), passwordOf(QStringLiteral("bob")));
    CHECK(client.get(QStringLiteral("/finesse/api/SystemInfo"))
              .text()
              .contains(QStringLiteral("<systemAuthMode>NON_SSO</systemAuthMode>")));
}
