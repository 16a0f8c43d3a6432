#pragma once

#include "FinesseProtocol.h"

#include <QHash>

namespace recbar {
class HttpSession;
}

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
class FinesseTeam : public TeamSource
{
    Q_OBJECT

public:
    explicit FinesseTeam(HttpSession &session);

    void read() override;
    QString whyNot(TeamAction action) const override;
    void act(TeamAction action, const QString &agentId) override;
    QString preface(TeamAction action, const QString &agentId) const override;
    bool readsShowRecording() const override { return false; }

    // How often and how many times the supervisor's dialogs are read while waiting for the
    // monitoring call, then for the recording.
    static constexpr std::chrono::milliseconds kStepInterval{300};
    static constexpr int kSteps = 20;

private:
    void readTeams(const QList<TeamRef> &teams);
    struct Call;
    ObservedState callOf(const TeamUser &user, QHash<QString, Call> &calls);
    // Reads the supervisor's dialogs until `done` says the one on `agentExtension` is as wanted
    // (then `next` gets it), at most kSteps times; else fails with `late`.
    void awaitDialog(const QString &agentId, const QString &agentExtension,
                     std::function<bool(const Dialog &)> done,
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
};

} // namespace recbar::finesse
