#include "ControlServer.h"

#include "LocalPeer.h"
#include "Logging.h"
#include "agent/AgentController.h"

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

ControlServer::Listening ControlServer::listen(QString *error)
{
    const control::SocketName name = control::socketName();
    if (name.path.isEmpty()) {
        *error = name.problem;
        return Listening::Failed;
    }
    // Ask first: with access options set, QLocalServer replaces an existing socket file.
    QLocalSocket probe;
    probe.connectToServer(name.path);
    if (probe.waitForConnected(500)) {
        if (const std::optional<QString> foreign =
                control::foreignPeer(probe, control::End::Client)) {
            *error = tr("%1 is held by another process: %2").arg(name.path, *foreign);
            return Listening::Failed;
        }
        *error = tr("another RecBar is already running");
        return Listening::AlreadyRunning;
    }
    QLocalServer::removeServer(name.path); // left behind by an instance that crashed
    if (m_server.listen(name.path))
        return Listening::Yes;
    *error = m_server.errorString();
    return Listening::Failed;
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

void ControlServer::answer(QLocalSocket *socket, const control::Response &response)
{
    socket->write(control::formatResponse(response));
    socket->disconnectFromServer();
}

void ControlServer::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    if (const std::optional<QString> foreign =
            control::foreignPeer(*socket, control::End::Server)) {
        qCWarning(lcIpc) << "refused a control connection:" << *foreign;
        socket->abort();
        socket->deleteLater();
        return;
    }
    // A client that says nothing is not kept forever. The timer is the socket's own, so it goes
    // with it: a busy `recbar ctl` user leaves no timers behind.
    auto *silence = new QTimer(socket);
    silence->setSingleShot(true);
    connect(silence, &QTimer::timeout, socket, [socket] {
        if (!socket->property("busy").toBool())
            socket->abort();
    });
    silence->start(5000);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (socket->property("busy").toBool())
            return;
        if (!socket->canReadLine()) {
            if (socket->bytesAvailable() > control::kMaxLine)
                answer(socket, {false, tr("request too long"), {}});
            return;
        }
        socket->setProperty("busy", true);
        const auto parsed =
            control::parseRequest(socket->readLine(control::kMaxLine + 1).trimmed());
        if (const QString *problem = std::get_if<QString>(&parsed)) {
            qCInfo(lcIpc) << "refused control request:" << *problem;
            answer(socket, {false, *problem, {}});
            return;
        }
        const control::Request request = std::get<control::Request>(parsed);
        if (request.command == u"status") {
            answer(socket, statusResponse());
            return;
        }
        if (request.command == u"diagnostics") {
            const ProcessFigures f = m_diagnostics();
            answer(socket, {true,
                            tr("%1 KiB resident, %2 handles, %3 objects, %4 timers; audit log: %5")
                                .arg(f.residentKiB)
                                .arg(f.handles)
                                .arg(f.objects)
                                .arg(f.timers)
                                .arg(f.auditLog.isEmpty() ? tr("not in use") : f.auditLog),
                            f.toJson()});
            return;
        }
        if (request.command == u"show") {
            emit showRequested();
            answer(socket, {true, tr("Shown"), {}});
            return;
        }
        if (request.command == u"library") {
            emit libraryRequested();
            answer(socket, {true, tr("Recordings shown"), {}});
            return;
        }
        if (!m_controller) {
            answer(socket, {false, tr("Not signed in to a recording server"), {}});
            return;
        }
        const std::optional<CommandKind> kind = CommandText::fromName(request.command);
        if (!kind) {
            answer(socket, {false, tr("unknown command"), {}});
            return;
        }
        const quint64 id = m_controller->request(*kind, request.metadata, request.origin);
        if (id == 0) {
            const auto &failure = m_controller->snapshot().failure;
            answer(socket,
                   {false, failure ? failure->message : tr("Refused"), statusResponse().status});
            return;
        }
        QPointer<QLocalSocket> guard(socket);
        auto *timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        auto finished = std::make_shared<QMetaObject::Connection>();
        *finished = connect(
            m_controller, &AgentController::commandFinished, socket,
            [this, guard, id, finished, timeout](quint64 done, bool ok, const QString &message) {
                if (done != id || !guard)
                    return;
                disconnect(*finished);
                timeout->stop();
                answer(guard, {ok, ok ? SnapshotText::summary(m_controller->snapshot()) : message,
                               statusResponse().status});
            });
        connect(timeout, &QTimer::timeout, socket, [this, guard, finished] {
            disconnect(*finished);
            if (guard)
                answer(guard, {false, tr("No confirmation from the server in time"),
                               statusResponse().status});
        });
        timeout->start(m_confirmTimeoutMs);
    });
}

} // namespace recbar
