#include "FinesseNotifications.h"

#include "Logging.h"
#include "XmppStanza.h"
#include "session/TrustStore.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

Q_LOGGING_CATEGORY(lcPush, "recbar.push", QtWarningMsg)

namespace recbar {

namespace {

// The start of every resource RecBar binds.
const QString kResourcePrefix = QStringLiteral("recbar-");

QString bare(const QString &jid)
{
    const qsizetype slash = jid.indexOf(u'/');
    return slash < 0 ? jid : jid.left(slash);
}

// Qt's words for a failed handshake name its own internals; the agent needs what happened.
QString describe(const QWebSocket &socket)
{
    static const QRegularExpression status(QStringLiteral("status code: (\\d+)"));
    if (const QRegularExpressionMatch m = status.match(socket.errorString()); m.hasMatch())
        return FinesseNotifications::tr("the notification service answered HTTP %1, not a "
                                        "WebSocket")
            .arg(m.captured(1));
    switch (socket.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return FinesseNotifications::tr("the notification service refused the connection");
    case QAbstractSocket::RemoteHostClosedError:
        return FinesseNotifications::tr("the notification service closed the connection");
    case QAbstractSocket::HostNotFoundError:
        return FinesseNotifications::tr("the notification service's host was not found");
    default:
        return socket.errorString();
    }
}

} // namespace

FinesseNotifications::FinesseNotifications(TrustStore &trust, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_trust(trust)
    , m_deadline(clock, this)
    , m_ping(clock, this)
{
    connect(&m_deadline, &ClockTimer::timeout, this, [this] {
        const int seconds =
            int(std::chrono::ceil<std::chrono::seconds>(m_settings.answerTimeout).count());
        fail(m_step == Step::Live
                 ? tr("no answer to a keep-alive within %n s", nullptr, seconds)
                 : tr("the notification service did not answer within %n s", nullptr, seconds));
    });
    connect(&m_ping, &ClockTimer::timeout, this, &FinesseNotifications::sendPing);
}

FinesseNotifications::~FinesseNotifications()
{
    close();
}

QString FinesseNotifications::nextId(const QString &purpose)
{
    return purpose + u'-' + QString::number(++m_counter);
}

void FinesseNotifications::open(const Settings &settings)
{
    close();
    m_settings = settings;
    // Nothing of an earlier connection carries over: an unanswered ping of the last one would
    // otherwise stop every later keep-alive.
    m_link = {};
    m_step = Step::Connecting;
    m_socket = std::make_unique<QWebSocket>();
    m_socket->setMaxAllowedIncomingFrameSize(xmpp::kMaxFrameBytes);
    m_socket->setMaxAllowedIncomingMessageSize(xmpp::kMaxFrameBytes);
    QWebSocket *socket = m_socket.get();
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        // A certificate the system trusts is still refused when the agent pinned another one
        // for this server.
        if (socket->requestUrl().scheme() == u"wss") {
            const QSslCertificate presented = socket->sslConfiguration().peerCertificate();
            const TrustStore::Verdict verdict = m_trust.check(m_settings.trustKeys, presented);
            if (verdict.kind == TrustStore::Verdict::Kind::Changed) {
                fail(tr("its certificate is not the one trusted for this server"));
                return;
            }
        }
        m_step = Step::Opening;
        send(xmpp::open(m_settings.domain));
        m_deadline.start(m_settings.answerTimeout);
    });
    connect(socket, &QWebSocket::disconnected, this,
            [this] { fail(tr("the notification service closed the connection")); });
    connect(socket, &QWebSocket::textMessageReceived, this, &FinesseNotifications::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this] { fail(tr("the notification service sent binary data")); });
    connect(socket, &QWebSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        const QSslCertificate presented = socket->sslConfiguration().peerCertificate();
        const TrustStore::Verdict verdict = m_trust.check(m_settings.trustKeys, presented);
        switch (verdict.kind) {
        case TrustStore::Verdict::Kind::Pinned:
            socket->ignoreSslErrors(errors); // exactly the certificate the agent trusted
            return;
        case TrustStore::Verdict::Kind::Changed:
            fail(tr("its certificate is not the one trusted for this server"));
            return;
        case TrustStore::Verdict::Kind::NotPinned:
            fail(tr("its certificate is not trusted (%1)").arg(errors.value(0).errorString()));
            return;
        }
    });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this,
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
#endif
            [this, socket] { fail(describe(*socket)); });

    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QStringLiteral("xmpp")}); // RFC 7395 3.1
    m_deadline.start(m_settings.answerTimeout);
    qCInfo(lcPush) << "connecting to" << m_settings.url.toString(QUrl::RemoveUserInfo);
    socket->open(QNetworkRequest(m_settings.url), options);
}

