// Finesse's XML: User, Dialogs, pushed Updates (an agent's and a team's), SystemInfo, a
// supervisor's teams, a Team and error bodies, and what they make of the state.
#include "FuzzInput.h"
#include "servers/finesse/FinesseProtocol.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const auto user = recbar::finesse::parseUser(bytes);
    const auto dialogs = recbar::finesse::parseDialogs(bytes, QStringLiteral("5003"));
    if (user)
        (void)recbar::finesse::observe(*user, dialogs.valueOr({}), QStringLiteral("UCCE"));
    // What the notification service pushes: an Update, whole or as a Dialog's change.
    const auto pushed = recbar::finesse::parseUpdate(bytes, QStringLiteral("5003"));
    if (pushed) {
        for (const recbar::finesse::Dialog &dialog : pushed->dialogs)
            (void)recbar::finesse::isAgentOn(dialog);
    }
    // A team's node: one user's summary, or the whole team.
    const auto teamUpdate = recbar::finesse::parseTeamUpdate(bytes);
    if (teamUpdate) {
        for (const recbar::finesse::TeamUser &member : teamUpdate->users)
            (void)recbar::finesse::observeTeamUser(member);
    }
    (void)recbar::finesse::parseSupervisedTeams(bytes);
    const auto team = recbar::finesse::parseTeam(bytes);
    if (team) {
        for (const recbar::finesse::TeamUser &member : *team)
            (void)recbar::finesse::observeTeamUser(member);
    }
    (void)recbar::finesse::parseSystemInfo(bytes);
    (void)recbar::finesse::errorMessage(bytes);
    (void)recbar::finesse::errorType(bytes);
    return 0;
}
