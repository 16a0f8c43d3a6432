#include "ControlServer.h"

#include "LocalPeer.h"
#include "Logging.h"
#include "agent/AgentController.h"
#include "domain/Timing.h"

#include <QLocalSocket>
#include <QTimer>

namespace recbar {

ControlServer::ControlServer(QObject *parent)
    : QObject(parent)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
}

Result<ControlServer::Listening> ControlServer::listen()
{
    const Result<QString> name = control::socketName();
    if (!name)
        return name.failure();
    // Ask first: with access options set, QLocalServer replaces an existing socket file.
    QLocalSocket probe;
    probe.connectToServer(*name);
    if (probe.waitForConnected(int(timing::kControlProbe.count()))) {
        if (const Result<void> peer = control::checkPeer(probe, control::End::Client); !peer)
            return fail(tr("%1 is held by another process: %2").arg(*name, peer.error()));
        // Only a RecBar answers a status: anything else of the user's that holds the name is
        // not one, and is not taken for one.
        probe.write(control::formatRequest({control::word::kStatus, {}}));
        bool answered = false;
        while (!answered && probe.waitForReadyRead(int(timing::kControlProbe.count()))) {
            if (probe.canReadLine())
                answered = control::parseResponse(probe.readLine(control::kMaxLine).trimmed()).ok();
        }
        if (!answered)
            return fail(tr("%1 is held by another process, which is not RecBar").arg(*name));
        return Listening::AlreadyRunning;
    }
    // A socket left behind by an instance that crashed is replaced.
    if (Result<void> listening = m_name.listen(m_server, *name); !listening)
        return listening.failure();
    return Listening::Yes;
}

ControlServer::~ControlServer()
{
    close();
}

void ControlServer::setController(AgentController *controller)
{
    m_controller = controller;
}

control::Response ControlServer::statusResponse() const
{
    AgentSnapshot snapshot;
    if (m_controller)
        snapshot = m_controller->snapshot();
    else
        snapshot.connectionDetail = m_signedOutReason;
    return {true, SnapshotText::summary(snapshot), control::snapshotJson(snapshot)};
}

control::Response ControlServer::diagnosticsResponse() const
{
    const ProcessFigures f = m_diagnostics();
    return {true,
            tr("%1 KiB resident, %2 handles, %3 objects, %4 timers; audit log: %5")
                .arg(f.residentKiB)
                .arg(f.handles)
                .arg(f.objects)
                .arg(f.timers)
                .arg(f.auditLog.isEmpty() ? tr("not in use") : f.auditLog),
            f.toJson()};
}

control::Response ControlServer::teamResponse() const
{
    if (!m_team)
        return {false, tr("The team board is for a supervisor's profile (role: supervisor)"), {}};
    int onCall = 0;
    int concerns = 0;
    for (const TeamMember &m : m_team->members()) {
        onCall += !m.gone && m.onCall();
        concerns += !m.concerns.isEmpty();
    }
    QString message = tr("%n agent(s)", nullptr, int(m_team->members().size())) +
                      tr(", %n on a call", nullptr, onCall) +
                      tr(", %n with a concern", nullptr, concerns);
    if (!m_team->readProblem().isEmpty())
        message += tr("; the last read failed: %1").arg(m_team->readProblem());
    return {true, message, {{QStringLiteral("agents"), control::teamJson(m_team->members())}}};
}

void ControlServer::serve(QLocalSocket *socket)
{
    if (const Result<void> peer = control::checkPeer(*socket, control::End::Server); !peer) {
        qCWarning(lcIpc) << "refused a control connection:" << peer.error();
        socket->abort();
        socket->deleteLater();
        return;
    }
    new ControlConnection(*this, socket);
}

ControlConnection::ControlConnection(ControlServer &server, QLocalSocket *socket)
    : QObject(socket)
    , m_server(server)
    , m_socket(socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // A client that says nothing is not kept forever. The timers are the connection's, so they
    // go with it: a busy `recbar ctl` user leaves none behind.
    m_silence.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        if (!m_busy)
            m_socket->abort();
    });
    m_silence.start(timing::kControlSilence);
    connect(socket, &QLocalSocket::readyRead, this, &ControlConnection::read);
}

void ControlConnection::answer(const control::Response &response)
{
    m_socket->write(control::formatResponse(response));
    m_socket->disconnectFromServer();
}

