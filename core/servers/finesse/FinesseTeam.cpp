#include "FinesseTeam.h"

#include "FinesseAgent.h"
#include "session/HttpSession.h"

#include <QSet>

#include <memory>

namespace recbar::finesse {

namespace {

HttpCall get(const QString &path)
{
    return {.method = "GET", .path = path, .refusal = isApiRefusal};
}

} // namespace

FinesseTeam::FinesseTeam(HttpSession &session)
    : m_session(session)
{}

void FinesseTeam::read()
{
    m_session.send(get(QStringLiteral("finesse/api/User/") + encoded(m_session.user())), this,
                   [this](const HttpAnswer &answer) {
                       if (!answer.error.ok()) {
                           emit readFailed(errorOf(answer));
                           return;
                       }
                       auto teams = parseSupervisedTeams(answer.body);
                       if (const QString *problem = std::get_if<QString>(&teams)) {
                           emit readFailed(ServerError::malformed(*problem));
                           return;
                       }
                       readTeams(std::get<QList<TeamRef>>(teams));
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
        QSet<QString> seen;
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
                } else if (auto users = parseTeam(answer.body);
                           const QString *problem = std::get_if<QString>(&users)) {
                    reading->failure = reading->failure.value_or(ServerError::malformed(*problem));
                } else {
                    // An agent in two of the supervisor's teams is one row.
                    for (const TeamUser &user : std::get<QList<TeamUser>>(users)) {
                        if (!user.problem.isEmpty()) {
                            reading->agents.append({{}, {}, user.problem});
                            continue;
                        }
                        if (reading->seen.contains(user.loginId))
                            continue;
                        reading->seen.insert(user.loginId);
                        reading->agents.append({user.loginId, observeTeamUser(user), {}});
                    }
                }
                if (--reading->left > 0)
                    return;
                if (reading->failure)
                    emit readFailed(*reading->failure);
                else
                    emit readDone(reading->agents);
            });
    }
}

QString FinesseTeam::whyNot(TeamAction action) const
{
    switch (action) {
    case TeamAction::StartRecording:
        return tr("With Finesse, a supervisor records an agent's call by silently monitoring it "
                  "first; RecBar does not open that session yet");
    case TeamAction::EndPause:
        return tr("Finesse has no secure pause to end");
    }
    return {};
}

void FinesseTeam::act(TeamAction action, const QString &agentId)
{
    // The board asks whyNot() first; were it to send anyway, the answer is a refusal in words.
    ServerError refused;
    refused.kind = ServerError::Kind::Rejected;
    refused.serverMessage = whyNot(action);
    emit acted(action, agentId, refused);
}

} // namespace recbar::finesse
