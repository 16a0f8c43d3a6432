#pragma once

#include "HttpMessage.h"
#include "HttpRequestParser.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace recsim {

// One client connection: parses requests in order, answers each (possibly after a delay or
// with an injected fault) before reading the next one.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, const HttpHandler &handler, HttpRequestParser::Limits limits,
                   int idleTimeoutMs, QObject *parent);
    // If this connection's first request is a GET of `path`, its socket goes, unread, to
    // `upgrade`, and this connection ends.
    void offerUpgrade(const QByteArray &path, const HttpUpgrade &upgrade);

private:
    void readRequests();
    bool upgrading();
    void respond(const HttpRequest &request, HttpResponse response, bool keepAlive);
    void send(const HttpResponse &response, bool keepAlive, bool headOnly);
    void rejectAndClose(int status, const QString &message);
    void closeAfterWrite();
    void trickle();
    void inflate();

    QTcpSocket *m_socket;
    const HttpHandler &m_handler;
    HttpRequestParser m_parser;
    QTimer m_idle;
    QTimer m_delay;
    bool m_busy = false;
    bool m_closing = false;
    bool m_fed = false; // the parser has seen bytes: no upgrade any more
    QByteArray m_upgradeRequest;
    HttpUpgrade m_upgrade;
    // A fault in progress: what is left to trickle, or to inflate.
    QByteArray m_pending;
    QTimer m_trickle;
    qint64 m_inflateLeft = 0;
    bool m_inflateChunked = false;
};

} // namespace recsim
