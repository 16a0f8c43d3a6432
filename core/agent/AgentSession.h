#pragma once

#include "AgentController.h"
#include "domain/Clock.h"
#include "profile/Profile.h"
#include "profile/ProfileStore.h"
#include "session/BrowserSignIn.h"
#include "session/CredentialStore.h"
#include "session/HttpSession.h"
#include "session/TokenKeeper.h"
#include "session/TrustStore.h"

#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace recbar {

// Signing in and out of a profile: builds the HTTP session, the server kind's control and
// state source and the controller; reads and stores the password through the keychain only.
//
// A server whose kind signs users in through their company's identity provider (Finesse in
// single sign-on) is asked first how this user signs in. Single sign-on happens in the system
// browser (BrowserSignIn); the access token goes to that server only, in memory, refreshed
// after 75 % of its lifetime (TokenKeeper); the refresh token is kept in the keychain like a
// password, and a later start signs in with it without the browser.
class AgentSession : public QObject
{
    Q_OBJECT

public:
    // admin: the administrator's settings (ProfileStore::systemSettings()), or none. clock:
    // what every part of a signed-in session (controller, HTTP, the kinds, the notification
    // client) takes its time and timers from.
    AgentSession(QSettings &settings, CredentialStore &credentials, QSettings *admin = nullptr,
                 Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~AgentSession() override;

    TrustStore &trust() { return m_trust; }
    ProfileStore &profiles() { return m_profiles; }
    AgentController *controller() const { return m_controller.get(); }
    std::optional<Profile> profile() const { return m_profile; }

    // Signs in with these passwords (one per server that takes one: Profile::servers()); once
    // the servers have accepted them, they go to the keychain if the profile says so.
    void signIn(const Profile &profile, const Passwords &passwords);
    // Signs in with the keychain's passwords, or asks for them (passwordNeeded).
    void signInWithStoredPassword(const Profile &profile);
    // Whether the last sign-in was found to go through the browser (single sign-on).
    bool signsInWithBrowser() const { return m_signsInWithBrowser; }
    // Why the last sign-in did not start (an incomplete profile): for `recbar ctl status`.
    QString problem() const { return m_problem; }
    void signOut(bool forgetPassword = false);
    // The sign-in form was closed: a sign-in still waiting for the browser is abandoned.
    void cancelSignIn();
    // The agent signs out: as signOut(), and a single sign-on ends too (its tokens revoked at the
    // identity service where it has a revocation address, and forgotten here).
    void endSignIn();
    // The profile's recordings list for the library, on the control's server (or none).
    std::unique_ptr<RecordingsSource> makeRecordingsSource() const;
    // Every agent's state, for a supervisor's profile whose server has an agent list; none
    // otherwise.
    std::unique_ptr<TeamSource> makeTeamSource() const;
    // Pins the certificate the controller is waiting about (first use, or a change the agent
    // confirmed twice in the UI), and tries again.
    void trustPresentedCertificate();
    // What a keychain that would not keep the password means for the agent.
    static QString keychainRefusedNotice();

signals:
    void controllerChanged(recbar::AgentController *controller);
    void passwordNeeded(const recbar::Profile &profile, const QString &reason);
    // This profile signs in through single sign-on, and needs the agent to do it in the browser
    // (no refresh token kept, or it was refused): signIn() then opens the browser.
    void singleSignOnNeeded(const recbar::Profile &profile, const QString &reason);
    // Where the system browser goes for single sign-on.
    void openBrowser(const QUrl &url);
    // A sign-in ended before any server was asked (the browser's sign-in failed).
    void signInFailed(const QString &reason);
    // Something the agent should know that is not a connection state: "no keychain", ...
    void notice(const QString &message);

private:
    void build(const Profile &profile, const Passwords &passwords);
    // False, with the problem noticed and kept, when the profile cannot be used.
    void migrateStatePassword(const Profile &profile, QList<ServerAccess> servers, Passwords found,
                              const ServerAccess &server);
    void askFor(const Profile &profile, const ServerAccess &server, const QString &why);
    bool refuseUnusable(const Profile &profile);
    void readStored(const Profile &profile, QList<ServerAccess> servers, Passwords found);
    void onSnapshot(const AgentSnapshot &snapshot);
    void resetServers();
    void resetSso();
    void storeSecrets();
    // Single sign-on.
    struct SsoTarget
    {
        ServerAccess server;
        const SingleSignOn *sso = nullptr;
    };
    static std::optional<SsoTarget> ssoTarget(const Profile &profile);
    static QString refreshTokenKey(const Profile &profile, const ServerAccess &server);
    // Calls `then` with whether this profile's user signs in through single sign-on: at once
    // when there is no such server or the agent typed its password; else once the server said.
    void resolveMode(const Profile &profile, const Passwords &typed,
                     std::function<void(bool sso)> decided);
    void startSso(const SsoTarget &target, const Profile &profile);
    void useStoredToken(const Profile &profile, const Passwords &passwords);
    void signInInBrowser(const Profile &profile, const Passwords &passwords);
    void askForSso(const Profile &profile, const QString &why);
    void buildWithTokens(const Profile &profile, const Passwords &passwords,
                         const OAuthTokens &tokens);
    HttpSession *ssoHttp() const;

    CredentialStore &m_credentials;
    Clock &m_clock;
    TrustStore m_trust;
    ProfileStore m_profiles;
    std::optional<Profile> m_profile;
    std::unique_ptr<HttpSession> m_controlHttp;
    std::unique_ptr<HttpSession> m_stateHttp; // only when call state comes from another server
    std::unique_ptr<AgentController> m_controller;
    bool m_storePasswordOnConnect = false;
    Passwords m_passwords; // this session's only copy, for storing once accepted
    QString m_problem;
    // The sign-in under way (a newer one makes an older one's late answers moot).
    quint64 m_attempt = 0;
    bool m_storeTokenOnConnect = false;
    bool m_signsInWithBrowser = false;
    bool m_ssoPending = false; // the stored passwords are read; a refresh token is needed too
    struct Sso
    {
        ServerRole role = ServerRole::Control;
        QString keychainKey;
        std::unique_ptr<TokenEndpoint> endpoint;
        std::unique_ptr<TokenKeeper> keeper;
        std::unique_ptr<BrowserSignIn> browser;
        bool signedIn = false;
        bool retried = false; // a refused token got its one refresh
    };
    Sso m_sso;
};

} // namespace recbar
