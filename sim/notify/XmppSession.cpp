#include "XmppSession.h"

#include "../api/FaultSet.h"
#include "../model/SimModel.h"
#include "NotificationService.h"

#include <QLoggingCategory>
#include <QWebSocket>
#include <QXmlStreamReader>

Q_LOGGING_CATEGORY(lcSimXmpp, "recsim.xmpp", QtWarningMsg)

namespace recsim {

namespace {

constexpr char kFraming[] = "urn:ietf:params:xml:ns:xmpp-framing";
constexpr char kSasl[] = "urn:ietf:params:xml:ns:xmpp-sasl";
constexpr char kPubSub[] = "http://jabber.org/protocol/pubsub";
// A client's stanzas are a few hundred bytes.
constexpr qint64 kMaxClientFrame = 64 * 1024;

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray openFrame(int id)
{
    return QByteArrayLiteral("<open xmlns=\"") + kFraming + "\" from=\"" +
           NotificationService::kDomain + "\" id=\"recsim-" + QByteArray::number(id) +
           "\" version=\"1.0\" xml:lang=\"en\"/>";
}

QByteArray features(const QByteArray &inner)
{
    return "<stream:features xmlns:stream=\"http://etherx.jabber.org/streams\">" + inner +
           "</stream:features>";
}

QByteArray iqResult(const QString &id, const QByteArray &inner = {})
{
    return "<iq xmlns=\"jabber:client\" type=\"result\" id=\"" + escaped(id) + "\">" + inner +
           "</iq>";
}

QByteArray iqError(const QString &id, const QByteArray &type, const QByteArray &condition)
{
    return "<iq xmlns=\"jabber:client\" type=\"error\" id=\"" + escaped(id) + "\"><error type=\"" +
           type + "\"><" + condition +
           " xmlns=\"urn:ietf:params:xml:ns:xmpp-stanzas\"/></error></iq>";
}

} // namespace

XmppSession::XmppSession(QWebSocket *socket, NotificationService &service)
    : QObject(&service)
    , m_socket(socket)
    , m_service(service)
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxClientFrame);
    m_socket->setMaxAllowedIncomingFrameSize(kMaxClientFrame);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &XmppSession::onFrame);
    connect(m_socket, &QWebSocket::disconnected, this, &QObject::deleteLater);
}

XmppSession::~XmppSession()
{
    emit closing();
}

QString XmppSession::jid() const
{
    return m_user + u'@' + QLatin1String(NotificationService::kDomain) + u'/' + m_resource;
}

