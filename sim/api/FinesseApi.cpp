#include "FinesseApi.h"

#include "FinesseSettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace recsim {

namespace {

QString defaultErrorType(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Invalid Input");
    case 401:
        return QStringLiteral("Authorization Failure");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 501:
        return QStringLiteral("Not Implemented");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return status >= 500 ? QStringLiteral("Internal Server Error")
                             : QStringLiteral("Invalid Input");
    }
}

} // namespace

FinesseApi::FinesseApi(SimModel &model)
    : m_model(model)
    , m_xml(model)
{
    m_router.add("GET", QStringLiteral("/finesse/api/User/([^/]+)"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &m, User *user) {
                     return getUser(m.captured(1), *user);
                 });
    m_router.add("GET", QStringLiteral("/finesse/api/User/([^/]+)/Dialogs"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &m, User *user) {
                     return getDialogs(m.captured(1), *user);
                 });
    m_router.add("POST", QStringLiteral("/finesse/api/User/([^/]+)/Dialogs"),
                 [this](const HttpRequest &r, const QRegularExpressionMatch &m, User *user) {
                     return postDialog(r, m.captured(1), *user);
                 });
    m_router.add("GET", QStringLiteral("/finesse/api/Dialog/([^/]+)"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &m, User *user) {
                     return getDialog(m.captured(1), *user);
                 });
    m_router.add("PUT", QStringLiteral("/finesse/api/Dialog/([^/]+)"),
                 [this](const HttpRequest &r, const QRegularExpressionMatch &m, User *user) {
                     return putDialog(r, m.captured(1), *user);
                 });
    m_router.add("GET", QStringLiteral("/finesse/api/Team/([^/]+)"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &m, User *user) {
                     return getTeam(m.captured(1), *user);
                 });
    m_router.add("GET", QStringLiteral("/finesse/api/SystemInfo"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &, User *) {
                     return systemInfo();
                 });
    m_router.add("GET", QStringLiteral("/desktop/sso/authmode"),
                 [this](const HttpRequest &r, const QRegularExpressionMatch &, User *) {
                     return userAuthMode(r.query.queryItemValue(QStringLiteral("username")));
                 });
}

bool FinesseApi::claims(const QString &path) const
{
    return path.startsWith(QStringLiteral("/finesse/")) ||
           path.startsWith(QStringLiteral("/desktop/sso/"));
}

// A client asks how to sign in before it can: SystemInfo's systemAuthMode, and in HYBRID the
// user's own mode (docs/protocols/finesse.md, "Single sign-on").
bool FinesseApi::isPublic(const HttpRequest &request) const
{
    return request.method == "GET" && (request.path == u"/finesse/api/SystemInfo" ||
                                       request.path.startsWith(QStringLiteral("/desktop/sso/")));
}

HttpResponse FinesseApi::handle(const HttpRequest &request, User &user)
{
    return m_router.dispatch(request, &user, [this](int status, const QString &message) {
        return error(status, message);
    });
}

HttpResponse FinesseApi::error(int status, const QString &message) const
{
    return apiError(status, defaultErrorType(status), message);
}

HttpResponse FinesseApi::apiError(int status, const QString &type, const QString &message,
                                  const QString &data) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("ApiErrors"));
    xml.writeStartElement(QStringLiteral("ApiError"));
    xml.writeTextElement(QStringLiteral("ErrorType"), type);
    xml.writeTextElement(QStringLiteral("ErrorMessage"), message);
    xml.writeTextElement(QStringLiteral("ErrorData"), data);
    xml.writeEndElement();
    xml.writeEndElement();
    return HttpResponse::xml(status, out);
}

bool FinesseApi::maySee(const User &user, const Agent &agent) const
{
    if (user.hasRole(QStringLiteral("supervisor")) || user.hasRole(QStringLiteral("admin")))
        return true;
    const Agent *own = m_model.agentForUser(user);
    return own && own->id == agent.id;
}