void FinesseNotifications::setPingInterval(std::chrono::milliseconds interval)
{
    if (interval == m_settings.pingInterval)
        return;
    m_settings.pingInterval = interval;
    if (m_ping.isActive())
        m_ping.start(interval);
}

void FinesseNotifications::close()
{
    m_deadline.stop();
    m_ping.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket.release();
    socket->disconnect(this);
    if (m_step > Step::Connecting && socket->state() == QAbstractSocket::ConnectedState) {
        unsubscribeExplicit(*socket);
        socket->sendTextMessage(QString::fromUtf8(xmpp::close()));
    }
    m_step = Step::Closed;
    socket->close();
    socket->deleteLater();
}

void FinesseNotifications::fail(const QString &reason)
{
    if (m_step == Step::Closed)
        return;
    qCInfo(lcPush) << "notification service:" << reason;
    m_deadline.stop();
    m_ping.stop();
    if (m_socket) {
        QWebSocket *socket = m_socket.release();
        socket->disconnect(this);
        // Whatever went wrong, a service still listening is asked not to keep the explicit
        // subscriptions (they would persist); one that is gone keeps them until the next
        // connection clears them (onSubscriptions).
        if (socket->state() == QAbstractSocket::ConnectedState) {
            unsubscribeExplicit(*socket);
            socket->flush();
        }
        socket->abort();
        socket->deleteLater();
    }
    m_step = Step::Closed;
    emit failed(reason);
}

// The explicit subscriptions made, and the one asked for and not yet answered.
void FinesseNotifications::unsubscribeExplicit(QWebSocket &socket)
{
    QStringList nodes = m_link.explicitSubscribed;
    if (m_step == Step::Subscribing && !m_link.toSubscribe.isEmpty() &&
        m_settings.explicitNodes.contains(m_link.toSubscribe.first()))
        nodes.append(m_link.toSubscribe.first());
    for (const QString &node : std::as_const(nodes))
        socket.sendTextMessage(QString::fromUtf8(xmpp::unsubscribe(
            nextId(QStringLiteral("unsubscribe")), m_settings.pubsubDomain, node, m_link.jid)));
    m_link.explicitSubscribed.clear();
}

void FinesseNotifications::send(const QByteArray &frame)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void FinesseNotifications::onText(const QString &text)
{
    // A server that pushes more than the bar can read in its share of each frame loses the
    // events beyond it, unread: the owner is told and reads the state instead. Everything that
    // is not an event (keep-alive answers, stream errors) is always read.
    const bool isEvent =
        m_step == Step::Live && QStringView(text).trimmed().startsWith(u"<message");
    if (isEvent && m_eventBudget.exhausted()) {
        ++m_skipped;
        if (!std::exchange(m_skippingNow, true))
            emit eventsSkipped();
        return;
    }
    m_skippingNow = false;
    QElapsedTimer took;
    took.start();
    auto parsed = xmpp::parseFrame(text.toUtf8());
    if (!parsed) {
        // Not well-formed is a stream error (RFC 6120 4.9.3.13): this stream cannot go on.
        fail(parsed.error());
        return;
    }
    onElement(*parsed);
    if (isEvent) {
        m_eventBudget.spend(std::chrono::nanoseconds(took.nsecsElapsed()));
        if (m_skipped > 0 && (!m_skipLogged.isValid() || m_skipLogged.elapsed() >= 1000)) {
            qCWarning(lcPush) << "events came faster than they could be read:"
                              << std::exchange(m_skipped, 0) << "left unread";
            m_skipLogged.start();
        }
    }
}

