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

namespace {

// What a signal of it may still be on the call stack of goes once that has returned.
template <typename T>
void retire(std::unique_ptr<T> &object)
{
    if (object)
        object.release()->deleteLater();
}

void whatever(const CredentialStore::Result &) {}

} // namespace

void AgentSession::signIn(const Profile &profile, const Passwords &passwords)
{
    if (!refuseUnusable(profile))
        return;
    m_storePasswordOnConnect = profile.rememberPassword;
    const std::optional<SsoTarget> target = ssoTarget(profile);
    resolveMode(profile, passwords, [this, profile, passwords, target](bool sso) {
        if (sso)
            return signInInBrowser(profile, passwords);
        // A server that signs this user in with a password is never sent an empty one.
        if (target && passwords.of(target->server.role).isEmpty()) {
            m_problem =
                tr("%1 signs you in with a password: enter it").arg(target->server.kindName);
            emit signInFailed(m_problem);
            return;
        }
        build(profile, passwords);
    });
}

void AgentSession::signInWithStoredPassword(const Profile &profile)
{
    // A profile that cannot work is said so before anyone is asked for a password.
    if (!refuseUnusable(profile))
        return;
    resolveMode(profile, {}, [this, profile](bool sso) {
        m_ssoPending = sso;
        QList<ServerAccess> needed;
        for (const ServerAccess &server : profile.servers()) {
            if (server.needsCredentials && !(sso && server.role == m_sso.role))
                needed.append(server);
        }
        readStored(profile, needed, {});
    });
}

void AgentSession::cancelSignIn()
{
    ++m_attempt;
    if (m_sso.browser)
        m_sso.browser->cancel();
    retire(m_sso.browser);
}

// Single sign-on ---------------------------------------------------------------------------

std::optional<AgentSession::SsoTarget> AgentSession::ssoTarget(const Profile &profile)
{
    const std::optional<ServerAccess> server = profile.singleSignOnServer();
    if (!server)
        return std::nullopt;
    for (const QString &id : {profile.controlKind, profile.stateKind}) {
        if (const ServerKind *kind = ServerRegistry::current().find(id); kind && kind->singleSignOn)
            return SsoTarget{*server, &*kind->singleSignOn};
    }
    return std::nullopt;
}

QString AgentSession::refreshTokenKey(const Profile &profile, const ServerAccess &server)
{
    return CredentialStore::key(profile.id + QStringLiteral(":sso"), server.user);
}

// Nothing of an earlier sign-in's single sign-on outlives the start of the next one: its token
// would go to the next profile's servers, its refreshes to the next profile's keychain entry.
void AgentSession::resetSso()
{
    if (m_sso.browser)
        m_sso.browser->cancel();
    if (m_sso.keeper)
        m_sso.keeper->stop();
    retire(m_sso.browser);
    retire(m_sso.keeper);
    retire(m_sso.endpoint);
    m_sso.signedIn = false;
    m_sso.retried = false;
    m_sso.keychainKey.clear();
    m_storeTokenOnConnect = false;
}

void AgentSession::resolveMode(const Profile &profile, const Passwords &typed,
                               std::function<void(bool sso)> decided)
{
    const quint64 attempt = ++m_attempt;
    resetSso();
    m_profile = profile; // the one being signed in to, for a sign-in asked for again meanwhile
    const auto then = [this, decided = std::move(decided)](bool sso) {
        m_signsInWithBrowser = sso;
        decided(sso);
    };
    const std::optional<SsoTarget> target = ssoTarget(profile);
    if (!target)
        return then(false);
    m_sso.role = target->server.role;
    m_sso.keychainKey = refreshTokenKey(profile, target->server);
    // A password the agent typed for that server says how they sign in.
    if (!typed.of(target->server.role).isEmpty() && !profile.alwaysSingleSignOn())
        return then(false);
    if (profile.alwaysSingleSignOn())
        return then(true);
    // Asked without credentials: how this user signs in is what decides what to send.
    auto *probe = new HttpSession({target->server.url, QString(), profile.allowPlainHttp,
                                   std::chrono::milliseconds(profile.requestTimeoutMs)},
                                  m_trust, m_clock, this);
    target->sso->detect(
        *probe, target->server.user, probe,
        [this, attempt, probe, then](std::optional<bool> sso, const QString &problem) {
            probe->deleteLater();
            if (attempt != m_attempt)
                return;
            if (sso)
                return then(*sso);
            // The server could not tell: a refresh token kept from an earlier single sign-on
            // says how this user signs in.
            qCInfo(lcAuth) << "could not learn how the user signs in:" << problem;
            m_credentials.read(m_sso.keychainKey, this,
                               [this, attempt, then](const CredentialStore::Result &r) {
                                   if (attempt == m_attempt)
                                       then(r.status == CredentialStore::Status::Ok);
                               });
        });
}