std::variant<const Agent *, HttpResponse> FinesseApi::visibleAgent(const QString &loginId,
                                                                   const User &user) const
{
    const Agent *agent = m_model.agentByLogin(loginId);
    if (!agent)
        return apiError(404, QStringLiteral("Not Found"), QStringLiteral("User not found"),
                        loginId);
    if (!maySee(user, *agent))
        return apiError(401, QStringLiteral("Invalid Authorization User Specified"),
                        QStringLiteral("UNAUTHORIZED"), user.name);
    return agent;
}

HttpResponse FinesseApi::getUser(const QString &id, User &user) const
{
    if (id == user.name && user.hasRole(QStringLiteral("supervisor")) && !m_model.agentByLogin(id))
        return getSupervisor(user);
    const auto agent = visibleAgent(id, user);
    if (const HttpResponse *refused = std::get_if<HttpResponse>(&agent))
        return *refused;
    QByteArray out;
    QXmlStreamWriter xml(&out);
    m_xml.writeUser(xml, *std::get<const Agent *>(agent));
    return HttpResponse::xml(200, out);
}

// A supervisor who is no agent of the model: a User with the Supervisor role and, as the
// developer guide's User object shows, the teams supervised.
HttpResponse FinesseApi::getSupervisor(const User &user) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("User"));
    xml.writeTextElement(QStringLiteral("loginId"), user.name);
    xml.writeTextElement(QStringLiteral("loginName"), user.name);
    xml.writeTextElement(QStringLiteral("firstName"), user.name);
    xml.writeTextElement(QStringLiteral("lastName"), QString());
    xml.writeTextElement(QStringLiteral("extension"), user.extension);
    xml.writeStartElement(QStringLiteral("roles"));
    xml.writeTextElement(QStringLiteral("role"), QStringLiteral("Agent"));
    xml.writeTextElement(QStringLiteral("role"), QStringLiteral("Supervisor"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("state"), QStringLiteral("NOT_READY"));
    xml.writeStartElement(QStringLiteral("teams"));
    QStringList seen;
    for (const Agent *agent : m_model.agents()) {
        if (agent->teamId.isEmpty() || seen.contains(agent->teamId))
            continue;
        seen.append(agent->teamId);
        xml.writeStartElement(QStringLiteral("Team"));
        xml.writeTextElement(QStringLiteral("id"), agent->teamId);
        xml.writeTextElement(QStringLiteral("name"), agent->teamName);
        xml.writeTextElement(QStringLiteral("uri"),
                             QStringLiteral("/finesse/api/Team/") + agent->teamId);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("uri"), QStringLiteral("/finesse/api/User/") + user.name);
    xml.writeEndElement();
    return HttpResponse::xml(200, out);
}

HttpResponse FinesseApi::getTeam(const QString &id, const User &user) const
{
    if (!user.hasRole(QStringLiteral("supervisor")) && !user.hasRole(QStringLiteral("admin")))
        return apiError(401, QStringLiteral("Invalid Authorization User Specified"),
                        QStringLiteral("UNAUTHORIZED"), user.name);
    QList<const Agent *> members;
    QString name;
    for (const Agent *agent : m_model.agents()) {
        if (agent->teamId == id) {
            members.append(agent);
            name = agent->teamName;
        }
    }
    if (members.isEmpty())
        return apiError(404, QStringLiteral("Not Found"), QStringLiteral("Team not found"), id);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("Team"));
    xml.writeTextElement(QStringLiteral("uri"), QStringLiteral("/finesse/api/Team/") + id);
    xml.writeTextElement(QStringLiteral("id"), id);
    xml.writeTextElement(QStringLiteral("name"), name);
    xml.writeStartElement(QStringLiteral("users"));
    for (const Agent *agent : members)
        m_xml.writeTeamUser(xml, *agent);
    xml.writeEndElement();
    xml.writeEndElement();
    return HttpResponse::xml(200, out);
}

