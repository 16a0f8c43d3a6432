#include "SimModel.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSimModel, "recsim.model", QtWarningMsg)

namespace recsim {

namespace {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Merges overlapping spans of a list sorted by start.
QList<Span> merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> out;
    for (const Span &span : spans) {
        if (span.end <= span.start)
            continue;
        if (!out.isEmpty() && span.start <= out.last().end)
            out.last().end = std::max(out.last().end, span.end);
        else
            out.append(span);
    }
    return out;
}

QList<Span> clippedRelative(const QList<Span> &spans, qint64 from, qint64 to)
{
    QList<Span> out;
    for (const Span &span : spans) {
        const qint64 start = std::max(span.start, from);
        const qint64 end = std::min(span.end, to);
        if (end > start)
            out.append({start - from, end - from});
    }
    return out;
}

} // namespace

SimModel::SimModel(const SimConfig &config, SimClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(config.settings)
{
    for (const User &user : config.users)
        m_users.push_back(std::make_unique<User>(user));
    for (const Agent &agent : config.agents)
        addAgent(agent);
    generateLoadAgents(config.generatedAgents);
    generateHistory(config.history);
}

SimModel::~SimModel() = default;

Agent *SimModel::addAgent(const Agent &config)
{
    auto agent = std::make_unique<Agent>(config);
    agent->finesseState = agent->baseState;
    agent->stateChangeMs = now();
    Agent *raw = agent.get();
    m_agents.push_back(std::move(agent));
    m_agentsById.insert(raw->id, raw);
    return raw;
}

void SimModel::generateLoadAgents(int count)
{
    constexpr int kLoadTeamSize = 100;
    for (int i = 1; i <= count; ++i) {
        Agent agent;
        agent.id = 100'000 + i;
        agent.loginId = QStringLiteral("load%1").arg(i, 5, 10, QLatin1Char('0'));
        agent.phone = QStringLiteral("6%1").arg(i, 5, 10, QLatin1Char('0'));
        agent.systemUsername = agent.loginId;
        agent.qmUserId = agent.loginId;
        agent.deviceId = agent.phone;
        agent.deviceName = QStringLiteral("SEP0000%1").arg(agent.phone);
        agent.firstName = QStringLiteral("Load");
        agent.lastName = QString::number(i);
        agent.peripheralId = QStringLiteral("5001");
        // Finesse teams of a hundred, as a contact center divides its floor.
        const int team = (i - 1) / kLoadTeamSize + 1;
        agent.teamId = QStringLiteral("load-%1").arg(team);
        agent.teamName = QStringLiteral("Load %1").arg(team);
        addAgent(agent);
        m_users.push_back(std::make_unique<User>(
            User{agent.loginId, agent.loginId, 10, {QStringLiteral("agent")}, agent.id}));
    }
}

// Completed recordings in the past, so the recordings list and the library have content
// at start. Deterministic for a given seed.
void SimModel::generateHistory(const HistoryConfig &history)
{
    if (history.perAgent <= 0)
        return;
    QRandomGenerator rng(history.seed);
    // Holds from a generator of their own, so the rest of the history is what it always was.
    QRandomGenerator holds(history.seed ^ 0x686f6c64u);
    // Card numbers read out too, likewise: one call in six of 45 s or more, half of them while
    // the agent had paused the recording (the pause worked) and half not (the number is in it).
    QRandomGenerator cards(history.seed ^ 0x63617264u);
    int cardCalls = 0;
    static const QStringList kTags = {QStringLiteral("sale"), QStringLiteral("complaint"),
                                      QStringLiteral("escalation"), QStringLiteral("training"),
                                      QStringLiteral("callback")};
    static const QStringList kQueues = {QStringLiteral("Sales"), QStringLiteral("Support"),
                                        QStringLiteral("Billing")};
    const qint64 endOfHistory = now();
    const qint64 span = qint64(history.days) * 24 * 3600 * 1000;
    const int realAgents = int(std::min<size_t>(m_agents.size(), 50));
    for (int a = 0; a < realAgents; ++a) {
        const Agent *agent = m_agents[size_t(a)].get();
        for (int i = 0; i < history.perAgent; ++i) {
            const qint64 durationMs = 20'000 + qint64(rng.bounded(600'000));
            const qint64 start =
                endOfHistory - span + qint64(rng.bounded(double(span - durationMs)));
            auto call = std::make_unique<Call>();
            call->id = newCallId();
            call->callInstance = newCallInstance();
            call->agentId = agent->id;
            call->direction = rng.bounded(3) == 0 ? Direction::Outbound : Direction::Inbound;
            call->remoteNumber =
                QStringLiteral("+1555%1").arg(rng.bounded(10'000'000), 7, 10, QLatin1Char('0'));
            call->dialedNumber =
                call->direction == Direction::Inbound ? QStringLiteral("8000") : call->remoteNumber;
            call->queueName = kQueues[rng.bounded(kQueues.size())];
            call->callType = call->direction == Direction::Inbound ? QStringLiteral("ACD_IN")
                                                                   : QStringLiteral("OUT");
            call->state = CallState::Ended;
            call->createdMs = start - 3000;
            call->answeredMs = start;
            call->endedMs = start + durationMs;
            call->history = {{call->createdMs, CallState::Ringing}, {start, CallState::Active}};
            // One call in three of a minute or more is put on hold once, for 10 to 45 s.
            if (durationMs >= 60'000 && holds.bounded(3) == 0) {
                const qint64 heldAt = start + durationMs * (30 + qint64(holds.bounded(30))) / 100;
                const qint64 until = std::min(heldAt + 10'000 + qint64(holds.bounded(35'000)),
                                              call->endedMs - 5'000);
                call->history.append({heldAt, CallState::Held});
                call->history.append({until, CallState::Active});
            }
            call->history.append({call->endedMs, CallState::Ended});
            if (rng.bounded(3) == 0)
                call->metadata.insert(QStringLiteral("account"),
                                      QString::number(10'000 + rng.bounded(90'000)));

            auto recording = std::make_unique<Recording>();
            recording->id = newGuid();
            recording->referenceNumber = QString::number(m_nextReference++);
            recording->callId = call->id;
            recording->agentId = agent->id;
            recording->origin = RecordingOrigin::History;
            recording->startMs = start;
            recording->stopMs = call->endedMs;
            const int pauses = int(rng.bounded(3));
            for (int p = 0; p < pauses; ++p) {
                const qint64 at =
                    start + (durationMs * (p + 1)) / (pauses + 1) - qint64(rng.bounded(5000));
                recording->pauses.append({at, at + 4000 + qint64(rng.bounded(20'000))});
            }
            if (durationMs >= 45'000 && cards.bounded(6) == 0) {
                const qint64 clipMs = kCardClipMs;
                const qint64 at =
                    start + (durationMs - clipMs) * (20 + qint64(cards.bounded(60))) / 100;
                recording->spokenCardMs = at;
                const Span reading{at - 2'000, at + clipMs + 2'000};
                if (cardCalls++ % 2 == 0)
                    recording->pauses.append(reading);
                else // not paused then: the whole number is in the recording
                    recording->pauses.removeIf([&reading](const Span &pause) {
                        return pause.start < reading.end && reading.start < pause.end;
                    });
            }
            recording->pauses = merged(recording->pauses);
            for (Span &pause : recording->pauses)
                pause.end = std::min(pause.end, recording->stopMs);
            if (rng.bounded(4) == 0) {
                recording->reasonCode = QStringLiteral("TAGGED");
                recording->tags.append(kTags[rng.bounded(kTags.size())]);
            }
            call->recordingIds.append(recording->id);
            m_recordingsById.insert(recording->id, recording.get());
            m_recordings.push_back(std::move(recording));
            m_callsById.insert(call->id, call.get());
            m_callsByInstance.insert(call->callInstance, call.get());
            m_calls.push_back(std::move(call));
        }
    }
}

QString SimModel::newCallId()
{
    while (m_callsById.contains(QString::number(m_nextCallId)))
        ++m_nextCallId;
    return QString::number(m_nextCallId++);
}

QString SimModel::newCallInstance()
{
    auto *rng = QRandomGenerator::global();
    return QStringLiteral("%1-%2-%3@10.100.6.20")
        .arg(rng->generate(), 8, 16, QLatin1Char('0'))
        .arg(rng->generate(), 8, 16, QLatin1Char('0'))
        .arg(rng->generate(), 8, 16, QLatin1Char('0'));
}

// Users ----------------------------------------------------------------------------------

User *SimModel::user(const QString &name) const
{
    for (const auto &user : m_users) {
        if (user->name == name)
            return user.get();
    }
    return nullptr;
}

QList<User *> SimModel::users() const
{
    QList<User *> out;
    for (const auto &user : m_users)
        out.append(user.get());
    return out;
}

Agent *SimModel::agentForUser(const User &user) const
{
    if (user.agentId)
        return agent(*user.agentId);
    return agentByLogin(user.name);
}

// Agents ---------------------------------------------------------------------------------

QList<Agent *> SimModel::agents() const
{
    QList<Agent *> out;
    out.reserve(qsizetype(m_agents.size()));
    for (const auto &agent : m_agents)
        out.append(agent.get());
    return out;
}

Agent *SimModel::agent(int id) const
{
    return m_agentsById.value(id);
}

Agent *SimModel::agentByLogin(const QString &loginId) const
{
    for (const auto &agent : m_agents) {
        if (agent->loginId.compare(loginId, Qt::CaseInsensitive) == 0)
            return agent.get();
    }
    return nullptr;
}

Agent *SimModel::agentByPhone(const QString &phone) const
{
    if (phone.isEmpty())
        return nullptr;
    for (const auto &agent : m_agents) {
        if (agent->phone == phone || agent->hotDeskExtension == phone)
            return agent.get();
    }
    return nullptr;
}

Agent *SimModel::agentByName(const QString &nameOrId) const
{
    if (Agent *agent = agentByLogin(nameOrId))
        return agent;
    if (Agent *agent = agentByPhone(nameOrId))
        return agent;
    bool ok = false;
    const int id = nameOrId.toInt(&ok);
    return ok ? agent(id) : nullptr;
}

void SimModel::setBaseState(Agent *agent, const QString &state)
{
    agent->baseState = state;
    refreshAgentState(agent);
}

void SimModel::refreshAgentState(Agent *agent)
{
    const QList<Call *> live = liveCalls(*agent);
    const bool connected =
        std::any_of(live.begin(), live.end(), [](const Call *c) { return c->isConnected(); });
    const bool allHeld = connected && std::all_of(live.begin(), live.end(), [](const Call *c) {
                             return c->state == CallState::Held || c->state == CallState::Ringing;
                         });
    const bool ringing = std::any_of(live.begin(), live.end(),
                                     [](const Call *c) { return c->state == CallState::Ringing; });
    const qint64 t = now();
    const bool wrapUp = agent->wrapUpUntilMs > t;

    QString state;
    if (agent->baseState == u"LOGOUT")
        state = QStringLiteral("LOGOUT");
    else if (connected)
        // UCCX keeps a held agent TALKING; UCCE reports HOLD.
        state = (allHeld && m_settings.finesse.deployment == u"UCCE") ? QStringLiteral("HOLD")
                                                                      : QStringLiteral("TALKING");
    else if (ringing)
        state = QStringLiteral("RESERVED");
    else if (wrapUp)
        state = QStringLiteral("WORK");
    else
        state = agent->baseState;
    if (state != agent->finesseState) {
        agent->finesseState = state;
        agent->stateChangeMs = t;
    }
    touch(agent->id);
}

void SimModel::touch(int agentId)
{
    const bool first = m_touched.isEmpty();
    m_touched.insert(agentId);
    if (first)
        emit touched();
}

QSet<int> SimModel::takeTouched()
{
    return std::exchange(m_touched, {});
}

// Calls ----------------------------------------------------------------------------------

Call *SimModel::createCall(const NewCall &spec, QString *error)
{
    Agent *agent = this->agent(spec.agentId);
    if (!agent) {
        *error = QStringLiteral("no agent with id %1").arg(spec.agentId);
        return nullptr;
    }
    if (agent->baseState == u"LOGOUT") {
        *error = QStringLiteral("agent %1 is logged out").arg(agent->loginId);
        return nullptr;
    }
    if (!spec.id.isEmpty() && m_callsById.contains(spec.id)) {
        *error = QStringLiteral("a call with id %1 already exists").arg(spec.id);
        return nullptr;
    }
    if (!spec.callInstance.isEmpty() && m_callsByInstance.contains(spec.callInstance)) {
        *error = QStringLiteral("a call with instance %1 already exists").arg(spec.callInstance);
        return nullptr;
    }
    auto call = std::make_unique<Call>();
    call->id = spec.id.isEmpty() ? newCallId() : spec.id;
    call->callInstance = spec.callInstance.isEmpty() ? newCallInstance() : spec.callInstance;
    call->agentId = agent->id;
    call->direction = spec.direction;
    call->remoteNumber = spec.remoteNumber;
    call->dialedNumber =
        spec.dialedNumber.isEmpty()
            ? (spec.direction == Direction::Outbound ? spec.remoteNumber : agent->phone)
            : spec.dialedNumber;
    call->queueName = spec.queueName;
    call->callType = !spec.callType.isEmpty()                ? spec.callType
                     : spec.direction == Direction::Outbound ? QStringLiteral("OUT")
                                                             : QStringLiteral("ACD_IN");
    call->included = spec.included;
    call->createdMs = now();
    call->state = CallState::Ringing;
    call->history.append({call->createdMs, CallState::Ringing});
    Call *raw = call.get();
    m_callsById.insert(raw->id, raw);
    m_callsByInstance.insert(raw->callInstance, raw);
    m_calls.push_back(std::move(call));
    agent->liveCallIds.append(raw->id);
    if (raw->included)
        agent->lastCallId.clear();
    qCDebug(lcSimModel) << "call" << raw->id << "rings for" << agent->loginId;
    if (spec.answered)
        answer(raw);
    refreshAgentState(agent);
    return raw;
}

Call *SimModel::call(const QString &id) const
{
    return m_callsById.value(id);
}

Call *SimModel::callByIdentifier(const QString &identifier) const
{
    if (Call *c = m_callsById.value(identifier))
        return c;
    return m_callsByInstance.value(identifier);
}

QList<Call *> SimModel::calls() const
{
    QList<Call *> out;
    out.reserve(qsizetype(m_calls.size()));
    for (const auto &call : m_calls)
        out.append(call.get());
    return out;
}

QList<Call *> SimModel::liveCalls(const Agent &agent) const
{
    QList<Call *> out;
    for (const QString &id : agent.liveCallIds)
        out.append(call(id));
    return out;
}

Call *SimModel::activeCall(const Agent &agent) const
{
    const QList<Call *> live = liveCalls(agent);
    for (CallState wanted : {CallState::Active, CallState::Ringing, CallState::Held}) {
        for (auto it = live.rbegin(); it != live.rend(); ++it) {
            if ((*it)->state == wanted)
                return *it;
        }
    }
    return nullptr;
}

Call *SimModel::lastCall(const Agent &agent) const
{
    return agent.lastCallId.isEmpty() ? nullptr : call(agent.lastCallId);
}

void SimModel::setCallState(Call *call, CallState state)
{
    call->state = state;
    call->history.append({now(), state});
    touch(call->agentId);
}

std::optional<QString> SimModel::answer(Call *call)
{
    if (call->state != CallState::Ringing)
        return QStringLiteral("call %1 is not ringing").arg(call->id);
    setCallState(call, CallState::Active);
    call->answeredMs = now();
    Agent *agent = this->agent(call->agentId);
    if (agent->autoRecord && call->included)
        startRecording(call, RecordingOrigin::Automatic);
    refreshAgentState(agent);
    return std::nullopt;
}

std::optional<QString> SimModel::hold(Call *call)
{
    if (call->state != CallState::Active)
        return QStringLiteral("call %1 is not connected").arg(call->id);
    setCallState(call, CallState::Held);
    refreshAgentState(agent(call->agentId));
    return std::nullopt;
}

std::optional<QString> SimModel::retrieve(Call *call)
{
    if (call->state != CallState::Held)
        return QStringLiteral("call %1 is not on hold").arg(call->id);
    setCallState(call, CallState::Active);
    refreshAgentState(agent(call->agentId));
    return std::nullopt;
}

std::optional<QString> SimModel::hangup(Call *call)
{
    if (!call->isLive())
        return QStringLiteral("call %1 has already ended").arg(call->id);
    endCall(call);
    return std::nullopt;
}

void SimModel::endCall(Call *call)
{
    for (Recording *recording : recordingsOf(*call)) {
        if (recording->isRunning())
            stopRecording(recording);
    }
    for (ScreenRecording *screen : screensOf(*call)) {
        if (screen->isRunning())
            stopScreen(screen);
    }
    setCallState(call, CallState::Ended);
    call->endedMs = now();
    Agent *agent = this->agent(call->agentId);
    agent->liveCallIds.removeOne(call->id);
    if (!recordingsOf(*call).isEmpty())
        agent->lastCallId = call->id;
    if (agent->wrapUpSec > 0 && call->answeredMs > 0) {
        call->wrapUpUntilMs = call->endedMs + qint64(agent->wrapUpSec) * 1000;
        agent->wrapUpUntilMs = call->wrapUpUntilMs;
        agent->wrapUpCallId = call->id;
        schedule(call->wrapUpUntilMs, [this, agentId = agent->id] {
            if (Agent *a = this->agent(agentId))
                refreshAgentState(a);
        });
    }
    refreshAgentState(agent);
}

Call *SimModel::transfer(Call *call, const QString &target, QString *error)
{
    if (!call->isConnected()) {
        *error = QStringLiteral("call %1 is not connected").arg(call->id);
        return nullptr;
    }
    Agent *to = agentByName(target);
    if (to && to->id == call->agentId) {
        *error = QStringLiteral("cannot transfer a call to the same agent");
        return nullptr;
    }
    Call *leg = nullptr;
    if (to) {
        NewCall spec;
        spec.agentId = to->id;
        spec.direction = call->direction;
        spec.remoteNumber = call->remoteNumber;
        spec.dialedNumber = to->phone;
        spec.queueName = call->queueName;
        spec.callType = QStringLiteral("TRANSFER");
        leg = createCall(spec, error);
        if (!leg)
            return nullptr;
    }
    endCall(call);
    return leg;
}

Call *SimModel::consult(Call *call, const QString &target, QString *error)
{
    if (call->state == CallState::Active)
        hold(call);
    if (call->state != CallState::Held) {
        *error = QStringLiteral("call %1 is not connected").arg(call->id);
        return nullptr;
    }
    const Agent *to = agentByName(target);
    NewCall spec;
    spec.agentId = call->agentId;
    spec.direction = Direction::Outbound;
    spec.remoteNumber = to ? to->phone : target;
    spec.callType = QStringLiteral("CONSULT");
    spec.included = false;
    spec.answered = true;
    return createCall(spec, error);
}

// Recordings -----------------------------------------------------------------------------

Recording *SimModel::recording(const QString &id) const
{
    return m_recordingsById.value(id);
}

QList<Recording *> SimModel::recordings() const
{
    QList<Recording *> out;
    out.reserve(qsizetype(m_recordings.size()));
    for (const auto &recording : m_recordings)
        out.append(recording.get());
    return out;
}

QList<Recording *> SimModel::recordingsOf(const Call &call) const
{
    QList<Recording *> out;
    for (const QString &id : call.recordingIds) {
        Recording *recording = this->recording(id);
        if (recording && !recording->deleted)
            out.append(recording);
    }
    return out;
}

Recording *SimModel::runningRecording(const Call &call, bool duplicate) const
{
    for (Recording *recording : recordingsOf(call)) {
        if (recording->isRunning() && recording->isDuplicate == duplicate)
            return recording;
    }
    return nullptr;
}

Recording *SimModel::startRecording(Call *call, RecordingOrigin origin, bool duplicate)
{
    if (call->deleted || !call->isLive())
        return nullptr;
    if (Recording *running = runningRecording(*call, duplicate))
        return running;
    auto recording = std::make_unique<Recording>();
    recording->id = newGuid();
    recording->referenceNumber = QString::number(m_nextReference++);
    recording->callId = call->id;
    recording->agentId = call->agentId;
    recording->isDuplicate = duplicate;
    recording->origin = origin;
    recording->startMs = now();
    Recording *raw = recording.get();
    call->recordingIds.append(raw->id);
    m_recordingsById.insert(raw->id, raw);
    m_recordings.push_back(std::move(recording));
    touch(call->agentId);
    qCDebug(lcSimModel) << "recording" << raw->id << "starts on call" << call->id;
    return raw;
}

void SimModel::stopRecording(Recording *recording)
{
    if (!recording->isRunning())
        return;
    recording->stopMs = now();
    if (!recording->pauses.isEmpty() && recording->pauses.last().isOpen())
        recording->pauses.last().end = recording->stopMs;
    touch(recording->agentId);
}

bool SimModel::pauseRecording(Recording *recording)
{
    const qint64 t = now();
    if (!recording->isRunning() || recording->isPausedAt(t))
        return false;
    recording->pauses.append({t, kOpenEnd});
    return true;
}

bool SimModel::resumeRecording(Recording *recording)
{
    const qint64 t = now();
    if (!recording->isRunning() || !recording->isPausedAt(t))
        return false;
    recording->pauses.last().end = t;
    return true;
}

void SimModel::restartRecording(Recording *recording)
{
    recording->startMs = now();
    recording->pauses.clear();
}

void SimModel::deleteCall(Call *call)
{
    for (Recording *recording : recordingsOf(*call)) {
        stopRecording(recording);
        recording->deleted = true;
        recording->tags.clear();
        recording->reasonCode.clear();
        emit recordingDeleted(recording->id);
    }
    call->metadata.clear();
    call->deleted = true;
    touch(call->agentId);
}

bool SimModel::isPaused(const Recording &recording, qint64 t) const
{
    if (recording.isPausedAt(t))
        return true;
    const Agent *agent = this->agent(recording.agentId);
    return agent && inBlackout(*agent, t);
}

qint64 SimModel::durationMs(const Recording &recording) const
{
    return (recording.stopMs ? recording.stopMs : now()) - recording.startMs;
}

QList<Span> SimModel::pausedSpans(const Recording &recording) const
{
    const qint64 end = recording.stopMs ? recording.stopMs : now();
    QList<Span> spans = recording.pauses;
    if (const Agent *agent = this->agent(recording.agentId))
        spans += agent->blackouts;
    return clippedRelative(merged(spans), recording.startMs, end);
}

QList<Span> SimModel::heldSpans(const Recording &recording) const
{
    const Call *call = this->call(recording.callId);
    if (!call)
        return {};
    QList<Span> held;
    for (qsizetype i = 0; i < call->history.size(); ++i) {
        if (call->history[i].second != CallState::Held)
            continue;
        const qint64 until = i + 1 < call->history.size() ? call->history[i + 1].first : now();
        held.append({call->history[i].first, until});
    }
    const qint64 end = recording.stopMs ? recording.stopMs : now();
    return clippedRelative(merged(held), recording.startMs, end);
}

// Screen recordings ----------------------------------------------------------------------

ScreenRecording *SimModel::screenRecording(const QString &id) const
{
    return m_screensById.value(id);
}

ScreenRecording *SimModel::startScreen(Agent *agent, Call *call)
{
    for (ScreenRecording *running : runningScreens(*agent)) {
        if (running->callId == (call ? call->id : QString()))
            return running;
    }
    auto screen = std::make_unique<ScreenRecording>();
    screen->id = newGuid();
    screen->agentId = agent->id;
    screen->callId = call ? call->id : QString();
    screen->startMs = now();
    ScreenRecording *raw = screen.get();
    if (call)
        call->screenIds.append(raw->id);
    else
        agent->desktopScreenIds.append(raw->id);
    m_screensById.insert(raw->id, raw);
    m_screens.push_back(std::move(screen));
    return raw;
}

void SimModel::stopScreen(ScreenRecording *screen)
{
    if (screen->isRunning())
        screen->stopMs = now();
}

QList<ScreenRecording *> SimModel::runningScreens(const Agent &agent) const
{
    QList<ScreenRecording *> out;
    for (const auto &screen : m_screens) {
        if (screen->agentId == agent.id && screen->isRunning())
            out.append(screen.get());
    }
    return out;
}

QList<ScreenRecording *> SimModel::screensOf(const Call &call) const
{
    QList<ScreenRecording *> out;
    for (const QString &id : call.screenIds) {
        if (ScreenRecording *screen = screenRecording(id))
            out.append(screen);
    }
    return out;
}

// Blackout -------------------------------------------------------------------------------

bool SimModel::startBlackout(Agent *agent, qint64 startMs, std::optional<qint64> stopMs,
                             QString *error)
{
    if (stopMs && *stopMs < startMs) {
        *error = QStringLiteral("BlackoutStopTime is before BlackoutStartTime");
        return false;
    }
    if (currentBlackout(*agent))
        return true; // already blacked out: the blackout belongs to the agent, not the request
    const qint64 cap = startMs + qint64(m_settings.recordingApi.maxAgentBlackoutSec) * 1000;
    const qint64 end = stopMs ? std::min(*stopMs, cap) : cap;
    agent->blackouts.append({startMs, end});
    qCDebug(lcSimModel) << "blackout for" << agent->loginId << "from" << startMs << "to" << end;
    return true;
}

bool SimModel::stopBlackout(Agent *agent, qint64 stopMs, QString *error)
{
    const std::optional<Span> current = currentBlackout(*agent);
    if (!current)
        return true; // nothing to stop
    Span &span = agent->blackouts.last();
    if (stopMs < span.start) {
        *error = QStringLiteral("BlackoutStopTime is before the blackout's start");
        return false;
    }
    span.end = std::min(span.end, stopMs);
    if (span.end <= span.start)
        agent->blackouts.removeLast();
    return true;
}

bool SimModel::inBlackout(const Agent &agent, qint64 t) const
{
    return std::any_of(agent.blackouts.begin(), agent.blackouts.end(),
                       [t](const Span &span) { return span.contains(t); });
}

std::optional<Span> SimModel::currentBlackout(const Agent &agent) const
{
    if (agent.blackouts.isEmpty())
        return std::nullopt;
    const Span &last = agent.blackouts.last();
    if (last.end > now())
        return last;
    return std::nullopt;
}

// Hot desking ----------------------------------------------------------------------------

void SimModel::signInAtPhone(Agent *agent, const QString &extension)
{
    agent->hotDeskExtension = extension;
    agent->lastCallId.clear();
}

void SimModel::signOutOfPhone(Agent *agent)
{
    if (Call *call = activeCall(*agent)) {
        for (Recording *recording : recordingsOf(*call))
            stopRecording(recording);
    }
    agent->hotDeskExtension.clear();
}

// Scheduler ------------------------------------------------------------------------------

void SimModel::schedule(qint64 atMs, std::function<void()> task)
{
    m_due.emplace(atMs, std::move(task));
    emit scheduleChanged();
}

void SimModel::runDue()
{
    while (!m_due.empty() && m_due.begin()->first <= now()) {
        auto task = std::move(m_due.begin()->second);
        m_due.erase(m_due.begin());
        task();
    }
}

std::optional<qint64> SimModel::nextDue() const
{
    if (m_due.empty())
        return std::nullopt;
    return m_due.begin()->first;
}

void SimModel::audit(const QString &user, const QString &action, const QString &target)
{
    m_audit.append(QJsonObject{
        {QStringLiteral("time"), m_clock->now().toString(Qt::ISODateWithMs)},
        {QStringLiteral("user"), user},
        {QStringLiteral("action"), action},
        {QStringLiteral("target"), target},
    });
}

} // namespace recsim
