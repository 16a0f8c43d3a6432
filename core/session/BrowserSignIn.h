#pragma once

#include "LoopbackRedirect.h"
#include "TokenEndpoint.h"

#include <QObject>
#include <QTimer>

namespace recbar {

// One single sign-on in the system browser, the native-app way (RFC 8252): an authorization
// request with PKCE (RFC 7636, S256) and a `state` only this sign-in knows, the browser sent to
// the identity service (openBrowser), its return taken on a loopback listener, the code traded
// for tokens. Exactly one of signedIn() or failed() follows start(), unless cancelled first.
//
// Qt's own QtNetworkAuth is not used: on Qt 6.4 its flow has no PKCE (setPkceMethod is 6.8),
// its loopback handler answers in HTML and drops a `state` mismatch with a log line rather than
// a refusal the agent can read, and Debian's mirror here has no source for the Windows build.
class BrowserSignIn : public QObject
{
    Q_OBJECT

public:
    // loginHint: the user name, offered to the identity provider (OpenID Connect's login_hint).
    BrowserSignIn(TokenEndpoint &endpoint, QString loginHint, QObject *parent = nullptr);

    void start();
    void cancel();
    // How long the agent has to finish in the browser before the listener closes.
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline.setInterval(deadline); }
    static constexpr std::chrono::minutes kDeadline{10};
    QUrl authorizationUrl() const { return m_authorizationUrl; }

    // RFC 7636 4.1-4.2: 32 random bytes, base64url; the challenge is BASE64URL(SHA-256).
    static QString newVerifier();
    static QString challengeFor(const QString &verifier);

signals:
    void openBrowser(const QUrl &url);
    void signedIn(const recbar::OAuthTokens &tokens);
    void failed(const QString &message);

private:
    void onReturn(const QUrlQuery &query);
    void fail(const QString &message);

    TokenEndpoint &m_endpoint;
    QString m_loginHint;
    LoopbackRedirect m_redirect;
    QString m_verifier;
    QString m_state;
    QUrl m_redirectUri;
    QUrl m_authorizationUrl;
    QTimer m_deadline;
    bool m_finished = false;
};

} // namespace recbar
