#include "RecBarApp.h"

#include "Appearance.h"
#include "CertificateDialog.h"
#include "DeleteConfirmation.h"
#include "Logging.h"
#include "Scan.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "WindowPlacement.h"
#include "audit/AuditKey.h"
#include "demo/Demo.h"
#include "ipc/ControlProtocol.h"
#include "ipc/UrlCommand.h"
#include "servers/ServerProbe.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFile>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QJsonArray>
#include <QProcess>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include <tuple>

namespace recbar {

namespace {

// Long enough for the first state to be drawn and asked for (`recbar ctl status`, a screen
// reader) before the library's database and server list are read; short enough that the
// library is ready long before anyone opens it.
constexpr std::chrono::milliseconds kLibraryAfterFirstState{1500};

// Recordings named in an audit entry, by their library ids.
QJsonArray idList(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

} // namespace

RecBarApp::RecBarApp(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(m_options.demo ? Demo::settings() : std::make_unique<QSettings>())
    , m_admin(m_options.demo ? nullptr : ProfileStore::systemSettings())
    // The real log waits for its key from the keychain; the demo's is thrown away unkeyed.
    , m_audit(dataFolder() + QStringLiteral("/audit.log"), !m_options.demo)
    , m_library(*m_settings)
{
    // Spoken card numbers: heard by recbar-scan, each run of it audited (never the digits).
    m_library.cardScans().setProgram(scanProgram());
    connect(&m_library.cardScans(), &CardScanQueue::finished, this,
            [this](const CardScanSummary &summary) {
                std::ignore = m_audit.append(
                    QStringLiteral("scan"),
                    {{QStringLiteral("from"), QStringLiteral("library")},
                     {QStringLiteral("recordings"), idList(summary.scanned)},
                     {QStringLiteral("withCardNumberOutsidePause"), idList(summary.withOutside)},
                     {QStringLiteral("problems"), summary.problems.size()},
                     {QStringLiteral("notOnDisk"), summary.notOnDisk},
                     {QStringLiteral("cancelled"), summary.cancelled}});
            });
    connect(&m_library, &Library::exported, this,
            [this](const QList<qint64> &ids, const QString &folder, int copied) {
                // A failure is emitted, and shown from there.
                std::ignore = m_audit.append(QStringLiteral("export"),
                                             {{QStringLiteral("recordings"), idList(ids)},
                                              {QStringLiteral("folder"), folder},
                                              {QStringLiteral("filesCopied"), copied}});
            });
    connect(&m_audit, &AuditLog::failed, this, [this](const QString &message) {
        // Commands still run (a pause must never wait on a disk), but the agent is told, once
        // per kind of trouble.
        if (message == m_auditProblemShown)
            return;
        m_auditProblemShown = message;
        m_tray->notify(tr("RecBar"),
                       tr("The audit log cannot be written: %1. Your commands still work, but "
                          "are not recorded there.")
                           .arg(message),
                       true);
    });
    connect(&m_audit, &AuditLog::held, this, [this](const QString &message) {
        if (message == m_auditProblemShown)
            return;
        m_auditProblemShown = message;
        m_tray->notify(tr("RecBar"), tr("Audit log: %1. Your commands still work.").arg(message),
                       false);
    });
    m_libraryTimer.setSingleShot(true);
    m_libraryTimer.setInterval(kLibraryAfterFirstState);
    connect(&m_libraryTimer, &QTimer::timeout, this, &RecBarApp::openLibraryIndex);
    m_session = std::make_unique<AgentSession>(*m_settings, m_credentials, m_admin.get());
    m_bar = std::make_unique<BarWindow>(m_actions);
    // Where the agent left it; the first time, the screen's bottom-right corner, where it is
    // out of the way of what the agent works in.
    auto *barPlace = new WindowPlacement(*m_settings, m_bar.get(), QStringLiteral("bar"), true);
    if (!barPlace->restored()) {
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            m_bar->adjustSize();
            const QRect area = screen->availableGeometry();
            m_bar->move(area.right() - m_bar->width() - 16, area.bottom() - m_bar->height() - 48);
        }
    }
    m_tray = std::make_unique<TrayIcon>(m_actions);

    connect(m_session.get(), &AgentSession::controllerChanged, this,
            &RecBarApp::onControllerChanged);
    connect(
        m_session.get(), &AgentSession::passwordNeeded, this,
        [this](const Profile &profile, const QString &reason) { askForPassword(profile, reason); });
    connect(m_session.get(), &AgentSession::singleSignOnNeeded, this,
            [this](const Profile &profile, const QString &reason) {
                askForPassword(profile, reason, true);
            });
    // Single sign-on happens in the agent's own browser (RFC 8252), never in a view of ours.
    connect(m_session.get(), &AgentSession::openBrowser, this, [this](const QUrl &url) {
        if (m_signIn)
            m_signIn->setSingleSignOn(); // Finesse said so: the form now says where to go on
        if (QDesktopServices::openUrl(url))
            return;
        // The sign-in still waits: the agent can take the address to a browser by hand.
        QGuiApplication::clipboard()->setText(url.toString(QUrl::FullyEncoded));
        const QString note = tr("RecBar could not open your browser: the sign-in page's address "
                                "is on the clipboard. Paste it into your browser.");
        if (m_signIn)
            m_signIn->setSigningInNote(note);
        else
            m_tray->notify(tr("RecBar"), note, true);
    });
    connect(m_session.get(), &AgentSession::signInFailed, this, [this](const QString &why) {
        if (m_signIn)
            m_signIn->signInFinished(false, why);
        else
            m_tray->notify(tr("RecBar"), why, true);
    });
    connect(m_session.get(), &AgentSession::notice, this, [this](const QString &message) {
        m_tray->notify(tr("RecBar"), message, false);
        m_bar->setToolTip(message);
        m_control.setSignedOutReason(m_session->problem());
        // Not signed in yet (a browser sign-in waiting, a password asked for): the bar itself
        // says what it waits for, not only a notification that may have gone unseen.
        if (!m_controller) {
            AgentSnapshot waiting;
            waiting.connectionDetail = message;
            onSnapshot(waiting);
        }
    });
    connect(&m_actions, &CommandActions::requested, this, &RecBarApp::onCommandRequested);
    connect(&m_control, &ControlServer::showRequested, this, &RecBarApp::showBar);
    connect(&m_control, &ControlServer::libraryRequested, this, &RecBarApp::openLibrary);
    connect(&m_control, &ControlServer::teamRequested, this, &RecBarApp::openTeam);

    connect(m_bar.get(), &BarWindow::dismissFailureRequested, this, [this] {
        if (m_controller)
            m_controller->dismissFailure();
    });
    connect(m_bar.get(), &BarWindow::signInRequested, this, &RecBarApp::askAgain);
    connect(m_bar.get(), &BarWindow::settingsRequested, this, &RecBarApp::openSettings);
    connect(m_bar.get(), &BarWindow::libraryRequested, this, &RecBarApp::openLibrary);
    connect(m_bar.get(), &BarWindow::teamRequested, this, &RecBarApp::openTeam);
    connect(m_bar.get(), &BarWindow::certificateReviewRequested, this,
            &RecBarApp::reviewCertificate);

    connect(m_tray.get(), &TrayIcon::showBarRequested, this, &RecBarApp::showBar);
    connect(m_tray.get(), &TrayIcon::signInRequested, this, &RecBarApp::askAgain);
    connect(m_tray.get(), &TrayIcon::signOutRequested, this, [this] { m_session->endSignIn(); });
    connect(m_tray.get(), &TrayIcon::settingsRequested, this, &RecBarApp::openSettings);
    connect(m_tray.get(), &TrayIcon::libraryRequested, this, &RecBarApp::openLibrary);
    connect(m_tray.get(), &TrayIcon::teamRequested, this, &RecBarApp::openTeam);
    connect(m_tray.get(), &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_bar.get(), &BarWindow::signOutRequested, this, [this] { m_session->endSignIn(); });
    connect(m_bar.get(), &BarWindow::quitRequested, qApp, &QCoreApplication::quit);
    m_bar->setTrayAvailable(m_tray->available());
    connect(m_tray.get(), &TrayIcon::availabilityChanged, this, [this](bool available) {
        m_bar->setTrayAvailable(available);
        // Without a tray the bar is the only way in: keep it on screen.
        if (!available)
            showBar();
    });
    m_bar->setAlwaysOnTop(m_session->profiles().preferences().alwaysOnTop);
    m_actions.setKeys(m_session->profiles().preferences().keyModifier,
                      m_session->profiles().preferences().plainKeys);
    connect(m_bar->callData(), &CallDataPanel::sendRequested, this,
            [this](const MetadataPairs &changes) {
                m_callDataCommand =
                    m_controller
                        ? m_controller->request(CommandKind::Metadata, changes, CommandOrigin::kBar)
                        : 0;
                if (m_callDataCommand == 0)
                    m_bar->callData()->finished(false,
                                                m_controller && m_controller->snapshot().failure
                                                    ? m_controller->snapshot().failure->message
                                                    : tr("Not signed in: nothing was sent"));
            });
    connect(m_bar.get(), &BarWindow::undoRequested, this, [this](CommandKind kind) {
        if (m_controller)
            m_controller->request(kind, {}, CommandOrigin::kUndo);
    });
    m_control.setDiagnostics([this] {
        QObjectList roots{this,       qApp,       m_session.get(), m_controller.data(),
                          &m_control, &m_library, &m_waveforms,    m_tray.get()};
        for (QWidget *window : QApplication::topLevelWidgets())
            roots.append(window);
        ProcessFigures figures = ProcessFigures::sample(roots);
        figures.auditLog = !m_audit.lastError().isEmpty() ? m_audit.lastError()
                           : m_audit.keyed()              ? tr("ok")
                                                          : tr("ok (not keyed: no keychain)");
        return figures;
    });
}

RecBarApp::~RecBarApp()
{
    m_library.cardScans().cancel(); // audited as stopped, while the audit log is here
    m_libraryWindow.reset();
    m_library.setServer(nullptr);
    m_session->signOut();
}

// The library and the audit log live here; a demo keeps its own, thrown away at exit.
QString RecBarApp::dataFolder() const
{
    return m_options.demo ? QFileInfo(m_settings->fileName()).absolutePath()
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<void> RecBarApp::start()
{
    if (const Result<ControlServer::Listening> listening = m_control.listen(); !listening) {
        // The bar itself must still run: only ctl and links are missing, and it says so.
        qCWarning(lcIpc) << "no control socket:" << listening.error();
        m_options.startupNotice =
            tr("recbar ctl and recbar: links do not reach this bar: %1").arg(listening.error());
    } else if (*listening == ControlServer::Listening::AlreadyRunning) {
        return fail(tr("another RecBar is already running"));
    }
    const Preferences preferences = m_session->profiles().preferences();
    Appearance::apply(preferences.appearance);
    const bool minimized =
        (m_options.startMinimized || preferences.startMinimized) && m_tray->available();
    if (!minimized)
        showBar();

    if (!m_options.startupNotice.isEmpty()) {
        m_tray->notify(tr("RecBar"), m_options.startupNotice, false);
        m_bar->setToolTip(m_options.startupNotice);
    }
    qApp->installEventFilter(this);

    if (m_options.demo)
        return startDemo();
    const std::optional<Profile> active =
        m_session->profiles().profile(m_session->profiles().activeProfileId());
    if (active) {
        loadAuditKey();
        m_session->signInWithStoredPassword(*active);
    } else {
        // Nothing touches the keychain before a first sign-in has worked: no keyring prompt
        // comes before the form. Audit entries wait for the key meanwhile.
        askForPassword(Profile(), tr("Welcome to RecBar. Sign in to your recording server."));
    }
    return {};
}

void RecBarApp::loadAuditKey()
{
    if (std::exchange(m_auditKeyAsked, true))
        return;
    AuditKey::load(m_credentials, this,
                   [this](const QByteArray &key, bool made, const QString &problem) {
                       if (!problem.isEmpty())
                           qCWarning(lcAudit) << "audit log without a key:" << problem;
                       m_audit.setKey(key, made);
                   });
}

Result<void> RecBarApp::startDemo()
{
    Result<std::unique_ptr<Demo>> demo = Demo::start(
        {m_options.demoScenario, m_options.demoServer, m_options.demoPollMs,
         m_options.demoKind.isEmpty()
             ? (m_options.demoAuth == u"sso" ? QStringLiteral("finesse")
                                             : QStringLiteral("recording-api"))
             : m_options.demoKind,
         m_options.demoRole.isEmpty() ? QStringLiteral("agent") : m_options.demoRole,
         m_options.demoAuth.isEmpty() ? QStringLiteral("password") : m_options.demoAuth});
    if (!demo)
        return demo.failure();
    m_demo = *std::move(demo);
    // Saved once the sign-in has begun (with a password, its first request is then queued): the
    // settings file is written, and flushed to disk, while the server answers, not before.
    m_session->signIn(m_demo->profile(), m_demo->passwords());
    m_session->profiles().save(m_demo->profile());
    return {};
}

bool RecBarApp::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen || watched != qApp)
        return QObject::eventFilter(watched, event);
    const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
    const auto parsed = control::parseUrl(url.toString(QUrl::FullyEncoded));
    if (!parsed) {
        announceLink(tr("A link was refused: %1").arg(parsed.error()));
        return true;
    }
    // As `recbar ctl` would have it done; what the link asked is announced as it is sent
    // (commandRequested), and a refusal or failure in its words.
    m_control.handle(*parsed, this, [this](const control::Response &response) {
        if (!response.ok)
            announceLink(tr("A link's command failed: %1").arg(response.message));
    });
    return true;
}

// What a link did is said whether or not there is a tray: through the desktop's notification
// service, and on the bar until the agent's next command.
void RecBarApp::announceLink(const QString &what)
{
    m_bar->setNotice(what);
    m_tray->notify(tr("RecBar"), what, false);
}

// The library is not needed to show the agent's state: it opens once the first answer from the
// server is shown (or the library is asked for), which keeps start-up to the state short.
void RecBarApp::openLibraryIndex()
{
    if (m_libraryOpened)
        return;
    m_libraryOpened = true;
    const QString data = dataFolder();
    const QString cache = m_options.demo
                              ? data + QStringLiteral("/cache")
                              : QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                    QStringLiteral("/recordings");
    if (const Result<void> opened = m_library.open(data + QStringLiteral("/library.sqlite"), cache);
        !opened) {
        m_tray->notify(tr("RecBar"),
                       tr("The recordings library cannot be opened: %1").arg(opened.error()), true);
        return;
    }
    if (m_controller)
        m_library.refreshServer();
}

void RecBarApp::onControllerChanged(AgentController *controller)
{
    m_controller = controller;
    m_control.setController(controller);
    m_commandAudit.setController(controller);
    // The recordings list talks through the session's HTTP connection: it goes and comes with it.
    m_library.setServer(controller ? m_session->makeRecordingsSource() : nullptr);
    if (controller && m_libraryOpened)
        m_library.refreshServer();
    m_control.setTeam(nullptr);
    m_commandAudit.setTeam(nullptr);
    m_teamWindow.reset();
    m_teamAlerts.reset();
    m_team.reset();
    if (std::unique_ptr<TeamSource> team = controller ? m_session->makeTeamSource() : nullptr) {
        const Profile profile = *m_session->profile();
        TeamOptions options;
        options.notRecordedAfter = std::chrono::seconds(profile.teamNotRecordedSec);
        options.pausedAfter = std::chrono::minutes(profile.teamPausedMinutes);
        m_team = std::make_unique<TeamBoard>(std::move(team), options);
        m_control.setTeam(m_team.get());
        // A concern as it starts, on the desktop; at most one notification each 10 s.
        m_teamAlerts = std::make_unique<TeamAlerts>(*m_team, std::chrono::seconds(10));
        connect(m_teamAlerts.get(), &TeamAlerts::alert, this,
                [this](const QString &title, const QString &text, bool critical) {
                    m_tray->notify(title, text, critical);
                });
        m_commandAudit.setTeam(m_team.get());
        m_team->start();
    }
    m_bar->setTeamAvailable(m_team != nullptr);
    m_tray->setTeamAvailable(m_team != nullptr);
    if (controller) {
        connect(controller, &AgentController::changed, this, &RecBarApp::onSnapshot);
        // A web page can give commands through recbar: links: the agent sees each one, and
        // that a link gave it.
        connect(controller, &AgentController::commandRequested, this, [this](const Command &c) {
            m_commands.insert(c.id, c);
            if (c.origin != CommandOrigin::kUrl) {
                m_bar->setNotice({}); // the agent's own command: the link's line has been seen
                return;
            }
            announceLink(
                tr("A recbar: link on a web page asked: %1").arg(CommandText::label(c.kind)));
        });
        connect(controller, &AgentController::commandFinished, this,
                [this](quint64 id, bool succeeded, const QString &message) {
                    if (id == m_callDataCommand) {
                        m_callDataCommand = 0;
                        m_bar->callData()->finished(succeeded, message);
                    }
                    const Command c = m_commands.take(id);
                    if (succeeded &&
                        (c.origin == CommandOrigin::kKey || c.origin == CommandOrigin::kBar))
                        offerUndo(c.kind);
                });
    }
    onSnapshot(controller ? controller->snapshot() : AgentSnapshot());
}

void RecBarApp::onSnapshot(const AgentSnapshot &snapshot)
{
    m_actions.update(snapshot);
    m_bar->setSnapshot(snapshot);
    m_tray->setSnapshot(snapshot);
    const bool answered = snapshot.connection != ConnectionState::Connecting &&
                          (snapshot.connection != ConnectionState::SignedOut || !m_controller);
    // The library (SQLite, a first read of the server's recordings) waits until the first state
    // is shown and answered for: opened at once, it delayed both by a few milliseconds.
    if (!m_libraryOpened && answered && !m_libraryTimer.isActive())
        m_libraryTimer.start();
    if (const std::optional<Notification> n = m_notifier.next(snapshot)) {
        if (m_session->profiles().preferences().notifications)
            m_tray->notify(n->title, n->message, n->critical);
        if (n->critical)
            showBar(); // an error the agent cannot miss
    }
    if (snapshot.connection == ConnectionState::CertificateUntrusted &&
        m_reviewCertificateWhenAsked) {
        m_reviewCertificateWhenAsked = false;
        reviewCertificate();
    }
    // The controller from before the sign-in (one waiting for it) does not answer it.
    if (m_signIn && m_signIn->isSigningIn() && !(m_controller && m_controller == m_signInFrom))
        answerSignIn(snapshot);
}

// The sign-in form waits for the server: signed in, the profile is kept (and only then); refused
// or unreachable, the attempt ends and the form says why, so that a typo is fixed there rather
// than becoming a profile that retries forever.
void RecBarApp::answerSignIn(const AgentSnapshot &snapshot)
{
    switch (snapshot.connection) {
    case ConnectionState::Connected:
        m_session->profiles().save(m_signIn->profile());
        loadAuditKey();
        m_signIn->signInFinished(true, {});
        return;
    case ConnectionState::CredentialsRejected:
    case ConnectionState::SignInNeeded:
    case ConnectionState::Refused:
    case ConnectionState::Reconnecting:
    case ConnectionState::CertificateChanged: {
        const QString why =
            snapshot.connectionDetail.isEmpty()
                ? StatePresentation::of(snapshot, QDateTime::currentDateTimeUtc()).headline
                : snapshot.connectionDetail;
        QTimer::singleShot(0, this, [this] { m_session->signOut(); });
        m_signIn->signInFinished(false, why);
        return;
    }
    case ConnectionState::CertificateUntrusted: // reviewed first; the form waits
    case ConnectionState::Connecting:
    case ConnectionState::SignedOut:
        return;
    }
}

// What the agent just did, and how to take it back: only where the server can (the undo's
// command must be one this profile has), and otherwise why not.
void RecBarApp::offerUndo(CommandKind done)
{
    const std::optional<CommandKind> undo = CommandText::undo(done);
    const bool possible =
        undo && m_controller && m_controller->snapshot().capabilities.supports(*undo);
    QString cannot;
    if (!possible)
        cannot = done == CommandKind::Stop || done == CommandKind::StopDuplicate ||
                         done == CommandKind::StopScreen
                     ? tr("A stopped recording cannot be continued: Record starts a new one")
                 : undo ? tr("This server cannot take it back")
                        : tr("It cannot be taken back");
    m_bar->offerUndo(tr("Done: %1").arg(CommandText::label(done)), possible ? undo : std::nullopt,
                     cannot);
}

void RecBarApp::onCommandRequested(CommandKind kind, const QString &origin)
{
    if (!m_controller)
        return;
    // Stopping or restarting ends what was recorded: asked first, in the bar, unless the profile
    // says not.
    const bool ending = kind == CommandKind::Stop || kind == CommandKind::Restart;
    if (ending && m_session->profile() && m_session->profile()->askBeforeStop) {
        m_bar->confirm(kind == CommandKind::Stop ? tr("Stop recording this call?")
                                                 : tr("Discard what was recorded of this call "
                                                      "and record it again?"),
                       CommandText::label(kind),
                       kind == CommandKind::Stop ? tr("Don't stop") : tr("Don't restart"),
                       [this, kind, origin] {
                           if (m_controller)
                               m_controller->request(kind, {}, origin);
                       });
        return;
    }
    if (kind == CommandKind::Delete) {
        auto *confirm = new DeleteConfirmation(m_controller->snapshot(), m_bar.get());
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        connect(confirm, &QMessageBox::buttonClicked, this,
                [this, confirm](QAbstractButton *button) {
                    if (button == confirm->deleteButton() && m_controller)
                        m_controller->request(CommandKind::Delete, {}, CommandOrigin::kBar);
                });
        confirm->open();
        return;
    }
    if (kind != CommandKind::Metadata) {
        m_controller->request(kind, {}, origin);
        return;
    }
    const AgentSnapshot &s = m_controller->snapshot();
    m_bar->showCallData(s.metadata, s.capabilities.callDataFields(),
                        [this](const MetadataPairs &pairs) {
                            return m_controller ? m_controller->callDataProblem(pairs) : QString();
                        });
}

void RecBarApp::showBar()
{
    // Minimized (closed where there is no tray), it comes back as it was.
    if (m_bar->isMinimized())
        m_bar->setWindowState(m_bar->windowState() & ~Qt::WindowMinimized);
    m_bar->show();
    m_bar->raise();
    m_bar->activateWindow();
}

void RecBarApp::askAgain()
{
    askForPassword(m_session->profile().value_or(Profile()), {}, m_session->signsInWithBrowser());
}

void RecBarApp::askForPassword(const Profile &profile, const QString &reason, bool sso)
{
    if (m_signIn)
        return;
    auto *dialog = new SignInDialog(profile, reason, true, m_bar.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session->profiles().isLocked(profile.id))
        dialog->setAdministered();
    if (sso)
        dialog->setSingleSignOn();
    m_signIn = dialog;
    connect(dialog, &SignInDialog::demoRequested, this, &RecBarApp::startDemoInstead);
    connect(dialog, &SignInDialog::probeRequested, this, [this, dialog](const QUrl &url) {
        if (!m_probe)
            m_probe = std::make_unique<ServerProbe>(m_session->trust());
        m_probe->run(url, true, [dialog = QPointer(dialog)](const ServerProbe::Result &result) {
            if (dialog)
                dialog->probed(result);
        });
    });
    connect(dialog, &SignInDialog::signInRequested, this, [this, dialog] {
        m_reviewCertificateWhenAsked = true; // the agent is here to decide
        m_signInFrom = m_controller;
        m_session->signIn(dialog->profile(), dialog->passwords());
    });
    connect(dialog, &QDialog::rejected, m_session.get(), &AgentSession::cancelSignIn);
    showBar();
    dialog->open();
}

// The demo has settings, a library and an audit log of its own, thrown away at exit: it runs
// as a RecBar of its own, started once this one has let go of the control socket.
void RecBarApp::startDemoInstead()
{
    m_control.close();
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--demo")})) {
        QCoreApplication::quit();
        return;
    }
    qCWarning(lcIpc) << "could not start" << QCoreApplication::applicationFilePath() << "--demo";
    if (const Result<ControlServer::Listening> listening = m_control.listen(); !listening)
        qCWarning(lcIpc) << "no control socket:" << listening.error();
    m_tray->notify(tr("RecBar"), tr("The demo could not be started."), true);
}