void AgentSession::startSso(const SsoTarget &target, const Profile &profile)
{
    retire(m_sso.browser);
    retire(m_sso.keeper);
    retire(m_sso.endpoint);
    m_sso.endpoint = std::make_unique<TokenEndpoint>(target.sso->client(profile), m_trust, m_clock);
    m_sso.keeper = std::make_unique<TokenKeeper>(*m_sso.endpoint, m_clock);
    m_sso.signedIn = false;
    connect(m_sso.keeper.get(), &TokenKeeper::refreshed, this,
            [this, kept = QString()](const OAuthTokens &tokens) mutable {
                if (HttpSession *http = ssoHttp())
                    http->setBearer(tokens.access);
                if (m_profile && m_profile->rememberPassword &&
                    std::exchange(kept, tokens.refresh) != tokens.refresh)
                    m_credentials.write(m_sso.keychainKey, tokens.refresh, this, whatever);
                // The refresh tried after a refused token worked: sign in again with it.
                if (m_controller &&
                    m_controller->snapshot().connection == ConnectionState::SignInNeeded) {
                    const Profile profile = *m_profile;
                    const Passwords passwords = m_passwords;
                    build(profile, passwords);
                }
            });
    connect(m_sso.keeper.get(), &TokenKeeper::ended, this,
            [this](const ServerError &why, bool refused) {
                if (refused) // the kept refresh token is no good any more
                    m_credentials.remove(m_sso.keychainKey, this, whatever);
                if (m_controller && !m_controller->snapshot().waitsForAgent())
                    m_controller->signInEnded(why);
                else if (m_profile)
                    emit singleSignOnNeeded(*m_profile, why.describe());
            });
}

void AgentSession::useStoredToken(const Profile &profile, const Passwords &passwords)
{
    const std::optional<SsoTarget> target = ssoTarget(profile);
    if (!target)
        return build(profile, passwords);
    const quint64 attempt = m_attempt;
    m_credentials.read(
        m_sso.keychainKey, this,
        [this, attempt, profile, passwords, target](const CredentialStore::Result &r) {
            if (attempt != m_attempt)
                return;
            if (r.status != CredentialStore::Status::Ok)
                return askForSso(profile, {});
            startSso(*target, profile);
            m_sso.endpoint->refresh(
                r.password, this,
                [this, attempt, profile, passwords, stored = r.password](const TokenAnswer &a) {
                    if (attempt != m_attempt)
                        return;
                    if (!a.tokens) {
                        if (a.refused)
                            m_credentials.remove(m_sso.keychainKey, this, whatever);
                        return askForSso(profile, a.message);
                    }
                    OAuthTokens tokens = *a.tokens;
                    if (tokens.refresh.isEmpty())
                        tokens.refresh = stored;
                    buildWithTokens(profile, passwords, tokens);
                });
        });
}

void AgentSession::signInInBrowser(const Profile &profile, const Passwords &passwords)
{
    const std::optional<SsoTarget> target = ssoTarget(profile);
    if (!target)
        return build(profile, passwords);
    const quint64 attempt = m_attempt;
    startSso(*target, profile);
    m_sso.browser = std::make_unique<BrowserSignIn>(*m_sso.endpoint, target->server.user);
    connect(m_sso.browser.get(), &BrowserSignIn::openBrowser, this, [this](const QUrl &url) {
        m_problem = tr("Finish signing in in your browser: RecBar waits for it");
        emit notice(m_problem);
        emit openBrowser(url);
    });
    connect(m_sso.browser.get(), &BrowserSignIn::failed, this,
            [this, attempt](const QString &message) {
                if (attempt != m_attempt)
                    return;
                m_problem = message;
                emit signInFailed(message);
            });
    connect(m_sso.browser.get(), &BrowserSignIn::signedIn, this,
            [this, attempt, profile, passwords](const OAuthTokens &tokens) {
                if (attempt == m_attempt)
                    buildWithTokens(profile, passwords, tokens);
            });
    m_sso.browser->start();
}

void AgentSession::askForSso(const Profile &profile, const QString &why)
{
    m_problem = tr("Sign in through your company's sign-in page, in the browser");
    if (!why.isEmpty())
        m_problem += QStringLiteral(": ") + why;
    emit notice(m_problem);
    emit singleSignOnNeeded(profile, why);
}

void AgentSession::buildWithTokens(const Profile &profile, const Passwords &passwords,
                                   const OAuthTokens &tokens)
{
    m_sso.signedIn = true;
    m_sso.keeper->keep(tokens);
    m_storeTokenOnConnect = true;
    build(profile, passwords);
}

HttpSession *AgentSession::ssoHttp() const
{
    if (!m_sso.signedIn)
        return nullptr;
    return m_sso.role == ServerRole::State && m_stateHttp ? m_stateHttp.get() : m_controlHttp.get();
}

void AgentSession::endSignIn()
{
    if (m_sso.signedIn && m_sso.endpoint && m_sso.keeper) {
        const OAuthTokens &tokens = m_sso.keeper->tokens();
        m_sso.endpoint->revoke(tokens.refresh, QStringLiteral("refresh_token"));
        m_sso.endpoint->revoke(tokens.access, QStringLiteral("access_token"));
    }
    if (!m_sso.keychainKey.isEmpty())
        m_credentials.remove(m_sso.keychainKey, this, whatever);
    signOut();
}

