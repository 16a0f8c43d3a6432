#include "AgentSession.h"

#include "Logging.h"

#include <QSettings>

namespace recbar {

AgentSession::AgentSession(QSettings &settings, CredentialStore &credentials, QSettings *admin,
                           Clock &clock, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_clock(clock)
    , m_trust(settings)
    , m_profiles(settings, admin)
{}

AgentSession::~AgentSession() = default;

void AgentSession::signIn(const Profile &profile, const Passwords &passwords)
{
    m_storePasswordOnConnect = profile.rememberPassword;
    build(profile, passwords);
}

void AgentSession::signInWithStoredPassword(const Profile &profile)
{
    // A profile that cannot work is said so before anyone is asked for a password.
    if (!refuseUnusable(profile))
        return;
    QList<ServerAccess> needed;
    for (const ServerAccess &server : profile.servers()) {
        if (server.needsCredentials)
            needed.append(server);
    }
    readStored(profile, needed, {});
}

// Reads the keychain's password of each server in turn; asks the agent when one is missing.
void AgentSession::readStored(const Profile &profile, QList<ServerAccess> servers, Passwords found)
{
    if (servers.isEmpty()) {
        m_storePasswordOnConnect = false;
        build(profile, found);
        return;
    }
    const ServerAccess server = servers.takeFirst();
    m_credentials.read(
        profile.keychainKey(server.role), this,
        [this, profile, servers, found, server](const CredentialStore::Result &r) {
            switch (r.status) {
            case CredentialStore::Status::Ok: {
                Passwords more = found;
                more.of(server.role) = r.password;
                readStored(profile, servers, more);
                return;
            }
            case CredentialStore::Status::NotFound:
                if (server.role == ServerRole::State && server.user == profile.user) {
                    migrateStatePassword(profile, servers, found, server);
                    return;
                }
                askFor(profile, server, {});
                return;
            case CredentialStore::Status::NoBackend:
                askFor(profile, server,
                       tr("No keychain is available on this computer: enter the "
                          "password for this session."));
                return;
            case CredentialStore::Status::Denied:
            case CredentialStore::Status::Failed:
                askFor(profile, server,
                       tr("The keychain did not give the password: %1").arg(r.message));
                return;
            }
        });
}

// A profile pairing two servers kept one password (under the control's entry) before each
// server had its own. Where the call-state server's user is the control's, that password is
// tried once for it and, if the keychain has it, kept under the new entry too; the sign-in
// then says whether it works.
void AgentSession::migrateStatePassword(const Profile &profile, QList<ServerAccess> servers,
                                        Passwords found, const ServerAccess &server)
{
    const QString legacy = CredentialStore::key(profile.id, server.user);
    m_credentials.read(legacy, this,
                       [this, profile, servers, found, server](const CredentialStore::Result &r) {
                           if (r.status != CredentialStore::Status::Ok) {
                               askFor(profile, server, {});
                               return;
                           }
                           qCInfo(lcSettings) << "the call-state server's password is taken "
                                                 "from the profile's one entry of before";
                           m_credentials.write(profile.keychainKey(ServerRole::State), r.password,
                                               this, [](const CredentialStore::Result &) {});
                           Passwords more = found;
                           more.of(server.role) = r.password;
                           readStored(profile, servers, more);
                       });
}

// Asks the agent for a password, saying (here and in `recbar ctl status`) which server wants it.
void AgentSession::askFor(const Profile &profile, const ServerAccess &server, const QString &why)
{
    m_problem = tr("%1 (%2) needs its password")
                    .arg(server.kindName,
                         server.url.host().isEmpty() ? server.url.toString() : server.url.host());
    if (!why.isEmpty())
        m_problem += QStringLiteral(": ") + why;
    emit notice(m_problem);
    emit passwordNeeded(profile, why);
}

bool AgentSession::refuseUnusable(const Profile &profile)
{
    const QStringList problems = profile.problems();
    if (problems.isEmpty()) {
        m_problem.clear();
        return true;
    }
    m_problem = tr("The profile \"%1\" cannot be used: %2")
                    .arg(profile.name, problems.join(QStringLiteral("; ")));
    qCWarning(lcSettings) << "not signing in:" << m_problem;
    emit notice(m_problem);
    return false;
}

void AgentSession::build(const Profile &profile, const Passwords &passwords)
{
    signOut();
    if (!refuseUnusable(profile))
        return;
    const ServerKind *controlKind = ServerRegistry::find(profile.controlKind);
    const ServerKind *stateKind = ServerRegistry::find(profile.stateKind);
    m_profile = profile;
    m_passwords = passwords;
    m_profiles.setActiveProfileId(profile.id);

    // One HTTP session per server, each with its own credentials, and none for a server whose
    // API takes none.
    for (const ServerAccess &server : profile.servers()) {
        auto http = std::make_unique<HttpSession>(
            HttpSession::Options{server.url, server.needsCredentials ? server.user : QString(),
                                 profile.allowPlainHttp,
                                 std::chrono::milliseconds(profile.requestTimeoutMs)},
            m_trust, m_clock);
        http->setPassword(passwords.of(server.role));
        (server.role == ServerRole::Control ? m_controlHttp : m_stateHttp) = std::move(http);
    }
    HttpSession &stateHttp = m_stateHttp ? *m_stateHttp : *m_controlHttp;

    ControllerOptions options;
    options.pollOnCall = std::chrono::milliseconds(profile.pollOnCallMs);
    options.pollIdle = std::chrono::milliseconds(profile.pollIdleMs);
    options.requestTimeout = std::chrono::milliseconds(profile.requestTimeoutMs);
    options.autoResume = std::chrono::seconds(profile.autoResumeSec);
    options.autoStart = profile.autoStart;
    // A state source of another kind cannot see this control's recordings.
    options.recordingFromControl = profile.controlKind != profile.stateKind;
    const QString label =
        profile.isDemo() ? tr("Demo")
        : profile.serverUrl.port() > 0
            ? QStringLiteral("%1:%2").arg(profile.serverUrl.host()).arg(profile.serverUrl.port())
            : profile.serverUrl.host();
    // Both parts from one server of one kind are built together, sharing what they share.
    KindBuild parts;
    if (controlKind == stateKind && &stateHttp == m_controlHttp.get()) {
        parts = controlKind->build(profile, stateHttp, {KindPart::Control, KindPart::State});
    } else {
        parts.control = controlKind->build(profile, *m_controlHttp, KindPart::Control).control;
        parts.state = stateKind->build(profile, stateHttp, KindPart::State).state;
    }
    m_controller = std::make_unique<AgentController>(
        std::move(parts.state), std::move(parts.control), options, label, m_clock);
    connect(m_controller.get(), &AgentController::changed, this, &AgentSession::onSnapshot);
    emit controllerChanged(m_controller.get());
    m_controller->start();
}

void AgentSession::onSnapshot(const AgentSnapshot &snapshot)
{
    if (snapshot.connection == ConnectionState::Connected && m_storePasswordOnConnect) {
        m_storePasswordOnConnect = false;
        for (const ServerAccess &server : m_profile->servers()) {
            if (!server.needsCredentials)
                continue;
            m_credentials.write(m_profile->keychainKey(server.role), m_passwords.of(server.role),
                                this, [this](const CredentialStore::Result &result) {
                                    if (result.status == CredentialStore::Status::NoBackend)
                                        emit notice(tr("No keychain is available: the password "
                                                       "is kept for this session only."));
                                    else if (result.status != CredentialStore::Status::Ok) {
                                        // The keychain's own words ("Object does not exist at
                                        // path ...") mean nothing to an agent: they go to the log.
                                        qCWarning(lcAuth)
                                            << "keychain refused the password:" << result.message;
                                        emit notice(keychainRefusedNotice());
                                    }
                                });
        }
    }
    if (snapshot.connection == ConnectionState::CredentialsRejected && m_profile)
        emit passwordNeeded(*m_profile, snapshot.connectionDetail);
}

QString AgentSession::keychainRefusedNotice()
{
    return tr("The password could not be saved in the system keychain. RecBar keeps it until "
              "you quit; next time, it will ask you for it again.");
}

void AgentSession::signOut(bool forgetPassword)
{
    if (m_controller) {
        m_controller->signOut();
        // Views drop their pointer first; the controller goes once they have.
        emit controllerChanged(nullptr);
        m_controller.reset();
    }
    m_stateHttp.reset();
    m_controlHttp.reset();
    m_passwords = {};
    if (forgetPassword && m_profile) {
        for (const ServerAccess &server : m_profile->servers())
            m_credentials.remove(m_profile->keychainKey(server.role), this,
                                 [](const CredentialStore::Result &) {});
    }
}

std::unique_ptr<RecordingsSource> AgentSession::makeRecordingsSource() const
{
    if (!m_profile || !m_controlHttp || m_profile->recordingsKind.isEmpty())
        return {};
    const ServerKind *kind = ServerRegistry::find(m_profile->recordingsKind);
    if (!kind || !kind->providesRecordings())
        return {};
    return kind->build(*m_profile, *m_controlHttp, KindPart::Recordings).recordings;
}

std::unique_ptr<TeamSource> AgentSession::makeTeamSource() const
{
    if (!m_profile || !m_controlHttp || !m_profile->isSupervisor())
        return {};
    // The recording server's list says whether each call is recorded (the Recording API's);
    // a call-state server's (Finesse's) only whether each agent is on a call.
    const ServerKind *control = ServerRegistry::find(m_profile->controlKind);
    if (control && control->providesTeam())
        return control->build(*m_profile, *m_controlHttp, KindPart::Team).team;
    const ServerKind *state = ServerRegistry::find(m_profile->stateKind);
    if (state && state->providesTeam())
        return state->build(*m_profile, m_stateHttp ? *m_stateHttp : *m_controlHttp, KindPart::Team)
            .team;
    return {};
}

void AgentSession::trustPresentedCertificate()
{
    if (!m_controller || !m_controlHttp)
        return;
    const std::optional<QSslCertificate> &certificate = m_controller->connectionError().certificate;
    const ConnectionState state = m_controller->snapshot().connection;
    if (!certificate || certificate->isNull() ||
        (state != ConnectionState::CertificateUntrusted &&
         state != ConnectionState::CertificateChanged))
        return;
    // The certificate came from a status read: the state server's.
    m_trust.pin((m_stateHttp ? m_stateHttp : m_controlHttp)->hostKey(), *certificate);
    m_controller->retryNow();
}

} // namespace recbar
