#pragma once

#include "AuditLog.h"
#include "domain/Command.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace recbar {

class AgentController;

// Writes each command of a controller to the audit log when it ends: what it was, who asked
// (bar, tray, ctl, auto-resume), and whether the server confirmed it or why not. Call data is
// logged by key only: its values may be what the agent paused the recording for.
class CommandAudit : public QObject
{
    Q_OBJECT

public:
    explicit CommandAudit(AuditLog &log, QObject *parent = nullptr);
    void setController(AgentController *controller);

private:
    AuditLog &m_log;
    QPointer<AgentController> m_controller;
    QHash<quint64, Command> m_commands;
};

} // namespace recbar
