#pragma once

#include "domain/Result.h"
#include "servers/ServerKind.h"

namespace recbar::finesse {

// Every wire detail of the Finesse REST API lives here; docs/protocols/finesse.md says what
// rests on Cisco's developer guide and what is assumed. The parsers take a document, not a
// reply, so that a push transport (XMPP <Update><data>) can feed them the same way polling does.

struct User
{
    QString loginId;
    QString name;
    QString extension;
    QString state; // READY, TALKING, WORK, ...
};
Result<User> parseUser(const QByteArray &xml);

struct Dialog
{
    QString id;
    QString state;            // dialog state
    QString participantState; // the agent's own participant: ALERTING, ACTIVE, HELD, WRAP_UP, ...
    QStringList actions;      // the agent participant's
    QString fromAddress;
    QString toAddress;
    QString dialedNumber;
    QString callType;
    QDateTime startTime;
};
Result<QList<Dialog>> parseDialogs(const QByteArray &xml, const QString &extension);
// Whether the agent is on this call (a participant in a live state): only such dialogs can
// change what the bar shows.
bool isAgentOn(const Dialog &dialog);

// What the notification service pushes: an <Update> with the whole changed object.
//  - User node, source /finesse/api/User/{id}: <data><user> (PUT, DELETE);
//  - Dialogs node, source /finesse/api/User/{id}/Dialogs: <data><dialogs><Dialog>... when
//    dialogs are added (POST) or removed (DELETE);
//  - Dialogs node, source /finesse/api/Dialog/{id}: <data><Dialog> when one changes (PUT);
//  - a request that failed after it was accepted: <data><apiErrors>, with its requestId.
struct Update
{
    enum class Kind { Other, User, Dialog, Dialogs, Errors };
    Kind kind = Kind::Other;
    QString event; // POST, PUT, DELETE (upper-cased: the guide writes both cases)
    QString source;
    QString requestId;
    std::optional<User> user;
    QList<Dialog> dialogs;
    QString error; // Errors: "type: message", in the server's words
};
Result<Update> parseUpdate(const QByteArray &xml, const QString &extension);

// The agent's calls as the bar sees them: the liveliest dialog, and whether it is recorded:
// START_RECORDING offered to the connected agent means not; anything else is unknown (with the
// reason in words, which depends on the deployment: SystemInfo's deploymentType).
ObservedState observe(const User &user, const QList<Dialog> &dialogs,
                      const std::optional<QString> &deployment = std::nullopt);

// The teams a supervisor's User document lists (<teams><Team><id/><name/>), in its order; none
// for an agent.
struct TeamRef
{
    QString id;
    QString name;
};
Result<QList<TeamRef>> parseSupervisedTeams(const QByteArray &xml);

// GET /finesse/api/Team/{id}: the team's users, each a summary (no dialogs): who, the extension,
// the state and since when. An entry without loginId or state is kept with its problem.
struct TeamUser
{
    QString loginId;
    QString name;
    QString extension;
    QString state;
    QDateTime stateChangeTime;
    QString problem;
};
Result<QList<TeamUser>> parseTeam(const QByteArray &xml);
// What the notification service pushes on a team's node (/finesse/api/Team/{id}/Users, which a
// supervisor subscribes to): an <Update> whose data is one user's summary (the guide's payload
// format: <user>, which may lack the extension) or the whole team (its sample: <team><users>).
struct TeamUpdate
{
    QString event; // PUT, POST, DELETE (upper-cased)
    QList<TeamUser> users;
    bool wholeTeam = false;
};
Result<TeamUpdate> parseTeamUpdate(const QByteArray &xml);
// What the board shows of a team user: the call from the user's state (TALKING, HOLD), since
// its last change; the recording not reported (Finesse has no such field).
ObservedState observeTeamUser(const TeamUser &user);

QByteArray startRecordingBody(const QString &extension);
// "Dialog—Make a Silent Monitor Call": POSTed to the supervisor's Dialogs.
QByteArray silentMonitorBody(const QString &supervisorExtension, const QString &agentExtension);
// "Invalid State: The target participant is HELD", from an ApiErrors document.
QString errorMessage(const QByteArray &xml);
QString errorType(const QByteArray &xml);
struct SystemInfo
{
    QString deploymentType; // "UCCX", "UCCE", ...
    QString xmppDomain;
    QString xmppPubSubDomain;
    QString authMode; // systemAuthMode: "SSO", "NON_SSO", "HYBRID" (empty before 11.6)
};
// GET /finesse/api/SystemInfo; nullopt when unreadable.
std::optional<SystemInfo> parseSystemInfo(const QByteArray &xml);
// "Single Sign-On—Get User Authentication Mode" (assumed shape: docs/protocols/finesse.md): the
// user's mode, "SSO" or "NON_SSO", from a JSON object or an XML document with an authmode field;
// empty when it says neither.
QString parseUserAuthMode(const QByteArray &body);

} // namespace recbar::finesse
