#include "TeamBoard.h"

#include "Logging.h"

#include <QLocale>

namespace recbar {

using namespace std::chrono_literals;

namespace {

bool recorded(const ObservedState &state)
{
    return state.recording == RecordingState::Recording ||
           state.recording == RecordingState::Paused;
}

bool onCall(const ObservedState &state)
{
    return state.call == CallState::Talking || state.call == CallState::Held ||
           state.call == CallState::Unknown;
}

bool paused(const ObservedState &state)
{
    return state.blackout.value_or(false) || state.recording == RecordingState::Paused;
}

qint64 secondsBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() ? from.secsTo(to) : -1;
}

} // namespace

TeamBoard::TeamBoard(std::unique_ptr<TeamSource> source, TeamOptions options, Clock &clock,
                     QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_options(options)
    , m_clock(clock)
{
    connect(&m_readTimer, &ClockTimer::timeout, this, &TeamBoard::read);
    connect(m_source.get(), &TeamSource::readDone, this, &TeamBoard::onRead);
    connect(m_source.get(), &TeamSource::readFailed, this, &TeamBoard::onReadFailed);
    connect(m_source.get(), &TeamSource::acted, this, &TeamBoard::onActed);
    connect(m_source.get(), &TeamSource::pushed, this, &TeamBoard::onPushed);
    connect(m_source.get(), &TeamSource::readNeeded, this, &TeamBoard::readSoon);
    connect(m_source.get(), &TeamSource::deliveryChanged, this, [this] {
        // Pushed: reads only reconcile. Otherwise reads are all there is, from now on.
        if (m_source->delivery().mode != StateDelivery::Mode::Pushed)
            scheduleRead(0ms);
        emit changed();
    });
}

TeamBoard::~TeamBoard() = default;

void TeamBoard::start()
{
    scheduleRead(0ms);
}

void TeamBoard::setOpen(bool open)
{
    m_open = open;
    if (open)
        scheduleRead(0ms);
}

const TeamMember *TeamBoard::member(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_members[*it];
}

TeamMember *TeamBoard::find(const QString &id)
{
    return const_cast<TeamMember *>(std::as_const(*this).member(id));
}

std::chrono::milliseconds TeamBoard::nextRead() const
{
    if (m_readAgain)
        return std::max(0ms, kReadGap -
                                 std::chrono::milliseconds(m_readStartedAt.msecsTo(m_clock.now())));
    // With changes pushed, a read only checks that none was missed, open or not.
    if (m_open && m_source->delivery().mode != StateDelivery::Mode::Pushed)
        return m_options.readWhileOpen;
    return m_options.readWhileClosed;
}

// Asked for by what was pushed: at once, but not more than a read a second, whatever a server
// pushes.
void TeamBoard::readSoon()
{
    const qint64 since =
        m_readStartedAt.isValid() ? m_readStartedAt.msecsTo(m_clock.now()) : kReadGap.count();
    scheduleRead(std::max(0ms, kReadGap - std::chrono::milliseconds(since)));
}

void TeamBoard::scheduleRead(std::chrono::milliseconds delay)
{
    if (m_reading) {
        if (delay <= kReadGap) // as soon as may be: once this read is done
            m_readAgain = true;
        return;
    }
    if (!m_readTimer.isActive() || m_readTimer.remainingTime() > delay)
        m_readTimer.start(delay);
}

void TeamBoard::read()
{
    if (m_reading)
        return;
    m_reading = true;
    m_readAgain = false;
    m_readStartedAt = m_clock.now();
    m_source->read();
}

void TeamBoard::onRead(const QList<TeamSource::Agent> &agents)
{
    m_reading = false;
    const QDateTime now = m_clock.now();
    m_readAt = now;
    m_problem.clear();
    m_unreadable = 0;

    // By id, so that a read of thousands of agents costs one look-up each.
    QHash<QString, const TeamMember *> known;
    known.reserve(m_members.size());
    for (const TeamMember &m : std::as_const(m_members))
        known.insert(m.id, &m);
    QList<TeamMember> next;
    next.reserve(agents.size());
    QSet<QString> seen;
    for (const TeamSource::Agent &agent : agents) {
        if (!agent.problem.isEmpty() || agent.id.isEmpty() || seen.contains(agent.id)) {
            ++m_unreadable;
            continue;
        }
        seen.insert(agent.id);
        const TeamMember *before = known.value(agent.id);
        TeamMember m = before ? *before : TeamMember{.id = agent.id};
        m.gone = false;
        // A change pushed while this read was under way is newer than what it says.
        if (!before || m_pushedAt.value(agent.id) < m_readStartedAt)
            update(m, agent.state, now);
        next.append(std::move(m));
    }
    m_pushedAt.clear();
    for (const TeamMember &before : std::as_const(m_members)) {
        if (seen.contains(before.id))
            continue;
        TeamMember m = before;
        m.gone = true; // what it last was, said as that: it is no longer in the server's list
        m.concerns.clear();
        next.append(std::move(m));
    }
    m_members = std::move(next);
    m_index.clear();
    m_index.reserve(m_members.size());
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        TeamMember &m = m_members[i];
        m_index.insert(m.id, i);
        if (!m.gone)
            judge(m, now);
        settle(m, now, m_readStartedAt);
    }
    if (m_unreadable > 0)
        qCWarning(lcTeam) << m_unreadable << "entries of the agent list could not be read";
    emit changed();
    scheduleRead(nextRead());
}