// Reads the keychain's password of each server in turn; asks the agent when one is missing.
void AgentSession::readStored(const Profile &profile, QList<ServerAccess> servers, Passwords found)
{
    if (servers.isEmpty()) {
        m_storePasswordOnConnect = false;
        if (std::exchange(m_ssoPending, false))
            useStoredToken(profile, found);
        else
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
    m_credentials.read(
        legacy, this, [this, profile, servers, found, server](const CredentialStore::Result &r) {
            if (r.status != CredentialStore::Status::Ok) {
                askFor(profile, server, {});
                return;
            }
            qCInfo(lcSettings) << "the call-state server's password is taken "
                                  "from the profile's one entry of before";
            m_credentials.write(profile.keychainKey(ServerRole::State), r.password, this, whatever);
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
    resetServers();
    if (!refuseUnusable(profile))
        return;
    const ServerKind *controlKind = ServerRegistry::current().find(profile.controlKind);
    const ServerKind *stateKind = ServerRegistry::current().find(profile.stateKind);
    m_profile = profile;
    m_passwords = passwords;

    // One HTTP session per server, each with its own credentials, and none for a server whose
    // API takes none.
    for (const ServerAccess &server : profile.servers()) {
        auto http = std::make_unique<HttpSession>(
            HttpSession::Options{server.url, server.needsCredentials ? server.user : QString(),
                                 profile.allowPlainHttp,
                                 std::chrono::milliseconds(profile.requestTimeoutMs)},
            m_trust, m_clock);
        http->setPassword(passwords.of(server.role));
        // The access token goes to the server that signs in through single sign-on, only.
        if (m_sso.signedIn && server.role == m_sso.role)
            http->setBearer(m_sso.keeper->tokens().access);
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
    // After the first request is on its way: a changed setting is written (and flushed to disk)
    // while the server answers.
    m_profiles.setActiveProfileId(profile.id);
}

void AgentSession::onSnapshot(const AgentSnapshot &snapshot)
{
    if (snapshot.connection == ConnectionState::Connected) {
        m_sso.retried = false;
        storeSecrets();
    }
    if (snapshot.connection == ConnectionState::CredentialsRejected && m_profile)
        emit passwordNeeded(*m_profile, snapshot.connectionDetail);
    if (snapshot.connection == ConnectionState::SignInNeeded && m_profile) {
        // A token refused before its refresh was due (the computer slept through it): one
        // refresh is tried before the agent is asked.
        if (m_sso.keeper && !m_sso.keeper->tokens().refresh.isEmpty() &&
            !std::exchange(m_sso.retried, true)) {
            m_sso.keeper->refreshNow();
            return;
        }
        if (m_sso.keeper)
            m_sso.keeper->stop();
        emit singleSignOnNeeded(*m_profile, snapshot.connectionDetail);
    }
}

// Once the servers have accepted them: the passwords, and a single sign-on's refresh token.
void AgentSession::storeSecrets()
{
    const auto stored = [this](const CredentialStore::Result &result) {
        if (result.status == CredentialStore::Status::NoBackend)
            emit notice(tr("No keychain is available: the password is kept for this session "
                           "only."));
        else if (result.status != CredentialStore::Status::Ok) {
            // The keychain's own words ("Object does not exist at path ...") mean nothing to
            // an agent: they go to the log.
            qCWarning(lcAuth) << "keychain refused the password:" << result.message;
            emit notice(keychainRefusedNotice());
        }
    };
    if (std::exchange(m_storePasswordOnConnect, false)) {
        for (const ServerAccess &server : m_profile->servers()) {
            if (server.needsCredentials && !(m_sso.signedIn && server.role == m_sso.role))
                m_credentials.write(m_profile->keychainKey(server.role),
                                    m_passwords.of(server.role), this, stored);
        }
    }
    if (std::exchange(m_storeTokenOnConnect, false) && m_profile->rememberPassword &&
        m_sso.keeper && !m_sso.keeper->tokens().refresh.isEmpty())
        m_credentials.write(m_sso.keychainKey, m_sso.keeper->tokens().refresh, this, stored);
}

QString AgentSession::keychainRefusedNotice()
{
    return tr("The password could not be saved in the system keychain. RecBar keeps it until "
              "you quit; next time, it will ask you for it again.");
}

void AgentSession::signOut(bool forgetPassword)
{
    resetServers();
    ++m_attempt;
    resetSso();
    if (forgetPassword && m_profile) {
        for (const ServerAccess &server : m_profile->servers())
            m_credentials.remove(m_profile->keychainKey(server.role), this, whatever);
    }
}

void AgentSession::resetServers()
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
}

std::unique_ptr<RecordingsSource> AgentSession::makeRecordingsSource() const
{
    if (!m_profile || !m_controlHttp || m_profile->recordingsKind.isEmpty())
        return {};
    const ServerKind *kind = ServerRegistry::current().find(m_profile->recordingsKind);
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
    const ServerKind *control = ServerRegistry::current().find(m_profile->controlKind);
    if (control && control->providesTeam())
        return control->build(*m_profile, *m_controlHttp, KindPart::Team).team;
    const ServerKind *state = ServerRegistry::current().find(m_profile->stateKind);
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