void XmppSession::send(const QByteArray &frame)
{
    if (m_stalled) {
        m_held.append(frame);
        return;
    }
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void XmppSession::drop()
{
    qCDebug(lcSimXmpp) << "dropping the session of" << m_user;
    m_socket->abort();
}

void XmppSession::faultsChanged()
{
    if (m_user.isEmpty())
        return;
    if (m_service.faults().takeNotification(FaultRule::Kind::Drop, m_user)) {
        drop();
        return;
    }
    m_stalled = m_service.faults().activeNotification(FaultRule::Kind::Stall, m_user);
    if (!m_stalled) {
        for (const QByteArray &frame : std::exchange(m_held, {}))
            m_socket->sendTextMessage(QString::fromUtf8(frame));
    }
}

void XmppSession::streamError(const QString &condition)
{
    send("<stream:error xmlns:stream=\"http://etherx.jabber.org/streams\"><" + condition.toUtf8() +
         " xmlns=\"urn:ietf:params:xml:ns:xmpp-streams\"/></stream:error>");
    send(QByteArrayLiteral("<close xmlns=\"") + kFraming + "\"/>");
    m_socket->close();
}

void XmppSession::onFrame(const QString &text)
{
    const QByteArray frame = text.toUtf8();
    QXmlStreamReader xml(frame);
    if (!xml.readNextStartElement()) {
        streamError(QStringLiteral("not-well-formed"));
        return;
    }
    const QString name = xml.name().toString();
    if (name == u"open") {
        onOpen();
    } else if (name == u"close") {
        send(QByteArrayLiteral("<close xmlns=\"") + kFraming + "\"/>");
        m_socket->close();
    } else if (name == u"auth" && m_step == Step::Start) {
        if (xml.attributes().value(QStringLiteral("mechanism")) != u"PLAIN") {
            send(QByteArrayLiteral("<failure xmlns=\"") + kSasl +
                 "\"><invalid-mechanism/></failure>");
            return;
        }
        onAuth(QByteArray::fromBase64(xml.readElementText().toLatin1()));
    } else if (m_step == Step::Start) {
        streamError(QStringLiteral("not-authorized"));
    } else if (name == u"iq") {
        const QXmlStreamAttributes a = xml.attributes();
        onIq(frame, a.value(QStringLiteral("type")).toString(),
             a.value(QStringLiteral("id")).toString(), a.value(QStringLiteral("to")).toString());
    }
    // Presence and anything else: noted, nothing to answer.
}

void XmppSession::onOpen()
{
    send(openFrame(++m_counter));
    if (m_step == Step::Start)
        send(features(QByteArrayLiteral("<mechanisms xmlns=\"") + kSasl +
                      "\"><mechanism>PLAIN</mechanism></mechanisms>"));
    else
        send(features("<bind xmlns=\"urn:ietf:params:xml:ns:xmpp-bind\"/>"
                      "<session xmlns=\"urn:ietf:params:xml:ns:xmpp-session\"><optional/>"
                      "</session>"));
}

void XmppSession::onAuth(const QByteArray &payload)
{
    // RFC 4616: authorization id, NUL, user, NUL, password.
    const QList<QByteArray> parts = payload.split('\0');
    const User *user = parts.size() == 3 ? m_service.authenticate(QString::fromUtf8(parts[1]),
                                                                  QString::fromUtf8(parts[2]))
                                         : nullptr;
    if (!user) {
        send(QByteArrayLiteral("<failure xmlns=\"") + kSasl + "\"><not-authorized/></failure>");
        m_socket->close();
        return;
    }
    m_user = user->name;
    m_step = Step::Authenticated;
    send(QByteArrayLiteral("<success xmlns=\"") + kSasl + "\"/>");
    faultsChanged(); // a drop or stall rule waiting for this user
}

void XmppSession::onIq(const QByteArray &frame, const QString &type, const QString &id,
                       const QString &to)
{
    QXmlStreamReader xml(frame);
    xml.readNextStartElement(); // iq
    if (!xml.readNextStartElement()) {
        if (type == u"get" || type == u"set")
            send(iqError(id, "modify", "bad-request"));
        return;
    }
    const QString child = xml.name().toString();
    if (child == u"ping") {
        send(iqResult(id));
    } else if (child == u"bind" && type == u"set" && m_step == Step::Authenticated) {
        QString resource;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"resource")
                resource = xml.readElementText().trimmed();
            else
                xml.skipCurrentElement();
        }
        // "desktop" is the Finesse desktop's own resource.
        if (resource == u"desktop") {
            send(iqError(id, "cancel", "not-allowed"));
            return;
        }
        m_resource = resource.isEmpty() ? QStringLiteral("recsim-%1").arg(++m_counter) : resource;
        m_step = Step::Bound;
        send(iqResult(id, "<bind xmlns=\"urn:ietf:params:xml:ns:xmpp-bind\"><jid>" +
                              escaped(jid()) + "</jid></bind>"));
        m_refused =
            m_service.faults().takeNotification(FaultRule::Kind::Refuse, m_user).has_value();
        if (!m_refused && m_service.model().settings().finesse.subscriptions == u"automatic") {
            if (const User *user = m_service.model().user(m_user)) {
                for (const QString &node : m_service.ownNodes(*user))
                    subscribe(node);
            }
        }
    } else if (child == u"session") {
        send(iqResult(id));
    } else if (child == u"pubsub" && xml.namespaceUri() == QLatin1String(kPubSub) &&
               m_step == Step::Bound && to == QLatin1String(NotificationService::kPubSubDomain)) {
        if (!xml.readNextStartElement()) {
            send(iqError(id, "modify", "bad-request"));
            return;
        }
        if (m_refused) {
            send(iqError(id, "auth", "forbidden"));
            return;
        }
        if (xml.name() == u"subscriptions" && type == u"get") {
            send(subscriptionsResult(id));
        } else if (xml.name() == u"subscribe" && type == u"set") {
            const QString node = xml.attributes().value(QStringLiteral("node")).toString();
            const QString condition =
                subscribe(node, xml.attributes().value(QStringLiteral("jid")).toString());
            if (!condition.isEmpty()) {
                send(
                    iqError(id, condition == u"forbidden" ? "auth" : "modify", condition.toUtf8()));
                return;
            }
            send(iqResult(id, QByteArrayLiteral("<pubsub xmlns=\"") + kPubSub +
                                  "\"><subscription node=\"" + escaped(node) + "\" jid=\"" +
                                  escaped(m_nodes.value(node)) +
                                  "\" subscription=\"subscribed\"/></pubsub>"));
        } else if (xml.name() == u"unsubscribe" && type == u"set") {
            const QString node = xml.attributes().value(QStringLiteral("node")).toString();
            const QString jid = xml.attributes().value(QStringLiteral("jid")).toString();
            if (m_nodes.contains(node) && (jid.isEmpty() || jid == m_nodes.value(node))) {
                m_nodes.remove(node);
                m_service.unsubscribed(node, this);
            } else if (!m_service.endLeftBehind(m_user, node, jid)) {
                // XEP-0060 6.2.3.2: no such subscription is an error.
                send(iqError(id, "cancel", "unexpected-request"));
                return;
            }
            send(iqResult(id));
        } else {
            send(iqError(id, "cancel", "feature-not-implemented"));
        }
    } else if (type == u"get" || type == u"set") {
        send(iqError(id, "cancel", "service-unavailable"));
    }
}

