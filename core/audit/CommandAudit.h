#pragma once

#include "AuditLog.h"
#include "domain/Command.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace recbar {

class AgentController;
class TeamBoard;

// Writes each command of a controller to the audit log when it ends: what it was, who asked
// (bar, tray, ctl, auto-resume), and whether the server confirmed it or why not. Call data is
// logged by key only: its values may be what the agent paused the recording for.
class CommandAudit : public QObject
{
    Q_OBJECT

public:
    explicit CommandAudit(AuditLog &log, QObject *parent = nullptr);
    ~CommandAudit() override;
    void setController(AgentController *controller);
    void setTeam(TeamBoard *board);

    // The same refusal again and again (a page sending a link in a loop) is one entry, then one
    // that counts the repeats: when something else is logged, or at the latest after this long.
    static constexpr int kRepeatWindowMs = 60'000;

private:
    void log(const QJsonObject &detail, bool refused);
    void flushRepeats();

    AuditLog &m_log;
    QPointer<AgentController> m_controller;
    QPointer<TeamBoard> m_team;
    QHash<quint64, Command> m_commands;
    QJsonObject m_lastRefusal;
    qint64 m_repeats = 0;
    QString m_firstRepeat;
    QString m_lastRepeat;
    QTimer m_repeatWindow{this};
};

} // namespace recbar
