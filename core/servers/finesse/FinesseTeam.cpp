#include "FinesseTeam.h"

#include "FinesseAgent.h"
#include "Logging.h"
#include "session/HttpSession.h"

#include <QSet>

#include <memory>

namespace recbar::finesse {

namespace {

HttpCall get(const QString &path)
{
    return {.method = "GET", .path = path, .refusal = isApiRefusal};
}

bool offersStart(const Dialog &dialog)
{
    return dialog.actions.contains(QStringLiteral("START_RECORDING"));
}

QString teamNode(const QString &teamId)
{
    return QStringLiteral("/finesse/api/Team/") + teamId + QStringLiteral("/Users");
}

} // namespace

FinesseTeam::FinesseTeam(HttpSession &session, PushConfig push)
    : m_session(session)
    , m_push(std::move(push))
    , m_retry(session.clock(), this)
{
    m_delivery.mode = m_push.wanted ? StateDelivery::Mode::Connecting : StateDelivery::Mode::Polled;
    connect(&m_retry, &ClockTimer::timeout, this, &FinesseTeam::connectPush);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &FinesseTeam::flushPushed);
}

// The notification service's connection closes with the board, and unsubscribes the team nodes
// on its way (FinesseNotifications::close).
FinesseTeam::~FinesseTeam() = default;

void FinesseTeam::read()
{
    m_pushedSinceRead.clear();
    m_session.send(get(QStringLiteral("finesse/api/User/") + encoded(m_session.user())), this,
                   [this](const HttpAnswer &answer) {
                       if (!answer.error.ok()) {
                           emit readFailed(errorOf(answer));
                           return;
                       }
                       auto teams = parseSupervisedTeams(answer.body);
                       if (!teams) {
                           emit readFailed(ServerError::malformed(teams.error()));
                           return;
                       }
                       const auto user = parseUser(answer.body);
                       if (user) {
                           m_extension = user->extension;
                           m_loginId = user->loginId;
                       }
                       readTeams(*teams);
                       pushTeams(*teams);
                   });
}

// Every team at once; the board gets them together once the last has answered, or the first
// failure.
void FinesseTeam::readTeams(const QList<TeamRef> &teams)
{
    if (teams.isEmpty()) {
        emit readFailed(ServerError::malformed(
            tr("Finesse lists no team for this user: a supervisor's teams are set up in "
               "Finesse's administration")));
        return;
    }
    struct Reading
    {
        qsizetype left = 0;
        QList<Agent> agents;
        QHash<QString, QString> extensions;
        QHash<QString, QString> names;
        QHash<QString, Call> calls;
        std::optional<ServerError> failure;
    };
    auto reading = std::make_shared<Reading>();
    reading->left = teams.size();
    for (const TeamRef &team : teams) {
        m_session.send(
            get(QStringLiteral("finesse/api/Team/") + encoded(team.id)), this,
            [this, reading](const HttpAnswer &answer) {
                if (!answer.error.ok()) {
                    reading->failure = reading->failure.value_or(errorOf(answer));
                } else if (auto users = parseTeam(answer.body); !users) {
                    reading->failure =
                        reading->failure.value_or(ServerError::malformed(users.error()));
                } else {
                    // An agent in two of the supervisor's teams is one row.
                    for (const TeamUser &user : *users) {
                        if (!user.problem.isEmpty()) {
                            reading->agents.append({{}, {}, user.problem});
                            continue;
                        }
                        if (reading->extensions.contains(user.loginId))
                            continue;
                        reading->extensions.insert(user.loginId, user.extension);
                        reading->names.insert(user.loginId, user.name);
                        reading->agents.append({user.loginId, callOf(user, reading->calls), {}});
                    }
                }
                if (--reading->left > 0)
                    return;
                if (reading->failure) {
                    emit readFailed(*reading->failure);
                    return;
                }
                m_extensions = reading->extensions;
                m_names = reading->names;
                // A call pushed while the read was under way is newer than what it says (the
                // board keeps the pushed state likewise): its identity stays.
                for (const QString &id : std::as_const(m_pushedSinceRead)) {
                    if (const auto pushed = m_calls.constFind(id); pushed != m_calls.cend())
                        reading->calls.insert(id, *pushed);
                    else
                        reading->calls.remove(id);
                }
                m_calls = reading->calls;
                emit readDone(reading->agents);
            });
    }
}

