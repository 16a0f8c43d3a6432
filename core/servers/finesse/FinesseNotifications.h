#pragma once

#include "domain/Clock.h"
#include "domain/Timing.h"
#include "domain/WorkBudget.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QWebSocket;

namespace recbar {

class TrustStore;

namespace xmpp {
struct Element;
}

// A connection to the Finesse Notification Service: XMPP (RFC 6120) over WebSocket (RFC 7395),
// with only what Cisco's guide says the service supports for applications outside the Finesse
// desktop: SASL PLAIN, a bound resource of our own, presence, pub-sub (XEP-0060) and ping
// (XEP-0199); no stream management. docs/protocols/finesse.md says what rests on the guide
// and what is assumed.
//
//   open -> <open/> -> features -> SASL PLAIN -> <open/> -> bind -> [session] -> presence
//        -> subscriptions: each wanted node subscribed, or subscribed now -> live
//
// live() once the nodes are subscribed; then eventPublished() for each pushed payload and current()
// for each answered keep-alive; failed() when the connection cannot be set up or is lost, once per
// open(). Nothing is retried here: the owner decides when to try again.
class FinesseNotifications : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl url; // wss://host:8445/ws
        QString domain;
        QString pubsubDomain;
        QString user;
        QString password;
        QStringList nodes; // to be subscribed: the agent's User and Dialogs
        // Subscribed by this connection's own address every time it opens, and unsubscribed
        // when it closes or fails while the service still listens (a supervisor's Team Users
        // nodes); those an earlier connection of RecBar's left behind are unsubscribed by the
        // next. Cisco's guide asks for a full address in explicit subscriptions and says that
        // those left behind persist.
        QStringList explicitNodes;
        QStringList trustKeys; // host keys whose pinned certificate decides, first first
        std::chrono::milliseconds answerTimeout = timing::kRequestTimeout;
        std::chrono::milliseconds pingInterval = timing::kPushPing;
    };

    explicit FinesseNotifications(TrustStore &trust, Clock &clock = Clock::system(),
                                  QObject *parent = nullptr);
    ~FinesseNotifications() override;

    void open(const Settings &settings);
    void close();
    void setPingInterval(std::chrono::milliseconds interval);
    bool isLive() const { return m_step == Step::Live; }

signals:
    void live();
    void eventPublished(const QString &node, const QByteArray &payload);
    void current();
    void failed(const QString &reason);
    // Events came faster than the bar's share of time for them: some were not read, and only a
    // read of the state can tell what they said.
    void eventsSkipped();

private:
    enum class Step {
        Closed,
        Connecting,
        Opening,        // <open/> sent, waiting for <open/> and the features
        Authenticating, // SASL PLAIN sent
        Reopening,      // the stream restarts after SASL
        Binding,
        StartingSession,
        Subscribing,
        Live,
    };

    void onText(const QString &text);
    void onElement(const xmpp::Element &element);
    void onFeatures(const xmpp::Element &features);
    void onIq(const xmpp::Element &iq);
    void onSubscriptions(const xmpp::Element &iq);
    void subscribeNext();
    void goLive();
    void send(const QByteArray &frame);
    void unsubscribeExplicit(QWebSocket &socket);
    void sendPing();
    void fail(const QString &reason);
    QString nextId(const QString &purpose);

    TrustStore &m_trust;
    Settings m_settings;
    std::unique_ptr<QWebSocket> m_socket;
    Step m_step = Step::Closed;
    // What one connection learns and waits for; open() starts it afresh.
    struct Link
    {
        QString jid;
        QString pendingId; // the request whose answer the current step waits for
        QString pingId;    // the keep-alive sent and not yet answered
        QStringList toSubscribe;
        QStringList explicitSubscribed;
        bool sessionRequired = false;
    };
    Link m_link;
    int m_counter = 0;
    // Events are read within a third of each display frame; the rest are skipped (and counted).
    WorkBudget m_eventBudget{std::chrono::milliseconds(16), std::chrono::milliseconds(5)};
    qint64 m_skipped = 0;       // since the last log line, at most one a second
    bool m_skippingNow = false; // since the last event read
    QElapsedTimer m_skipLogged;
    ClockTimer m_deadline; // the current step's, or the keep-alive's answer
    ClockTimer m_ping;
};

} // namespace recbar
