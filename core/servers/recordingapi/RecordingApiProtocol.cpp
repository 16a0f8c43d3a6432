#include "RecordingApiProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QUrlQuery>

namespace recbar::recordingapi {

namespace {

// Keys the server fills itself; the rest of Metadata is what agents and integrations set.
const QStringList kSystemKeys = {
    QStringLiteral("deviceid"),  QStringLiteral("devicealias"),  QStringLiteral("gate"),
    QStringLiteral("ani"),       QStringLiteral("dnis"),         QStringLiteral("callid"),
    QStringLiteral("sgroup"),    QStringLiteral("callinstance"), QStringLiteral("calldirection"),
    QStringLiteral("station"),   QStringLiteral("istrunk"),      QStringLiteral("sessionid"),
    QStringLiteral("starttime"), QStringLiteral("endtime"),      QStringLiteral("callsegmentid"),
    QStringLiteral("keepdays"),  QStringLiteral("archiveaction")};

QByteArray body(const AgentRef &agent, const QJsonObject &extra = {})
{
    QJsonObject object = extra;
    object.insert(QStringLiteral("AgentIdentifier"), agent.identifier);
    object.insert(QStringLiteral("Value"), agent.value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<CallState> callState(const QString &text)
{
    if (text == u"Ringing")
        return CallState::Ringing;
    if (text == u"OnCall")
        return CallState::Talking;
    if (text == u"OnHold")
        return CallState::Held;
    return std::nullopt;
}

} // namespace

QString statusPath(const AgentRef &agent)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("agentIdentifier"), agent.identifier);
    query.addQueryItem(QStringLiteral("value"),
                       QString::fromLatin1(QUrl::toPercentEncoding(agent.value)));
    return QStringLiteral("api/Agent?") + query.toString(QUrl::FullyEncoded);
}

Request commandRequest(const Command &command, const AgentRef &agent)
{
    switch (command.kind) {
    case CommandKind::Start:
        return {QStringLiteral("api/Record/StartForAgent"), body(agent)};
    case CommandKind::Stop:
        return {QStringLiteral("api/Record/StopForAgent"), body(agent)};
    case CommandKind::Pause:
        return {QStringLiteral("api/Blackout/StartForAgent"), body(agent)};
    case CommandKind::Resume:
        return {QStringLiteral("api/Blackout/StopForAgent"), body(agent)};
    case CommandKind::Metadata: {
        QJsonObject metadata;
        for (const auto &[key, value] : command.metadata)
            metadata.insert(key, value);
        return {QStringLiteral("api/Record/UpdateForAgent"),
                body(agent, {{QStringLiteral("CallMetadata"), metadata}})};
    }
    case CommandKind::StartDuplicate:
        return {QStringLiteral("api/Record/StartDuplicateForAgent"), body(agent)};
    case CommandKind::StopDuplicate:
        return {QStringLiteral("api/Record/StopDuplicateForAgent"), body(agent)};
    case CommandKind::StartScreen:
        return {QStringLiteral("api/ScreenRecord/StartForAgent"), body(agent)};
    case CommandKind::StopScreen:
        return {QStringLiteral("api/ScreenRecord/StopForAgent"), body(agent)};
    case CommandKind::Tag:
    case CommandKind::Restart:
    case CommandKind::Delete:
    case CommandKind::StartSegment:
    case CommandKind::StopSegment:
    case CommandKind::Login:
    case CommandKind::Logout:
        break; // not part of this API; capabilities() leaves them out
    }
    return {};
}

std::variant<ObservedState, QString> parseStatus(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not JSON: %1").arg(parseError.errorString());
    if (!document.isObject())
        return QStringLiteral("the agent status is not a JSON object");
    const QJsonObject agent = document.object();
    if (!agent.value(QStringLiteral("AgentId")).isDouble())
        return QStringLiteral("AgentId is missing");
    const QJsonValue activeValue = agent.value(QStringLiteral("ActiveCall"));
    if (!activeValue.isNull() && !activeValue.isObject())
        return QStringLiteral("ActiveCall is neither an object nor null");
    const QJsonValue inactive = agent.value(QStringLiteral("InactiveCalls"));
    if (!inactive.isUndefined() && !inactive.isArray())
        return QStringLiteral("InactiveCalls is not an array");

    ObservedState state;
    const QString username = agent.value(QStringLiteral("Username")).toString();
    state.agentName =
        username.isEmpty() ? agent.value(QStringLiteral("SystemUsername")).toString() : username;
    state.extension = agent.value(QStringLiteral("AgentPhone")).toString();
    state.otherCalls = int(inactive.toArray().size());
    state.recording = RecordingState::Off;

    for (const QJsonValue &session : agent.value(QStringLiteral("DesktopOnlySessions")).toArray()) {
        if (session.toObject().value(QStringLiteral("RecordingState")).toString() != u"Stopped")
            state.screenRecording = true;
    }
    if (activeValue.isNull())
        return state;

    const QJsonObject call = activeValue.toObject();
    const QString stateText = call.value(QStringLiteral("CallState")).toString();
    const std::optional<CallState> mapped = callState(stateText);
    if (!mapped)
        return QStringLiteral("unknown CallState \"%1\"").arg(stateText);
    state.call = *mapped;
    state.callId = call.value(QStringLiteral("CallInstance")).toString();
    if (state.callId.isEmpty())
        return QStringLiteral("the active call has no CallInstance");

    const QJsonObject metadata = call.value(QStringLiteral("Metadata")).toObject();
    const QString direction = metadata.value(QStringLiteral("calldirection")).toString();
    const QString ani = metadata.value(QStringLiteral("ani")).toString();
    const QString dnis = metadata.value(QStringLiteral("dnis")).toString();
    if (direction == u"O") {
        state.direction = Direction::Outbound;
        state.remoteNumber = dnis;
        state.dialedNumber = dnis;
    } else {
        state.direction = direction == u"I" ? Direction::Inbound : Direction::Unknown;
        state.remoteNumber = ani;
        state.dialedNumber = dnis;
    }
    // Assumed: starttime is the server's UTC time, as MM/dd/yyyy HH:mm:ss.
    const QDateTime start =
        QLocale::c().toDateTime(metadata.value(QStringLiteral("starttime")).toString(),
                                QStringLiteral("MM/dd/yyyy HH:mm:ss"));
    if (start.isValid())
        state.callStartedAt = QDateTime(start.date(), start.time(), QTimeZone::utc());
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        const QString value = it.value().toString();
        if (!kSystemKeys.contains(it.key()) && !value.isEmpty())
            state.metadata.insert(it.key(), value);
    }

