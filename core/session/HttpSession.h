#pragma once

#include "ServerError.h"
#include "domain/Clock.h"
#include "domain/Timing.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

namespace recbar {

class TrustStore;

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    // The server's name for the request (Finesse's requestId header), which events it pushes
    // later repeat.
    QByteArray requestId;
    ServerError error; // set for transport failures and for HTTP statuses of 400 and above
};

struct HttpCall
{
    QByteArray method = "GET";
    QString path; // relative to the session's base URL; may carry a query
    QByteArray body;
    QByteArray contentType;
    // An answer the API documents as a refusal although its status is 401 (Finesse's "Invalid
    // State"): never a reason to send the credentials again.
    std::function<bool(const HttpAnswer &)> refusal;
};

// One server's HTTP session. Everything the server sends is bounded before it is read:
//
//  - credentials (Basic, or an identity service's access token as Bearer) go only with a user
//    name, only to the base URL's own scheme, host and port; a redirect elsewhere is refused,
//    naming both addresses;
//  - TLS is verified, with trust on first use: a pinned certificate decides for its host even
//    when the system's CAs would accept another one;
//  - a reply is at most limits::kMaxReplyBytes, a download at most its announced length and
//    the caller's maximum; cookies are capped in number and size (CookieJar), headers by Qt
//    (100 fields, 256 KiB);
//  - each request has an overall deadline, not only an idle timeout, so a server that trickles
//    a byte a second cannot keep an old answer looking fresh;
//  - a 401 with an authentication challenge is answered once: the session's cookie is cleared
//    and the request goes again with the credentials (a server session expired). A 401 without
//    a challenge, or one the API calls a refusal, is a refusal. A 401 to an access token ends
//    the sign-in (ServerError::Kind::SignInEnded): sending the same token again cannot help.
//
// Nothing here blocks or nests an event loop.
class HttpSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl baseUrl;
        QString user; // empty: no credentials are sent (a server whose API takes none)
        bool allowPlainHttp = false;
        std::chrono::milliseconds timeout = timing::kRequestTimeout; // the whole exchange
        // Pins of other ports of the same server: a certificate the system does not trust is
        // accepted when it is the one pinned there (the address's own pin still decides first).
        QStringList alsoTrusted;
        // A 401 challenge is answered by sending the request again with the credentials; not
        // where sending it twice would spend something (an authorization code).
        bool resendOnChallenge = true;
    };
    using Done = std::function<void(const HttpAnswer &)>;
    using DownloadDone = std::function<void(const HttpAnswer &, qint64 expected)>;

    // clock: the session's time, which the kinds built on it take theirs from.
    HttpSession(Options options, TrustStore &trust, Clock &clock = Clock::system(),
                QObject *parent = nullptr);
    ~HttpSession() override;

    const QString &user() const { return m_options.user; }
    const QString &password() const { return m_password; }
    const QUrl &baseUrl() const { return m_options.baseUrl; }
    bool allowsPlainHttp() const { return m_options.allowPlainHttp; }
    std::chrono::milliseconds timeout() const { return m_options.timeout; }
    TrustStore &trust() const { return m_trust; }
    Clock &clock() const { return m_clock; }
    void setPassword(const QString &password) { m_password = password; }
    // Single sign-on: the access token replaces the password (empty: Basic again).
    void setBearer(const QString &accessToken) { m_bearer = accessToken; }
    const QString &bearer() const { return m_bearer; }
    QString hostKey() const;
    QUrl url(const QString &path) const;

    // `done` runs exactly once, unless `context` is destroyed first.
    void send(const HttpCall &call, QObject *context, Done done);
    // GET streamed into `sink` as it arrives (the answer's body stays empty); on a resend after
    // a challenge the sink is emptied first. More than `maxBytes`, or more than the server
    // announced, aborts. `expected` is the announced length, or -1.
    void download(const QString &path, QIODevice *sink, qint64 maxBytes, QObject *context,
                  DownloadDone done);

    struct Transfer; // one request and its answer so far

signals:
    // A request met a certificate nobody has decided about yet (it was not sent).
    void certificateNeedsTrust(const QSslCertificate &certificate);

private:
    void run(const std::shared_ptr<Transfer> &transfer);
    QNetworkReply *start(const Transfer &transfer);
    void guardTls(QNetworkReply *reply);
    void guardRedirects(QNetworkReply *reply);
    void bound(QNetworkReply *reply, const std::shared_ptr<Transfer> &transfer);
    void finish(QNetworkReply *reply, const std::shared_ptr<Transfer> &transfer);
    HttpAnswer answerFor(QNetworkReply *reply, const Transfer &transfer) const;
    bool sameOrigin(const QUrl &url) const;
    void forgetCookies();

    Options m_options;
    TrustStore &m_trust;
    Clock &m_clock;
    QString m_password;
    QString m_bearer;
    QNetworkAccessManager m_network;
};

} // namespace recbar
