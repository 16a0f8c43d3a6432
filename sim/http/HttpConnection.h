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

private:
    void readRequests();
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
    // A fault in progress: what is left to trickle, or to inflate.
    QByteArray m_pending;
    QTimer m_trickle;
    qint64 m_inflateLeft = 0;
    bool m_inflateChunked = false;
};

} // namespace recsim
