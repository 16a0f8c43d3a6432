#include "FinesseXml.h"

#include <QXmlStreamWriter>

namespace recsim {

QString finesseTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

FinesseXml::FinesseXml(const SimModel &model)
    : m_model(model)
{}

void FinesseXml::writeUser(QXmlStreamWriter &xml, const Agent &agent) const
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
    xml.writeTextElement(QStringLiteral("stateChangeTime"), finesseTime(agent.stateChangeMs));
    xml.writeTextElement(QStringLiteral("teamId"), agent.teamId);
    xml.writeTextElement(QStringLiteral("teamName"), agent.teamName);
    xml.writeTextElement(QStringLiteral("uri"), uri);
    xml.writeEndElement();
}

void FinesseXml::writeTeamUser(QXmlStreamWriter &xml, const Agent &agent) const
{
    const QString uri = QStringLiteral("/finesse/api/User/") + agent.loginId;
    xml.writeStartElement(QStringLiteral("User"));
    xml.writeTextElement(QStringLiteral("uri"), uri);
    xml.writeTextElement(QStringLiteral("loginId"), agent.loginId);
    xml.writeTextElement(QStringLiteral("firstName"), agent.firstName);
    xml.writeTextElement(QStringLiteral("lastName"), agent.lastName);
    xml.writeTextElement(QStringLiteral("dialogs"), uri + QStringLiteral("/Dialogs"));
    xml.writeTextElement(QStringLiteral("extension"),
                         agent.baseState == u"LOGOUT" ? QString() : agent.phone);
    xml.writeTextElement(QStringLiteral("pendingState"), QString());
    xml.writeTextElement(QStringLiteral("state"), agent.finesseState);
    xml.writeTextElement(QStringLiteral("stateChangeTime"), finesseTime(agent.stateChangeMs));
    xml.writeEndElement();
}

QList<const Call *> FinesseXml::dialogsOf(const Agent &agent) const
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

void FinesseXml::writeDialog(QXmlStreamWriter &xml, const Call &call,
                             const QString &monitoring) const
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
        if (m_model.settings().finesse.deployment == u"UCCX" && !recorded)
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
        xml.writeTextElement(QStringLiteral("startTime"), finesseTime(call.createdMs));
        xml.writeTextElement(QStringLiteral("state"), state);
        xml.writeTextElement(QStringLiteral("stateCause"), QString());
        xml.writeTextElement(QStringLiteral("stateChangeTime"), finesseTime(changed));
        xml.writeEndElement();
    };
    participant(agent->phone, QStringLiteral("AGENT_DEVICE"), agentState, actions, agentChange);
    participant(call.remoteNumber, QString(), otherState, {},
                call.answeredMs ? call.answeredMs : call.createdMs);
    // "Dialog—End a Silent Monitor Call": the supervisor drops their own participant.
    if (!monitoring.isEmpty())
        participant(monitoring, QStringLiteral("AGENT_DEVICE"), QStringLiteral("ACTIVE"),
                    {QStringLiteral("DROP")}, agentChange);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("state"), dialogState);
    xml.writeTextElement(QStringLiteral("toAddress"),
                         outbound ? call.remoteNumber : call.dialedNumber);
    xml.writeTextElement(QStringLiteral("uri"), QStringLiteral("/finesse/api/Dialog/") + call.id);
    xml.writeEndElement();
}

QByteArray FinesseXml::user(const Agent &agent) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    writeUser(xml, agent);
    return out;
}

QByteArray FinesseXml::teamUserEvent(const Agent &agent) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("user"));
    xml.writeTextElement(QStringLiteral("uri"),
                         QStringLiteral("/finesse/api/User/") + agent.loginId);
    xml.writeTextElement(QStringLiteral("loginId"), agent.loginId);
    xml.writeTextElement(QStringLiteral("firstName"), agent.firstName);
    xml.writeTextElement(QStringLiteral("lastName"), agent.lastName);
    xml.writeTextElement(QStringLiteral("state"), agent.finesseState);
    xml.writeTextElement(QStringLiteral("stateChangeTime"), finesseTime(agent.stateChangeMs));
    xml.writeEndElement();
    return out;
}

QByteArray FinesseXml::dialog(const Call &call) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    writeDialog(xml, call);
    return out;
}

} // namespace recsim
