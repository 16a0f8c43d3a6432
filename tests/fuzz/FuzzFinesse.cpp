// Finesse's XML: User, Dialogs, pushed Updates (an agent's and a team's), SystemInfo, a
// supervisor's teams, a Team and error bodies, and what they make of the state.
#include "FuzzInput.h"
#include "servers/finesse/FinesseProtocol.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const auto user = recbar::finesse::parseUser(bytes);
    const auto dialogs = recbar::finesse::parseDialogs(bytes, QStringLiteral("5003"));
    if (const auto *u = std::get_if<recbar::finesse::User>(&user)) {
        const auto *d = std::get_if<QList<recbar::finesse::Dialog>>(&dialogs);
        (void)recbar::finesse::observe(*u, d ? *d : QList<recbar::finesse::Dialog>{},
                                       QStringLiteral("UCCE"));
    }
    // What the notification service pushes: an Update, whole or as a Dialog's change.
    const auto pushed = recbar::finesse::parseUpdate(bytes, QStringLiteral("5003"));
    if (const auto *update = std::get_if<recbar::finesse::Update>(&pushed)) {
        for (const recbar::finesse::Dialog &dialog : update->dialogs)
            (void)recbar::finesse::isAgentOn(dialog);
    }
    // A team's node: one user's summary, or the whole team.
    const auto teamUpdate = recbar::finesse::parseTeamUpdate(bytes);
    if (const auto *update = std::get_if<recbar::finesse::TeamUpdate>(&teamUpdate)) {
        for (const recbar::finesse::TeamUser &member : update->users)
            (void)recbar::finesse::observeTeamUser(member);
    }
    (void)recbar::finesse::parseSupervisedTeams(bytes);
    const auto team = recbar::finesse::parseTeam(bytes);
    if (const auto *users = std::get_if<QList<recbar::finesse::TeamUser>>(&team)) {
        for (const recbar::finesse::TeamUser &member : *users)
            (void)recbar::finesse::observeTeamUser(member);
    }
    (void)recbar::finesse::parseSystemInfo(bytes);
    (void)recbar::finesse::errorMessage(bytes);
    (void)recbar::finesse::errorType(bytes);
    return 0;
}