void TeamBoard::onReadFailed(const ServerError &error)
{
    m_reading = false;
    m_problem = error.describe();
    qCInfo(lcTeam) << "agent list not read:" << m_problem;
    const QDateTime now = m_clock.now();
    for (TeamMember &m : m_members)
        settle(m, now, std::nullopt);
    emit changed();
    scheduleRead(nextRead());
}

void TeamBoard::onPushed(const QList<TeamSource::Agent> &agents)
{
    const QDateTime now = m_clock.now();
    bool unknown = false;
    for (const TeamSource::Agent &agent : agents) {
        TeamMember *m = find(agent.id);
        if (!m || !agent.problem.isEmpty()) {
            unknown = true; // only a read can place a new agent among the rest
            continue;
        }
        m->gone = false;
        update(*m, agent.state, now);
        judge(*m, now);
        settle(*m, now, now);
        m_pushedAt.insert(agent.id, now);
    }
    if (unknown)
        readSoon();
    emit changed();
}

void TeamBoard::update(TeamMember &m, const ObservedState &state, const QDateTime &now)
{
    const bool sameCall = onCall(m.state) && onCall(state) && m.state.callId == state.callId;
    if (!sameCall) {
        m.outcome.clear();
        m.outcomeBrief.clear();
    }
    if (!onCall(state))
        m.onCallSince = {};
    else if (state.callStartedAt.isValid())
        m.onCallSince = state.callStartedAt;
    else if (!sameCall)
        m.onCallSince = now;

    const bool unrecorded = onCall(state) && state.recording == RecordingState::Off;
    if (!unrecorded)
        m.unrecordedSince = {};
    else if (!sameCall || !m.unrecordedSince.isValid())
        m.unrecordedSince = now;

    if (!paused(state))
        m.pausedSince = {};
    else if (!m.pausedSince.isValid())
        m.pausedSince = now;
    m.state = state;
}

void TeamBoard::judge(TeamMember &m, const QDateTime &now)
{
    QList<TeamConcern> concerns;
    if (secondsBetween(m.unrecordedSince, now) > m_options.notRecordedAfter.count())
        concerns.append(TeamConcern::NotRecorded);
    if (secondsBetween(m.pausedSince, now) > m_options.pausedAfter.count())
        concerns.append(TeamConcern::LongPause);
    // A server that reports no recording at all (Finesse) is not a concern on every call: the
    // board says "not reported" there. Unknown is a server that reports, in words not known.
    if (m.onCall() && m.state.recording == RecordingState::Unknown)
        concerns.append(TeamConcern::Unknown);
    m.concerns = concerns;
    for (TeamConcern concern : concerns) {
        // A pause belongs to the agent, not the call: announced once per pause.
        const QString occasion = concern == TeamConcern::LongPause
                                     ? m.pausedSince.toString(Qt::ISODateWithMs)
                                     : m.state.callId;
        const QString key = QStringLiteral("%1|%2|%3").arg(m.id, occasion).arg(int(concern));
        if (m_told.contains(key))
            continue;
        m_told.insert(key);
        emit concernStarted(m, concern);
    }
}

void TeamBoard::settle(TeamMember &m, const QDateTime &now, const std::optional<QDateTime> &seenAt)
{
    const auto it = m_awaited.constFind(m.id);
    if (it == m_awaited.constEnd() || !it->accepted)
        return;
    if (m.gone) {
        finish(m, false,
               tr("%1: the agent is no longer in the server's list")
                   .arg(TeamText::action(it->action)));
        return;
    }
    // Only a state seen after the server accepted (a read begun then, a change pushed) can show
    // what the action did.
    const bool agrees =
        seenAt && *seenAt >= it->acceptedAt &&
        (it->action == TeamAction::StartRecording ? recorded(m.state) : !paused(m.state));
    if (agrees) {
        finish(m, true, {});
        return;
    }
    if (it->acceptedAt.msecsTo(now) > m_options.confirmTimeout.count())
        finish(m, false,
               it->action == TeamAction::StartRecording
                   ? tr("The server accepted the start, but its list still shows the call not "
                        "recorded")
                   : tr("The server accepted the end of the pause, but its list still shows the "
                        "agent paused"));
}

