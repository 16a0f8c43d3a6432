#pragma once

#include "ServerError.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace recbar {

class TrustStore;

struct HttpCall
{
    QByteArray method = "GET";
    QString path; // relative to the session's base URL; may carry a query
    QByteArray body;
    QByteArray contentType;
};

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    ServerError error; // set for transport failures and for HTTP statuses of 400 and above
};

// One server's HTTP session: Basic credentials on every request, a timeout on every request,
// TLS verified with trust-on-first-use pinning, Basic over plain HTTP only with consent, and a
// 401 answered by sending the request once more (a server session expired: the cookie is
// cleared and the credentials open a new one). Nothing here blocks or nests an event loop.
class HttpSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl baseUrl;
        QString user;
        bool allowPlainHttp = false;
        int timeoutMs = 8000;
    };

    HttpSession(Options options, TrustStore &trust, QObject *parent = nullptr);

    const Options &options() const { return m_options; }
    void setPassword(const QString &password) { m_password = password; }
    QString hostKey() const;
    QUrl url(const QString &path) const;

    // `done` runs exactly once, unless `context` is destroyed first.
    void send(const HttpCall &call, QObject *context, std::function<void(const HttpAnswer &)> done);
    // GET streamed into `sink` as it arrives (the answer's body stays empty); on a resend after
    // a 401 the sink is emptied first. `expected` is the announced length, or -1.
    void download(const QString &path, QIODevice *sink, QObject *context,
                  std::function<void(const HttpAnswer &, qint64 expected)> done);

signals:
    // A request met a certificate nobody has decided about yet (it was not sent).
    void certificateNeedsTrust(const QSslCertificate &certificate);

private:
    void attempt(const HttpCall &call, QPointer<QObject> context,
                 std::function<void(const HttpAnswer &)> done, bool isRetry);
    void downloadAttempt(const QString &path, QIODevice *sink, QPointer<QObject> context,
                         std::function<void(const HttpAnswer &, qint64)> done, bool isRetry);
    QNetworkReply *start(const HttpCall &call, bool isRetry);
    void guardTls(QNetworkReply *reply);
    HttpAnswer answerFor(QNetworkReply *reply) const;

    Options m_options;
    TrustStore &m_trust;
    QString m_password;
    QNetworkAccessManager m_network;
};

} // namespace recbar
