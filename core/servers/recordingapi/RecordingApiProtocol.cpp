#include "RecordingApiProtocol.h"

#include "domain/BoundedParse.h"

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

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::recordingapi", text);
}

} // namespace

const QStringList &documentedMetadataKeys()
{
    static const QStringList keys = [] {
        QStringList out = kSystemKeys;
        for (int i = 1; i <= 15; ++i)
            out.append(QStringLiteral("user%1").arg(i));
        return out;
    }();
    return keys;
}

Result<CallDataKeys> CallDataKeys::parse(const QString &text)
{
    CallDataKeys keys;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(u'=');
        const QString name = item.left(equals).trimmed();
        const QString key = item.mid(equals + 1).trimmed();
        if (equals <= 0 || name.isEmpty() || key.isEmpty())
            return fail(QCoreApplication::translate(
                "recbar::recordingapi", "Write call data fields as name=key, e.g. account=user1"));
        if (!documentedMetadataKeys().contains(key))
            return fail(QCoreApplication::translate(
                            "recbar::recordingapi",
                            "\"%1\" is not a Recording API call data key (user1 to user15, ...)")
                            .arg(key));
        if (!keys.m_toServer.contains(name))
            keys.m_order.append(name);
        keys.m_toServer.insert(name, key);
    }
    return keys;
}

std::optional<QString> CallDataKeys::toServer(const QString &name) const
{
    if (const auto it = m_toServer.constFind(name); it != m_toServer.constEnd())
        return *it;
    if (documentedMetadataKeys().contains(name))
        return name;
    return std::nullopt;
}

QList<Capabilities::CallDataField> CallDataKeys::fields() const
{
    QList<Capabilities::CallDataField> out;
    for (const QString &name : m_order)
        out.append({name, m_toServer.value(name)});
    if (out.isEmpty()) {
        for (int i = 1; i <= 15; ++i) {
            const QString key = QStringLiteral("user%1").arg(i);
            out.append({key, key});
        }
    }
    return out;
}

QString CallDataKeys::fromServer(const QString &key) const
{
    return m_toServer.key(key, key);
}

QString statusPath(const AgentRef &agent)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("agentIdentifier"), agent.identifier);
    query.addQueryItem(QStringLiteral("value"),
                       QString::fromLatin1(QUrl::toPercentEncoding(agent.value)));
    return QStringLiteral("api/Agent?") + query.toString(QUrl::FullyEncoded);
}

Request commandRequest(const Command &command, const AgentRef &agent, const CallDataKeys &keys)
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
        for (const auto &[name, value] : command.metadata)
            metadata.insert(keys.toServer(name).value_or(name), value);
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

Result<Status> parseStatus(const QByteArray &json, const StatusOptions &options)
{
    const auto parsed = parseJson(json);
    if (!parsed)
        return parsed.failure();
    const QJsonDocument &document = *parsed;
    if (!document.isObject())
        return fail(QStringLiteral("the agent status is not a JSON object"));
    return parseAgent(document.object(), options);
}

Result<QList<ListedAgent>> parseAgentList(const QByteArray &json, const StatusOptions &options)
{
    const auto parsed = parseJson(json);
    if (!parsed)
        return parsed.failure();
    const QJsonDocument &document = *parsed;
    if (!document.isArray())
        return fail(QStringLiteral("the agent list is not a JSON array"));
    const QJsonArray all = document.array();
    if (all.size() > kMaxListedAgents)
        return fail(QStringLiteral("the agent list has %1 agents, more than %2 RecBar reads")
                        .arg(all.size())
                        .arg(kMaxListedAgents));
    QList<ListedAgent> out;
    out.reserve(all.size());
    for (const QJsonValue &item : all) {
        const QJsonObject agent = item.toObject();
        auto status = parseAgent(agent, options);
        if (!status) {
            out.append({.id = {}, .status = {}, .problem = status.error()});
            continue;
        }
        out.append({.id = QString::number(agent.value(QStringLiteral("AgentId")).toInteger()),
                    .status = *std::move(status),
                    .problem = {}});
    }
    return out;
}

