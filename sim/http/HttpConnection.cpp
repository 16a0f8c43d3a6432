#include "HttpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QTcpSocket>

Q_DECLARE_LOGGING_CATEGORY(lcSimHttp)

namespace recsim {

namespace {

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(),
                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpHandler &handler,
                               HttpRequestParser::Limits limits, int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_parser(limits)
{
    m_socket->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    m_delay.setSingleShot(true);
    m_delay.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_inflateLeft > 0) {
            inflate();
            return;
        }
        if (m_closing && m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    });
    connect(&m_trickle, &QTimer::timeout, this, &HttpConnection::trickle);
    m_idle.start();
    // The first bytes are read once the event loop runs, so that an upgrade can be offered.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readRequests, Qt::QueuedConnection);
}

void HttpConnection::offerUpgrade(const QByteArray &path, const HttpUpgrade &upgrade)
{
    m_upgradeRequest = "GET " + path;
    m_upgrade = upgrade;
}

// Whether the socket went to the upgrade, or may still: its first bytes so far could be the
// upgrade's request line.
bool HttpConnection::upgrading()
{
    if (m_fed || !m_upgrade)
        return false;
    const QByteArray head = m_socket->peek(m_upgradeRequest.size() + 1);
    if (head.size() <= m_upgradeRequest.size())
        return m_upgradeRequest.startsWith(head); // too early to tell: wait for more
    const char next = head.back();
    if (!head.startsWith(m_upgradeRequest) || (next != ' ' && next != '?' && next != '/'))
        return false;
    QTcpSocket *socket = m_socket;
    socket->disconnect(this);
    m_idle.stop();
    socket->setParent(nullptr);
    m_socket = nullptr;
    m_closing = true;
    deleteLater();
    m_upgrade(socket);
    return true;
}

void HttpConnection::readRequests()
{
    if (m_closing || upgrading())
        return;
    m_fed = true;
    m_idle.start();
    HttpRequestParser::State state = m_parser.feed(m_socket->readAll());
    while (!m_busy && !m_closing) {
        if (state == HttpRequestParser::State::Error) {
            rejectAndClose(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        }
        if (state == HttpRequestParser::State::NeedMore) {
            if (m_parser.expectsContinue()) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_parser.continueSent();
            }
            return;
        }
        const bool keepAlive = m_parser.keepAlive();
        HttpRequest request = m_parser.take();
        request.peer = m_socket->peerAddress();
        HttpResponse response = m_handler(request);
        respond(request, std::move(response), keepAlive);
        state = m_parser.poll();
    }
}

void HttpConnection::respond(const HttpRequest &request, HttpResponse response, bool keepAlive)
{
    const bool headOnly = request.method == "HEAD";
    if (response.delayMs <= 0) {
        send(response, keepAlive, headOnly);
        return;
    }
    m_busy = true;
    m_idle.stop();
    m_delay.disconnect();
    m_delay.setInterval(response.delayMs);
    connect(&m_delay, &QTimer::timeout, this, [this, response, keepAlive, headOnly] {
        m_busy = false;
        send(response, keepAlive, headOnly);
        m_idle.start();
        readRequests();
    });
    m_delay.start();
}

void HttpConnection::send(const HttpResponse &response, bool keepAlive, bool headOnly)
{
    if (response.delivery == HttpResponse::Delivery::Drop) {
        qCDebug(lcSimHttp) << "fault: dropping connection";
        m_closing = true;
        m_socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     HttpResponse::reasonPhrase(response.status) + "\r\n";
    bool hasContentLength = false;
    for (const auto &[name, value] : response.headers) {
        hasContentLength |= name.compare("content-length", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    using Delivery = HttpResponse::Delivery;
    const bool truncate = response.delivery == Delivery::Truncate;
    const bool inflating = response.delivery == Delivery::Inflate;
    const bool noBody = response.status == 204 || response.status == 304;
    const qint64 length = response.body.size() + (inflating ? response.inflateBytes : 0);
    if (inflating && response.chunked)
        out += "Transfer-Encoding: chunked\r\n";
    else if (!hasContentLength && !noBody)
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    out += "Date: " + httpDate() + "\r\nServer: recsim\r\n";
    const bool close =
        !keepAlive || truncate || inflating || response.delivery == Delivery::Trickle;
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (headOnly || noBody) {
        m_socket->write(out);
    } else if (response.delivery == Delivery::Trickle) {
        qCDebug(lcSimHttp) << "fault: trickling" << response.body.size() << "bytes";
        m_socket->write(out);
        m_pending = response.body;
        m_closing = true;
        m_trickle.start(response.trickleIntervalMs);
        return;
    } else if (inflating) {
        qCDebug(lcSimHttp) << "fault: inflating by" << response.inflateBytes << "bytes";
        m_inflateChunked = response.chunked;
        m_inflateLeft = response.inflateBytes;
        m_closing = true;
        if (m_inflateChunked)
            out += QByteArray::number(response.body.size(), 16) + "\r\n" + response.body + "\r\n";
        else
            out += response.body;
        m_socket->write(out);
        inflate();
        return;
    } else {
        out += truncate ? response.body.left(response.body.size() / 2) : response.body;
        m_socket->write(out);
    }
    if (close)
        closeAfterWrite();
}

void HttpConnection::trickle()
{
    if (m_pending.isEmpty()) {
        m_trickle.stop();
        closeAfterWrite();
        return;
    }
    m_socket->write(m_pending.left(1));
    m_pending.remove(0, 1);
}

// Writes the next piece of filler once the client has read the last one, so a 2 GB answer
// costs recsim only what is in flight.
void HttpConnection::inflate()
{
    if (m_socket->bytesToWrite() > 256 * 1024)
        return;
    constexpr qint64 kPiece = 64 * 1024;
    const qint64 size = std::min(kPiece, m_inflateLeft);
    const QByteArray filler(size, 'a');
    m_inflateLeft -= size;
    if (m_inflateChunked)
        m_socket->write(QByteArray::number(size, 16) + "\r\n" + filler + "\r\n" +
                        (m_inflateLeft == 0 ? QByteArray("0\r\n\r\n") : QByteArray()));
    else
        m_socket->write(filler);
    if (m_inflateLeft == 0)
        closeAfterWrite();
}

void HttpConnection::rejectAndClose(int status, const QString &message)
{
    qCDebug(lcSimHttp) << "rejecting request:" << status << message;
    HttpResponse response = HttpResponse::text(status, message);
    send(response, false, false);
}

void HttpConnection::closeAfterWrite()
{
    m_closing = true;
    if (m_socket->bytesToWrite() == 0)
        m_socket->disconnectFromHost();
}

} // namespace recsim
