#pragma once

#include "BarWindow.h"
#include "CommandActions.h"
#include "LibraryWindow.h"
#include "Notifier.h"
#include "SignInDialog.h"
#include "TeamWindow.h"
#include "TrayIcon.h"
#include "agent/AgentSession.h"
#include "audit/CommandAudit.h"
#include "ipc/ControlServer.h"
#include "servers/ServerKind.h"
#include "servers/ServerProbe.h"
#include "session/CredentialStore.h"
#include "team/TeamAlerts.h"
#include "team/TeamBoard.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace recbar {

class Demo;

// Wires core to the views: the session's controller feeds the bar, the tray, notifications and
// the control socket; the views' requests go back to the controller. No logic of its own.
class RecBarApp : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
        QString demoScenario; // a file, "none", or empty for the built-in loop
        QUrl demoServer;      // a recsim already running on this machine, instead of one inside
        int demoPollMs = 0; // poll this often, as fast as a profile allows (soak runs); 0: default
        QString demoKind;   // the demo profile's server kind; empty: the Recording API
        QString demoRole;   // "supervisor" adds the team board; empty: an agent
        QString demoAuth;   // "sso": single sign-on through the browser; empty: a password
        bool startMinimized = false;
        QString startupNotice; // told once the bar is up (a link that came too early)
    };

    explicit RecBarApp(Options options, QObject *parent = nullptr);
    ~RecBarApp() override;

    // Fails (saying why) when another instance owns the control socket.
    Result<void> start();

protected:
    // macOS hands a recbar: link to the running app as an event, not a new process.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onControllerChanged(AgentController *controller);
    void announceLink(const QString &what);
    void loadAuditKey();
    void answerSignIn(const AgentSnapshot &snapshot);
    void onSnapshot(const AgentSnapshot &snapshot);
    void onCommandRequested(CommandKind kind, const QString &origin);
    void offerUndo(CommandKind done);
    void showBar();
    // sso: the server said this user signs in through single sign-on (no password asked there).
    void askForPassword(const Profile &profile, const QString &reason, bool sso = false);
    void askAgain();
    void startDemoInstead();
    void reviewCertificate();
    void openSettings();
    void openLibrary();
    void openTeam();
    Result<void> startDemo();
    void openLibraryIndex();
    QString dataFolder() const;

    // Made first and gone last: every profile and session finds its kinds here.
    ServerRegistry m_kinds;
    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QSettings> m_admin; // the administrator's, read first; none in the demo
    std::unique_ptr<Demo> m_demo;
    CredentialStore m_credentials;
    std::unique_ptr<AgentSession> m_session;
    ControlServer m_control;
    CommandActions m_actions;
    std::unique_ptr<BarWindow> m_bar;
    std::unique_ptr<TrayIcon> m_tray;
    Notifier m_notifier;
    AuditLog m_audit;
    QString m_auditProblemShown;
    bool m_auditKeyAsked = false;
    std::unique_ptr<ServerProbe> m_probe; // asks a first run's address what it speaks
    quint64 m_callDataCommand = 0;        // the call data panel's, until the server answers
    QHash<quint64, Command> m_commands; // asked for and not finished: their origin decides the undo
    CommandAudit m_commandAudit{m_audit};
    Library m_library;
    WaveformCache m_waveforms;
    std::unique_ptr<LibraryWindow> m_libraryWindow;
    QPointer<AgentController> m_controller;
    // A supervisor's profile: every agent's call and recording, read while signed in.
    std::unique_ptr<TeamBoard> m_team;
    std::unique_ptr<TeamAlerts> m_teamAlerts;
    std::unique_ptr<TeamWindow> m_teamWindow; // goes before the board it shows
    QPointer<SignInDialog> m_signIn;
    QPointer<AgentController> m_signInFrom; // the controller when the form's sign-in began
    QPointer<QDialog> m_certificate;
    bool m_reviewCertificateWhenAsked = true;
    bool m_libraryOpened = false;
    QTimer m_libraryTimer; // single shot: the library opens a moment after the first state
};

} // namespace recbar