HttpResponse FinesseApi::getDialogs(const QString &id, User &user) const
{
    if (id == user.name && user.hasRole(QStringLiteral("supervisor")) &&
        !m_model.agentByLogin(id)) {
        // A supervisor's own dialogs: the call they silently monitor, while it lasts.
        QByteArray out;
        QXmlStreamWriter xml(&out);
        xml.writeStartElement(QStringLiteral("Dialogs"));
        const Call *monitored = m_model.call(m_monitoring.value(user.name));
        if (monitored && monitored->isLive())
            m_xml.writeDialog(xml, *monitored, user.extension);
        xml.writeEndElement();
        return HttpResponse::xml(200, out);
    }
    const auto agent = visibleAgent(id, user);
    if (const HttpResponse *refused = std::get_if<HttpResponse>(&agent))
        return *refused;
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("Dialogs"));
    for (const Call *call : m_xml.dialogsOf(*std::get<const Agent *>(agent)))
        m_xml.writeDialog(xml, *call);
    xml.writeEndElement();
    return HttpResponse::xml(200, out);
}

HttpResponse FinesseApi::getDialog(const QString &id, User &user) const
{
    const Call *call = m_model.call(id);
    const Agent *agent = call ? m_model.agent(call->agentId) : nullptr;
    if (!call || !agent || !m_xml.dialogsOf(*agent).contains(call))
        return apiError(404, QStringLiteral("Not Found"), QStringLiteral("Dialog not found"), id);
    if (!maySee(user, *agent))
        return apiError(401, QStringLiteral("Invalid Authorization User Specified"),
                        QStringLiteral("UNAUTHORIZED"), user.name);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    m_xml.writeDialog(xml, *call);
    return HttpResponse::xml(200, out);
}

std::variant<QMap<QString, QString>, HttpResponse>
FinesseApi::dialogRequest(const QByteArray &body) const
{
    QXmlStreamReader reader(body);
    QString root;
    QMap<QString, QString> fields;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString element = reader.name().toString();
        if (root.isEmpty()) {
            root = element;
            continue;
        }
        fields.insert(element, reader.readElementText().trimmed());
    }
    if (reader.hasError() || root.isEmpty())
        return apiError(400, QStringLiteral("Invalid Input"),
                        QStringLiteral("The body is not a well-formed Dialog document"),
                        reader.errorString());
    if (root != u"Dialog")
        return apiError(400, QStringLiteral("Invalid Input"),
                        QStringLiteral("Expected a <Dialog> document"), root);
    if (fields.value(QStringLiteral("requestedAction")).isEmpty())
        return apiError(400, QStringLiteral("Parameter Missing"),
                        QStringLiteral("requestedAction is required"),
                        QStringLiteral("requestedAction"));
    return fields;
}

// "Dialog—Make a Silent Monitor Call": a supervisor, from their own extension, on the call of an
// agent who is talking.
HttpResponse FinesseApi::postDialog(const HttpRequest &request, const QString &id, const User &user)
{
    const auto parsed = dialogRequest(request.body);
    if (const HttpResponse *refused = std::get_if<HttpResponse>(&parsed))
        return *refused;
    const QMap<QString, QString> &fields = std::get<QMap<QString, QString>>(parsed);
    const QString action = fields.value(QStringLiteral("requestedAction"));
    if (action != u"SILENT_MONITOR")
        return apiError(400, QStringLiteral("Invalid Input"),
                        QStringLiteral("Unsupported requestedAction"), action);
    if (id != user.name || !user.hasRole(QStringLiteral("supervisor")))
        return apiError(401, QStringLiteral("Invalid Authorization User Specified"),
                        QStringLiteral("UNAUTHORIZED"), user.name);
    const QString from = fields.value(QStringLiteral("fromAddress"));
    const QString to = fields.value(QStringLiteral("toAddress"));
    if (from.isEmpty() || to.isEmpty())
        return apiError(400, QStringLiteral("Parameter Missing"),
                        QStringLiteral("fromAddress and toAddress are required"),
                        from.isEmpty() ? QStringLiteral("fromAddress")
                                       : QStringLiteral("toAddress"));
    if (from != user.extension)
        return apiError(400, QStringLiteral("Invalid Input"),
                        QStringLiteral("The supervisor is not signed in to this extension"), from);
    const Agent *agent = nullptr;
    for (const Agent *a : m_model.agents()) {
        if (a->phone == to)
            agent = a;
    }
    if (!agent)
        return apiError(400, QStringLiteral("Invalid Destination"),
                        QStringLiteral("No agent at this extension"), to);
    const Call *call = m_model.activeCall(*agent);
    if (!call || call->state != CallState::Active)
        return apiError(400, QStringLiteral("Invalid State"),
                        QStringLiteral("The agent is not talking"), to);
    m_monitoring.insert(user.name, call->id);
    return HttpResponse::empty(202);
}

