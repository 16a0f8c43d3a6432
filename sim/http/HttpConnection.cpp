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
        if (m_closing && m_socket->bytesToWrite() == 0)
            m_socket->disconnectFromHost();
    });
    m_idle.start();
    if (m_socket->bytesAvailable() > 0)
        readRequests();
}

void HttpConnection::readRequests()
{
    if (m_closing)
        return;
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
    const bool truncate = response.delivery == HttpResponse::Delivery::Truncate;
    const bool noBody = response.status == 204 || response.status == 304;
    if (!hasContentLength && !noBody)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Date: " + httpDate() + "\r\nServer: recsim\r\n";
    const bool close = !keepAlive || truncate;
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!headOnly && !noBody)
        out += truncate ? response.body.left(response.body.size() / 2) : response.body;
    m_socket->write(out);
    if (close)
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
