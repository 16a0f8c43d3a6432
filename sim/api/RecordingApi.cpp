#include "RecordingApi.h"

#include "JsonBody.h"
#include "RecordingApiSettings.h"

#include <QJsonArray>
#include <QLocale>

namespace recsim {

namespace {

const QString kMetadataTime = QStringLiteral("MM/dd/yyyy HH:mm:ss");

HttpResponse ok()
{
    return HttpResponse::empty(200);
}

QString metadataTime(qint64 ms)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms).toUTC(), kMetadataTime);
}

// BlackoutStartTime / BlackoutStopTime: DateTimeOffset text; TimeOffset: whole seconds.
std::variant<std::optional<qint64>, QString> timeField(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>{};
    const QDateTime time =
        value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
    if (!time.isValid())
        return QStringLiteral("%1 must be a DateTimeOffset such as 2026-11-21T10:15:00+01:00")
            .arg(key);
    return std::optional<qint64>{time.toMSecsSinceEpoch()};
}

std::variant<qint64, QString> timeOffsetMs(const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("TimeOffset"));
    if (value.isUndefined() || value.isNull())
        return qint64(0);
    bool ok = value.isDouble();
    double seconds = value.toDouble();
    if (value.isString())
        seconds = value.toString().toInt(&ok);
    if (!ok || seconds != std::floor(seconds) || std::abs(seconds) > 86'400)
        return QStringLiteral("TimeOffset must be a whole number of seconds within a day");
    return qint64(seconds) * 1000;
}

} // namespace

RecordingApi::RecordingApi(SimModel &model)
    : m_model(model)
{
    m_router.add("GET", QStringLiteral("/api/Agent"),
                 [this](const HttpRequest &r, const QRegularExpressionMatch &, User *) {
                     return getAgent(r);
                 });
    m_router.add(
        "GET", QStringLiteral("/api/Agent/GetAll"),
        [this](const HttpRequest &, const QRegularExpressionMatch &, User *) { return getAll(); });
    // Every command names its agent the same way; resolve it once, before the handler runs.
    const auto post = [this](const QString &path, auto handler) {
        m_router.add(
            "POST", path,
            [this, handler](const HttpRequest &r, const QRegularExpressionMatch &, User *) {
                const auto parsed = command(r);
                if (const HttpResponse *failure = std::get_if<HttpResponse>(&parsed))
                    return *failure;
                return handler(std::get<Command>(parsed));
            });
    };
    const auto member = [this](HttpResponse (RecordingApi::*handler)(const Command &)) {
        return [this, handler](const Command &cmd) { return (this->*handler)(cmd); };
    };
    post(QStringLiteral("/api/Record/StartForAgent"), member(&RecordingApi::recordStart));
    post(QStringLiteral("/api/Record/StopForAgent"), member(&RecordingApi::recordStop));
    post(QStringLiteral("/api/Record/UpdateForAgent"), member(&RecordingApi::recordUpdate));
    post(QStringLiteral("/api/Record/StartDuplicateForAgent"),
         [this](const Command &cmd) { return duplicate(cmd, true); });
    post(QStringLiteral("/api/Record/StopDuplicateForAgent"),
         [this](const Command &cmd) { return duplicate(cmd, false); });
    post(QStringLiteral("/api/Blackout/StartForAgent"), member(&RecordingApi::blackoutStart));
    post(QStringLiteral("/api/Blackout/StopForAgent"), member(&RecordingApi::blackoutStop));
    post(QStringLiteral("/api/ScreenRecord/StartForAgent"), member(&RecordingApi::screenStart));
    post(QStringLiteral("/api/ScreenRecord/UpdateForAgent"), member(&RecordingApi::screenUpdate));
    post(QStringLiteral("/api/ScreenRecord/StopForAgent"), member(&RecordingApi::screenStop));
}

bool RecordingApi::claims(const QString &path) const
{
    return path.startsWith(QStringLiteral("/api/"), Qt::CaseInsensitive);
}

HttpResponse RecordingApi::handle(const HttpRequest &request, User &user)
{
    return m_router.dispatch(request, &user, [this](int status, const QString &message) {
        return error(status, message);
    });
}

HttpResponse RecordingApi::error(int status, const QString &message) const
{
    return HttpResponse::json(status,
                              QJsonDocument(QJsonObject{{QStringLiteral("Message"), message}}));
}

// Identification ----------------------------------------------------------------------------

