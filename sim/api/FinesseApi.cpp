#include "FinesseApi.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace recsim {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

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
{
    m_router.add("GET", QStringLiteral("/finesse/api/User/([^/]+)"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &m, User *user) {
                     return getUser(m.captured(1), *user);
                 });
    m_router.add("GET", QStringLiteral("/finesse/api/User/([^/]+)/Dialogs"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &m, User *user) {
                     return getDialogs(m.captured(1), *user);
                 });
    m_router.add("GET", QStringLiteral("/finesse/api/Dialog/([^/]+)"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &m, User *user) {
                     return getDialog(m.captured(1), *user);
                 });
    m_router.add("PUT", QStringLiteral("/finesse/api/Dialog/([^/]+)"),
                 [this](const HttpRequest &r, const QRegularExpressionMatch &m, User *user) {
                     return putDialog(r, m.captured(1), *user);
                 });
    m_router.add("GET", QStringLiteral("/finesse/api/SystemInfo"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &, User *) {
                     return systemInfo();
                 });
}

bool FinesseApi::claims(const QString &path) const
{
    return path.startsWith(QStringLiteral("/finesse/"));
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

void FinesseApi::writeUser(QXmlStreamWriter &xml, const Agent &agent) const
{
    const QString uri = QStringLiteral("/finesse/api/User/") + agent.loginId;
    xml.writeStartElement(QStringLiteral("User"));
    xml.writeTextElement(QStringLiteral("dialogs"), uri + QStringLiteral("/Dialogs"));
    xml.writeTextElement(QStringLiteral("extension"),
                         agent.baseState == u"LOGOUT" ? QString() : agent.phone);
    xml.writeTextElement(QStringLiteral("firstName"), agent.firstName);
    xml.writeTextElement(QStringLiteral("lastName"), agent.lastName);
    xml.writeTextElement(QStringLiteral("loginId"), agent.loginId);
    xml.writeTextElement(QStringLiteral("loginName"), agent.systemUsername);
    xml.writeTextElement(QStringLiteral("pendingState"), QString());
    xml.writeTextElement(QStringLiteral("reasonCodeId"), QStringLiteral("-1"));
    xml.writeStartElement(QStringLiteral("roles"));
    xml.writeTextElement(QStringLiteral("role"), QStringLiteral("Agent"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("state"), agent.finesseState);
    xml.writeTextElement(QStringLiteral("stateChangeTime"), isoTime(agent.stateChangeMs));
    xml.writeTextElement(QStringLiteral("teamId"), agent.teamId);
    xml.writeTextElement(QStringLiteral("teamName"), agent.teamName);
    xml.writeTextElement(QStringLiteral("uri"), uri);
    xml.writeEndElement();
}

QList<const Call *> FinesseApi::dialogsOf(const Agent &agent) const
{
    QList<const Call *> out;
    // A dropped call stays listed while the agent is in wrap-up on it.
    if (agent.wrapUpUntilMs > m_model.now()) {
        if (const Call *call = m_model.call(agent.wrapUpCallId))
            out.append(call);
    }
    for (const Call *call : m_model.liveCalls(agent))
        out.append(call);
    return out;
}

void FinesseApi::writeDialog(QXmlStreamWriter &xml, const Call &call) const
{
    const Agent *agent = m_model.agent(call.agentId);
    const bool outbound = call.direction == Direction::Outbound;
    const bool wrapUp = !call.isLive() && call.wrapUpUntilMs > m_model.now();
    const bool recorded = m_model.runningRecording(call) != nullptr;

    QString dialogState;
    QString agentState;
    QString otherState = QStringLiteral("ACTIVE");
    QStringList actions;
    switch (call.state) {
    case CallState::Ringing:
        dialogState = outbound ? QStringLiteral("INITIATED") : QStringLiteral("ALERTING");
        agentState = dialogState;
        otherState = outbound ? QStringLiteral("ALERTING") : QStringLiteral("ACTIVE");
        actions =
            outbound ? QStringList{QStringLiteral("DROP")} : QStringList{QStringLiteral("ANSWER")};
        break;
    case CallState::Active:
        dialogState = agentState = QStringLiteral("ACTIVE");
        actions = {QStringLiteral("HOLD"),
                   QStringLiteral("DROP"),
                   QStringLiteral("TRANSFER_SST"),
                   QStringLiteral("CONSULT_CALL"),
                   QStringLiteral("UPDATE_CALL_DATA"),
                   QStringLiteral("SEND_DTMF")};
        // Offered while the call is not recorded; gone once the recording shows, which is how
        // a client learns that an accepted (202) request took effect.
        if (m_model.settings().finesseDeployment == u"UCCX" && !recorded)
            actions.append(QStringLiteral("START_RECORDING"));
        break;
    case CallState::Held:
        dialogState = QStringLiteral("ACTIVE");
        agentState = QStringLiteral("HELD");
        actions = {QStringLiteral("RETRIEVE"), QStringLiteral("DROP")};
        break;
    case CallState::Ended:
        dialogState = otherState = QStringLiteral("DROPPED");
        agentState = wrapUp ? QStringLiteral("WRAP_UP") : QStringLiteral("DROPPED");
        break;
    }
    const qint64 agentChange = call.history.isEmpty() ? call.createdMs : call.history.last().first;
    // A state word the developer guide does not list, for clients that must cope with one.
    if (m_model.settings().undocumentedValues && agentState == u"ACTIVE")
        agentState = QStringLiteral("CONNECTED");

    xml.writeStartElement(QStringLiteral("Dialog"));
    xml.writeTextElement(QStringLiteral("associatedDialogUri"), QString());
    xml.writeTextElement(QStringLiteral("fromAddress"),
                         outbound ? agent->phone : call.remoteNumber);
    xml.writeTextElement(QStringLiteral("id"), call.id);
    xml.writeStartElement(QStringLiteral("mediaProperties"));
    xml.writeTextElement(QStringLiteral("DNIS"), outbound ? call.remoteNumber : call.dialedNumber);
    xml.writeTextElement(QStringLiteral("callType"), call.callType);
    xml.writeTextElement(QStringLiteral("dialedNumber"),
                         outbound ? call.remoteNumber : call.dialedNumber);
    xml.writeTextElement(QStringLiteral("outboundClassification"), QString());
    xml.writeStartElement(QStringLiteral("callvariables"));
    for (int i = 1; i <= 10; ++i) {
        const QString name = QStringLiteral("callVariable%1").arg(i);
        xml.writeStartElement(QStringLiteral("CallVariable"));
        xml.writeTextElement(QStringLiteral("name"), name);
        xml.writeTextElement(QStringLiteral("value"), call.metadata.value(name));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("queueName"), call.queueName);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("mediaType"), QStringLiteral("Voice"));
    xml.writeStartElement(QStringLiteral("participants"));
    const auto participant = [&](const QString &address, const QString &type, const QString &state,
                                 const QStringList &participantActions, qint64 changed) {
        xml.writeStartElement(QStringLiteral("Participant"));
        xml.writeStartElement(QStringLiteral("actions"));
        for (const QString &action : participantActions)
            xml.writeTextElement(QStringLiteral("action"), action);
        xml.writeEndElement();
        xml.writeTextElement(QStringLiteral("mediaAddress"), address);
        xml.writeTextElement(QStringLiteral("mediaAddressType"), type);
        xml.writeTextElement(QStringLiteral("startTime"), isoTime(call.createdMs));
        xml.writeTextElement(QStringLiteral("state"), state);
        xml.writeTextElement(QStringLiteral("stateCause"), QString());
        xml.writeTextElement(QStringLiteral("stateChangeTime"), isoTime(changed));
        xml.writeEndElement();
    };
    participant(agent->phone, QStringLiteral("AGENT_DEVICE"), agentState, actions, agentChange);
    participant(call.remoteNumber, QString(), otherState, {},
                call.answeredMs ? call.answeredMs : call.createdMs);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("state"), dialogState);
    xml.writeTextElement(QStringLiteral("toAddress"),
                         outbound ? call.remoteNumber : call.dialedNumber);
    xml.writeTextElement(QStringLiteral("uri"), QStringLiteral("/finesse/api/Dialog/") + call.id);
    xml.writeEndElement();
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
    const auto agent = visibleAgent(id, user);
    if (const HttpResponse *refused = std::get_if<HttpResponse>(&agent))
        return *refused;
    QByteArray out;
    QXmlStreamWriter xml(&out);
    writeUser(xml, *std::get<const Agent *>(agent));
    return HttpResponse::xml(200, out);
}

