#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QWebSocket;

namespace recsim {

class NotificationService;
struct User;

// One client of the notification service: XMPP over WebSocket (RFC 7395), server side, with
// what Finesse offers third-party clients: SASL PLAIN, resource binding, an optional session,
// presence, pub-sub subscriptions (XEP-0060) and ping (XEP-0199). Each frame is one element;
// recsim's own frames are written whole, each declaring its namespaces.
class XmppSession : public QObject
{
    Q_OBJECT

public:
    XmppSession(QWebSocket *socket, NotificationService &service);
    ~XmppSession() override;

    const QString &user() const { return m_user; }
    QString jid() const;
    bool isSubscribed(const QString &node) const { return m_nodes.contains(node); }
    // Each subscribed node and the address it was subscribed for (bare, or this session's).
    const QHash<QString, QString> &nodes() const { return m_nodes; }
    // Sends a pub-sub event with this payload (the Update document) for `node`.
    void deliver(const QString &node, const QByteArray &update);
    // Re-reads the faults that act on this session (stall, drop).
    void faultsChanged();
    void drop();
    qint64 eventsSent() const { return m_eventsSent; }
    bool isStalled() const { return m_stalled; }

signals:
    void subscribed(const QString &node);
    // The session ends: its subscriptions are still readable.
    void closing();

private:
    enum class Step { Start, Authenticated, Bound };

    void onFrame(const QString &text);
    void onOpen();
    void onAuth(const QByteArray &payload);
    void onIq(const QByteArray &frame, const QString &type, const QString &id, const QString &to);
    QByteArray subscriptionsResult(const QString &id) const;
    // The error condition, or empty; `jid` empty: the user's bare address.
    QString subscribe(const QString &node, const QString &jid = {});
    void send(const QByteArray &frame);
    void streamError(const QString &condition);

    QWebSocket *m_socket;
    NotificationService &m_service;
    Step m_step = Step::Start;
    QString m_user;
    QString m_resource;
    QHash<QString, QString> m_nodes;
    bool m_refused = false; // a refuse fault: no subscription for this session
    bool m_stalled = false;
    QList<QByteArray> m_held;
    qint64 m_eventsSent = 0;
    int m_counter = 0;
};

} // namespace recsim
