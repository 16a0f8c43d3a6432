#include "ControlClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocalSocket>

namespace recbar {

ControlClient::Result ControlClient::send(const QString &socketName,
                                          const control::Request &request, int timeoutMs)
{
    Result result;
    QLocalSocket socket;
    socket.connectToServer(socketName);
    if (!socket.waitForConnected(2000)) {
        result.outcome = Outcome::NotRunning;
        result.error =
            QCoreApplication::translate("recbar::ControlClient", "RecBar is not running");
        return result;
    }
    socket.write(control::formatRequest(request));
    socket.waitForBytesWritten(2000);
    QByteArray line;
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < timeoutMs) {
        if (!socket.waitForReadyRead(int(timeoutMs - timer.elapsed())) &&
            socket.state() != QLocalSocket::ConnectedState)
            break;
        line += socket.readAll();
    }
    line += socket.readAll();
    const auto parsed = control::parseResponse(line.trimmed());
    if (const QString *problem = std::get_if<QString>(&parsed)) {
        result.error = line.isEmpty() ? QCoreApplication::translate("recbar::ControlClient",
                                                                    "RecBar did not answer")
                                      : *problem;
        return result;
    }
    result.outcome = Outcome::Answered;
    result.response = std::get<control::Response>(parsed);
    return result;
}

} // namespace recbar