HttpResponse FinesseApi::putDialog(const HttpRequest &request, const QString &id, User &user)
{
    const auto parsed = dialogRequest(request.body);
    if (const HttpResponse *refused = std::get_if<HttpResponse>(&parsed))
        return *refused;
    const QMap<QString, QString> &fields = std::get<QMap<QString, QString>>(parsed);
    const QString action = fields.value(QStringLiteral("requestedAction"));
    const QString target = fields.value(QStringLiteral("targetMediaAddress"));
    if (target.isEmpty())
        return apiError(400, QStringLiteral("Parameter Missing"),
                        QStringLiteral("targetMediaAddress is required"),
                        QStringLiteral("targetMediaAddress"));
    if (action != u"START_RECORDING")
        return apiError(400, QStringLiteral("Invalid Input"),
                        QStringLiteral("Unsupported requestedAction"), action);

    Call *call = m_model.call(id);
    if (!call || !call->isLive())
        return apiError(404, QStringLiteral("Not Found"), QStringLiteral("Dialog not found"), id);
    if (m_model.settings().finesse.deployment != u"UCCX")
        return apiError(501, QStringLiteral("Not Implemented"),
                        QStringLiteral("START_RECORDING is supported on Unified CCX only"), action);
    const Agent *requester = m_model.agentForUser(user);
    const Agent *owner = m_model.agent(call->agentId);
    // Only a participant may record: the agent, its own device (no agent records another's
    // call), or a supervisor who silently monitors this call, the agent's device.
    const bool monitoring =
        user.hasRole(QStringLiteral("supervisor")) && m_monitoring.value(user.name) == call->id;
    if ((!monitoring && (!requester || requester->id != owner->id)) || target != owner->phone)
        return apiError(401, QStringLiteral("Invalid Authorization User Specified"),
                        QStringLiteral("UNAUTHORIZED"), user.name);
    if (call->state != CallState::Active)
        return apiError(401, QStringLiteral("Invalid State"),
                        call->state == CallState::Held
                            ? QStringLiteral("The target participant is HELD")
                            : QStringLiteral("The call is not connected"),
                        target);
    // Finesse names each accepted request; its outcome's events carry the name.
    const QString requestId = QStringLiteral("recsim-%1").arg(++m_requests);
    if (!m_model.runningRecording(*call) && !m_startsPending.contains(call->id))
        startRecordingLater(*call, requestId);
    HttpResponse accepted = HttpResponse::empty(202);
    accepted.setHeader("requestId", requestId.toLatin1());
    return accepted;
}

void FinesseApi::startRecordingLater(const Call &call, const QString &requestId)
{
    m_startsPending.insert(call.id);
    m_model.schedule(m_model.now() + m_model.settings().finesse.recordingDelayMs,
                     [this, id = call.id, requestId] {
                         if (!m_startsPending.remove(id))
                             return;
                         Call *c = m_model.call(id);
                         if (!c)
                             return;
                         if (m_model.settings().finesse.recordingFails)
                             requestFailed(c->agentId, requestId, QStringLiteral("CTI Error"),
                                           QStringLiteral("The recording could not be started"));
                         else if (c->state != CallState::Active)
                             requestFailed(c->agentId, requestId, QStringLiteral("Invalid State"),
                                           QStringLiteral("The call is no longer connected"));
                         else
                             m_model.startRecording(c, RecordingOrigin::Finesse);
                     });
}