QByteArray XmppSession::subscriptionsResult(const QString &id) const
{
    QByteArray list;
    QList<std::pair<QString, QString>> all = m_service.leftBehindOf(m_user);
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it)
        all.append({it.key(), it.value()});
    for (const auto &[node, jid] : std::as_const(all)) {
        list += "<subscription node=\"" + escaped(node) + "\" jid=\"" + escaped(jid) +
                "\" subscription=\"subscribed\"/>";
    }
    return iqResult(id, QByteArrayLiteral("<pubsub xmlns=\"") + kPubSub + "\"><subscriptions>" +
                            list + "</subscriptions></pubsub>");
}

QString XmppSession::subscribe(const QString &node, const QString &jid)
{
    const QString bareJid = m_user + u'@' + QLatin1String(NotificationService::kDomain);
    // XEP-0060 6.1.3.1: a subscriber may subscribe only itself, bare or with its own resource.
    if (!jid.isEmpty() && jid != bareJid && jid != this->jid())
        return QStringLiteral("invalid-jid");
    const User *user = m_service.model().user(m_user);
    if (!user)
        return QStringLiteral("forbidden");
    if (const QString refused = m_service.refusal(*user, node); !refused.isEmpty())
        return refused;
    m_nodes.insert(node, jid.isEmpty() ? bareJid : jid);
    m_service.subscribed(node, this);
    return {};
}

void XmppSession::deliver(const QString &node, const QByteArray &update)
{
    if (m_service.faults().takeNotification(FaultRule::Kind::Malformed, m_user)) {
        send("<message xmlns=\"jabber:client\"><event><items node=\"" + escaped(node) + "\">");
        return;
    }
    const bool asElement = m_service.model().settings().finesse.payload == u"element";
    const QByteArray payload = asElement ? update : escaped(QString::fromUtf8(update));
    ++m_eventsSent;
    send("<message xmlns=\"jabber:client\" from=\"" +
         QByteArray(NotificationService::kPubSubDomain) + "\" to=\"" + escaped(jid()) +
         "\" id=\"event-" + QByteArray::number(m_eventsSent) +
         "\"><event xmlns=\"http://jabber.org/protocol/pubsub#event\"><items node=\"" +
         escaped(node) + "\"><item id=\"" + QByteArray::number(m_eventsSent) +
         "\"><notification xmlns=\"" + kPubSub + "\">" + payload +
         "</notification></item></items></event></message>");
}

} // namespace recsim
