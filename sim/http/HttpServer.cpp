#include "HttpServer.h"

#include "HttpConnection.h"

#include <QLoggingCategory>
#include <QSslServer>
#include <QTcpServer>

Q_LOGGING_CATEGORY(lcSimHttp, "recsim.http", QtWarningMsg)

namespace recsim {

HttpServer::HttpServer(HttpHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port,
                        const std::optional<QSslConfiguration> &tls)
{
    close();
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        connect(server.get(), &QSslServer::sslErrors, this,
                [](QSslSocket *, const QList<QSslError> &errors) {
                    for (const QSslError &error : errors)
                        qCDebug(lcSimHttp) << "TLS error from client:" << error.errorString();
                });
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    m_tls = tls.has_value();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &HttpServer::acceptPending);
    // A thousand bars reconnecting at once (after a restart) must not see dropped SYNs and
    // one-second retries: Qt's default backlog is 50.
    m_server->setListenBacklogSize(1024);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        m_server.reset();
        return false;
    }
    m_error.clear();
    return true;
}

void HttpServer::close()
{
    if (!m_server)
        return;
    m_server->close();
    // Connections are children of this object; closing the server also ends them so a
    // "server down" test sees refused and reset connections, not a half-alive server.
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
    m_server.reset();
}

bool HttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress HttpServer::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

int HttpServer::openConnections() const
{
    return int(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly).size());
}

void HttpServer::setUpgrade(const QByteArray &path, HttpUpgrade upgrade)
{
    m_upgradePath = path;
    m_upgrade = std::move(upgrade);
}

void HttpServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        auto *connection = new HttpConnection(socket, m_handler, m_limits, m_idleTimeoutMs, this);
        if (m_upgrade)
            connection->offerUpgrade(m_upgradePath, m_upgrade);
    }
}

} // namespace recsim
