#pragma once

#include "HttpMessage.h"
#include "HttpRequestParser.h"

#include <QObject>
#include <QSslConfiguration>

#include <memory>
#include <optional>

class QTcpServer;

namespace recsim {

// A small HTTP/1.1 server over QTcpServer / QSslServer.
//
// Why not Qt HttpServer: the simulator must misbehave on request (drop a connection, send a
// truncated body, answer late) and that needs the socket, which Qt HttpServer's API exposes
// differently in 6.4, 6.5 and 6.8 (and not at all for routes in 6.8). Owning the socket keeps
// the fault injection identical on every Qt version RecBar builds with.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(HttpHandler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port,
                const std::optional<QSslConfiguration> &tls = std::nullopt);
    void close();
    bool isListening() const;
    QString errorString() const { return m_error; }
    QHostAddress address() const;
    quint16 port() const;
    bool isTls() const { return m_tls; }
    void setLimits(HttpRequestParser::Limits limits) { m_limits = limits; }
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    // Connections whose first request is a GET of `path` are handed, unread, to `upgrade`
    // (a WebSocket server reads the handshake itself).
    void setUpgrade(const QByteArray &path, HttpUpgrade upgrade);
    int openConnections() const;

private:
    void acceptPending();

    HttpHandler m_handler;
    QByteArray m_upgradePath;
    HttpUpgrade m_upgrade;
    std::unique_ptr<QTcpServer> m_server;
    HttpRequestParser::Limits m_limits;
    int m_idleTimeoutMs = 60'000;
    bool m_tls = false;
    QString m_error;
};

} // namespace recsim