void RecBarApp::reviewCertificate()
{
    if (!m_controller || m_certificate)
        return;
    const ServerError &error = m_controller->connectionError();
    if (!error.certificate || error.certificate->isNull())
        return;
    auto *dialog = new CertificateDialog(m_controller->snapshot().server, *error.certificate,
                                         error.expectedFingerprint, m_bar.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificate = dialog;
    connect(dialog, &QDialog::accepted, this, [this] { m_session->trustPresentedCertificate(); });
    showBar();
    dialog->open();
}

void RecBarApp::openLibrary()
{
    openLibraryIndex();
    if (!m_libraryWindow) {
        m_libraryWindow = std::make_unique<LibraryWindow>(m_library, m_waveforms);
        new WindowPlacement(*m_settings, m_libraryWindow.get(), QStringLiteral("library"));
        // Above the bar (which stays above other applications), not under it.
        m_libraryWindow->winId();
        m_bar->winId();
        m_libraryWindow->windowHandle()->setTransientParent(m_bar->windowHandle());
        connect(m_libraryWindow.get(), &LibraryWindow::playbackStarted, this,
                [this](const RecordingEntry &entry) {
                    std::ignore = m_audit.append(QStringLiteral("playback"),
                                                 {{QStringLiteral("recording"), entry.id},
                                                  {QStringLiteral("source"), entry.source},
                                                  {QStringLiteral("key"), entry.sourceKey},
                                                  {QStringLiteral("file"), entry.filePath}});
                });
    }
    m_libraryWindow->show();
    m_libraryWindow->raise();
    m_libraryWindow->activateWindow();
}

void RecBarApp::openTeam()
{
    if (!m_team)
        return; // ControlServer and the menus offer the board only to a supervisor's profile
    if (!m_teamWindow) {
        m_teamWindow = std::make_unique<TeamWindow>(*m_team);
        new WindowPlacement(*m_settings, m_teamWindow.get(), QStringLiteral("team"));
        m_teamWindow->winId();
        m_bar->winId();
        m_teamWindow->windowHandle()->setTransientParent(m_bar->windowHandle());
    }
    m_teamWindow->show();
    m_teamWindow->raise();
    m_teamWindow->activateWindow();
}

void RecBarApp::openSettings()
{
    auto *dialog = new SettingsDialog(m_session->profiles(),
                                      m_session->profile() ? m_session->profile()->id : QString(),
                                      m_bar.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    new WindowPlacement(*m_settings, dialog, QStringLiteral("settings"));
    connect(dialog, &SettingsDialog::useProfileRequested, this,
            [this](const Profile &profile) { m_session->signInWithStoredPassword(profile); });
    connect(dialog, &SettingsDialog::preferencesChanged, this, [this](const Preferences &p) {
        m_bar->setAlwaysOnTop(p.alwaysOnTop);
        m_actions.setKeys(p.keyModifier, p.plainKeys);
        Appearance::apply(p.appearance);
    });
    showBar();
    dialog->open();
}

} // namespace recbar