void FinesseNotifications::onElement(const xmpp::Element &element)
{
    const QString &name = element.name;
    if (name == u"open" || name == u"presence")
        return;
    if (name == u"features") {
        onFeatures(element);
    } else if (name == u"close") {
        fail(tr("the notification service ended the stream"));
    } else if (name == u"error") {
        const QString condition =
            element.children.isEmpty() ? QString() : element.children.first().name;
        fail(tr("the notification service reported a stream error (%1)").arg(condition));
    } else if (name == u"success" && m_step == Step::Authenticating) {
        m_step = Step::Reopening; // RFC 6120 6.4.6: the stream restarts
        send(xmpp::open(m_settings.domain));
        m_deadline.start(m_settings.answerTimeout);
    } else if (name == u"failure" && m_step == Step::Authenticating) {
        const QString condition =
            element.children.isEmpty() ? QString() : element.children.first().name;
        fail(tr("the notification service refused the sign-in (%1)").arg(condition));
    } else if (name == u"iq") {
        onIq(element);
    } else if (name == u"message" && m_step >= Step::StartingSession) {
        // Only the pub-sub service publishes state; anyone else may send a message to this
        // address, and what they say is not the server's.
        if (bare(element.attribute(QStringLiteral("from"))) != m_settings.pubsubDomain)
            return;
        const std::optional<xmpp::Event> published = xmpp::pubsubEvent(element);
        if (!published || (!m_settings.nodes.contains(published->node) &&
                           !m_settings.explicitNodes.contains(published->node)))
            return;
        for (const QByteArray &payload : published->payloads)
            emit eventPublished(published->node, payload);
    }
}

void FinesseNotifications::onFeatures(const xmpp::Element &features)
{
    if (m_step == Step::Opening) {
        const xmpp::Element *mechanisms = features.child(QStringLiteral("mechanisms"));
        bool plain = false;
        for (const xmpp::Element &mechanism :
             mechanisms ? mechanisms->children : QList<xmpp::Element>()) {
            plain = plain || mechanism.text.trimmed() == u"PLAIN";
        }
        if (!plain) {
            fail(tr("the notification service offers no password sign-in (SASL PLAIN)"));
            return;
        }
        m_step = Step::Authenticating;
        send(xmpp::authPlain(m_settings.user, m_settings.password));
        m_deadline.start(m_settings.answerTimeout);
    } else if (m_step == Step::Reopening) {
        if (!features.child(QStringLiteral("bind"))) {
            fail(tr("the notification service offers no resource binding"));
            return;
        }
        const xmpp::Element *session = features.child(QStringLiteral("session"));
        m_link.sessionRequired = session && !session->child(QStringLiteral("optional"));
        m_step = Step::Binding;
        // A resource of our own: "desktop" is the Finesse desktop's, and a second connection
        // with it would sign the agent's desktop out.
        const QString resource =
            kResourcePrefix + QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8,
                                                       16, QLatin1Char('0'));
        m_link.pendingId = nextId(QStringLiteral("bind"));
        send(xmpp::bind(m_link.pendingId, resource));
        m_deadline.start(m_settings.answerTimeout);
    }
}

void FinesseNotifications::onIq(const xmpp::Element &iq)
{
    const QString type = iq.attribute(QStringLiteral("type"));
    const QString id = iq.attribute(QStringLiteral("id"));
    if (type == u"get" || type == u"set") {
        const bool isPing = type == u"get" && iq.child(QStringLiteral("ping"));
        send(isPing ? xmpp::pong(iq) : xmpp::serviceUnavailable(iq));
        return;
    }
    if (!m_link.pingId.isEmpty() && id == m_link.pingId) {
        // A result, or an error (a server without XEP-0199): either way the stream is alive
        // and everything sent before the answer has arrived.
        m_link.pingId.clear();
        m_deadline.stop();
        emit current();
        return;
    }
    if (id != m_link.pendingId)
        return;
    const bool ok = type == u"result";
    switch (m_step) {
    case Step::Binding: {
        if (!ok) {
            fail(tr("the notification service refused the resource (%1)")
                     .arg(xmpp::errorCondition(iq)));
            return;
        }
        const xmpp::Element *jid = iq.find({QStringLiteral("bind"), QStringLiteral("jid")});
        m_link.jid = jid ? jid->text.trimmed() : QString();
        if (m_link.jid.isEmpty()) {
            fail(tr("the notification service bound no address"));
            return;
        }
        if (m_link.sessionRequired) {
            m_step = Step::StartingSession;
            m_link.pendingId = nextId(QStringLiteral("session"));
            send(xmpp::startSession(m_link.pendingId, m_settings.domain));
            m_deadline.start(m_settings.answerTimeout);
            return;
        }
        [[fallthrough]];
    }
    case Step::StartingSession:
        m_step = Step::Subscribing;
        send(xmpp::presence());
        m_link.pendingId = nextId(QStringLiteral("subscriptions"));
        send(xmpp::subscriptions(m_link.pendingId, m_settings.pubsubDomain));
        m_deadline.start(m_settings.answerTimeout);
        return;
    case Step::Subscribing:
        if (m_link.toSubscribe.isEmpty()) {
            onSubscriptions(iq);
            return;
        }
        if (!ok) {
            fail(tr("the notification service refused the subscription (%1)")
                     .arg(xmpp::errorCondition(iq)));
            return;
        }
        if (m_settings.explicitNodes.contains(m_link.toSubscribe.first()))
            m_link.explicitSubscribed.append(m_link.toSubscribe.first());
        m_link.toSubscribe.removeFirst();
        subscribeNext();
        return;
    case Step::Closed:
    case Step::Connecting:
    case Step::Opening:
    case Step::Authenticating:
    case Step::Reopening:
    case Step::Live:
        return; // no query of ours is outstanding in these steps
    }
}

