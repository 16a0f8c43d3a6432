#pragma once

#include "../api/FinesseXml.h"
#include "../api/TokenStore.h"
#include "../http/HttpMessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QWebSocketServer>

class QTcpSocket;

namespace recsim {

class FaultSet;
class SimModel;
class XmppSession;
struct Agent;
struct User;

// The Finesse Notification Service at /ws on recsim's HTTP port: an <Update> on an agent's
// User node and Dialogs node for every change the model makes to what Finesse's REST API would
// show (compared with what was last published), and for a START_RECORDING that fails after
// its 202. README.md ("The notification service") describes it and its faults.
class NotificationService : public QObject
{
    Q_OBJECT

public:
    static constexpr char kDomain[] = "recsim.local";
    static constexpr char kPubSubDomain[] = "pubsub.recsim.local";

    NotificationService(SimModel &model, FaultSet &faults, TokenStore &tokens,
                        QObject *parent = nullptr);
    ~NotificationService() override;

    // A connection whose first request is GET /ws, unread.
    void accept(QTcpSocket *socket);
    void closeAll();
    // The faults changed: sessions re-read theirs (drop now, stall or release).
    void faultsChanged();
    // GET /sim/notifications, POST/DELETE /sim/notifications/load.
    HttpResponse handleControl(const HttpRequest &request);
    QJsonObject toJson() const;
    // The benchmark's load: every connected agent's state changes once per interval, each
    // event's requestId being "load-<microseconds since the epoch when it was published>".
    void startLoad(int intervalMs);
    void stopLoad();
    // A hostile server's flood: `events` pushed to the agent's Dialogs node at `perSecond`, each
    // a call with a new dialog id that the agent is on and that REST never shows.
    bool startFlood(const QString &user, qint64 events, int perSecond);
    void stopFlood();
    // A request the REST API accepted failed later: an ApiErrors event to the agent.
    void publishFailure(int agentId, const QString &requestId, const QString &type,
                        const QString &message);

    // For sessions.
    SimModel &model() { return m_model; }
    FaultSet &faults() { return m_faults; }
    // The SASL PLAIN password is the user's, or in single sign-on an access token of theirs
    // (as Finesse's own desktop signs in to its notification service); SSO takes tokens only.
    const User *authenticate(const QString &name, const QString &password) const;
    // Why `user` may not subscribe to `node` (an XMPP error condition); empty: it may.
    QString refusal(const User &user, const QString &node) const;
    QStringList ownNodes(const User &user) const;
    void subscribed(const QString &node, XmppSession *session);
    void unsubscribed(const QString &node, XmppSession *session);
    // The subscriptions this user's ended sessions left behind (node, full address), which a
    // later session of theirs lists and may end.
    QList<std::pair<QString, QString>> leftBehindOf(const QString &user) const;
    bool endLeftBehind(const QString &user, const QString &node, const QString &jid);

private:
    struct Published
    {
        QByteArray user;
        QByteArray teamUser;               // the summary a Team Users event carries
        QMap<QString, QByteArray> dialogs; // by id
    };

    const Agent *nodeAgent(const QString &node) const;
    // The team of a Team Users node (/finesse/api/Team/{id}/Users); empty: none.
    QList<const Agent *> nodeTeam(const QString &node) const;
    void forget(XmppSession *session);

    void publishTouched();
    void publishAgent(const Agent &agent, const QString &requestId = {});
    void deliver(const QString &node, const QByteArray &update);
    bool hasSubscriber(const Agent &agent) const;
    Published render(const Agent &agent) const;
    void loadTick();
    void floodTick();

    SimModel &m_model;
    TokenStore &m_tokens;
    FaultSet &m_faults;
    FinesseXml m_xml;
    QWebSocketServer m_server;
    QList<XmppSession *> m_sessions;
    QHash<QString, QList<XmppSession *>> m_subscribers; // by node
    QHash<int, Published> m_published;                  // agents somebody is subscribed to
    // Cisco's guide: explicit subscriptions not ended before the session closes persist.
    struct LeftBehind
    {
        QString node;
        QString jid;
    };
    QList<LeftBehind> m_leftBehind;
    QTimer m_publish; // publishes once per turn of the event loop
    QTimer m_load;
    int m_loadIntervalMs = 0;
    qsizetype m_loadNext = 0;
    qint64 m_loadDone = 0;
    QElapsedTimer m_loadClock;
    struct Flood
    {
        QString node;
        QByteArray document; // with kFloodId where each event's own id goes
        qint64 events = 0;
        int perSecond = 0;
        qint64 sent = 0;
        QElapsedTimer clock;
    };
    Flood m_flood;
    QTimer m_floodTimer;
};

} // namespace recsim
