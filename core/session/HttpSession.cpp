#include "HttpSession.h"

#include "Logging.h"
#include "TrustStore.h"

#include <QFileDevice>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace recbar {

namespace {

constexpr char kAbortReason[] = "recbarAbortReason";
constexpr char kCertificate[] = "recbarCertificate";
constexpr char kExpected[] = "recbarExpected";

QByteArray userAgent()
{
    return "RecBar/" + QCoreApplication::applicationVersion().toUtf8() + " Qt/" + qVersion();
}

bool transportFailure(QNetworkReply::NetworkError error, int status)
{
    // Below 200: connection and proxy errors, even after a status line (a truncated body).
    // Anything else with an HTTP status is judged by the status (Qt files a 400 under
    // "protocol" errors, for one); without a status it is a transport failure.
    const int code = int(error);
    return (code > 0 && code < 200) || (status == 0 && code != 0);
}

} // namespace

HttpSession::HttpSession(Options options, TrustStore &trust, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_trust(trust)
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network.setTransferTimeout(m_options.timeoutMs);
}

QString HttpSession::hostKey() const
{
    const QUrl &base = m_options.baseUrl;
    return TrustStore::hostKey(base.host(), base.port(base.scheme() == u"https" ? 443 : 80));
}

QUrl HttpSession::url(const QString &path) const
{
    QUrl base = m_options.baseUrl;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    return base.resolved(QUrl(path.startsWith(u'/') ? path.mid(1) : path));
}

void HttpSession::send(const HttpCall &call, QObject *context,
                       std::function<void(const HttpAnswer &)> done)
{
    attempt(call, context, std::move(done), false);
}

QNetworkReply *HttpSession::start(const HttpCall &call, bool isRetry)
{
    const QUrl target = url(call.path);
    if (target.scheme() == u"http" && !m_options.allowPlainHttp)
        return nullptr;
    QNetworkRequest request(target);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json, application/xml;q=0.9, */*;q=0.5");
    request.setRawHeader("Authorization",
                         "Basic " + (m_options.user + u':' + m_password).toUtf8().toBase64());
    if (!call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call.contentType);
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_network.sendCustomRequest(request, call.method, call.body);
    qCDebug(lcNet) << call.method << target.path() << (isRetry ? "(again)" : "");
    guardTls(reply);
    return reply;
}

void HttpSession::guardTls(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
        const QString pinned = m_trust.pinned(hostKey());
        const QString actual = TrustStore::fingerprint(certificate);
        if (!pinned.isEmpty() && pinned == actual) {
            // The agent trusted exactly this certificate for this server: accept these errors,
            // and only these.
            reply->ignoreSslErrors(errors);
            return;
        }
        reply->setProperty(kCertificate, QVariant::fromValue(certificate));
        if (!pinned.isEmpty()) {
            qCWarning(lcTls) << "certificate of" << hostKey() << "changed: pinned" << pinned
                             << "presented" << actual;
            reply->setProperty(kAbortReason, int(ServerError::Kind::CertificateChanged));
            reply->setProperty(kExpected, pinned);
        } else {
            reply->setProperty(kAbortReason, int(ServerError::Kind::CertificateUntrusted));
        }
        reply->abort();
    });
}

void HttpSession::attempt(const HttpCall &call, QPointer<QObject> context,
                          std::function<void(const HttpAnswer &)> done, bool isRetry)
{
    QNetworkReply *reply = start(call, isRetry);
    if (!reply) {
        HttpAnswer refused;
        refused.error.kind = ServerError::Kind::InsecureRefused;
        // Answer asynchronously, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [context, done, refused] {
                if (context)
                    done(refused);
            },
            Qt::QueuedConnection);
        return;
    }
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        HttpAnswer answer = answerFor(reply);
        if (answer.error.kind == ServerError::Kind::CertificateUntrusted &&
            answer.error.certificate)
            emit certificateNeedsTrust(*answer.error.certificate);
        if (answer.status == 401 && !isRetry) {
            // A server session expired: its cookie is gone; the credentials open a new one.
            qCInfo(lcAuth) << "401 from" << call.path << "- sending the credentials again";
            attempt(call, context, done, true);
            return;
        }
        if (answer.status == 401)
            answer.error.kind = ServerError::Kind::Unauthorized;
        if (context)
            done(answer);
    });
}

void HttpSession::download(const QString &path, QIODevice *sink, QObject *context,
                           std::function<void(const HttpAnswer &, qint64)> done)
{
    downloadAttempt(path, sink, context, std::move(done), false);
}

void HttpSession::downloadAttempt(const QString &path, QIODevice *sink, QPointer<QObject> context,
                                  std::function<void(const HttpAnswer &, qint64)> done,
                                  bool isRetry)
{
    QNetworkReply *reply = start({"GET", path, {}, {}}, isRetry);
    if (!reply) {
        HttpAnswer refused;
        refused.error.kind = ServerError::Kind::InsecureRefused;
        QMetaObject::invokeMethod(
            this,
            [context, done, refused] {
                if (context)
                    done(refused, -1);
            },
            Qt::QueuedConnection);
        return;
    }
    const auto drain = [reply, sink, context] {
        // Only a successful answer's body goes to the file.
        if (context && reply->isOpen() &&
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 &&
            sink->write(reply->readAll()) < 0)
            reply->abort(); // the disk is full: fetching the rest would be wasted
    };
    connect(reply, &QNetworkReply::readyRead, this, drain);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        drain();
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        HttpAnswer answer = answerFor(reply);
        if (answer.status == 401 && !isRetry) {
            sink->seek(0);
            if (auto *file = qobject_cast<QFileDevice *>(sink))
                file->resize(0);
            downloadAttempt(path, sink, context, done, true);
            return;
        }
        if (answer.status == 401)
            answer.error.kind = ServerError::Kind::Unauthorized;
        if (context)
            done(answer, length.isValid() ? length.toLongLong() : -1);
    });
}

HttpAnswer HttpSession::answerFor(QNetworkReply *reply) const
{
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (reply->isOpen())
        answer.body = reply->readAll();

    ServerError &error = answer.error;
    const QVariant aborted = reply->property(kAbortReason);
    if (aborted.isValid()) {
        error.kind = ServerError::Kind(aborted.toInt());
        error.certificate = reply->property(kCertificate).value<QSslCertificate>();
        error.expectedFingerprint = reply->property(kExpected).toString();
        answer.status = 0;
        return answer;
    }
    const QNetworkReply::NetworkError code = reply->error();
    if (transportFailure(code, answer.status)) {
        switch (code) {
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        case QNetworkReply::TimeoutError:
            error.kind = ServerError::Kind::Timeout;
            break;
        case QNetworkReply::RemoteHostClosedError:
            error.kind = ServerError::Kind::ConnectionLost;
            break;
        default:
            error.kind = ServerError::Kind::Unreachable;
            error.serverMessage = reply->errorString();
            break;
        }
        answer.status = 0;
        qCInfo(lcNet) << "request failed:" << reply->url().path() << reply->errorString();
        return answer;
    }
    error.httpStatus = answer.status;
    if (answer.status == 403)
        error.kind = ServerError::Kind::Forbidden;
    else if (answer.status == 404)
        error.kind = ServerError::Kind::NotFound;
    else if (answer.status >= 500)
        error.kind = ServerError::Kind::ServerFailure;
    else if (answer.status >= 400 && answer.status != 401)
        error.kind = ServerError::Kind::Rejected;
    return answer;
}

} // namespace recbar
