#include "CommandAudit.h"

#include "agent/AgentController.h"
#include "ipc/ControlProtocol.h"
#include "team/TeamBoard.h"

#include <QDateTime>
#include <QJsonArray>

#include <tuple>

namespace recbar {

CommandAudit::CommandAudit(AuditLog &log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{
    m_repeatWindow.setSingleShot(true);
    m_repeatWindow.setInterval(kRepeatWindowMs);
    connect(&m_repeatWindow, &QTimer::timeout, this, &CommandAudit::flushRepeats);
}

CommandAudit::~CommandAudit()
{
    flushRepeats();
}

void CommandAudit::log(const QJsonObject &detail, bool refused)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (refused && detail == m_lastRefusal && m_repeatWindow.isActive()) {
        if (m_repeats++ == 0)
            m_firstRepeat = now;
        m_lastRepeat = now;
        return;
    }
    flushRepeats();
    m_lastRefusal = refused ? detail : QJsonObject();
    if (refused)
        m_repeatWindow.start();
    std::ignore = m_log.append(QStringLiteral("command"), detail); // a failure is emitted
}

void CommandAudit::flushRepeats()
{
    m_repeatWindow.stop();
    if (m_repeats == 0)
        return;
    QJsonObject detail = m_lastRefusal;
    detail.insert(QStringLiteral("repeated"), m_repeats);
    detail.insert(QStringLiteral("firstRepeat"), m_firstRepeat);
    detail.insert(QStringLiteral("lastRepeat"), m_lastRepeat);
    m_repeats = 0;
    std::ignore = m_log.append(QStringLiteral("command"), detail); // a failure is emitted
}

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
                log(detail, !succeeded);
            });
}

void CommandAudit::setTeam(TeamBoard *board)
{
    if (m_team)
        disconnect(m_team, nullptr, this, nullptr);
    m_team = board;
    if (!board)
        return;
    // Refused: never sent (act() said why); failed: sent, and the server refused or no read
    // agreed; confirmed: done.
    const auto logged = [this](const QString &agent, TeamAction action, const QString &outcome,
                               const QString &message, const QString &origin) {
        QJsonObject detail{{QStringLiteral("command"), action == TeamAction::StartRecording
                                                           ? control::kTeamStart
                                                           : control::kTeamResume},
                           {QStringLiteral("agent"), agent},
                           {QStringLiteral("role"), QStringLiteral("supervisor")},
                           {QStringLiteral("origin"), origin},
                           {QStringLiteral("outcome"), outcome}};
        if (!message.isEmpty())
            detail.insert(QStringLiteral("message"), message);
        log(detail, outcome != u"confirmed");
    };
    connect(board, &TeamBoard::actionFinished, this,
            [logged](const QString &agent, TeamAction action, bool succeeded,
                     const QString &message, const QString &origin) {
                logged(agent, action,
                       succeeded ? QStringLiteral("confirmed") : QStringLiteral("failed"), message,
                       origin);
            });
    connect(board, &TeamBoard::actionRefused, this,
            [logged](const QString &agent, TeamAction action, const QString &why,
                     const QString &origin) {
                logged(agent, action, QStringLiteral("refused"), why, origin);
            });
}

} // namespace recbar
