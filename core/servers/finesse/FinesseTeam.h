#pragma once

#include "FinesseProtocol.h"

namespace recbar {
class HttpSession;
}

namespace recbar::finesse {

// A supervisor's agents as Finesse lists them: the teams the supervisor's User names, then each
// Team's users, read together. Finesse says each agent's state (on a call, on hold) but not
// whether the call is recorded: that stays "not reported". Starting a recording from the board
// needs a silent-monitoring session first (the developer guide's "Dialog—Start Recording"),
// which this source does not open yet: it says so rather than fail on the server.
class FinesseTeam : public TeamSource
{
    Q_OBJECT

public:
    explicit FinesseTeam(HttpSession &session);

    void read() override;
    QString whyNot(TeamAction action) const override;
    void act(TeamAction action, const QString &agentId) override;

private:
    void readTeams(const QList<TeamRef> &teams);

    HttpSession &m_session;
};

} // namespace recbar::finesse
