#include "HttpSession.h"

#include "CookieJar.h"
#include "Logging.h"
#include "TrustStore.h"
#include "domain/BoundedParse.h"

#include <QFileDevice>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace recbar {

namespace {

constexpr char kAbortReason[] = "recbarAbortReason";
constexpr char kAbortDetail[] = "recbarAbortDetail";
constexpr char kCertificate[] = "recbarCertificate";
constexpr char kExpected[] = "recbarExpected";
// An opaque id: a few dozen characters; a header of kilobytes is not one.
constexpr qsizetype kMaxRequestIdBytes = 128;

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

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

QString withoutCredentials(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

void abortWith(QNetworkReply *reply, ServerError::Kind kind, const QString &detail = {})
{
    if (reply->property(kAbortReason).isValid())
        return; // the first reason is the one worth telling
    reply->setProperty(kAbortReason, int(kind));
    reply->setProperty(kAbortDetail, detail);
    reply->abort();
}

} // namespace

// One request and what has arrived of its answer so far.
struct HttpSession::Transfer
{
    HttpCall call;
    QPointer<QObject> context;
    Done done;
    QIODevice *sink = nullptr; // a download's file; else the answer goes to `body`
    qint64 maxBytes = limits::kMaxReplyBytes;
    DownloadDone downloadDone;
    QByteArray body;
    qint64 received = 0;
    bool isRetry = false;
};

namespace {

// Reads what has arrived: into the answer, or a successful download's file; past the bound
// (the cap, or the length the server announced) the exchange ends.
void drain(QNetworkReply *reply, HttpSession::Transfer &transfer)
{
    const QByteArray chunk = reply->readAll();
    if (chunk.isEmpty())
        return;
    transfer.received += chunk.size();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 bound =
        length.isValid() ? std::min(transfer.maxBytes, length.toLongLong()) : transfer.maxBytes;
    if (transfer.received > bound) {
        abortWith(reply, ServerError::Kind::TooLarge,
                  HttpSession::tr("more than %1 KiB").arg(bound / 1024));
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!transfer.sink)
        transfer.body += chunk;
    else if (status == 200 && transfer.sink->write(chunk) < 0)
        reply->abort(); // the disk is full: fetching the rest would be wasted
    else if (status != 200 && transfer.body.size() < 64 * 1024)
        transfer.body += chunk; // an error's words, for the message
}

} // namespace

HttpSession::HttpSession(Options options, TrustStore &trust, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_trust(trust)
    , m_clock(clock)
{
    // Redirects are judged one by one (guardRedirects): only within the same origin.
    m_network.setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_network.setTransferTimeout(int(m_options.timeout.count()));
    m_network.setCookieJar(new CookieJar(&m_network));
}

HttpSession::~HttpSession() = default;

QString HttpSession::hostKey() const
{
    const QUrl &base = m_options.baseUrl;
    return TrustStore::hostKey(base.host(), defaultPort(base));
}

QUrl HttpSession::url(const QString &path) const
{
    QUrl base = m_options.baseUrl;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    return base.resolved(QUrl(path.startsWith(u'/') ? path.mid(1) : path));
}

bool HttpSession::sameOrigin(const QUrl &url) const
{
    const QUrl &base = m_options.baseUrl;
    return url.scheme() == base.scheme() &&
           url.host().compare(base.host(), Qt::CaseInsensitive) == 0 &&
           defaultPort(url) == defaultPort(base);
}

void HttpSession::send(const HttpCall &call, QObject *context, Done done)
{
    auto transfer = std::make_shared<Transfer>();
    transfer->call = call;
    transfer->context = context;
    transfer->done = std::move(done);
    run(transfer);
}

void HttpSession::download(const QString &path, QIODevice *sink, qint64 maxBytes, QObject *context,
                           DownloadDone done)
{
    auto transfer = std::make_shared<Transfer>();
    transfer->call = {.method = "GET", .path = path};
    transfer->context = context;
    transfer->sink = sink;
    transfer->maxBytes = maxBytes;
    transfer->downloadDone = std::move(done);
    run(transfer);
}

QNetworkReply *HttpSession::start(const Transfer &transfer)
{
    const QUrl target = url(transfer.call.path);
    const bool credentials = !m_options.user.isEmpty();
    if (target.scheme() == u"http" && credentials && !m_options.allowPlainHttp)
        return nullptr;
    QNetworkRequest request(target);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json, application/xml;q=0.9, */*;q=0.5");
    if (credentials && !m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toLatin1());
    else if (credentials)
        request.setRawHeader("Authorization",
                             "Basic " + (m_options.user + u':' + m_password).toUtf8().toBase64());
    if (!transfer.call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, transfer.call.contentType);
    request.setTransferTimeout(int(m_options.timeout.count()));
    const bool plainGet = transfer.call.method == "GET" && transfer.call.body.isEmpty();
    QNetworkReply *reply =
        plainGet ? m_network.get(request)
                 : m_network.sendCustomRequest(request, transfer.call.method, transfer.call.body);
    // Qt's HTTP thread stops reading the socket while this much waits: however fast a server
    // sends, no more than this is in memory before the caps below are checked. A request with
    // a body starts on the next turn of the event loop, and takes the size only from then on.
    constexpr qint64 kReadBuffer = 256 * 1024;
    reply->setReadBufferSize(kReadBuffer);
    if (!plainGet)
        QMetaObject::invokeMethod(
            reply, [reply] { reply->setReadBufferSize(kReadBuffer); }, Qt::QueuedConnection);
    qCDebug(lcNet) << transfer.call.method << target.path() << (transfer.isRetry ? "(again)" : "");
    return reply;
}

void HttpSession::run(const std::shared_ptr<Transfer> &transfer)
{
    QNetworkReply *reply = start(*transfer);
    if (!reply) {
        HttpAnswer refused;
        refused.error.kind = ServerError::Kind::InsecureRefused;
        // Answer asynchronously, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [transfer, refused] {
                if (!transfer->context)
                    return;
                if (transfer->sink)
                    transfer->downloadDone(refused, -1);
                else
                    transfer->done(refused);
            },
            Qt::QueuedConnection);
        return;
    }
    guardTls(reply);
    guardRedirects(reply);
    bound(reply, transfer);
    connect(reply, &QNetworkReply::finished, this, [this, reply, transfer] {
        reply->deleteLater();
        finish(reply, transfer);
    });
}

void HttpSession::guardTls(QNetworkReply *reply)
{
    const auto pinFor = [reply] {
        const QUrl reached = reply->url();
        return TrustStore::hostKey(reached.host(), defaultPort(reached));
    };
    const auto refuseChanged = [reply, pinFor](const QSslCertificate &certificate,
                                               const QString &expected) {
        qCWarning(lcTls) << "certificate of" << pinFor() << "is not the pinned one" << expected
                         << "but" << TrustStore::fingerprint(certificate);
        reply->setProperty(kCertificate, QVariant::fromValue(certificate));
        reply->setProperty(kExpected, expected);
        abortWith(reply, ServerError::Kind::CertificateChanged);
    };
    connect(reply, &QNetworkReply::sslErrors, reply,
            [this, reply, pinFor, refuseChanged](const QList<QSslError> &errors) {
                const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
                TrustStore::Verdict verdict = m_trust.check({pinFor()}, certificate);
                // Another port's pin only vouches for the very same certificate.
                if (verdict.kind == TrustStore::Verdict::Kind::NotPinned &&
                    m_trust.check(m_options.alsoTrusted, certificate).kind ==
                        TrustStore::Verdict::Kind::Pinned)
                    verdict.kind = TrustStore::Verdict::Kind::Pinned;
                switch (verdict.kind) {
                case TrustStore::Verdict::Kind::Pinned:
                    // The agent trusted exactly this certificate for this server: accept these
                    // errors, and only these.
                    reply->ignoreSslErrors(errors);
                    return;
                case TrustStore::Verdict::Kind::Changed:
                    refuseChanged(certificate, verdict.expected);
                    return;
                case TrustStore::Verdict::Kind::NotPinned:
                    reply->setProperty(kCertificate, QVariant::fromValue(certificate));
                    abortWith(reply, ServerError::Kind::CertificateUntrusted);
                    return;
                }
            });
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply, pinFor, refuseChanged] {
        const QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
        const TrustStore::Verdict verdict = m_trust.check({pinFor()}, certificate);
        if (verdict.kind == TrustStore::Verdict::Kind::Changed)
            refuseChanged(certificate, verdict.expected);
    });
}

void HttpSession::guardRedirects(QNetworkReply *reply)
{
    // By the time a redirect is announced, the reply already carries its target's address.
    const QUrl from = reply->url();
    connect(reply, &QNetworkReply::redirected, reply, [this, reply, from](const QUrl &to) {
        if (sameOrigin(to)) {
            emit reply->redirectAllowed();
            return;
        }
        // The password must never go to another origin: stop, and say where it wanted to go.
        const QString detail = tr("%1 to %2").arg(withoutCredentials(from), withoutCredentials(to));
        qCWarning(lcNet) << "refused a redirect from" << from.toDisplayString() << "to"
                         << to.toDisplayString();
        abortWith(reply, ServerError::Kind::Redirected, detail);
    });
}

void HttpSession::bound(QNetworkReply *reply, const std::shared_ptr<Transfer> &transfer)
{
    // A reply has a deadline for the whole exchange; the manager's transfer timeout only
    // catches silence. (A download may take longer: its bound is its size.)
    if (!transfer->sink) {
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, reply, [reply] {
            qCInfo(lcNet) << "deadline passed:" << reply->url().path();
            abortWith(reply, ServerError::Kind::Timeout);
        });
        deadline->start(m_options.timeout);
    }

    const qint64 cap = transfer->maxBytes;
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, cap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > cap)
            abortWith(reply, ServerError::Kind::TooLarge,
                      tr("%1 KiB announced, at most %2 KiB read")
                          .arg(length.toLongLong() / 1024)
                          .arg(cap / 1024));
    });
    connect(reply, &QNetworkReply::readyRead, reply,
            [reply, transfer] { drain(reply, *transfer); });
}

void HttpSession::finish(QNetworkReply *reply, const std::shared_ptr<Transfer> &transfer)
{
    if (reply->isOpen() && !reply->property(kAbortReason).isValid())
        drain(reply, *transfer); // whatever arrived with the end
    HttpAnswer answer = answerFor(reply, *transfer);
    if (answer.error.kind == ServerError::Kind::CertificateUntrusted && answer.error.certificate)
        emit certificateNeedsTrust(*answer.error.certificate);
    if (answer.status == 401) {
        const bool challenged = reply->hasRawHeader("WWW-Authenticate");
        const bool refusal = transfer->call.refusal && transfer->call.refusal(answer);
        const bool bearer = !m_bearer.isEmpty() && !m_options.user.isEmpty();
        if (challenged && !refusal && !bearer && !transfer->isRetry && !m_options.user.isEmpty()) {
            // A server session expired: its cookie goes, the credentials open a new one.
            qCInfo(lcAuth) << "401 challenge from" << transfer->call.path
                           << "- sending the credentials again";
            forgetCookies();
            transfer->isRetry = true;
            transfer->body.clear();
            transfer->received = 0;
            if (transfer->sink) {
                transfer->sink->seek(0);
                if (auto *file = qobject_cast<QFileDevice *>(transfer->sink))
                    file->resize(0);
            }
            run(transfer);
            return;
        }
        answer.error.kind = refusal  ? ServerError::Kind::Rejected
                            : bearer ? ServerError::Kind::SignInEnded
                                     : ServerError::Kind::Unauthorized;
    }
    if (!transfer->context)
        return;
    if (transfer->sink) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        transfer->downloadDone(answer, length.isValid() ? length.toLongLong() : -1);
    } else {
        transfer->done(answer);
    }
}

void HttpSession::forgetCookies()
{
    QNetworkCookieJar *jar = m_network.cookieJar();
    for (const QNetworkCookie &cookie : jar->cookiesForUrl(m_options.baseUrl))
        jar->deleteCookie(cookie);
}

HttpAnswer HttpSession::answerFor(QNetworkReply *reply, const Transfer &transfer) const
{
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.requestId = reply->rawHeader("requestId").left(kMaxRequestIdBytes);
    answer.body = transfer.body;

    ServerError &error = answer.error;
    const QVariant aborted = reply->property(kAbortReason);
    if (aborted.isValid()) {
        error.kind = ServerError::Kind(aborted.toInt());
        error.serverMessage = reply->property(kAbortDetail).toString();
        if (reply->property(kCertificate).isValid())
            error.certificate = reply->property(kCertificate).value<QSslCertificate>();
        error.expectedFingerprint = reply->property(kExpected).toString();
        answer.status = 0;
        answer.body.clear();
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