ObservedState FinesseTeam::callOf(const TeamUser &user, QHash<QString, Call> &calls)
{
    ObservedState state = observeTeamUser(user);
    if (state.call != CallState::Talking && state.call != CallState::Held) {
        calls.remove(user.loginId); // a later call is another
        return state;
    }
    Call call = m_calls.value(user.loginId);
    if (call.id.isEmpty())
        call = {QStringLiteral("%1#%2").arg(user.loginId).arg(++m_callsSeen), state.callStartedAt};
    state.callId = call.id;
    state.callStartedAt = call.startedAt;
    calls.insert(user.loginId, call);
    return state;
}

QString FinesseTeam::whyNot(TeamAction action) const
{
    switch (action) {
    case TeamAction::StartRecording:
        if (m_extension.isEmpty())
            return tr("Finesse lists no extension for you: a supervisor records an agent's call "
                      "by silently monitoring it from their own phone");
        return {};
    case TeamAction::EndPause:
        return tr("Finesse has no secure pause to end");
    }
    return {};
}

QString FinesseTeam::preface(TeamAction action, const QString &agentId) const
{
    if (action != TeamAction::StartRecording)
        return {};
    return tr("Finesse records an agent's call only for a supervisor who listens in.\n\nRecBar "
              "will first silently monitor %1's call from your phone (extension %2), then ask "
              "Finesse to record it. You stay on the call, muted, until you hang up.")
        .arg(m_names.value(agentId).isEmpty() ? agentId : m_names.value(agentId), m_extension);
}

void FinesseTeam::act(TeamAction action, const QString &agentId)
{
    if (const QString why = whyNot(action); !why.isEmpty()) {
        refuse(action, agentId, why); // the board asks whyNot() first: not reached from it
        return;
    }
    const QString agentExtension = m_extensions.value(agentId);
    if (agentExtension.isEmpty()) {
        failed(agentId, tr("Finesse lists no extension for this agent"));
        return;
    }
    const HttpCall post{.method = "POST",
                        .path = QStringLiteral("finesse/api/User/") + encoded(m_session.user()) +
                                QStringLiteral("/Dialogs"),
                        .body = silentMonitorBody(m_extension, agentExtension),
                        .contentType = "application/xml",
                        .refusal = isApiRefusal};
    m_session.send(post, this, [this, agentId, agentExtension](const HttpAnswer &answer) {
        if (!answer.error.ok()) {
            failed(agentId,
                   tr("Finesse refused the silent monitoring: %1").arg(errorOf(answer).describe()));
            return;
        }
        // 202 is only accepted: the monitoring call shows among the supervisor's dialogs, the
        // supervisor's own side of it connected.
        awaitDialog(
            agentId, agentExtension,
            [](const Dialog &, const Dialog *own) {
                return own && own->participantState == u"ACTIVE";
            },
            [this, agentId, agentExtension](const Dialog &monitored) {
                startRecording(agentId, agentExtension, monitored);
            },
            tr("Finesse accepted the silent monitoring, but no monitoring call came"));
    });
}

void FinesseTeam::startRecording(const QString &agentId, const QString &agentExtension,
                                 const Dialog &monitored)
{
    // Not offering the start proves nothing (UCCE never offers it): the request is sent anyway,
    // and only an offer that goes away after it is evidence.
    const bool offered = offersStart(monitored);
    const HttpCall put{.method = "PUT",
                       .path = QStringLiteral("finesse/api/Dialog/") + encoded(monitored.id),
                       .body = startRecordingBody(agentExtension),
                       .contentType = "application/xml",
                       .refusal = isApiRefusal};
    m_session.send(
        put, this,
        [this, agentId, agentExtension, offered,
         monitoredId = monitored.id](const HttpAnswer &answer) {
            if (!answer.error.ok()) {
                failedMonitoring(agentId, errorOf(answer));
                return;
            }
            if (!offered) {
                m_onlyAccepted.insert(agentId); // Finesse's 202 is all there is
                emit acted(TeamAction::StartRecording, agentId, {});
                return;
            }
            awaitDialog(
                agentId, agentExtension,
                [monitoredId](const Dialog &d, const Dialog *) {
                    return d.id == monitoredId && !offersStart(d);
                },
                [this, agentId](const Dialog &) {
                    m_onlyAccepted.remove(agentId);
                    emit acted(TeamAction::StartRecording, agentId, {});
                },
                tr("Finesse accepted the start, but the call still offers it: it is not recorded"));
        });
}