void ControlConnection::read()
{
    if (m_busy)
        return;
    if (!m_socket->canReadLine()) {
        if (m_socket->bytesAvailable() > control::kMaxLine)
            answer({false, tr("request too long"), {}});
        return;
    }
    m_busy = true;
    const auto parsed = control::parseRequest(m_socket->readLine(control::kMaxLine + 1).trimmed());
    if (!parsed) {
        qCInfo(lcIpc) << "refused control request:" << parsed.error();
        answer({false, parsed.error(), {}});
        return;
    }
    m_server.handle(*parsed, this, [this](const control::Response &response) { answer(response); });
}

void ControlServer::handle(const control::Request &request, QObject *context,
                           std::function<void(const control::Response &)> answered)
{
    (new ControlRequest(*this, context, std::move(answered)))->run(request);
}

ControlRequest::ControlRequest(ControlServer &server, QObject *context,
                               std::function<void(const control::Response &)> answered)
    : QObject(context)
    , m_server(server)
    , m_answered(std::move(answered))
{
    m_confirmation.setSingleShot(true);
}

void ControlRequest::answer(const control::Response &response)
{
    m_confirmation.stop();
    disconnect(m_finished);
    const auto answered = std::exchange(m_answered, {});
    deleteLater();
    if (answered)
        answered(response);
}

void ControlRequest::run(const control::Request &request)
{
    if (request.command == control::word::kStatus) {
        answer(m_server.statusResponse());
    } else if (request.command == control::word::kDiagnostics) {
        answer(m_server.diagnosticsResponse());
    } else if (request.command == control::word::kShow) {
        emit m_server.showRequested();
        answer({true, tr("Shown"), {}});
    } else if (request.command == control::word::kTeam) {
        runTeam(request);
    } else if (request.command == control::word::kLibrary) {
        emit m_server.libraryRequested();
        answer({true, tr("Recordings shown"), {}});
    } else {
        runCommand(request);
    }
}

// The board, or a supervisor's action on one agent: answered once a read shows it, or after a
// while.
void ControlRequest::runTeam(const control::Request &request)
{
    TeamBoard *board = m_server.m_team;
    if (!board || request.teamAction.isEmpty()) {
        answer(m_server.teamResponse());
        return;
    }
    if (request.teamAction == control::kTeamShow) {
        emit m_server.teamRequested();
        answer({true, tr("Team board shown"), {}});
        return;
    }
    const TeamAction action = request.teamAction == control::kTeamStart ? TeamAction::StartRecording
                                                                        : TeamAction::EndPause;
    if (const QString why = board->whyNot(action, request.agent); !why.isEmpty()) {
        board->act(action, request.agent, request.origin); // refused there too: audited
        answer({false, why, {}});
        return;
    }
    // A script cannot be asked first: what the server needed done is said with the answer.
    const QString done = board->preface(action, request.agent).isEmpty()
                             ? tr("Done")
                             : tr("Done, through a silent monitoring session from your phone: "
                                  "you stay on the call, muted, until you hang up");
    m_finished =
        connect(board, &TeamBoard::actionFinished, this,
                [this, done, agent = request.agent](const QString &id, TeamAction, bool ok,
                                                    const QString &message, const QString &) {
                    if (id != agent)
                        return;
                    answer({ok, ok ? done : message, {}});
                });
    board->act(action, request.agent, request.origin);
    connect(&m_confirmation, &QTimer::timeout, this, [this] {
        answer({false, tr("No confirmation from the server in time"), {}});
    });
    m_confirmation.start(timing::kControlConfirmation);
}

// A command: answered once the controller has confirmed or failed it, or after a while.
void ControlRequest::runCommand(const control::Request &request)
{
    AgentController *controller = m_server.m_controller;
    const std::optional<CommandKind> kind = CommandText::fromName(request.command);
    if (!controller || !kind) {
        answer({false,
                controller ? tr("unknown command") : tr("Not signed in to a recording server"),
                {}});
        return;
    }
    const quint64 id = controller->request(*kind, request.metadata, request.origin);
    if (id == 0) {
        const auto &failure = controller->snapshot().failure;
        answer(
            {false, failure ? failure->message : tr("Refused"), m_server.statusResponse().status});
        return;
    }
    m_finished = connect(controller, &AgentController::commandFinished, this,
                         [this, id](quint64 done, bool ok, const QString &message) {
                             if (done != id)
                                 return;
                             const control::Response status = m_server.statusResponse();
                             answer({ok, ok ? status.message : message, status.status});
                         });
    connect(&m_confirmation, &QTimer::timeout, this, [this] {
        answer({false, tr("No confirmation from the server in time"),
                m_server.statusResponse().status});
    });
    m_confirmation.start(timing::kControlConfirmation);
}

} // namespace recbar