    for (const QJsonValue &item : call.value(QStringLiteral("Recordings")).toArray()) {
        const QJsonObject recording = item.toObject();
        const QString recordingState = recording.value(QStringLiteral("RecordingState")).toString();
        const bool running = recordingState == u"Recording" || recordingState == u"Paused";
        if (recording.value(QStringLiteral("IsDuplicate")).toBool()) {
            state.duplicateRecording |= running;
            continue;
        }
        if (recordingState == u"Recording")
            state.recording = RecordingState::Recording;
        else if (recordingState == u"Paused")
            state.recording = RecordingState::Paused;
        else if (recordingState != u"Stopped")
            return QStringLiteral("unknown RecordingState \"%1\"").arg(recordingState);
    }
    // The Recording API's only pause is the blackout, and it shows on a running recording.
    if (state.recording != RecordingState::Off)
        state.blackout = state.recording == RecordingState::Paused;
    for (const QJsonValue &item : call.value(QStringLiteral("ScreenRecordings")).toArray()) {
        if (item.toObject().value(QStringLiteral("RecordingState")).toString() != u"Stopped")
            state.screenRecording = true;
    }
    return state;
}

QString errorMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString message = object.value(QStringLiteral("Message")).toString();
    return message.isEmpty() ? QString::fromUtf8(body.left(200)).simplified() : message;
}

Capabilities capabilities()
{
    Capabilities caps({CommandKind::Start, CommandKind::Stop, CommandKind::Pause,
                       CommandKind::Resume, CommandKind::Metadata, CommandKind::StartDuplicate,
                       CommandKind::StopDuplicate, CommandKind::StartScreen,
                       CommandKind::StopScreen});
    const QString why = QCoreApplication::translate("recbar::RecordingApi",
                                                    "The Recording API has no such command");
    for (CommandKind kind : CommandText::all()) {
        if (!caps.supports(kind))
            caps.setWhyNot(kind, why);
    }
    return caps;
}

} // namespace recbar::recordingapi