void FinesseTeam::awaitDialog(const QString &agentId, const QString &agentExtension,
                              std::function<bool(const Dialog &, const Dialog *)> done,
                              std::function<void(const Dialog &)> next, const QString &late,
                              int step)
{
    const QString path = QStringLiteral("finesse/api/User/") + encoded(m_session.user()) +
                         QStringLiteral("/Dialogs");
    m_session.send(get(path), this, [=, this](const HttpAnswer &answer) {
        if (!answer.error.ok()) {
            failedMonitoring(agentId, errorOf(answer));
            return;
        }
        // Read from the agent's side (its participant's state and the actions offered to it)
        // and from the supervisor's own.
        const auto agentSide = parseDialogs(answer.body, agentExtension);
        const auto ownSide = parseDialogs(answer.body, m_extension);
        const QList<Dialog> own = ownSide.valueOr({});
        for (const Dialog &dialog : agentSide.valueOr({})) {
            const Dialog *mine = nullptr;
            for (const Dialog &candidate : own) {
                if (candidate.id == dialog.id && !candidate.participantState.isEmpty())
                    mine = &candidate;
            }
            if (!dialog.participantState.isEmpty() && done(dialog, mine)) {
                next(dialog);
                return;
            }
        }
        if (step + 1 >= kSteps) {
            ServerError error;
            error.kind = ServerError::Kind::Rejected;
            error.serverMessage = late;
            failedMonitoring(agentId, error);
            return;
        }
        auto *wait = new ClockTimer(m_session.clock(), this);
        connect(wait, &ClockTimer::timeout, this, [=, this] {
            wait->deleteLater();
            awaitDialog(agentId, agentExtension, done, next, late, step + 1);
        });
        wait->start(kStepInterval);
    });
}

void FinesseTeam::failed(const QString &agentId, const ServerError &error)
{
    emit acted(TeamAction::StartRecording, agentId, error);
}

void FinesseTeam::failed(const QString &agentId, const QString &why)
{
    ServerError refused;
    refused.kind = ServerError::Kind::Rejected;
    refused.serverMessage = why;
    failed(agentId, refused);
}

// After Finesse accepted the silent monitoring, the supervisor's phone may be on the call (the
// session is never ended for them): a failure says so.
void FinesseTeam::failedMonitoring(const QString &agentId, const ServerError &error)
{
    ServerError told;
    told.kind = ServerError::Kind::Rejected;
    told.serverMessage = tr("%1. Your phone may still be on the call, muted: hang up to leave it.")
                             .arg(error.describe());
    failed(agentId, told);
}

void FinesseTeam::refuse(TeamAction action, const QString &agentId, const QString &why)
{
    ServerError refused;
    refused.kind = ServerError::Kind::Rejected;
    refused.serverMessage = why;
    emit acted(action, agentId, refused);
}

// Once the teams are known, and again whenever they change: the connection subscribes each
// team's node.
void FinesseTeam::pushTeams(const QList<TeamRef> &teams)
{
    QStringList ids;
    for (const TeamRef &team : teams)
        ids.append(team.id);
    if (!m_push.wanted || ids.isEmpty() || ids == m_pushedTeams)
        return;
    m_pushedTeams = ids;
    connectPush();
}

