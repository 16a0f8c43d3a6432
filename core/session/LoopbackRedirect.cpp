#include "LoopbackRedirect.h"

#include "Logging.h"

#include <QTcpSocket>
#include <QTimer>

namespace recbar {

namespace {

constexpr char kPath[] = "/recbar-sign-in";
constexpr char kAnswered[] = "recbarAnswered";

} // namespace

LoopbackRedirect::LoopbackRedirect(QObject *parent)
    : QObject(parent)
{
    m_server.setMaxPendingConnections(kMaxConnections);
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRedirect::onConnection);
}

LoopbackRedirect::~LoopbackRedirect() = default;

const QByteArray &LoopbackRedirect::pageText()
{
    static const QByteArray text = QByteArrayLiteral("You can close this tab.\n");
    return text;
}

Result<void> LoopbackRedirect::listen()
{
    // Only the loopback interface: nothing on the network can reach it (RFC 8252 8.3).
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return {};
    return fail(tr("RecBar could not listen for the browser's return on this computer (%1)")
                    .arg(m_server.errorString()));
}

QUrl LoopbackRedirect::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    url.setPath(QString::fromLatin1(kPath));
    return url;
}

void LoopbackRedirect::close()
{
    m_done = true;
    m_server.close();
    for (QTcpSocket *socket : findChildren<QTcpSocket *>()) {
        if (!socket->property(kAnswered).toBool()) // that one finishes sending its page
            socket->abort();
    }
}

void LoopbackRedirect::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A browser opens connections ahead of its request (a preconnect): each may be the one
        // that carries it, so a few are read at once, each within its deadline.
        if (m_done || findChildren<QTcpSocket *>().size() > kMaxConnections ||
            !socket->peerAddress().isLoopback()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        QTimer::singleShot(kRequestDeadline, socket, [socket] { socket->abort(); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        onReadable(socket);
    }
}

void LoopbackRedirect::onReadable(QTcpSocket *socket)
{
    if (m_done)
        return;
    const QByteArray head = socket->peek(kMaxRequestBytes + 1);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() <= kMaxRequestBytes)
            return; // more to come, within the deadline
        answer(socket, 431);
        emit refused(tr("The browser's return to RecBar was too large to be a sign-in"));
        return;
    }
    const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
    const QUrl target = line.size() == 3 ? QUrl(QString::fromLatin1(line[1])) : QUrl();
    if (line.size() != 3 || line[0] != "GET" || target.path() != QLatin1String(kPath)) {
        answer(socket, 404);
        emit refused(tr("Something other than the browser's return from the sign-in reached "
                        "RecBar's sign-in listener; nothing was signed in"));
        return;
    }
    answer(socket, 200);
    emit received(QUrlQuery(target.query(QUrl::FullyEncoded)));
}

void LoopbackRedirect::answer(QTcpSocket *socket, int status)
{
    const QByteArray reason = status == 200   ? "OK"
                              : status == 404 ? "Not Found"
                                              : "Request Header Fields Too Large";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                  QByteArray::number(pageText().size()) +
                  "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + pageText());
    socket->setProperty(kAnswered, true);
    socket->disconnectFromHost();
    m_done = true;
    m_server.close();
    for (QTcpSocket *other : findChildren<QTcpSocket *>()) {
        if (other != socket)
            other->abort();
    }
    qCInfo(lcAuth) << "sign-in listener answered" << status << "and closed";
}

} // namespace recbar
