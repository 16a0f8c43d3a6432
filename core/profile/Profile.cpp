#include "Profile.h"

#include "servers/ServerKind.h"
#include "session/CredentialStore.h"

namespace recbar {

QString Profile::field(const QString &key) const
{
    if (const auto it = fields.constFind(key); it != fields.constEnd())
        return it->toString();
    const KindField *declared = ServerRegistry::current().field(key);
    return declared ? declared->defaultValue.toString() : QString();
}

QList<ServerAccess> Profile::servers() const
{
    const ServerKind *control = ServerRegistry::current().find(controlKind);
    const ServerKind *state = ServerRegistry::current().find(stateKind);
    const bool controlNeeds = !control || control->needsCredentials;
    const bool stateNeeds = !state || state->needsCredentials;
    const QString controlName = control ? control->displayName : controlKind;
    const QString stateName = state ? state->displayName : stateKind;
    if (stateServerUrl.isEmpty()) {
        const QString name =
            controlKind == stateKind ? controlName : tr("%1 and %2").arg(controlName, stateName);
        return {{ServerRole::Control, serverUrl, user, controlNeeds || stateNeeds, name}};
    }
    return {{ServerRole::Control, serverUrl, user, controlNeeds, controlName},
            {ServerRole::State, stateServerUrl, stateUser.isEmpty() ? user : stateUser, stateNeeds,
             stateName}};
}

QString Profile::keychainKey(ServerRole role) const
{
    for (const ServerAccess &server : servers()) {
        if (server.role == role)
            return role == ServerRole::Control
                       ? CredentialStore::key(id, server.user)
                       : CredentialStore::key(id + QStringLiteral(":state"), server.user);
    }
    return {};
}

std::optional<ServerAccess> Profile::singleSignOnServer() const
{
    if (field(QString::fromLatin1(SingleSignOn::kModeKey)) == u"password")
        return std::nullopt;
    for (const ServerAccess &server : servers()) {
        QStringList kinds{server.role == ServerRole::State ? stateKind : controlKind};
        if (server.role == ServerRole::Control && stateServerUrl.isEmpty())
            kinds.append(stateKind); // one server speaking both kinds
        for (const QString &id : kinds) {
            const ServerKind *kind = ServerRegistry::current().find(id);
            if (server.needsCredentials && kind && kind->singleSignOn)
                return server;
        }
    }
    return std::nullopt;
}

bool Profile::alwaysSingleSignOn() const
{
    return singleSignOnServer() && field(QString::fromLatin1(SingleSignOn::kModeKey)) == u"sso";
}

QStringList Profile::problems() const
{
    QStringList out;
    for (const Problem &problem : fieldProblems())
        out.append(problem.text);
    return out;
}

QList<Profile::Problem> Profile::fieldProblems() const
{
    QList<Problem> out;
    QString field;
    const auto add = [&out, &field](const QString &problem) {
        if (!problem.isEmpty() && std::none_of(out.begin(), out.end(),
                                               [&](const Problem &p) { return p.text == problem; }))
            out.append({field, problem});
    };
    field = QStringLiteral("name");
    if (name.trimmed().isEmpty())
        add(tr("Give the profile a name"));
    const ServerKind *control = ServerRegistry::current().find(controlKind);
    const ServerKind *state = ServerRegistry::current().find(stateKind);
    const QString known = ServerRegistry::current().ids().join(QStringLiteral(", "));
    // An id nobody knows is said as it is, with the ones that exist: a typo in an
    // administrator's file must not pass for a profile that "just does not connect".
    field = QStringLiteral("controlKind");
    if (!control)
        add(tr("Unknown server kind \"%1\" for the recording control (known: %2)")
                .arg(controlKind, known));
    else if (!control->providesControl())
        add(tr("\"%1\" cannot control recordings").arg(control->displayName));
    field = QStringLiteral("stateKind");
    if (!state)
        add(tr("Unknown server kind \"%1\" for the call state (known: %2)").arg(stateKind, known));
    else if (!state->providesState())
        add(tr("\"%1\" cannot tell the call state: choose a call-state source such as "
               "Finesse or the Recording API")
                .arg(state->displayName));
    const auto checkUrl = [&](const QUrl &url, const QString &what) {
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https" && url.scheme() != u"http"))
            add(tr("Enter the %1 address, e.g. https://recorder.example.com").arg(what));
        else if (url.scheme() == u"http" && !allowPlainHttp)
            add(tr("Plain HTTP sends the password unencrypted: use https, or allow plain "
                   "HTTP for this profile"));
    };
    field = QStringLiteral("serverUrl");
    checkUrl(serverUrl, tr("server"));
    field = QStringLiteral("stateServerUrl");
    if (!stateServerUrl.isEmpty())
        checkUrl(stateServerUrl, tr("call-state server"));
    for (const ServerAccess &server : servers()) {
        field = server.role == ServerRole::Control ? QStringLiteral("user")
                                                   : QStringLiteral("stateUser");
        if (server.needsCredentials && server.user.trimmed().isEmpty())
            add(server.role == ServerRole::Control
                    ? tr("Enter the user name")
                    : tr("Enter the user name for %1").arg(server.kindName));
    }
    field = QStringLiteral("recordingsKind");
    if (!recordingsKind.isEmpty()) {
        const ServerKind *recordings = ServerRegistry::current().find(recordingsKind);
        if (!recordings || !recordings->providesRecordings())
            add(tr("\"%1\" has no recordings list").arg(recordingsKind));
    }
    for (const ServerKind *kind : {control, state}) {
        if (!kind)
            continue;
        for (const KindField &declared : kind->fields) {
            field = declared.key;
            if (declared.check)
                add(declared.check(this->field(declared.key).trimmed()));
        }
    }
    field = QStringLiteral("poll");
    if (pollOnCallMs < kMinPollOnCall.count() || pollOnCallMs > kMaxPollOnCall.count() ||
        pollIdleMs < kMinPollIdle.count() || pollIdleMs > kMaxPollIdle.count())
        add(tr("Status reads must be between %1 s and %2 s on a call, %3 s and %4 min idle")
                .arg(kMinPollOnCall.count() / 1000.0)
                .arg(kMaxPollOnCall.count() / 1000)
                .arg(kMinPollIdle.count() / 1000.0)
                .arg(std::chrono::duration_cast<std::chrono::minutes>(kMaxPollIdle).count()));
    field = QStringLiteral("autoResume");
    if (autoResumeSec < 0 || autoResumeSec > kMaxAutoResume.count())
        add(tr("Auto-resume must be between 0 (off) and %1 seconds").arg(kMaxAutoResume.count()));
    field = QStringLiteral("role");
    if (role != u"agent" && role != u"supervisor")
        add(tr("The role must be agent or supervisor, not \"%1\"").arg(role.left(40)));
    field = QStringLiteral("teamNotRecordedSec");
    if (teamNotRecordedSec < 1 || teamNotRecordedSec > 3600)
        add(tr("A call is flagged unrecorded after 1 to 3,600 seconds"));
    field = QStringLiteral("teamPausedMinutes");
    if (teamPausedMinutes < 1 || teamPausedMinutes > 240)
        add(tr("A pause is flagged long after 1 to 240 minutes"));
    field = QStringLiteral("requestTimeout");
    if (requestTimeoutMs < kMinRequestTimeout.count() ||
        requestTimeoutMs > kMaxRequestTimeout.count())
        add(tr("The request timeout must be between %1 and %2 seconds")
                .arg(kMinRequestTimeout.count() / 1000)
                .arg(kMaxRequestTimeout.count() / 1000));
    return out;
}

} // namespace recbar
