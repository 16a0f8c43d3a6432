#pragma once

#include "domain/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QTcpSocket;

namespace recbar {

// Where the browser comes back after a single sign-on (RFC 8252 7.3): a listener on 127.0.0.1
// at a port the system picks, for one request. The first complete request ends it, whatever it
// is: a GET of the redirect's path gives its query (received), anything else a refusal in
// words (refused); either way the page says, in plain text, that the tab can be closed, and
// the listener and every other connection close. Requests are read up to a bound, each within
// a deadline, a few connections at once (a browser opens some ahead of its request).
class LoopbackRedirect : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackRedirect(QObject *parent = nullptr);
    ~LoopbackRedirect() override;

    // False, with the reason, when no port could be had.
    Result<void> listen();
    // http://127.0.0.1:<port>/recbar-sign-in
    QUrl redirectUri() const;
    bool isListening() const { return m_server.isListening(); }
    void close();

    static constexpr std::chrono::seconds kRequestDeadline{10};
    static constexpr qsizetype kMaxRequestBytes = 16 * 1024;
    static constexpr int kMaxConnections = 8;
    static const QByteArray &pageText();

signals:
    void received(const QUrlQuery &query);
    void refused(const QString &why);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status);

    QTcpServer m_server;
    bool m_done = false;
};

} // namespace recbar
