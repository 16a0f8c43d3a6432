#pragma once

#include "AgentController.h"
#include "domain/Clock.h"
#include "profile/Profile.h"
#include "profile/ProfileStore.h"
#include "session/CredentialStore.h"
#include "session/HttpSession.h"
#include "session/TrustStore.h"

#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace recbar {

// Signing in and out of a profile: builds the HTTP session, the server kind's control and
// state source and the controller; reads and stores the password through the keychain only.
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
    // Why the last sign-in did not start (an incomplete profile): for `recbar ctl status`.
    QString problem() const { return m_problem; }
    void signOut(bool forgetPassword = false);
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
};

} // namespace recbar