void TeamBoard::finish(TeamMember &m, bool succeeded, const QString &message)
{
    const Awaited awaited = m_awaited.take(m.id);
    m.pending.reset();
    m.failure = succeeded ? QString() : message;
    qCInfo(lcTeam) << TeamText::action(awaited.action) << "for agent" << m.id
                   << (succeeded ? "done" : "failed:") << message;
    emit actionFinished(m.id, awaited.action, succeeded, message, awaited.origin);
}

QString TeamBoard::whyNot(TeamAction action, const QString &agentId) const
{
    if (const QString server = m_source->whyNot(action); !server.isEmpty())
        return server;
    const TeamMember *m = member(agentId);
    if (!m)
        return tr("No agent %1 on the board").arg(agentId);
    if (m->gone)
        return tr("The agent is no longer in the server's list");
    if (m->pending)
        return tr("A command for this agent is still waiting for the server");
    switch (action) {
    case TeamAction::StartRecording:
        if (!m->onCall())
            return tr("The agent is not on a call");
        if (recorded(m->state))
            return tr("The call is already recorded");
        // Where no read shows recordings (Finesse), a start done is the board's only knowledge:
        // a second would open a second monitoring session.
        if (!m->outcome.isEmpty())
            return tr("Recording was started from the board on this call");
        return {};
    case TeamAction::EndPause:
        if (!m->paused())
            return tr("The agent is not in a secure pause");
        return {};
    }
    return {};
}

bool TeamBoard::act(TeamAction action, const QString &agentId, const QString &origin)
{
    TeamMember *m = find(agentId);
    const QString why = whyNot(action, agentId);
    if (!why.isEmpty()) {
        if (m)
            m->failure = why;
        emit actionRefused(agentId, action, why, origin);
        emit changed();
        return false;
    }
    m->pending = action;
    m->failure.clear();
    m_awaited.insert(agentId, {action, origin, {}, false});
    qCInfo(lcTeam) << TeamText::action(action) << "for agent" << agentId;
    m_source->act(action, agentId);
    emit changed();
    return true;
}

void TeamBoard::onActed(TeamAction action, const QString &agentId, const ServerError &error)
{
    TeamMember *m = find(agentId);
    const auto it = m_awaited.find(agentId);
    if (!m || it == m_awaited.end() || it->action != action)
        return;
    if (!error.ok()) {
        finish(*m, false, tr("%1 failed: %2").arg(TeamText::action(action), error.describe()));
        emit changed();
        return;
    }
    if (action == TeamAction::StartRecording && !m_source->readsShowRecording()) {
        // The source saw the recording start where its server shows it, or only had it
        // accepted; no read of the list can tell more.
        // Hours and minutes as the window's status line gives the time of a read.
        const QString at =
            QLocale().toString(m_clock.now().toLocalTime().time(), QStringLiteral("HH:mm"));
        const bool onlyAccepted = m_source->onlyAccepted(agentId);
        m->outcome = onlyAccepted
                         ? tr("Start accepted at %1; the server shows nothing that confirms the "
                              "call is recorded")
                               .arg(at)
                         : tr("Recording started at %1 (the server's answer: its list does not "
                              "show recordings)")
                               .arg(at);
        m->outcomeBrief = onlyAccepted ? tr("Accepted %1").arg(at) : tr("Started %1").arg(at);
        finish(*m, true, {});
        emit changed();
        scheduleRead(0ms);
        return;
    }
    it->accepted = true;
    it->acceptedAt = m_clock.now();
    scheduleRead(0ms); // the next read says whether it took
}

QString TeamText::concern(TeamConcern concern)
{
    switch (concern) {
    case TeamConcern::NotRecorded:
        return tr("Not recorded");
    case TeamConcern::LongPause:
        return tr("Long pause");
    case TeamConcern::Unknown:
        return tr("Recording unknown");
    }
    return {};
}

QString TeamText::action(TeamAction action)
{
    switch (action) {
    case TeamAction::StartRecording:
        return tr("Start recording");
    case TeamAction::EndPause:
        return tr("End the pause");
    }
    return {};
}

} // namespace recbar
