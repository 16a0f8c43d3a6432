#pragma once

#include "HttpSession.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace recbar {

class TrustStore;

// An OAuth 2.0 client registered with an identity service for single sign-on (Cisco's IdS, or any
// OAuth 2.0 / OpenID Connect provider standing in for it): where to send the browser, where to
// trade a code or a refresh token for tokens, and who RecBar is there.
struct OAuthClient
{
    Q_DECLARE_TR_FUNCTIONS(OAuthClient)

public:
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl; // RFC 7009; empty: the service revokes nothing, sign-out only forgets
    QString clientId;
    QString clientSecret; // empty: a public client (RFC 8252 8.5: a native app keeps no secret)
    bool allowPlainHttp = false; // the profile's consent: codes and tokens in clear over http
    std::chrono::milliseconds timeout = timing::kRequestTimeout;
    // Pins that decide for the service's certificate when its own address has none (the
    // Finesse host's, for an IdS on that host).
    QStringList alsoTrusted;

    // What is wrong with it, in words; empty when usable.
    QString problem() const;
};

// What the token endpoint granted. The access token lives in memory only; the refresh token
// goes to the keychain, nowhere else.
struct OAuthTokens
{
    QString access;
    QString refresh; // empty: the service gave none (a new sign-in once the access token ends)
    std::chrono::seconds lifetime{};
};

// The token endpoint's answer: tokens, or why not. `refused`: the service itself said no (RFC
// 6749 5.2: a code used twice, a refresh token revoked), as against not answering.
struct TokenAnswer
{
    std::optional<OAuthTokens> tokens;
    bool refused = false;
    ServerError error;
    QString message; // in words, for the agent

    // RFC 6749 5.1 and 5.2, bounded: a token must be one an HTTP header can carry.
    static TokenAnswer parse(const HttpAnswer &answer);
};

// Trades an authorization code or a refresh token for tokens (RFC 6749 4.1.3 and 6, with RFC
// 7636's code_verifier), and revokes a token (RFC 7009). Requests go through HttpSession, so
// TLS, trust on first use, size and time bounds are as for any server; the client secret, when
// there is one, goes as Basic to the token endpoint's origin only.
class TokenEndpoint : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const TokenAnswer &)>;

    TokenEndpoint(OAuthClient client, TrustStore &trust, Clock &clock = Clock::system(),
                  QObject *parent = nullptr);
    ~TokenEndpoint() override;

    const OAuthClient &client() const { return m_client; }
    void exchange(const QString &code, const QString &verifier, const QUrl &redirectUri,
                  QObject *context, Done done);
    void refresh(const QString &refreshToken, QObject *context, Done done);
    // Fire and forget: a sign-out does not wait for the service, and the request outlives this
    // endpoint (it ends with its answer or its deadline).
    void revoke(const QString &token, const QString &hint);

private:
    void post(HttpSession &session, const QUrl &url, const QUrlQuery &form, QObject *context,
              HttpSession::Done done);
    std::unique_ptr<HttpSession> sessionFor(const QUrl &url) const;

    OAuthClient m_client;
    TrustStore &m_trust;
    Clock &m_clock;
    std::unique_ptr<HttpSession> m_token;
};

} // namespace recbar