void FinesseTeam::connectPush()
{
    m_retry.stop();
    if (!m_systemInfoAnswered) {
        // The notification service's domains; asked again after no answer at all.
        m_session.send(get(QStringLiteral("finesse/api/SystemInfo")), this,
                       [this](const HttpAnswer &answer) {
                           if (answer.error.ok())
                               m_systemInfo = parseSystemInfo(answer.body);
                           m_systemInfoAnswered = answer.status != 0;
                           if (!m_systemInfoAnswered) {
                               fallBack(answer.error.describe());
                               return;
                           }
                           connectPush();
                       });
        return;
    }
    if (const QString why = pushBlocked(m_push, m_session, m_systemInfo); !why.isEmpty()) {
        fallBack(why);
        return;
    }
#ifdef RECBAR_HAVE_WEBSOCKETS
    if (!m_notifications) {
        m_notifications = new FinesseNotifications(m_session.trust(), m_session.clock(), this);
        connect(m_notifications, &FinesseNotifications::live, this, [this] {
            m_pushRetry.reset();
            setDelivery({StateDelivery::Mode::Pushed, {}, {}});
            emit readNeeded(); // what changed before the subscriptions took
        });
        connect(m_notifications, &FinesseNotifications::failed, this, &FinesseTeam::fallBack);
        connect(m_notifications, &FinesseNotifications::eventPublished, this,
                [this](const QString &, const QByteArray &payload) { onEvent(payload); });
        connect(m_notifications, &FinesseNotifications::eventsSkipped, this,
                &FinesseTeam::readNeeded);
    }
    FinesseNotifications::Settings settings = pushSettings(
        m_push, m_session, *m_systemInfo, m_loginId.isEmpty() ? m_session.user() : m_loginId);
    for (const QString &team : std::as_const(m_pushedTeams))
        settings.explicitNodes.append(teamNode(team));
    setDelivery({m_delivery.mode == StateDelivery::Mode::Fallback ? StateDelivery::Mode::Fallback
                                                                  : StateDelivery::Mode::Connecting,
                 m_delivery.detail,
                 {}});
    m_notifications->open(settings);
#endif
}

void FinesseTeam::fallBack(const QString &reason)
{
    const std::chrono::milliseconds wait = m_pushRetry.next(timing::kPushRetryMax);
    qCInfo(lcTeam) << "team updates not pushed:" << reason << "- next try in" << wait.count()
                   << "ms";
    m_retry.start(wait);
    setDelivery(
        {StateDelivery::Mode::Fallback, reason, m_session.clock().now().addMSecs(wait.count())});
}

void FinesseTeam::setDelivery(StateDelivery delivery)
{
    if (delivery == m_delivery)
        return;
    m_delivery = std::move(delivery);
    emit deliveryChanged();
}

// A user's summary as pushed: the call kept as the reads keep it, the extension and name from
// the last read where the event leaves them out (the guide's payload has no extension).
void FinesseTeam::onEvent(const QByteArray &payload)
{
    auto parsed = parseTeamUpdate(payload);
    if (!parsed) {
        qCWarning(lcTeam) << "unreadable team event:" << parsed.error();
        emit readNeeded();
        return;
    }
    const TeamUpdate &update = *parsed;
    if (update.event == u"DELETE") {
        emit readNeeded(); // who left is for the list to say
        return;
    }
    bool unknown = false;
    for (TeamUser user : update.users) {
        if (!user.problem.isEmpty() || !m_extensions.contains(user.loginId)) {
            unknown = true; // a new member, or one the event does not name well
            continue;
        }
        if (user.extension.isEmpty())
            user.extension = m_extensions.value(user.loginId);
        else
            m_extensions.insert(user.loginId, user.extension);
        if (user.name.isEmpty())
            user.name = m_names.value(user.loginId);
        m_pushedAgents.insert(user.loginId, {user.loginId, callOf(user, m_calls), {}});
        m_pushedSinceRead.insert(user.loginId);
    }
    // A whole team pushed may lack someone who left it: only a read can say who.
    if (unknown || update.wholeTeam)
        emit readNeeded();
    if (m_pushedAgents.isEmpty() || m_flush.isActive())
        return;
    const qint64 since = m_lastFlush.isValid() ? m_lastFlush.elapsed() : kFrameMs;
    if (since >= kFrameMs)
        flushPushed();
    else
        m_flush.start(int(kFrameMs - since));
}

void FinesseTeam::flushPushed()
{
    m_flush.stop();
    if (m_pushedAgents.isEmpty())
        return;
    m_lastFlush.start();
    emit pushed(std::exchange(m_pushedAgents, {}).values());
}

} // namespace recbar::finesse