void FinesseNotifications::onSubscriptions(const xmpp::Element &iq)
{
    if (iq.attribute(QStringLiteral("type")) != u"result") {
        const QString condition = xmpp::errorCondition(iq);
        if (condition == u"forbidden" || condition == u"not-authorized" ||
            condition == u"not-allowed") {
            fail(tr("the notification service refused the subscription (%1)").arg(condition));
            return;
        }
        // A service that cannot list subscriptions: ask for each node.
        m_link.toSubscribe = m_settings.nodes + m_settings.explicitNodes;
        subscribeNext();
        return;
    }
    // Finesse subscribes an agent to its own nodes by itself; a service that did not is asked.
    QStringList present;
    const xmpp::Element *list =
        iq.find({QStringLiteral("pubsub"), QStringLiteral("subscriptions")});
    for (const xmpp::Element &s : list ? list->children : QList<xmpp::Element>()) {
        const QString state = s.attribute(QStringLiteral("subscription"));
        const QString node = s.attribute(QStringLiteral("node"));
        const QString jid = s.attribute(QStringLiteral("jid"));
        if (m_settings.explicitNodes.contains(node) && jid != m_link.jid &&
            jid.startsWith(bare(m_link.jid) + QStringLiteral("/") + kResourcePrefix)) {
            // An earlier connection of RecBar's that could not end its subscription: it
            // persists on the node, and events would go on being published to it.
            send(xmpp::unsubscribe(nextId(QStringLiteral("unsubscribe")), m_settings.pubsubDomain,
                                   node, jid));
            continue;
        }
        if (state.isEmpty() || state == u"subscribed")
            present.append(node);
    }
    for (const QString &node : std::as_const(m_settings.nodes)) {
        if (!present.contains(node))
            m_link.toSubscribe.append(node);
    }
    m_link.toSubscribe += m_settings.explicitNodes;
    subscribeNext();
}

// The first of m_link.toSubscribe is the one asked for; none left: live.
void FinesseNotifications::subscribeNext()
{
    if (m_link.toSubscribe.isEmpty()) {
        goLive();
        return;
    }
    m_link.pendingId = nextId(QStringLiteral("subscribe"));
    const QString &node = m_link.toSubscribe.first();
    send(xmpp::subscribe(m_link.pendingId, m_settings.pubsubDomain, node,
                         m_settings.explicitNodes.contains(node) ? m_link.jid : bare(m_link.jid)));
    m_deadline.start(m_settings.answerTimeout);
}

void FinesseNotifications::goLive()
{
    m_step = Step::Live;
    m_link.pendingId.clear();
    m_deadline.stop();
    m_ping.start(m_settings.pingInterval);
    qCInfo(lcPush) << "live as" << m_link.jid;
    emit live();
}

void FinesseNotifications::sendPing()
{
    if (m_step != Step::Live)
        return;
    // The next one, whatever becomes of this: the timer fires once per start.
    m_ping.start(m_settings.pingInterval);
    if (!m_link.pingId.isEmpty())
        return; // the last is still unanswered, and its deadline decides
    m_link.pingId = nextId(QStringLiteral("ping"));
    send(xmpp::ping(m_link.pingId, m_settings.domain));
    m_deadline.start(m_settings.answerTimeout);
}

} // namespace recbar
