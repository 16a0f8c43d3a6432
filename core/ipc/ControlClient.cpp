#include "ControlClient.h"

#include "LocalPeer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalSocket>

namespace recbar {

ControlClient::Reply ControlClient::send(const control::Request &request,
                                         std::chrono::milliseconds timeout)
{
    const Result<QString> name = control::socketName();
    if (!name) {
        Reply result;
        result.error = QCoreApplication::translate("recbar::ControlClient",
                                                   "RecBar's control socket is not safe: %1")
                           .arg(name.error());
        return result;
    }
    return send(*name, request, timeout);
}

ControlClient::Reply ControlClient::send(const QString &socketPath, const control::Request &request,
                                         std::chrono::milliseconds timeout)
{
    Reply result;
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    // A bar that is there answers the connection at once; a command-line tool does not wait.
    if (!socket.waitForConnected(int(timing::kControlConnect.count()))) {
        result.outcome = Outcome::NotRunning;
        result.error =
            QCoreApplication::translate("recbar::ControlClient", "RecBar is not running");
        return result;
    }
    // Nothing (a card number in call data) goes to a listener that is not this user's RecBar.
    if (const Result<void> peer = control::checkPeer(socket, control::End::Client); !peer) {
        result.error = QCoreApplication::translate("recbar::ControlClient",
                                                   "Refusing RecBar's control socket: %1")
                           .arg(peer.error());
        return result;
    }
    socket.write(control::formatRequest(request));
    socket.waitForBytesWritten(int(timing::kControlConnect.count()));
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < timeout.count() &&
           line.size() <= control::kMaxResponse) {
        if (!socket.waitForReadyRead(int(timeout.count() - timer.elapsed())) &&
            socket.state() != QLocalSocket::ConnectedState)
            break;
        line += socket.readAll();
    }
    line += socket.readAll();
    const auto parsed = control::parseResponse(line.trimmed());
    if (!parsed) {
        result.error = line.isEmpty() ? QCoreApplication::translate("recbar::ControlClient",
                                                                    "RecBar did not answer")
                                      : parsed.error();
        return result;
    }
    result.outcome = Outcome::Answered;
    result.response = *parsed;
    return result;
}

} // namespace recbar