std::variant<Agent *, HttpResponse> RecordingApi::findAgent(const QString &identifier,
                                                            const QString &value) const
{
    if (identifier.isEmpty() || value.isEmpty())
        return error(404, QStringLiteral("AgentIdentifier and Value are required"));
    const auto is = [&identifier](const char *name) {
        return identifier.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    for (Agent *agent : m_model.agents()) {
        bool match = false;
        if (is("Id") || is("AgentId"))
            match = QString::number(agent->id) == value;
        else if (is("Phone"))
            match = agent->phone == value;
        else if (is("SystemUsername"))
            match = agent->systemUsername.compare(value, Qt::CaseInsensitive) == 0;
        else if (is("CrmUsername"))
            match = !agent->crmUsername.isEmpty() &&
                    agent->crmUsername.compare(value, Qt::CaseInsensitive) == 0;
        else if (is("Username"))
            match = agent->username && agent->username->compare(value, Qt::CaseInsensitive) == 0;
        else
            return error(400, QStringLiteral("Unknown AgentIdentifier \"%1\"; use Id, Phone, "
                                             "SystemUsername, CrmUsername or Username")
                                  .arg(identifier));
        if (match)
            return agent;
    }
    return error(404, QStringLiteral("No agent found for %1 \"%2\"").arg(identifier, value));
}

std::variant<RecordingApi::Command, HttpResponse>
RecordingApi::command(const HttpRequest &request) const
{
    const auto parsed = parseJsonObject(request.body);
    if (const QString *message = std::get_if<QString>(&parsed))
        return error(400, *message);
    const QJsonObject body = std::get<QJsonObject>(parsed);

    // Field names bind case-insensitively, as the vendor's model binder does.
    QJsonObject normalized;
    for (auto it = body.begin(); it != body.end(); ++it) {
        static const QStringList kKnown = {
            QStringLiteral("AgentIdentifier"),   QStringLiteral("Value"),
            QStringLiteral("CallMetadata"),      QStringLiteral("CallIdentifier"),
            QStringLiteral("BlackoutStartTime"), QStringLiteral("BlackoutStopTime"),
            QStringLiteral("TimeOffset")};
        QString key = it.key();
        for (const QString &known : kKnown) {
            if (known.compare(key, Qt::CaseInsensitive) == 0)
                key = known;
        }
        normalized.insert(key, it.value());
    }

    const QJsonValue identifier = normalized.value(QStringLiteral("AgentIdentifier"));
    if (!identifier.isUndefined() && !identifier.isNull() && !identifier.isString())
        return error(400, QStringLiteral("AgentIdentifier must be a string"));
    const QJsonValue rawValue = normalized.value(QStringLiteral("Value"));
    std::optional<QString> value;
    if (!rawValue.isUndefined() && !rawValue.isNull()) {
        value = scalarToString(rawValue);
        if (!value)
            return error(400, QStringLiteral("Value must be a string"));
    }
    const QJsonValue callIdentifier = normalized.value(QStringLiteral("CallIdentifier"));
    if (!callIdentifier.isUndefined() && !callIdentifier.isNull() &&
        !scalarToString(callIdentifier))
        return error(400, QStringLiteral("CallIdentifier must be a string"));

    const auto agent = findAgent(identifier.toString(), value.value_or(QString()));
    if (const HttpResponse *failure = std::get_if<HttpResponse>(&agent))
        return *failure;
    return Command{std::get<Agent *>(agent), normalized};
}

std::variant<QMap<QString, QString>, HttpResponse> RecordingApi::callMetadata(const Command &cmd,
                                                                              bool required) const
{
    if (!cmd.body.contains(QStringLiteral("CallMetadata"))) {
        if (required)
            return error(404, QStringLiteral("CallMetadata is required"));
        return QMap<QString, QString>{};
    }
    const auto map = stringMap(cmd.body.value(QStringLiteral("CallMetadata")));
    if (const QString *message = std::get_if<QString>(&map))
        return error(400, QStringLiteral("CallMetadata ") + *message);
    return std::get<QMap<QString, QString>>(map);
}

// Status -------------------------------------------------------------------------------------

QString RecordingApi::recordingState(const Recording &recording) const
{
    const ServerSettings &settings = m_model.settings();
    const bool undocumented = settings.undocumentedValues;
    if (!recording.isRunning())
        return undocumented ? QStringLiteral("Complete") : QStringLiteral("Stopped");
    // The documents show only "Recording": a server may never say "Paused".
    if (m_model.isPaused(recording, m_model.now()) && settings.recordingApi.blackout == u"shown")
        return undocumented ? QStringLiteral("Suspended") : QStringLiteral("Paused");
    return undocumented ? QStringLiteral("Active") : QStringLiteral("Recording");
}

QString RecordingApi::screenState(const ScreenRecording &screen) const
{
    if (!screen.isRunning())
        return QStringLiteral("Stopped");
    const Agent *agent = m_model.agent(screen.agentId);
    return agent && m_model.inBlackout(*agent, m_model.now()) ? QStringLiteral("Paused")
                                                              : QStringLiteral("Recording");
}

QJsonObject RecordingApi::callJson(const Call &call) const
{
    const Agent *agent = m_model.agent(call.agentId);
    const bool inbound = call.direction != Direction::Outbound;
    const QString start = metadataTime(call.answeredMs ? call.answeredMs : call.createdMs);
    QJsonObject metadata{
        {QStringLiteral("deviceid"), agent->deviceId},
        {QStringLiteral("devicealias"), agent->deviceAlias},
        {QStringLiteral("gate"), m_model.settings().recordingApi.gate},
        {QStringLiteral("ani"), inbound ? call.remoteNumber : agent->phone},
        {QStringLiteral("dnis"), inbound ? call.dialedNumber : call.remoteNumber},
    };
    for (int i = 1; i <= 15; ++i)
        metadata.insert(QStringLiteral("user%1").arg(i), QString());
    metadata.insert(QStringLiteral("callid"), call.callInstance);
    metadata.insert(QStringLiteral("sgroup"), m_model.settings().recordingApi.sgroup);
    metadata.insert(QStringLiteral("callinstance"), call.callInstance);
    metadata.insert(QStringLiteral("calldirection"),
                    inbound ? QStringLiteral("I") : QStringLiteral("O"));
    metadata.insert(QStringLiteral("station"), QString());
    metadata.insert(QStringLiteral("istrunk"), QString());
    metadata.insert(QStringLiteral("sessionid"), QString());
    metadata.insert(QStringLiteral("starttime"), start);
    metadata.insert(QStringLiteral("endtime"), call.endedMs ? metadataTime(call.endedMs) : start);
    metadata.insert(QStringLiteral("callsegmentid"), QString());
    metadata.insert(QStringLiteral("keepdays"), QStringLiteral("-1"));
    metadata.insert(QStringLiteral("archiveaction"), QStringLiteral("-1"));
    for (auto it = call.metadata.begin(); it != call.metadata.end(); ++it)
        metadata.insert(it.key(), it.value());

    QJsonArray recordings;
    for (const Recording *recording : m_model.recordingsOf(call)) {
        recordings.append(QJsonObject{
            {QStringLiteral("RecordingIdentifier"), recording->id},
            {QStringLiteral("IsDuplicate"), recording->isDuplicate},
            {QStringLiteral("RecordingState"), recordingState(*recording)},
            {QStringLiteral("CallInstance"), call.callInstance},
        });
    }
    QJsonArray screens;
    for (const ScreenRecording *screen : m_model.screensOf(call)) {
        screens.append(QJsonObject{
            {QStringLiteral("RelatedCallInstance"), call.callInstance},
            {QStringLiteral("ScreenRecordingidentifier"), screen->id},
            {QStringLiteral("RecordingState"), screenState(*screen)},
        });
    }
    // The documents show "OnCall"; recsim assumes "Ringing" and "OnHold", and can speak
    // words no document lists.
    const bool undocumented = m_model.settings().undocumentedValues;
    const QString state =
        call.state == CallState::Ringing
            ? (undocumented ? QStringLiteral("Alerting") : QStringLiteral("Ringing"))
        : call.state == CallState::Held
            ? (undocumented ? QStringLiteral("Parked") : QStringLiteral("OnHold"))
            : (undocumented ? QStringLiteral("Connected") : QStringLiteral("OnCall"));
    return {
        {QStringLiteral("CallInstance"), call.callInstance},
        {QStringLiteral("Metadata"), metadata},
        {QStringLiteral("CallState"), state},
        {QStringLiteral("Recordings"), recordings},
        {QStringLiteral("ScreenRecordings"), screens},
    };
}

QJsonObject RecordingApi::agentStatus(const Agent &agent) const
{
    const Call *active = m_model.activeCall(agent);
    QJsonArray inactive;
    for (const Call *call : m_model.liveCalls(agent)) {
        if (call != active)
            inactive.append(callJson(*call));
    }
    QJsonArray desktop;
    for (const ScreenRecording *screen : m_model.runningScreens(agent)) {
        if (screen->callId.isEmpty())
            desktop.append(QJsonObject{
                {QStringLiteral("ScreenRecordingidentifier"), screen->id},
                {QStringLiteral("RecordingState"), screenState(*screen)},
            });
    }
    return {
        {QStringLiteral("AgentId"), agent.id},
        {QStringLiteral("BusinessUnit"), agent.businessUnit},
        {QStringLiteral("AgentPhone"), agent.phone},
        {QStringLiteral("SystemUsername"), agent.systemUsername},
        {QStringLiteral("CrmUsername"), agent.crmUsername},
        {QStringLiteral("ActiveCall"), active ? QJsonValue(callJson(*active)) : QJsonValue()},
        {QStringLiteral("InactiveCalls"), inactive},
        {QStringLiteral("Username"), agent.username ? QJsonValue(*agent.username) : QJsonValue()},
        {QStringLiteral("DeviceId"), agent.deviceId},
        {QStringLiteral("DeviceAlias"), agent.deviceAlias},
        {QStringLiteral("DesktopOnlySessions"), desktop},
    };
}

HttpResponse RecordingApi::getAgent(const HttpRequest &request)
{
    QString identifier;
    QString value;
    for (const auto &[key, item] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(QStringLiteral("agentIdentifier"), Qt::CaseInsensitive) == 0)
            identifier = item;
        else if (key.compare(QStringLiteral("value"), Qt::CaseInsensitive) == 0)
            value = item;
    }
    const auto agent = findAgent(identifier, value);
    if (const HttpResponse *failure = std::get_if<HttpResponse>(&agent))
        return *failure;
    return HttpResponse::json(200, QJsonDocument(agentStatus(*std::get<Agent *>(agent))));
}

