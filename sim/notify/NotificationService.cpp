#include "NotificationService.h"

#include "../api/FaultSet.h"
#include "../model/SimModel.h"
#include "XmppSession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QWebSocket>

#include <chrono>

Q_DECLARE_LOGGING_CATEGORY(lcSimXmpp)

namespace recsim {

namespace {

const QString kUserPrefix = QStringLiteral("/finesse/api/User/");

QString userNode(const QString &loginId)
{
    return kUserPrefix + loginId;
}

QString userNode(const Agent &agent)
{
    return userNode(agent.loginId);
}

QString dialogsNode(const QString &loginId)
{
    return userNode(loginId) + QStringLiteral("/Dialogs");
}

QString dialogsNode(const Agent &agent)
{
    return dialogsNode(agent.loginId);
}

const QString kTeamPrefix = QStringLiteral("/finesse/api/Team/");
const QString kTeamSuffix = QStringLiteral("/Users");

QString teamNode(const Agent &agent)
{
    return kTeamPrefix + agent.teamId + kTeamSuffix;
}

QByteArray updateDocument(const QByteArray &event, const QString &source, const QString &requestId,
                          const QByteArray &data)
{
    return "<Update><data>" + data + "</data><event>" + event + "</event><requestId>" +
           requestId.toHtmlEscaped().toUtf8() + "</requestId><source>" +
           source.toHtmlEscaped().toUtf8() + "</source></Update>";
}

void refuseUpgrade(QTcpSocket *socket, int status, const QByteArray &reason)
{
    const QByteArray body = reason + '\n';
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/plain\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace

NotificationService::NotificationService(SimModel &model, FaultSet &faults, TokenStore &tokens,
                                         QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_tokens(tokens)
    , m_faults(faults)
    , m_xml(model)
    , m_server(QStringLiteral("recsim"), QWebSocketServer::NonSecureMode)
{
    m_server.setSupportedSubprotocols({QStringLiteral("xmpp")});
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server.nextPendingConnection()) {
            auto *session = new XmppSession(socket, *this);
            m_sessions.append(session);
            connect(session, &XmppSession::closing, this, [this, session] { forget(session); });
        }
    });
    m_publish.setSingleShot(true);
    m_publish.setInterval(0);
    connect(&m_publish, &QTimer::timeout, this, &NotificationService::publishTouched);
    connect(&m_model, &SimModel::touched, &m_publish, qOverload<>(&QTimer::start));
    connect(&m_load, &QTimer::timeout, this, &NotificationService::loadTick);
    m_floodTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_floodTimer, &QTimer::timeout, this, &NotificationService::floodTick);
}

NotificationService::~NotificationService()
{
    closeAll();
}

void NotificationService::accept(QTcpSocket *socket)
{
    socket->setParent(this);
    if (!m_model.settings().finesse.notifications) {
        refuseUpgrade(socket, 404, "Not Found");
        return;
    }
    if (const auto refused = m_faults.takeNotification(FaultRule::Kind::Status, QString())) {
        refuseUpgrade(socket, refused->status, "Injected fault");
        return;
    }
    if (m_faults.takeNotification(FaultRule::Kind::Drop, QString())) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    m_server.handleConnection(socket);
}

void NotificationService::closeAll()
{
    for (XmppSession *session : std::as_const(m_sessions))
        session->drop();
}

void NotificationService::faultsChanged()
{
    for (XmppSession *session : QList<XmppSession *>(m_sessions))
        session->faultsChanged();
}

