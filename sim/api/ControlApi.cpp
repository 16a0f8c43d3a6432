#include "ControlApi.h"

#include "../model/JsonReader.h"
#include "JsonBody.h"

#include <QFile>
#include <QJsonArray>

namespace recsim {

namespace {

// A /sim/ request's JSON body, read field by field: every problem (not a JSON object, a field of
// the wrong type, an unknown field, a rule the handler adds) is collected and answered together,
// once, as a 400 before the handler changes anything.
class RequestBody
{
public:
    explicit RequestBody(const HttpRequest &request)
        : RequestBody(parseJsonObject(request.body))
    {}
    RequestBody(const RequestBody &) = delete; // its reader points into it
    RequestBody &operator=(const RequestBody &) = delete;

    const QJsonObject &object() const { return m_object; }
    JsonReader &fields() { return m_fields; }
    void problem(const QString &message) { m_problems.append(message); }
    // What was wrong, in one message; nullopt when the handler may act.
    std::optional<QString> problems() const
    {
        if (!m_unreadable.isEmpty())
            return m_unreadable;
        if (m_problems.isEmpty())
            return std::nullopt;
        return m_problems.join(QStringLiteral("; "));
    }

private:
    explicit RequestBody(const std::variant<QJsonObject, QString> &parsed)
        : m_unreadable(std::holds_alternative<QString>(parsed) ? std::get<QString>(parsed)
                                                               : QString())
        , m_object(std::holds_alternative<QJsonObject>(parsed) ? std::get<QJsonObject>(parsed)
                                                               : QJsonObject())
        , m_fields(m_object, {}, &m_problems)
    {}