HttpResponse RecordingApi::getAll()
{
    QJsonArray all;
    for (const Agent *agent : m_model.agents())
        all.append(agentStatus(*agent));
    return HttpResponse::json(200, QJsonDocument(all));
}

// Recording commands ---------------------------------------------------------------------------

HttpResponse RecordingApi::recordStart(const Command &cmd)
{
    const auto metadata = callMetadata(cmd, false);
    if (const HttpResponse *failure = std::get_if<HttpResponse>(&metadata))
        return *failure;
    Call *call = m_model.activeCall(*cmd.agent);
    if (!call || !call->isConnected())
        return error(404,
                     QStringLiteral("Agent %1 has no connected call to record").arg(cmd.agent->id));
    if (call->deleted)
        return error(404, QStringLiteral("The call was deleted and cannot be recorded again"));
    m_model.startRecording(call, RecordingOrigin::RecordingApi);
    call->metadata.insert(std::get<QMap<QString, QString>>(metadata));
    m_model.touch(call->agentId);
    return ok();
}

HttpResponse RecordingApi::recordStop(const Command &cmd)
{
    Call *call = m_model.activeCall(*cmd.agent);
    Recording *recording = call ? m_model.runningRecording(*call) : nullptr;
    if (!recording)
        return error(404,
                     QStringLiteral("Agent %1 has no recording in progress").arg(cmd.agent->id));
    m_model.stopRecording(recording);
    return ok();
}

