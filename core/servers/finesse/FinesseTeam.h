#pragma once

#include "FinesseProtocol.h"
#include "FinessePush.h"
#include "domain/Backoff.h"
#include "domain/Clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace recbar {
class FinesseNotifications;
class HttpSession;
} // namespace recbar

namespace recbar::finesse {

// A supervisor's agents as Finesse lists them: the teams the supervisor's User names, then each
// Team's users, read together. Finesse says each agent's state (on a call, on hold) but not
// whether the call is recorded: that stays "not reported".
//
// Recording an agent's call is the developer guide's path: a silent-monitoring session from the
// supervisor's extension on the agent's call ("Dialog—Make a Silent Monitor Call"), then
// START_RECORDING on that dialog with the agent's extension as targetMediaAddress ("Dialog—Start
// Recording"), done once the agent's side of the dialog no longer offers START_RECORDING (the
// evidence the bar itself uses). The supervisor stays on the call, muted, until they hang up.
//
// Changes are pushed where the profile wants it: each team's Team Users node, subscribed on a
// notification service connection of the board's own, and reads only to reconcile; when push
// is refused or lost, the board reads on its timer and push is tried again after a back-off.
class FinesseTeam : public TeamSource
{
    Q_OBJECT

public:
    FinesseTeam(HttpSession &session, PushConfig push);
    ~FinesseTeam() override;

    void read() override;
    StateDelivery delivery() const override { return m_delivery; }
    QString whyNot(TeamAction action) const override;
    void act(TeamAction action, const QString &agentId) override;
    QString preface(TeamAction action, const QString &agentId) const override;
    bool readsShowRecording() const override { return false; }
    bool onlyAccepted(const QString &agentId) const override
    {
        return m_onlyAccepted.contains(agentId);
    }

    // How often and how many times the supervisor's dialogs are read while waiting for the
    // monitoring call, then for the recording.
    static constexpr std::chrono::milliseconds kStepInterval{300};
    static constexpr int kSteps = 20;

private:
    void readTeams(const QList<TeamRef> &teams);
    struct Call;
    // The agent's state, its call known by when it was first seen on it (kept in `calls`).
    ObservedState callOf(const TeamUser &user, QHash<QString, Call> &calls);

    void pushTeams(const QList<TeamRef> &teams);
    void connectPush();
    void onEvent(const QByteArray &payload);
    void flushPushed();
    void fallBack(const QString &reason);
    void setDelivery(StateDelivery delivery);
    // Reads the supervisor's dialogs until `done` says the one on `agentExtension` is as wanted
    // (then `next` gets it), at most kSteps times; else fails with `late`. `done` sees the
    // dialog from the agent's side and from the supervisor's own (none: not a participant).
    void awaitDialog(const QString &agentId, const QString &agentExtension,
                     std::function<bool(const Dialog &, const Dialog *)> done,
                     std::function<void(const Dialog &)> next, const QString &late, int step = 0);
    void startRecording(const QString &agentId, const QString &agentExtension,
                        const Dialog &monitored);
    // A start that failed on its way, said as the server said it or in words.
    void failed(const QString &agentId, const ServerError &error);
    void failed(const QString &agentId, const QString &why);
    void failedMonitoring(const QString &agentId, const ServerError &error);
    void refuse(TeamAction action, const QString &agentId, const QString &why);

    HttpSession &m_session;
    QString m_extension;                  // the supervisor's own, from their User
    QHash<QString, QString> m_extensions; // each agent's, by loginId, from the last read
    QHash<QString, QString> m_names;      // likewise
    // Each agent's call as first seen: a summary has no dialog, and on UCCE every change between
    // TALKING and HOLD is a new state change time, not a new call.
    struct Call
    {
        QString id;
        QDateTime startedAt;
    };
    QHash<QString, Call> m_calls;
    quint64 m_callsSeen = 0;
    QSet<QString> m_onlyAccepted; // whose last start Finesse accepted and showed nothing of

    PushConfig m_push;
    StateDelivery m_delivery;
    QString m_loginId;         // the supervisor's, which the notification service knows
    QStringList m_pushedTeams; // whose nodes the connection subscribes
    bool m_systemInfoAnswered = false;
    std::optional<SystemInfo> m_systemInfo;
    ClockTimer m_retry;
    Backoff m_pushRetry{timing::kPushRetryInitial, 0.2}; // spread: see FinesseStateSource
    // Pushed changes reach the board at most once a display frame, the first of a burst at once.
    static constexpr qint64 kFrameMs = 16;
    QHash<QString, Agent> m_pushedAgents; // not yet told, by id
    QSet<QString> m_pushedSinceRead;      // whose calls a push named since the read began
    QTimer m_flush;
    QElapsedTimer m_lastFlush;
    FinesseNotifications *m_notifications = nullptr; // none in a build without WebSockets
};

} // namespace recbar::finesse
