#pragma once

#include "ControlProtocol.h"
#include "LocalPeer.h"
#include "diagnostics/ProcessFigures.h"

#include <QLocalServer>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace recbar {

class AgentController;
class TeamBoard;

// The running bar's end of `recbar ctl`: answers status at once, and a command once the
// controller has confirmed or failed it.
class ControlServer : public QObject
{
    Q_OBJECT

public:
    explicit ControlServer(QObject *parent = nullptr);
    ~ControlServer() override;

    enum class Listening { Yes, AlreadyRunning };
    // Listens at control::socketName(), removing a stale socket a crashed instance left; says
    // when this user's RecBar already answers there, or why it cannot listen.
    Result<Listening> listen();
    // Stops answering, so that another RecBar (the demo, started from the sign-in) can listen;
    // the socket's file goes only if it is still this one's.
    void close() { m_name.release(m_server); }
    void setController(AgentController *controller);
    // The supervisor's board, or none (an agent's profile).
    void setTeam(TeamBoard *board) { m_team = board; }
    // Why no controller is signed in (an unusable profile), for the status while signed out.
    void setSignedOutReason(const QString &reason) { m_signedOutReason = reason; }
    // What `recbar ctl diagnostics` reports: the app knows which objects are its own.
    void setDiagnostics(std::function<ProcessFigures()> sample)
    {
        m_diagnostics = std::move(sample);
    }

    // Carries out one request, from `recbar ctl` or a link the system opened RecBar with, and
    // calls `answered` once: at once, or for a command once it is confirmed or failed (or after
    // a while). Nothing is answered once `context` is gone.
    void handle(const control::Request &request, QObject *context,
                std::function<void(const control::Response &)> answered);

signals:
    void showRequested();
    void libraryRequested();
    void teamRequested();

private:
    friend class ControlRequest;
    void serve(QLocalSocket *socket);
    control::Response statusResponse() const;
    control::Response diagnosticsResponse() const;
    control::Response teamResponse() const;

    QLocalServer m_server;
    control::ListeningName m_name;
    QPointer<AgentController> m_controller;
    QPointer<TeamBoard> m_team;
    QString m_signedOutReason;
    std::function<ProcessFigures()> m_diagnostics = [] { return ProcessFigures::sample({}); };
};

// One `recbar ctl` connection: one request line, one answer, then closed.
class ControlConnection : public QObject
{
    Q_OBJECT

public:
    // Lives as long as the socket (its child).
    ControlConnection(ControlServer &server, QLocalSocket *socket);

private:
    void read();
    void answer(const control::Response &response);

    ControlServer &m_server;
    QLocalSocket *m_socket;
    QTimer m_silence{this};
    bool m_busy = false;
};

// One request being carried out (ControlServer::handle): answered once, then gone. Its timer
// and its wait for the controller or the board are its own, and go with it.
class ControlRequest : public QObject
{
    Q_OBJECT

public:
    ControlRequest(ControlServer &server, QObject *context,
                   std::function<void(const control::Response &)> answered);
    void run(const control::Request &request);

private:
    void runCommand(const control::Request &request);
    void runTeam(const control::Request &request);
    void answer(const control::Response &response);

    ControlServer &m_server;
    std::function<void(const control::Response &)> m_answered;
    QTimer m_confirmation{this};
    QMetaObject::Connection m_finished;
};

} // namespace recbar