HttpResponse FinesseApi::getDialogs(const QString &id, User &user) const
{
    const auto agent = visibleAgent(id, user);
    if (const HttpResponse *refused = std::get_if<HttpResponse>(&agent))
        return *refused;
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("Dialogs"));
    for (const Call *call : dialogsOf(*std::get<const Agent *>(agent)))
        writeDialog(xml, *call);
    xml.writeEndElement();
    return HttpResponse::xml(200, out);
}

HttpResponse FinesseApi::getDialog(const QString &id, User &user) const
{
    const Call *call = m_model.call(id);
    const Agent *agent = call ? m_model.agent(call->agentId) : nullptr;
    if (!call || !agent || !dialogsOf(*agent).contains(call))
        return apiError(404, QStringLiteral("Not Found"), QStringLiteral("Dialog not found"), id);
    if (!maySee(user, *agent))
        return apiError(401, QStringLiteral("Invalid Authorization User Specified"),
                        QStringLiteral("UNAUTHORIZED"), user.name);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    writeDialog(xml, *call);
    return HttpResponse::xml(200, out);
}

HttpResponse FinesseApi::putDialog(const HttpRequest &request, const QString &id, User &user)
{
    QXmlStreamReader reader(request.body);
    QString root;
    QString action;
    QString target;
    bool haveAction = false;
    bool haveTarget = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString element = reader.name().toString();
        if (root.isEmpty()) {
            root = element;
            continue;
        }
        if (element == u"requestedAction") {
            action = reader.readElementText().trimmed();
            haveAction = true;
        } else if (element == u"targetMediaAddress") {
            target = reader.readElementText().trimmed();
            haveTarget = true;
        }
    }
    if (reader.hasError() || root.isEmpty())
        return apiError(400, QStringLiteral("Invalid Input"),
                        QStringLiteral("The body is not a well-formed Dialog document"),
                        reader.errorString());
    if (root != u"Dialog")
        return apiError(400, QStringLiteral("Invalid Input"),
                        QStringLiteral("Expected a <Dialog> document"), root);
    if (!haveAction || action.isEmpty())
        return apiError(400, QStringLiteral("Parameter Missing"),
                        QStringLiteral("requestedAction is required"),
                        QStringLiteral("requestedAction"));
    if (!haveTarget || target.isEmpty())
        return apiError(400, QStringLiteral("Parameter Missing"),
                        QStringLiteral("targetMediaAddress is required"),
                        QStringLiteral("targetMediaAddress"));
    if (action != u"START_RECORDING")
        return apiError(400, QStringLiteral("Invalid Input"),
                        QStringLiteral("Unsupported requestedAction"), action);

    Call *call = m_model.call(id);
    if (!call || !call->isLive())
        return apiError(404, QStringLiteral("Not Found"), QStringLiteral("Dialog not found"), id);
    if (m_model.settings().finesseDeployment != u"UCCX")
        return apiError(501, QStringLiteral("Not Implemented"),
                        QStringLiteral("START_RECORDING is supported on Unified CCX only"), action);
    const Agent *requester = m_model.agentForUser(user);
    const Agent *owner = m_model.agent(call->agentId);
    // Only a participant may record, and only its own device: no agent records another's call.
    if (!requester || requester->id != owner->id || target != owner->phone)
        return apiError(401, QStringLiteral("Invalid Authorization User Specified"),
                        QStringLiteral("UNAUTHORIZED"), user.name);
    if (call->state != CallState::Active)
        return apiError(401, QStringLiteral("Invalid State"),
                        call->state == CallState::Held
                            ? QStringLiteral("The target participant is HELD")
                            : QStringLiteral("The call is not connected"),
                        target);
    if (!m_model.runningRecording(*call) && !call->finesseRecordingPending)
        m_model.requestFinesseRecording(call);
    return HttpResponse::empty(202);
}

HttpResponse FinesseApi::systemInfo() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("SystemInfo"));
    xml.writeTextElement(QStringLiteral("currentTimestamp"), isoTime(m_model.now()));
    xml.writeTextElement(QStringLiteral("deploymentType"), m_model.settings().finesseDeployment);
    xml.writeStartElement(QStringLiteral("primaryNode"));
    xml.writeTextElement(QStringLiteral("host"), m_model.settings().serverHost);
    xml.writeTextElement(QStringLiteral("status"), QStringLiteral("IN_SERVICE"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("status"), QStringLiteral("IN_SERVICE"));
    xml.writeTextElement(QStringLiteral("timezoneOffset"), QStringLiteral("0"));
    xml.writeTextElement(QStringLiteral("uri"), QStringLiteral("/finesse/api/SystemInfo"));
    xml.writeTextElement(QStringLiteral("xmppDomain"), QStringLiteral("recsim.local"));
    xml.writeTextElement(QStringLiteral("xmppPubSubDomain"), QStringLiteral("pubsub.recsim.local"));
    xml.writeEndElement();
    return HttpResponse::xml(200, out);
}

} // namespace recsim