HttpResponse RecordingApi::recordUpdate(const Command &cmd)
{
    const auto metadata = callMetadata(cmd, true);
    if (const HttpResponse *failure = std::get_if<HttpResponse>(&metadata))
        return *failure;
    Call *call = m_model.activeCall(*cmd.agent);
    if (!call || !m_model.runningRecording(*call))
        return error(404,
                     QStringLiteral("Agent %1 has no recording in progress").arg(cmd.agent->id));
    call->metadata.insert(std::get<QMap<QString, QString>>(metadata));
    m_model.touch(call->agentId);
    return ok();
}

HttpResponse RecordingApi::duplicate(const Command &cmd, bool start)
{
    Call *call = nullptr;
    const QJsonValue identifier = cmd.body.value(QStringLiteral("CallIdentifier"));
    if (identifier.isUndefined() || identifier.isNull()) {
        call = m_model.activeCall(*cmd.agent);
    } else {
        call = m_model.callByIdentifier(*scalarToString(identifier));
        if (call && (call->agentId != cmd.agent->id || !call->isLive()))
            call = nullptr;
    }
    if (!call)
        return error(404, QStringLiteral("No matching call for agent %1").arg(cmd.agent->id));
    if (!start) {
        Recording *duplicate = m_model.runningRecording(*call, true);
        if (!duplicate)
            return error(404, QStringLiteral("No duplicate recording in progress on that call"));
        m_model.stopRecording(duplicate);
        return ok();
    }
    if (!m_model.runningRecording(*call))
        return error(404, QStringLiteral("The call is not being recorded; a duplicate needs an "
                                         "existing recording"));
    m_model.startRecording(call, RecordingOrigin::RecordingApi, true);
    return ok();
}