HttpResponse NotificationService::handleControl(const HttpRequest &request)
{
    const auto json = [](int status, const QJsonObject &object) {
        return HttpResponse::json(status, QJsonDocument(object));
    };
    if (request.path == u"/sim/notifications" && request.method == "GET")
        return json(200, toJson());
    if (request.path == u"/sim/notifications/flood" && request.method == "DELETE") {
        stopFlood();
        return HttpResponse::empty(204);
    }
    if (request.path == u"/sim/notifications/flood" && request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString user = body.value(QStringLiteral("user")).toString();
        const qint64 events = body.value(QStringLiteral("events")).toInteger(10'000);
        const int perSecond = body.value(QStringLiteral("perSecond")).toInt(10'000);
        if (events < 1 || perSecond < 1 || perSecond > 1'000'000)
            return json(400, {{QStringLiteral("error"),
                               QStringLiteral("events >= 1 and perSecond 1 to 1000000")}});
        if (!startFlood(user, events, perSecond))
            return json(404,
                        {{QStringLiteral("error"), QStringLiteral("%1 is no agent").arg(user)}});
        return json(200,
                    {{QStringLiteral("events"), events}, {QStringLiteral("perSecond"), perSecond}});
    }
    if (request.path == u"/sim/notifications/load" && request.method == "DELETE") {
        stopLoad();
        return HttpResponse::empty(204);
    }
    if (request.path == u"/sim/notifications/load" && request.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const int interval = body.value(QStringLiteral("intervalMs")).toInt(1000);
        if (interval < 10 || interval > 600'000)
            return json(400, {{QStringLiteral("error"),
                               QStringLiteral("intervalMs must be between 10 and 600000")}});
        startLoad(interval);
        return json(200, {{QStringLiteral("intervalMs"), interval}});
    }
    return json(404,
                {{QStringLiteral("error"), QStringLiteral("GET /sim/notifications, POST or DELETE "
                                                          "/sim/notifications/load or /flood")}});
}

QJsonObject NotificationService::toJson() const
{
    QJsonArray sessions;
    for (const XmppSession *session : m_sessions) {
        if (session->user().isEmpty())
            continue;
        QJsonArray nodes;
        for (auto it = session->nodes().begin(); it != session->nodes().end(); ++it)
            nodes.append(QJsonObject{{QStringLiteral("node"), it.key()},
                                     {QStringLiteral("jid"), it.value()}});
        sessions.append(QJsonObject{{QStringLiteral("user"), session->user()},
                                    {QStringLiteral("jid"), session->jid()},
                                    {QStringLiteral("subscriptions"), nodes},
                                    {QStringLiteral("eventsSent"), session->eventsSent()},
                                    {QStringLiteral("stalled"), session->isStalled()}});
    }
    QJsonArray leftBehind;
    for (const LeftBehind &left : m_leftBehind)
        leftBehind.append(
            QJsonObject{{QStringLiteral("node"), left.node}, {QStringLiteral("jid"), left.jid}});
    return {{QStringLiteral("enabled"), m_model.settings().finesse.notifications},
            {QStringLiteral("leftBehind"), leftBehind},
            {QStringLiteral("domain"), QLatin1String(kDomain)},
            {QStringLiteral("pubsubDomain"), QLatin1String(kPubSubDomain)},
            {QStringLiteral("sessions"), sessions}};
}

const User *NotificationService::authenticate(const QString &name, const QString &password) const
{
    const User *user = m_model.user(name);
    if (!user)
        return nullptr;
    if (const User *holder = m_tokens.userFor(password))
        return holder == user ? user : nullptr;
    const bool ssoOnly = m_model.settings().finesse.authMode == u"SSO";
    return !ssoOnly && user->password == password ? user : nullptr;
}

void NotificationService::forget(XmppSession *session)
{
    m_sessions.removeOne(session);
    for (auto it = session->nodes().begin(); it != session->nodes().end(); ++it) {
        if (it.value() == session->jid())
            m_leftBehind.append({it.key(), it.value()});
    }
    for (auto it = m_subscribers.begin(); it != m_subscribers.end();) {
        it->removeOne(session);
        it = it->isEmpty() ? m_subscribers.erase(it) : std::next(it);
    }
}

QList<std::pair<QString, QString>> NotificationService::leftBehindOf(const QString &user) const
{
    const QString prefix = user + u'@' + QLatin1String(kDomain) + u'/';
    QList<std::pair<QString, QString>> out;
    for (const LeftBehind &left : m_leftBehind) {
        if (left.jid.startsWith(prefix))
            out.append({left.node, left.jid});
    }
    return out;
}

bool NotificationService::endLeftBehind(const QString &user, const QString &node,
                                        const QString &jid)
{
    const QString prefix = user + u'@' + QLatin1String(kDomain) + u'/';
    return m_leftBehind.removeIf([&](const LeftBehind &left) {
        return left.node == node && left.jid == jid && jid.startsWith(prefix);
    }) > 0;
}

QList<const Agent *> NotificationService::nodeTeam(const QString &node) const
{
    if (!node.startsWith(kTeamPrefix) || !node.endsWith(kTeamSuffix))
        return {};
    const QString id =
        node.mid(kTeamPrefix.size(), node.size() - kTeamPrefix.size() - kTeamSuffix.size());
    QList<const Agent *> members;
    for (const Agent *agent : m_model.agents()) {
        if (!id.isEmpty() && agent->teamId == id)
            members.append(agent);
    }
    return members;
}

const Agent *NotificationService::nodeAgent(const QString &node) const
{
    if (!node.startsWith(kUserPrefix))
        return nullptr;
    QString rest = node.mid(kUserPrefix.size());
    if (rest.endsWith(QStringLiteral("/Dialogs")))
        rest.chop(8);
    return rest.contains(u'/') ? nullptr : m_model.agentByLogin(rest);
}

QString NotificationService::refusal(const User &user, const QString &node) const
{
    // An agent only to its own nodes; a supervisor or an administrator to anyone's and to the
    // teams'.
    const bool supervises =
        user.hasRole(QStringLiteral("supervisor")) || user.hasRole(QStringLiteral("admin"));
    if (const Agent *agent = nodeAgent(node))
        return supervises || user.agentId == agent->id ? QString() : QStringLiteral("forbidden");
    if (!nodeTeam(node).isEmpty())
        return supervises ? QString() : QStringLiteral("forbidden");
    // Every Finesse user has their own nodes, a supervisor who is no agent of the model too
    // (REST shows them a User); nothing is published there.
    if (node == userNode(user.name) || node == dialogsNode(user.name))
        return {};
    return QStringLiteral("item-not-found");
}

QStringList NotificationService::ownNodes(const User &user) const
{
    const Agent *agent = user.agentId ? m_model.agent(*user.agentId) : nullptr;
    if (!agent)
        return {userNode(user.name), dialogsNode(user.name)};
    return {userNode(*agent), dialogsNode(*agent)};
}

void NotificationService::subscribed(const QString &node, XmppSession *session)
{
    QList<XmppSession *> &subscribers = m_subscribers[node];
    if (!subscribers.contains(session))
        subscribers.append(session);
    // What a new subscriber is told of from now on is measured against the state now.
    QList<const Agent *> agents = nodeTeam(node);
    if (const Agent *agent = nodeAgent(node))
        agents.append(agent);
    for (const Agent *agent : std::as_const(agents)) {
        if (!m_published.contains(agent->id))
            m_published.insert(agent->id, render(*agent));
    }
}

void NotificationService::unsubscribed(const QString &node, XmppSession *session)
{
    const auto it = m_subscribers.find(node);
    if (it == m_subscribers.end())
        return;
    it->removeOne(session);
    if (it->isEmpty())
        m_subscribers.erase(it);
}

bool NotificationService::hasSubscriber(const Agent &agent) const
{
    return m_subscribers.contains(userNode(agent)) || m_subscribers.contains(dialogsNode(agent)) ||
           m_subscribers.contains(teamNode(agent));
}

NotificationService::Published NotificationService::render(const Agent &agent) const
{
    Published out;
    out.user = m_xml.user(agent);
    out.teamUser = m_xml.teamUserEvent(agent);
    for (const Call *call : m_xml.dialogsOf(agent))
        out.dialogs.insert(call->id, m_xml.dialog(*call));
    return out;
}

void NotificationService::publishTouched()
{
    const QSet<int> touched = m_model.takeTouched();
    for (int id : touched) {
        if (const Agent *agent = m_model.agent(id))
            publishAgent(*agent);
    }
}

void NotificationService::publishAgent(const Agent &agent, const QString &requestId)
{
    if (!hasSubscriber(agent)) {
        m_published.remove(agent.id);
        return;
    }
    const Published now = render(agent);
    const Published before = m_published.value(agent.id);
    m_published.insert(agent.id, now);
    if (now.user != before.user)
        deliver(userNode(agent), updateDocument("PUT", userNode(agent), requestId, now.user));
    if (now.teamUser != before.teamUser)
        deliver(teamNode(agent), updateDocument("PUT", userNode(agent), requestId, now.teamUser));
    const QString collection = dialogsNode(agent);
    for (auto it = now.dialogs.begin(); it != now.dialogs.end(); ++it) {
        const auto old = before.dialogs.find(it.key());
        if (old == before.dialogs.end())
            deliver(collection, updateDocument("POST", collection, requestId,
                                               "<dialogs>" + it.value() + "</dialogs>"));
        else if (*old != it.value())
            deliver(collection,
                    updateDocument("PUT", QStringLiteral("/finesse/api/Dialog/") + it.key(),
                                   requestId, it.value()));
    }
    for (auto it = before.dialogs.begin(); it != before.dialogs.end(); ++it) {
        if (!now.dialogs.contains(it.key()))
            deliver(collection, updateDocument("DELETE", collection, requestId,
                                               "<dialogs>" + it.value() + "</dialogs>"));
    }
}

void NotificationService::publishFailure(int agentId, const QString &requestId, const QString &type,
                                         const QString &message)
{
    const Agent *agent = m_model.agent(agentId);
    if (!agent)
        return;
    const QByteArray errors = "<apiErrors><apiError><errorType>" + type.toHtmlEscaped().toUtf8() +
                              "</errorType><errorMessage>" + message.toHtmlEscaped().toUtf8() +
                              "</errorMessage></apiError></apiErrors>";
    deliver(dialogsNode(*agent), updateDocument("PUT", dialogsNode(*agent), requestId, errors));
}

void NotificationService::deliver(const QString &node, const QByteArray &update)
{
    for (XmppSession *session : m_subscribers.value(node))
        session->deliver(node, update);
}

void NotificationService::startLoad(int intervalMs)
{
    m_loadIntervalMs = intervalMs;
    m_loadNext = 0;
    m_loadDone = 0;
    m_loadClock.start();
    m_load.setTimerType(Qt::PreciseTimer);
    m_load.start(std::min(10, intervalMs));
}

void NotificationService::stopLoad()
{
    m_load.stop();
}

// Each tick changes the agents due by now, so that every connected agent changes once per
// interval, spread evenly, however late a tick comes.
void NotificationService::loadTick()
{
    QList<const Agent *> agents;
    for (const XmppSession *session : std::as_const(m_sessions)) {
        const User *user = m_model.user(session->user());
        if (user && user->agentId) {
            if (const Agent *agent = m_model.agent(*user->agentId))
                agents.append(agent);
        }
    }
    if (agents.isEmpty())
        return;
    const qint64 due = m_loadClock.elapsed() * agents.size() / m_loadIntervalMs;
    for (; m_loadDone < due; ++m_loadDone) {
        Agent *agent = m_model.agent(agents[m_loadNext++ % agents.size()]->id);
        m_model.setBaseState(agent, agent->baseState == u"READY" ? QStringLiteral("NOT_READY")
                                                                 : QStringLiteral("READY"));
        const qint64 micros = std::chrono::duration_cast<std::chrono::microseconds>(
                                  std::chrono::system_clock::now().time_since_epoch())
                                  .count();
        publishAgent(*agent, QStringLiteral("load-%1").arg(micros));
    }
}

namespace {
constexpr char kFloodId[] = "flood-0000000000";
}

bool NotificationService::startFlood(const QString &userName, qint64 events, int perSecond)
{
    const User *user = m_model.user(userName);
    const Agent *agent = user && user->agentId ? m_model.agent(*user->agentId) : nullptr;
    if (!agent)
        return false;
    Call call;
    call.id = QString::fromLatin1(kFloodId);
    call.agentId = agent->id;
    call.state = CallState::Active;
    call.remoteNumber = QStringLiteral("+15550000000");
    m_flood = {};
    m_flood.node = dialogsNode(*agent);
    m_flood.document =
        updateDocument("POST", m_flood.node, {}, "<dialogs>" + m_xml.dialog(call) + "</dialogs>");
    m_flood.events = events;
    m_flood.perSecond = perSecond;
    m_flood.clock.start();
    m_floodTimer.start(5);
    return true;
}

void NotificationService::stopFlood()
{
    m_floodTimer.stop();
}

void NotificationService::floodTick()
{
    const qint64 due =
        std::min(m_flood.events, m_flood.clock.elapsed() * m_flood.perSecond / 1000 + 1);
    for (; m_flood.sent < due; ++m_flood.sent) {
        QByteArray document = m_flood.document;
        document.replace(kFloodId,
                         "flood-" + QByteArray::number(m_flood.sent).rightJustified(10, '0'));
        deliver(m_flood.node, document);
    }
    if (m_flood.sent >= m_flood.events)
        stopFlood();
}

} // namespace recsim
