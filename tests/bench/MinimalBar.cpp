// The baseline of bench_bar's start-up figure: the least a Qt Widgets program with a tray icon and
// a status window can do. It shows both, then answers `status` on the control socket the way the
// bar does, so both are timed by the same question asked the same way.
#include <QApplication>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStyle>
#include <QSystemTrayIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QSystemTrayIcon tray(app.style()->standardIcon(QStyle::SP_MediaPlay));
    tray.setToolTip(QStringLiteral("Recording"));
    tray.show();
    QLabel window(QStringLiteral("Recording"));
    window.show();
    QLocalServer server;
    QLocalServer::removeServer(qEnvironmentVariable("RECBAR_CONTROL_SOCKET"));
    if (!server.listen(qEnvironmentVariable("RECBAR_CONTROL_SOCKET")))
        return 1;
    QObject::connect(&server, &QLocalServer::newConnection, [&server] {
        QLocalSocket *socket = server.nextPendingConnection();
        QObject::connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QLocalSocket::readyRead, socket, [socket] {
            if (!socket->canReadLine())
                return;
            socket->readAll();
            socket->write(R"({"ok":true,"message":"Recording",)"
                          R"("status":{"connection":"connected"}})"
                          "\n");
            socket->disconnectFromServer();
        });
    });
    return app.exec();
}