// Blackout -----------------------------------------------------------------------------------

HttpResponse RecordingApi::blackoutStart(const Command &cmd)
{
    const auto startTime = timeField(cmd.body, QStringLiteral("BlackoutStartTime"));
    const auto stopTime = timeField(cmd.body, QStringLiteral("BlackoutStopTime"));
    const auto offset = timeOffsetMs(cmd.body);
    for (const auto *message : {std::get_if<QString>(&startTime), std::get_if<QString>(&stopTime)})
        if (message)
            return error(400, *message);
    if (const QString *message = std::get_if<QString>(&offset))
        return error(400, *message);

    // Client-chosen times win; TimeOffset only shifts what the server would pick itself.
    const std::optional<qint64> chosenStart = std::get<std::optional<qint64>>(startTime);
    const qint64 start = chosenStart.value_or(m_model.now() + std::get<qint64>(offset));
    QString message;
    if (!m_model.startBlackout(cmd.agent, start, std::get<std::optional<qint64>>(stopTime),
                               &message))
        return error(400, message);
    return ok();
}

HttpResponse RecordingApi::blackoutStop(const Command &cmd)
{
    const auto stopTime = timeField(cmd.body, QStringLiteral("BlackoutStopTime"));
    const auto offset = timeOffsetMs(cmd.body);
    if (const QString *message = std::get_if<QString>(&stopTime))
        return error(400, *message);
    if (const QString *message = std::get_if<QString>(&offset))
        return error(400, *message);
    const qint64 stop = std::get<std::optional<qint64>>(stopTime).value_or(
        m_model.now() + std::get<qint64>(offset));
    QString message;
    if (!m_model.stopBlackout(cmd.agent, stop, &message))
        return error(400, message);
    return ok();
}

// Screen recording ---------------------------------------------------------------------------

HttpResponse RecordingApi::screenStart(const Command &cmd)
{
    const auto metadata = callMetadata(cmd, false);
    if (const HttpResponse *failure = std::get_if<HttpResponse>(&metadata))
        return *failure;
    Call *call = m_model.activeCall(*cmd.agent);
    ScreenRecording *screen =
        m_model.startScreen(cmd.agent, call && call->isConnected() ? call : nullptr);
    screen->metadata.insert(std::get<QMap<QString, QString>>(metadata));
    return ok();
}

HttpResponse RecordingApi::screenUpdate(const Command &cmd)
{
    const auto metadata = callMetadata(cmd, true);
    if (const HttpResponse *failure = std::get_if<HttpResponse>(&metadata))
        return *failure;
    const QList<ScreenRecording *> running = m_model.runningScreens(*cmd.agent);
    if (running.isEmpty())
        return error(
            404, QStringLiteral("Agent %1 has no screen recording in progress").arg(cmd.agent->id));
    for (ScreenRecording *screen : running)
        screen->metadata.insert(std::get<QMap<QString, QString>>(metadata));
    return ok();
}

HttpResponse RecordingApi::screenStop(const Command &cmd)
{
    const QList<ScreenRecording *> running = m_model.runningScreens(*cmd.agent);
    if (running.isEmpty())
        return error(
            404, QStringLiteral("Agent %1 has no screen recording in progress").arg(cmd.agent->id));
    for (ScreenRecording *screen : running)
        m_model.stopScreen(screen);
    return ok();
}

void RecordingApiSettings::read(JsonReader &in)
{
    maxAgentBlackoutSec =
        in.integer(QStringLiteral("maxAgentBlackoutSec"), maxAgentBlackoutSec, 1, 24 * 3600);
    in.oneOf(QStringLiteral("recordingApiBlackout"), blackout,
             {QStringLiteral("shown"), QStringLiteral("hidden")});
    gate = in.string(QStringLiteral("gate"), gate);
    sgroup = in.string(QStringLiteral("sgroup"), sgroup);
}

void RecordingApiSettings::write(QJsonObject &out) const
{
    out.insert(QStringLiteral("maxAgentBlackoutSec"), maxAgentBlackoutSec);
    out.insert(QStringLiteral("recordingApiBlackout"), blackout);
    out.insert(QStringLiteral("gate"), gate);
    out.insert(QStringLiteral("sgroup"), sgroup);
}

} // namespace recsim