    QString m_unreadable;
    QJsonObject m_object;
    QStringList m_problems;
    JsonReader m_fields; // reads m_object, into m_problems
};

QString isoTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString callStateName(CallState state)
{
    switch (state) {
    case CallState::Ringing:
        return QStringLiteral("ringing");
    case CallState::Active:
        return QStringLiteral("active");
    case CallState::Held:
        return QStringLiteral("held");
    case CallState::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

QString originName(RecordingOrigin origin)
{
    switch (origin) {
    case RecordingOrigin::Automatic:
        return QStringLiteral("automatic");
    case RecordingOrigin::RecordingApi:
        return QStringLiteral("recording-api");
    case RecordingOrigin::Qm:
        return QStringLiteral("qm");
    case RecordingOrigin::Imagicle:
        return QStringLiteral("imagicle");
    case RecordingOrigin::Finesse:
        return QStringLiteral("finesse");
    case RecordingOrigin::History:
        return QStringLiteral("history");
    }
    return {};
}

QJsonArray spansJson(const QList<Span> &spans)
{
    QJsonArray out;
    for (const Span &span : spans)
        out.append(QJsonObject{{QStringLiteral("startMs"), span.start},
                               {QStringLiteral("endMs"), span.end}});
    return out;
}

} // namespace

ControlApi::ControlApi(SimModel &model, SessionAuth &auth, FaultSet &faults,
                       ScenarioRunner &scenario, const RecordingMedia &media, RequestLog &requests,
                       QString dataDirectory)
    : m_model(model)
    , m_auth(auth)
    , m_faults(faults)
    , m_scenario(scenario)
    , m_media(media)
    , m_requests(requests)
    , m_dataDirectory(std::move(dataDirectory))
{
    using M = QRegularExpressionMatch;
    m_router.add("GET", QStringLiteral("/sim/model"),
                 [this](const HttpRequest &r, const M &, User *) {
                     return json(200, modelJson(r.query.queryItemValue(QStringLiteral("agent"))));
                 });
    m_router.add(
        "GET", QStringLiteral("/sim/clock"), [this](const HttpRequest &, const M &, User *) {
            return json(200,
                        {{QStringLiteral("now"), isoTime(m_model.now())},
                         {QStringLiteral("nowMs"), m_model.now()},
                         {QStringLiteral("mode"), m_model.clock()->mode() == SimClock::Mode::Manual
                                                      ? QStringLiteral("manual")
                                                      : QStringLiteral("real")}});
        });
    m_router.add("POST", QStringLiteral("/sim/clock/advance"),
                 [this](const HttpRequest &r, const M &, User *) { return advanceClock(r); });
    m_router.add("POST", QStringLiteral("/sim/calls"),
                 [this](const HttpRequest &r, const M &, User *) { return createCall(r); });
    m_router.add("POST", QStringLiteral("/sim/crowd"),
                 [this](const HttpRequest &r, const M &, User *) { return crowd(r); });
    // The IdS revokes every token of a user: a refresh is refused, the API refuses the token.
    m_router.add("POST", QStringLiteral("/sim/ids/revoke/([^/]+)"),
                 [this](const HttpRequest &, const M &m, User *) {
                     return json(200, {{QStringLiteral("revoked"),
                                        m_auth.tokens().revokeUser(m.captured(1))}});
                 });
    m_router.add("GET", QStringLiteral("/sim/calls/([^/]+)"),
                 [this](const HttpRequest &, const M &m, User *) {
                     const Call *call = m_model.call(m.captured(1));
                     return call ? json(200, callJson(*call))
                                 : error(404, QStringLiteral("no call %1").arg(m.captured(1)));
                 });
    m_router.add("POST", QStringLiteral("/sim/calls/([^/]+)/([a-z]+)"),
                 [this](const HttpRequest &r, const M &m, User *) {
                     return callAction(r, m.captured(1), m.captured(2));
                 });
    m_router.add("GET", QStringLiteral("/sim/agents/([^/]+)"),
                 [this](const HttpRequest &, const M &m, User *) {
                     const Agent *agent = m_model.agentByName(m.captured(1));
                     return agent ? json(200, agentJson(*agent))
                                  : error(404, QStringLiteral("no agent %1").arg(m.captured(1)));
                 });
    m_router.add(
        "POST", QStringLiteral("/sim/agents/([^/]+)/state"),
        [this](const HttpRequest &r, const M &m, User *) { return agentState(r, m.captured(1)); });
    m_router.add("GET", QStringLiteral("/sim/recordings/([^/]+)"),
                 [this](const HttpRequest &, const M &m, User *) {
                     const Recording *recording = m_model.recording(m.captured(1));
                     return recording
                                ? json(200, recordingJson(*recording))
                                : error(404, QStringLiteral("no recording %1").arg(m.captured(1)));
                 });
    m_router.add("GET", QStringLiteral("/sim/recordings/([^/]+)/audio"),
                 [this](const HttpRequest &, const M &m, User *) { return audio(m.captured(1)); });
    m_router.add(
        "PUT", QStringLiteral("/sim/recordings/([^/]+)/tags"),
        [this](const HttpRequest &r, const M &m, User *) { return setTags(r, m.captured(1)); });
    m_router.add("PUT", QStringLiteral("/sim/recordings/([^/]+)/reference"),
                 [this](const HttpRequest &r, const M &m, User *) {
                     return setReference(r, m.captured(1));
                 });
    m_router.add("GET", QStringLiteral("/sim/faults"),
                 [this](const HttpRequest &, const M &, User *) {
                     return json(200, {{QStringLiteral("faults"), m_faults.toJson()}});
                 });
    m_router.add("POST", QStringLiteral("/sim/faults"),
                 [this](const HttpRequest &r, const M &, User *) { return addFault(r); });
    m_router.add("DELETE", QStringLiteral("/sim/faults"),
                 [this](const HttpRequest &, const M &, User *) {
                     m_faults.clear();
                     return HttpResponse::empty(204);
                 });
    m_router.add("POST", QStringLiteral("/sim/sessions/expire"),
                 [this](const HttpRequest &r, const M &, User *) { return expireSessions(r); });
    m_router.add("GET", QStringLiteral("/sim/settings"),
                 [this](const HttpRequest &, const M &, User *) {
                     return json(200, settingsToJson(m_model.settings()));
                 });
    m_router.add("PATCH", QStringLiteral("/sim/settings"),
                 [this](const HttpRequest &r, const M &, User *) { return patchSettings(r); });
    m_router.add(
        "PUT", QStringLiteral("/sim/users/([^/]+)"),
        [this](const HttpRequest &r, const M &m, User *) { return updateUser(r, m.captured(1)); });
    m_router.add(
        "GET", QStringLiteral("/sim/scenario"),
        [this](const HttpRequest &, const M &, User *) { return json(200, m_scenario.status()); });
    m_router.add("POST", QStringLiteral("/sim/scenario"),
                 [this](const HttpRequest &r, const M &, User *) { return startScenario(r); });
    m_router.add("DELETE", QStringLiteral("/sim/scenario"),
                 [this](const HttpRequest &, const M &, User *) {
                     m_scenario.stop();
                     return HttpResponse::empty(204);
                 });
    m_router.add("GET", QStringLiteral("/sim/audit"),
                 [this](const HttpRequest &, const M &, User *) {
                     return json(200, {{QStringLiteral("entries"), m_model.auditLog()}});
                 });
    m_router.add("GET", QStringLiteral("/sim/requests"),
                 [this](const HttpRequest &, const M &, User *) {
                     return json(200, {{QStringLiteral("requests"), m_requests.toJson()}});
                 });
    m_router.add("DELETE", QStringLiteral("/sim/requests"),
                 [this](const HttpRequest &, const M &, User *) {
                     m_requests.clear();
                     return HttpResponse::empty(204);
                 });
}

HttpResponse ControlApi::handle(const HttpRequest &request)
{
    return m_router.dispatch(request, nullptr, &ControlApi::error);
}

HttpResponse ControlApi::error(int status, const QString &message)
{
    return json(status, {{QStringLiteral("error"), message}});
}

HttpResponse ControlApi::json(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object));
}

// Views ------------------------------------------------------------------------------------

QJsonObject ControlApi::agentJson(const Agent &agent) const
{
    const std::optional<Span> blackout = m_model.currentBlackout(agent);
    QJsonArray live;
    for (const QString &id : agent.liveCallIds)
        live.append(id);
    return {
        {QStringLiteral("id"), agent.id},
        {QStringLiteral("loginId"), agent.loginId},
        {QStringLiteral("phone"), agent.phone},
        {QStringLiteral("state"), agent.finesseState},
        {QStringLiteral("baseState"), agent.baseState},
        {QStringLiteral("hotDeskExtension"), agent.hotDeskExtension},
        {QStringLiteral("inBlackout"), m_model.inBlackout(agent, m_model.now())},
        {QStringLiteral("blackout"),
         blackout ? QJsonValue(QJsonObject{{QStringLiteral("start"), isoTime(blackout->start)},
                                           {QStringLiteral("end"), isoTime(blackout->end)}})
                  : QJsonValue()},
        {QStringLiteral("liveCalls"), live},
        {QStringLiteral("lastCallId"), agent.lastCallId},
    };
}

QJsonObject ControlApi::callJson(const Call &call) const
{
    const Agent *agent = m_model.agent(call.agentId);
    return {
        {QStringLiteral("id"), call.id},
        {QStringLiteral("callInstance"), call.callInstance},
        {QStringLiteral("agent"), agent ? agent->loginId : QString()},
        {QStringLiteral("direction"),
         call.direction == Direction::Outbound ? QStringLiteral("out") : QStringLiteral("in")},
        {QStringLiteral("remoteNumber"), call.remoteNumber},
        {QStringLiteral("dialedNumber"), call.dialedNumber},
        {QStringLiteral("callType"), call.callType},
        {QStringLiteral("queue"), call.queueName},
        {QStringLiteral("state"), callStateName(call.state)},
        {QStringLiteral("createdAt"), isoTime(call.createdMs)},
        {QStringLiteral("answeredAt"), isoTime(call.answeredMs)},
        {QStringLiteral("endedAt"), isoTime(call.endedMs)},
        {QStringLiteral("metadata"), stringMapJson(call.metadata)},
        {QStringLiteral("deleted"), call.deleted},
        {QStringLiteral("recordings"), QJsonArray::fromStringList(call.recordingIds)},
    };
}

QJsonObject ControlApi::recordingJson(const Recording &recording) const
{
    const Agent *agent = m_model.agent(recording.agentId);
    const Call *call = m_model.call(recording.callId);
    const QString state = recording.deleted        ? QStringLiteral("deleted")
                          : !recording.isRunning() ? QStringLiteral("stopped")
                          : m_model.isPaused(recording, m_model.now())
                              ? QStringLiteral("paused")
                              : QStringLiteral("recording");
    return {
        {QStringLiteral("id"), recording.id},
        {QStringLiteral("referenceNumber"), recording.referenceNumber},
        {QStringLiteral("callId"), recording.callId},
        {QStringLiteral("agent"), agent ? agent->loginId : QString()},
        {QStringLiteral("isDuplicate"), recording.isDuplicate},
        {QStringLiteral("origin"), originName(recording.origin)},
        {QStringLiteral("state"), state},
        {QStringLiteral("startTime"), isoTime(recording.startMs)},
        {QStringLiteral("stopTime"), isoTime(recording.stopMs)},
        {QStringLiteral("durationMs"), m_model.durationMs(recording)},
        {QStringLiteral("pausedSpans"), spansJson(m_model.pausedSpans(recording))},
        {QStringLiteral("heldSpans"), spansJson(m_model.heldSpans(recording))},
        {QStringLiteral("reasonCode"), recording.reasonCode},
        {QStringLiteral("tags"), QJsonArray::fromStringList(recording.tags)},
        {QStringLiteral("metadata"), call ? stringMapJson(call->metadata) : QJsonObject()},
        {QStringLiteral("segment"), recording.segment},
        {QStringLiteral("audio"), QStringLiteral("/sim/recordings/%1/audio").arg(recording.id)},
    };
}

QJsonObject ControlApi::modelJson(const QString &agentFilter) const
{
    const Agent *only = agentFilter.isEmpty() ? nullptr : m_model.agentByName(agentFilter);
    const bool filtered = !agentFilter.isEmpty();
    QJsonArray agents;
    for (const Agent *agent : m_model.agents()) {
        if (!filtered || agent == only)
            agents.append(agentJson(*agent));
    }
    QJsonArray calls;
    for (const Call *call : m_model.calls()) {
        if (!filtered || (only && call->agentId == only->id))
            calls.append(callJson(*call));
    }
    QJsonArray recordings;
    for (const Recording *recording : m_model.recordings()) {
        if (!filtered || (only && recording->agentId == only->id))
            recordings.append(recordingJson(*recording));
    }
    return {
        {QStringLiteral("now"), isoTime(m_model.now())},
        {QStringLiteral("agents"), agents},
        {QStringLiteral("calls"), calls},
        {QStringLiteral("recordings"), recordings},
        {QStringLiteral("sessions"), m_auth.sessionCount()},
        {QStringLiteral("faults"), m_faults.toJson()},
        {QStringLiteral("settings"), settingsToJson(m_model.settings())},
        {QStringLiteral("scenario"), m_scenario.status()},
        {QStringLiteral("dataDirectory"), m_dataDirectory},
    };
}

// Actions ----------------------------------------------------------------------------------

HttpResponse ControlApi::createCall(const HttpRequest &request)
{
    RequestBody body(request);
    JsonReader &in = body.fields();
    const QString agentName = in.string(QStringLiteral("agent"), {}, true);
    const QString direction = in.string(QStringLiteral("direction"), QStringLiteral("in"));
    SimModel::NewCall spec;
    spec.remoteNumber = in.string(QStringLiteral("number"), QStringLiteral("+15550100"));
    spec.dialedNumber = in.string(QStringLiteral("dialed"));
    spec.queueName = in.string(QStringLiteral("queue"));
    spec.callType = in.string(QStringLiteral("callType"));
    spec.id = in.string(QStringLiteral("id"));
    spec.callInstance = in.string(QStringLiteral("callInstance"));
    spec.included = in.boolean(QStringLiteral("included"), true);
    spec.answered = in.boolean(QStringLiteral("answered"), false);
    in.rejectUnknown({QStringLiteral("agent"), QStringLiteral("direction"),
                      QStringLiteral("number"), QStringLiteral("dialed"), QStringLiteral("queue"),
                      QStringLiteral("callType"), QStringLiteral("id"),
                      QStringLiteral("callInstance"), QStringLiteral("included"),
                      QStringLiteral("answered")});
    if (direction != u"in" && direction != u"out")
        body.problem(QStringLiteral("direction: must be \"in\" or \"out\""));
    if (const std::optional<QString> wrong = body.problems())
        return error(400, *wrong);
    const Agent *agent = m_model.agentByName(agentName);
    if (!agent)
        return error(404, QStringLiteral("no agent %1").arg(agentName));
    spec.agentId = agent->id;
    spec.direction = direction == u"out" ? Direction::Outbound : Direction::Inbound;
    QString problem;
    const Call *call = m_model.createCall(spec, &problem);
    if (!call)
        return error(409, problem);
    return json(201, callJson(*call));
}

// A contact center's floor in one request, for the supervisor's board at scale: the first
// `onCall` agents without a call (the generated load agents, or every agent) take an answered
// inbound call; of those, the first `unrecorded` are not recorded, the next `paused` are in a
// secure pause begun `pausedMinutes` ago, and the rest are recorded.
HttpResponse ControlApi::crowd(const HttpRequest &request)
{
    RequestBody body(request);
    JsonReader &in = body.fields();
    const QString who = in.string(QStringLiteral("agents"), QStringLiteral("load"));
    const int onCall = in.integer(QStringLiteral("onCall"), 0, 0, 100'000, true);
    const int unrecorded = in.integer(QStringLiteral("unrecorded"), 0, 0, 100'000);
    const int paused = in.integer(QStringLiteral("paused"), 0, 0, 100'000);
    const int pausedMinutes = in.integer(QStringLiteral("pausedMinutes"), 20, 0, 24 * 60);
    in.rejectUnknown({QStringLiteral("agents"), QStringLiteral("onCall"),
                      QStringLiteral("unrecorded"), QStringLiteral("paused"),
                      QStringLiteral("pausedMinutes")});
    if (who != u"load" && who != u"all")
        body.problem(QStringLiteral("agents: must be \"load\" or \"all\""));
    if (unrecorded + paused > onCall)
        body.problem(QStringLiteral("unrecorded and paused are agents on a call: at most onCall"));
    if (paused > 0 &&
        qint64(pausedMinutes) * 60 >= m_model.settings().recordingApi.maxAgentBlackoutSec)
        body.problem(QStringLiteral("a pause of %1 minutes has ended by maxAgentBlackoutSec "
                                    "(%2 s): raise it with PATCH /sim/settings")
                         .arg(pausedMinutes)
                         .arg(m_model.settings().recordingApi.maxAgentBlackoutSec));
    if (const std::optional<QString> wrong = body.problems())
        return error(400, *wrong);

    QList<Agent *> free;
    for (Agent *agent : m_model.agents()) {
        const bool generated = agent->loginId.startsWith(u"load");
        if ((who == u"all" || generated) && m_model.liveCalls(*agent).isEmpty())
            free.append(agent);
    }
    if (free.size() < onCall)
        return error(409, QStringLiteral("only %1 agents are free of calls").arg(free.size()));
    const qint64 now = m_model.now();
    for (int i = 0; i < onCall; ++i) {
        SimModel::NewCall spec;
        spec.agentId = free[i]->id;
        spec.remoteNumber = QStringLiteral("+1555%1").arg(2'000'000 + i, 7, 10, QLatin1Char('0'));
        spec.answered = true;
        QString problem;
        Call *call = m_model.createCall(spec, &problem);
        if (!call)
            return error(409, problem);
        Recording *running = m_model.runningRecording(*call);
        if (i < unrecorded) {
            if (running)
                m_model.stopRecording(running);
            continue;
        }
        if (!running)
            m_model.startRecording(call, RecordingOrigin::Automatic);
        if (i < unrecorded + paused &&
            !m_model.startBlackout(free[i], now - qint64(pausedMinutes) * 60'000, std::nullopt,
                                   &problem))
            return error(409, problem);
    }
    return json(200, {{QStringLiteral("onCall"), onCall},
                      {QStringLiteral("unrecorded"), unrecorded},
                      {QStringLiteral("paused"), paused}});
}

HttpResponse ControlApi::callAction(const HttpRequest &request, const QString &id,
                                    const QString &action)
{
    Call *call = m_model.call(id);
    if (!call)
        return error(404, QStringLiteral("no call %1").arg(id));
    const RequestBody body(request);
    if (const std::optional<QString> wrong = body.problems())
        return error(400, *wrong);
    const QString target = body.object().value(QStringLiteral("to")).toString();

    std::optional<QString> failure;
    const Call *created = nullptr;
    if (action == u"answer")
        failure = m_model.answer(call);
    else if (action == u"hold")
        failure = m_model.hold(call);
    else if (action == u"retrieve")
        failure = m_model.retrieve(call);
    else if (action == u"hangup")
        failure = m_model.hangup(call);
    else if (action == u"transfer" || action == u"consult") {
        if (target.isEmpty())
            return error(400, QStringLiteral("%1 needs \"to\"").arg(action));
        QString problem;
        created = action == u"consult" ? m_model.consult(call, target, &problem)
                                       : m_model.transfer(call, target, &problem);
        if (!problem.isEmpty())
            failure = problem;
    } else {
        return error(404, QStringLiteral("unknown call action \"%1\"").arg(action));
    }
    if (failure)
        return error(409, *failure);
    QJsonObject out = callJson(*call);
    if (created)
        out.insert(QStringLiteral("created"), callJson(*created));
    return json(200, out);
}

HttpResponse ControlApi::agentState(const HttpRequest &request, const QString &id)
{
    Agent *agent = m_model.agentByName(id);
    if (!agent)
        return error(404, QStringLiteral("no agent %1").arg(id));
    const RequestBody body(request);
    if (const std::optional<QString> wrong = body.problems())
        return error(400, *wrong);
    const QString state = body.object().value(QStringLiteral("state")).toString();
    if (state != u"READY" && state != u"NOT_READY" && state != u"LOGOUT")
        return error(400, QStringLiteral("state must be READY, NOT_READY or LOGOUT"));
    m_model.setBaseState(agent, state);
    return json(200, agentJson(*agent));
}

HttpResponse ControlApi::audio(const QString &id) const
{
    const Recording *recording = m_model.recording(id);
    if (!recording)
        return error(404, QStringLiteral("no recording %1").arg(id));
    if (recording->deleted)
        return error(410, QStringLiteral("recording %1 was deleted").arg(id));
    QString problem;
    const QString path = m_media.file(*recording, AudioStore::Format::WavUlaw, &problem);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return error(500, QStringLiteral("audio could not be produced: %1")
                              .arg(problem.isEmpty() ? file.errorString() : problem));
    return HttpResponse::binary(200, "audio/wav", file.readAll());
}

HttpResponse ControlApi::setTags(const HttpRequest &request, const QString &id)
{
    Recording *recording = m_model.recording(id);
    if (!recording)
        return error(404, QStringLiteral("no recording %1").arg(id));
    RequestBody body(request);
    JsonReader &in = body.fields();
    const QStringList tags = in.stringList(QStringLiteral("tags"));
    if (const std::optional<QString> wrong = body.problems())
        return error(400, *wrong);
    recording->tags = tags;
    return json(200, recordingJson(*recording));
}

// Any text at all, so clients meet the file names a careless or hostile server would send.
HttpResponse ControlApi::setReference(const HttpRequest &request, const QString &id)
{
    Recording *recording = m_model.recording(id);
    if (!recording)
        return error(404, QStringLiteral("no recording %1").arg(id));
    RequestBody body(request);
    JsonReader &in = body.fields();
    const QString reference = in.string(QStringLiteral("referenceNumber"), {}, true);
    if (const std::optional<QString> wrong = body.problems())
        return error(400, *wrong);
    recording->referenceNumber = reference;
    return json(200, recordingJson(*recording));
}

HttpResponse ControlApi::advanceClock(const HttpRequest &request)
{
    RequestBody body(request);
    JsonReader &in = body.fields();
    const int ms = in.integer(QStringLiteral("ms"), 0, 0, 7 * 86'400'000, true);
    if (const std::optional<QString> wrong = body.problems())
        return error(400, *wrong);
    if (m_model.clock()->mode() != SimClock::Mode::Manual)
        return error(409, QStringLiteral("the clock is real; start recsim with a manual clock"));
    // Step through due events in order so each sees the time it was scheduled for.
    const qint64 target = m_model.now() + ms;
    while (const std::optional<qint64> due = m_model.nextDue()) {
        if (*due > target)
            break;
        m_model.clock()->advance(std::max<qint64>(0, *due - m_model.now()));
        m_model.runDue();
    }
    m_model.clock()->advance(target - m_model.now());
    m_model.runDue();
    return json(200, {{QStringLiteral("now"), isoTime(m_model.now())},
                      {QStringLiteral("nowMs"), m_model.now()}});
}

HttpResponse ControlApi::addFault(const HttpRequest &request)
{
    const RequestBody body(request);
    if (const std::optional<QString> wrong = body.problems())
        return error(400, *wrong);
    const auto rule = FaultRule::fromJson(body.object());
    if (const QString *message = std::get_if<QString>(&rule))
        return error(400, *message);
    const int id = m_faults.add(std::get<FaultRule>(rule));
    return json(201, {{QStringLiteral("id"), id}});
}

HttpResponse ControlApi::expireSessions(const HttpRequest &request)
{
    const RequestBody body(request);
    if (const std::optional<QString> wrong = body.problems())
        return error(400, *wrong);
    const QString user = body.object().value(QStringLiteral("user")).toString();
    if (!user.isEmpty() && !m_model.user(user))
        return error(404, QStringLiteral("no user %1").arg(user));
    m_auth.expire(user);
    return HttpResponse::empty(204);
}

HttpResponse ControlApi::patchSettings(const HttpRequest &request)
{
    const RequestBody body(request);
    if (const std::optional<QString> wrong = body.problems())
        return error(400, *wrong);
    if (const std::optional<QString> problem = applySettings(m_model.settings(), body.object()))
        return error(400, *problem);
    return json(200, settingsToJson(m_model.settings()));
}

HttpResponse ControlApi::updateUser(const HttpRequest &request, const QString &name)
{
    User *user = m_model.user(name);
    if (!user)
        return error(404, QStringLiteral("no user %1").arg(name));
    RequestBody body(request);
    JsonReader &in = body.fields();
    const QString password = in.string(QStringLiteral("password"), user->password);
    const int level = in.integer(QStringLiteral("level"), user->level, 0, 10);
    in.rejectUnknown({QStringLiteral("password"), QStringLiteral("level")});
    if (password.isEmpty())
        body.problem(QStringLiteral("password: must not be empty"));
    if (const std::optional<QString> wrong = body.problems())
        return error(400, *wrong);
    user->password = password;
    user->level = level;
    return json(200,
                {{QStringLiteral("name"), user->name}, {QStringLiteral("level"), user->level}});
}

HttpResponse ControlApi::startScenario(const HttpRequest &request)
{
    const auto scenario = ScenarioRunner::parse(request.body, m_model);
    if (const QString *message = std::get_if<QString>(&scenario))
        return error(400, *message);
    m_scenario.start(std::get<Scenario>(scenario));
    return json(201, m_scenario.status());
}

} // namespace recsim