void FinesseApi::requestFailed(int agentId, const QString &requestId, const QString &type,
                               const QString &message) const
{
    if (m_requestFailed)
        m_requestFailed(agentId, requestId, type, message);
}

HttpResponse FinesseApi::userAuthMode(const QString &user) const
{
    const ServerSettings &s = m_model.settings();
    const bool sso = s.finesse.authMode == u"SSO" ||
                     (s.finesse.authMode == u"HYBRID" &&
                      s.finesse.ssoUsers.split(u',', Qt::SkipEmptyParts).contains(user));
    if (!m_model.user(user))
        return error(404, QStringLiteral("No such user"));
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("authmode"),
                                        sso ? QStringLiteral("SSO") : QStringLiteral("NON_SSO")}}));
}

HttpResponse FinesseApi::systemInfo() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("SystemInfo"));
    xml.writeTextElement(QStringLiteral("currentTimestamp"), finesseTime(m_model.now()));
    xml.writeTextElement(QStringLiteral("deploymentType"), m_model.settings().finesse.deployment);
    xml.writeStartElement(QStringLiteral("primaryNode"));
    xml.writeTextElement(QStringLiteral("host"), m_model.settings().serverHost);
    xml.writeTextElement(QStringLiteral("status"), QStringLiteral("IN_SERVICE"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("status"), QStringLiteral("IN_SERVICE"));
    xml.writeTextElement(QStringLiteral("systemAuthMode"), m_model.settings().finesse.authMode);
    xml.writeTextElement(QStringLiteral("timezoneOffset"), QStringLiteral("0"));
    xml.writeTextElement(QStringLiteral("uri"), QStringLiteral("/finesse/api/SystemInfo"));
    xml.writeTextElement(QStringLiteral("xmppDomain"), QStringLiteral("recsim.local"));
    xml.writeTextElement(QStringLiteral("xmppPubSubDomain"), QStringLiteral("pubsub.recsim.local"));
    xml.writeEndElement();
    return HttpResponse::xml(200, out);
}

void FinesseSettings::read(JsonReader &in)
{
    deployment = in.string(QStringLiteral("finesseDeployment"), deployment);
    if (deployment != u"UCCX" && deployment != u"UCCE")
        in.error(QStringLiteral("finesseDeployment"),
                 QStringLiteral("must be \"UCCX\" or \"UCCE\""));
    recordingDelayMs =
        in.integer(QStringLiteral("finesseRecordingDelayMs"), recordingDelayMs, 0, 60'000);
    recordingFails = in.boolean(QStringLiteral("finesseRecordingFails"), recordingFails);
    notifications = in.boolean(QStringLiteral("finesseNotifications"), notifications);
    in.oneOf(QStringLiteral("finessePayload"), payload,
             {QStringLiteral("escaped"), QStringLiteral("element")});
    in.oneOf(QStringLiteral("finesseSubscriptions"), subscriptions,
             {QStringLiteral("automatic"), QStringLiteral("explicit")});
    in.oneOf(QStringLiteral("finesseAuthMode"), authMode,
             {QStringLiteral("NON_SSO"), QStringLiteral("SSO"), QStringLiteral("HYBRID")});
    ssoUsers = in.string(QStringLiteral("finesseSsoUsers"), ssoUsers);
}

void FinesseSettings::write(QJsonObject &out) const
{
    out.insert(QStringLiteral("finesseDeployment"), deployment);
    out.insert(QStringLiteral("finesseRecordingDelayMs"), recordingDelayMs);
    out.insert(QStringLiteral("finesseRecordingFails"), recordingFails);
    out.insert(QStringLiteral("finesseNotifications"), notifications);
    out.insert(QStringLiteral("finessePayload"), payload);
    out.insert(QStringLiteral("finesseSubscriptions"), subscriptions);
    out.insert(QStringLiteral("finesseAuthMode"), authMode);
    out.insert(QStringLiteral("finesseSsoUsers"), ssoUsers);
}

} // namespace recsim
