#pragma once

#include "ControlProtocol.h"
#include "diagnostics/ProcessFigures.h"

#include <QLocalServer>
#include <QPointer>

#include <functional>

namespace recbar {

class AgentController;

// The running bar's end of `recbar ctl`: answers status at once, and a command once the
// controller has confirmed or failed it.
class ControlServer : public QObject
{
    Q_OBJECT

public:
    explicit ControlServer(QObject *parent = nullptr);

    enum class Listening { Yes, AlreadyRunning, Failed };
    // Listens at control::socketName(), removing a stale socket a crashed instance left; says
    // when this user's RecBar already answers there, or why it cannot listen.
    Listening listen(QString *error);
    void setController(AgentController *controller);
    // Why no controller is signed in (an unusable profile), for the status while signed out.
    void setSignedOutReason(const QString &reason) { m_signedOutReason = reason; }
    // What `recbar ctl diagnostics` reports: the app knows which objects are its own.
    void setDiagnostics(std::function<ProcessFigures()> sample)
    {
        m_diagnostics = std::move(sample);
    }

signals:
    void showRequested();
    void libraryRequested();

private:
    void serve(QLocalSocket *socket);
    void answer(QLocalSocket *socket, const control::Response &response);
    control::Response statusResponse() const;

    QLocalServer m_server;
    QPointer<AgentController> m_controller;
    int m_confirmTimeoutMs = 20'000;
    QString m_signedOutReason;
    std::function<ProcessFigures()> m_diagnostics = [] { return ProcessFigures::sample({}); };
};

} // namespace recbar