Result<Status> parseAgent(const QJsonObject &agent, const StatusOptions &options)
{
    if (!agent.value(QStringLiteral("AgentId")).isDouble())
        return fail(QStringLiteral("AgentId is missing"));
    const QJsonValue activeValue = agent.value(QStringLiteral("ActiveCall"));
    if (!activeValue.isNull() && !activeValue.isUndefined() && !activeValue.isObject())
        return fail(QStringLiteral("ActiveCall is neither an object nor null"));
    const QJsonValue inactive = agent.value(QStringLiteral("InactiveCalls"));
    if (!inactive.isUndefined() && !inactive.isNull() && !inactive.isArray())
        return fail(QStringLiteral("InactiveCalls is not an array"));

    Status out;
    ObservedState &state = out.state;
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
    if (!activeValue.isObject())
        return out;

    const QJsonObject call = activeValue.toObject();
    const QString stateText = call.value(QStringLiteral("CallState")).toString();
    if (const std::optional<CallState> mapped = callState(stateText)) {
        state.call = *mapped;
    } else {
        // A call there is, in a state the documents do not name: that field alone is unknown.
        state.call = CallState::Unknown;
        out.unknownValues.append(QStringLiteral("CallState \"%1\"").arg(stateText.left(40)));
    }
    state.callId = call.value(QStringLiteral("CallInstance")).toString();
    if (state.callId.isEmpty())
        return fail(QStringLiteral("the active call has no CallInstance"));

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
    // starttime carries no zone: it is the server's clock, in the zone the profile names.
    const QDateTime start =
        QLocale::c().toDateTime(metadata.value(QStringLiteral("starttime")).toString(),
                                QStringLiteral("MM/dd/yyyy HH:mm:ss"));
    if (start.isValid())
        state.callStartedAt = QDateTime(start.date(), start.time(), options.serverZone).toUTC();
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        const QString value = it.value().toString();
        if (!kSystemKeys.contains(it.key()) && !value.isEmpty())
            state.metadata.insert(options.keys.fromServer(it.key()), value);
    }

    bool unknownRecording = false;
    for (const QJsonValue &item : call.value(QStringLiteral("Recordings")).toArray()) {
        const QJsonObject recording = item.toObject();
        const QString recordingState = recording.value(QStringLiteral("RecordingState")).toString();
        const bool known = recordingState == u"Recording" || recordingState == u"Paused" ||
                           recordingState == u"Stopped";
        if (!known)
            out.unknownValues.append(
                QStringLiteral("RecordingState \"%1\"").arg(recordingState.left(40)));
        const bool running = recordingState == u"Recording" || recordingState == u"Paused";
        if (recording.value(QStringLiteral("IsDuplicate")).toBool()) {
            state.duplicateRecording |= running;
            continue;
        }
        if (!known)
            unknownRecording = true;
        else if (recordingState == u"Paused")
            state.recording = RecordingState::Paused;
        else if (recordingState == u"Recording" && state.recording != RecordingState::Paused)
            state.recording = RecordingState::Recording;
    }
    if (unknownRecording && state.recording == RecordingState::Off) {
        state.recording = RecordingState::Unknown;
        state.recordingNote = tr("The server reports a recording state RecBar does not know");
    }
    // The Recording API's only pause is the blackout, and it shows (if at all) on a running
    // recording as "Paused".
    out.showedBlackout = state.recording == RecordingState::Paused;
    if (state.recording == RecordingState::Paused)
        state.blackout = true;
    else if (state.recording == RecordingState::Recording && options.serverShowsBlackout)
        state.blackout = false;
    for (const QJsonValue &item : call.value(QStringLiteral("ScreenRecordings")).toArray()) {
        if (item.toObject().value(QStringLiteral("RecordingState")).toString() != u"Stopped")
            state.screenRecording = true;
    }
    return out;
}

QString errorMessage(const QByteArray &body)
{
    const QJsonObject object = jsonObject(body);
    const QString message = object.value(QStringLiteral("Message")).toString();
    return message.isEmpty() ? plainExcerpt(body) : message;
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
    // Its pause is the agent's blackout ("secure pause"), which holds between calls too.
    caps.setPauseIsBlackout(true);
    return caps;
}

} // namespace recbar::recordingapi
