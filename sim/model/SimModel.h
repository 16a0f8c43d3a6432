#pragma once

#include "Entities.h"
#include "SimClock.h"
#include "SimConfig.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace recsim {

// The one in-memory world every API of recsim reads and changes: agents, their phones and
// calls, recordings and blackouts. It knows nothing of HTTP; each API translates its wire
// format to these operations and keeps its own rules about which reply to give.
class SimModel : public QObject
{
    Q_OBJECT

public:
    SimModel(const SimConfig &config, SimClock *clock, QObject *parent = nullptr);
    ~SimModel() override;

    SimClock *clock() const { return m_clock; }
    qint64 now() const { return m_clock->nowMs(); }
    ServerSettings &settings() { return m_settings; }
    const ServerSettings &settings() const { return m_settings; }

    // Users
    User *user(const QString &name) const;
    QList<User *> users() const;
    Agent *agentForUser(const User &user) const;

    // Agents
    QList<Agent *> agents() const;
    Agent *agent(int id) const;
    Agent *agentByLogin(const QString &loginId) const;
    Agent *agentByPhone(const QString &phone) const; // the configured phone or a hot-desk extension
    Agent *agentByName(const QString &nameOrId) const; // login, phone or numeric id
    void setBaseState(Agent *agent, const QString &state);

    // Calls
    struct NewCall
    {
        int agentId = 0;
        Direction direction = Direction::Inbound;
        QString remoteNumber;
        QString dialedNumber;
        QString queueName;
        QString callType;
        QString id;
        QString callInstance;
        bool included = true;
        bool answered = false;
    };
    Call *createCall(const NewCall &spec, QString *error);
    Call *call(const QString &id) const;
    Call *callByIdentifier(const QString &identifier) const; // dialog id or call instance
    QList<Call *> calls() const;
    QList<Call *> liveCalls(const Agent &agent) const;
    Call *activeCall(const Agent &agent) const; // connected before ringing before held
    Call *lastCall(const Agent &agent) const;
    std::optional<QString> answer(Call *call);
    std::optional<QString> hold(Call *call);
    std::optional<QString> retrieve(Call *call);
    std::optional<QString> hangup(Call *call);
    // Blind transfer: this leg ends; a new leg rings at the target agent (nullptr if external).
    Call *transfer(Call *call, const QString &target, QString *error);
    // Consult: this call goes on hold and a connected consult call to the target starts.
    Call *consult(Call *call, const QString &target, QString *error);

    // Recordings
    Recording *recording(const QString &id) const;
    QList<Recording *> recordings() const;
    QList<Recording *> recordingsOf(const Call &call) const; // deleted ones excluded
    Recording *runningRecording(const Call &call, bool duplicate = false) const;
    Recording *startRecording(Call *call, RecordingOrigin origin, bool duplicate = false);
    void stopRecording(Recording *recording);
    bool pauseRecording(Recording *recording);  // false when already paused
    bool resumeRecording(Recording *recording); // false when not paused
    void restartRecording(Recording *recording);
    void deleteCall(Call *call); // QM Delete: recordings and metadata gone, the call kept
    bool isPaused(const Recording &recording, qint64 t) const;
    QList<Span> pausedSpans(const Recording &recording) const; // relative ms, merged
    QList<Span> heldSpans(const Recording &recording) const;   // relative ms
    qint64 durationMs(const Recording &recording) const;

    // Screen recordings
    ScreenRecording *screenRecording(const QString &id) const;
    ScreenRecording *startScreen(Agent *agent, Call *call);
    void stopScreen(ScreenRecording *screen);
    QList<ScreenRecording *> runningScreens(const Agent &agent) const;
    QList<ScreenRecording *> screensOf(const Call &call) const;

    // Blackout (secure pause) belongs to the agent, not the call.
    bool startBlackout(Agent *agent, qint64 startMs, std::optional<qint64> stopMs, QString *error);
    bool stopBlackout(Agent *agent, qint64 stopMs, QString *error);
    bool inBlackout(const Agent &agent, qint64 t) const;
    std::optional<Span> currentBlackout(const Agent &agent) const; // in force or scheduled

    // Hot desking: an agent signs in at another phone, whose calls are then theirs (by QM's Login
    // command today; a phone system's extension mobility is the same fact), and signs out of it,
    // which ends the recordings of their call.
    void signInAtPhone(Agent *agent, const QString &extension);
    void signOutOfPhone(Agent *agent);

    // Events due at a time (scenario steps, Finesse's deferred recording, wrap-up end).
    void schedule(qint64 atMs, std::function<void()> task);
    void runDue();
    std::optional<qint64> nextDue() const;

    void audit(const QString &user, const QString &action, const QString &target);
    QJsonArray auditLog() const { return m_audit; }

    // Something an agent's Finesse User or Dialogs show may have changed: the notification
    // service compares and publishes. Every change of agent or call state passes here.
    void touch(int agentId);
    QSet<int> takeTouched();

signals:
    void scheduleChanged();
    void recordingDeleted(const QString &id);
    void touched();

private:
    Agent *addAgent(const Agent &agent);
    void refreshAgentState(Agent *agent);
    void setCallState(Call *call, CallState state);
    void endCall(Call *call);
    void generateHistory(const HistoryConfig &history);
    void generateLoadAgents(int count);
    QString newCallId();
    QString newCallInstance();

    SimClock *m_clock;
    ServerSettings m_settings;
    std::vector<std::unique_ptr<User>> m_users;
    std::vector<std::unique_ptr<Agent>> m_agents;
    QHash<int, Agent *> m_agentsById;
    std::vector<std::unique_ptr<Call>> m_calls;
    QHash<QString, Call *> m_callsById;
    QHash<QString, Call *> m_callsByInstance;
    std::vector<std::unique_ptr<Recording>> m_recordings;
    QHash<QString, Recording *> m_recordingsById;
    std::vector<std::unique_ptr<ScreenRecording>> m_screens;
    QHash<QString, ScreenRecording *> m_screensById;
    std::multimap<qint64, std::function<void()>> m_due;
    qint64 m_nextCallId = 16'777'217;
    qint64 m_nextReference = 100'001;
    QJsonArray m_audit;
    QSet<int> m_touched;
};

} // namespace recsim
