#include "CommandAudit.h"

#include "agent/AgentController.h"

#include <QJsonArray>

namespace recbar {

CommandAudit::CommandAudit(AuditLog &log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{}

void CommandAudit::setController(AgentController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_commands.clear();
    if (!controller)
        return;
    connect(controller, &AgentController::commandRequested, this,
            [this](const Command &command) { m_commands.insert(command.id, command); });
    connect(controller, &AgentController::commandFinished, this,
            [this](quint64 id, bool succeeded, const QString &message) {
                const Command command = m_commands.take(id);
                QJsonArray keys;
                for (const auto &[key, value] : command.metadata)
                    keys.append(key);
                QJsonObject detail{{QStringLiteral("command"), CommandText::name(command.kind)},
                                   {QStringLiteral("origin"), command.origin},
                                   {QStringLiteral("outcome"), succeeded
                                                                   ? QStringLiteral("confirmed")
                                                                   : QStringLiteral("failed")}};
                if (!keys.isEmpty())
                    detail.insert(QStringLiteral("metadataKeys"), keys);
                if (!message.isEmpty())
                    detail.insert(QStringLiteral("message"), message);
                m_log.append(QStringLiteral("command"), detail);
            });
}

} // namespace recbar
