#include "SimServer.h"

#include "CatchCompat.h"
#include "HostTool.h"
#include "HttpClient.h"
#include "RecsimProcess.h"
#include "WaitFor.h"

#include <QFile>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

SimServer::SimServer(const QString &configFile)
{
    QFile file(configFile.isEmpty() ? RecsimProcess::defaultConfig() : configFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString error;
    const auto config = recsim::SimConfig::fromJson(file.readAll(), &error);
    INFO(error.toStdString());
    REQUIRE(config.has_value());
    m_sim = recsim::Simulator::create(*config, {}, &error);
    REQUIRE(m_sim);
    REQUIRE(listen());
}

SimServer::~SimServer() = default;

bool SimServer::waitForRequests(int count, const QString &pathPrefix, int timeoutMs)
{
    int seen = 0;
    const QMetaObject::Connection counting =
        QObject::connect(m_sim.get(), &recsim::Simulator::answered,
                         [&](const QByteArray &, const QString &path, int) {
                             if (path.startsWith(pathPrefix))
                                 ++seen;
                         });
    const bool enough = waitFor([&] { return seen >= count; }, timeoutMs);
    QObject::disconnect(counting);
    return enough;
}

bool SimServer::listen(quint16 port, const std::optional<QSslConfiguration> &tls)
{
    if (tls && hosttool::underWine())
        return listenBehindHostTls(port, *tls);
    if (!m_sim->listen(QHostAddress::LocalHost, port, tls))
        return false;
    m_port = m_sim->url().port();
    m_tls = tls.has_value();
    return true;
}

bool SimServer::listenBehindHostTls(quint16 port, const QSslConfiguration &tls)
{
    if (!m_sim->listen(QHostAddress::LocalHost, 0, std::nullopt))
        return false;
    if (port == 0) {
        QTcpServer probe; // a free port for the front, taken back at once
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    m_tlsFiles = std::make_unique<QTemporaryDir>();
    const QString cert = m_tlsFiles->filePath(QStringLiteral("cert.pem"));
    const QString key = m_tlsFiles->filePath(QStringLiteral("key.pem"));
    QFile certFile(cert);
    QFile keyFile(key);
    if (!certFile.open(QIODevice::WriteOnly) || !keyFile.open(QIODevice::WriteOnly))
        return false;
    certFile.write(tls.localCertificate().toPem());
    keyFile.write(tls.privateKey().toPem());
    certFile.close();
    keyFile.close();
    m_tlsFront = std::make_unique<hosttool::HostProcess>(
        QStringLiteral("socat"),
        QStringList{QStringLiteral("OPENSSL-LISTEN:%1,bind=127.0.0.1,reuseaddr,fork,cert=%2,"
                                   "key=%3,verify=0")
                        .arg(port)
                        .arg(hosttool::hostPath(cert), hosttool::hostPath(key)),
                    QStringLiteral("TCP:127.0.0.1:%1").arg(m_sim->url().port())});
    // Ready once it accepts a connection.
    for (int tries = 0; tries < 100; ++tries) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100))
            break;
        QThread::msleep(50);
    }
    m_port = port;
    m_tls = true;
    return true;
}

void SimServer::close()
{
    m_tlsFront.reset();
    m_sim->close();
}

QUrl SimServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QString SimServer::connectedCall(const QString &agent, const QString &number)
{
    recsim::SimModel::NewCall spec;
    spec.agentId = model().agentByName(agent)->id;
    spec.remoteNumber = number;
    spec.answered = true;
    QString error;
    const recsim::Call *call = model().createCall(spec, &error);
    INFO(error.toStdString());
    REQUIRE(call);
    return call->id;
}

void SimServer::addFault(const QJsonObject &fault)
{
    HttpClient client(url());
    client.setIgnoreSslErrors(true);
    REQUIRE(client.postJson(QStringLiteral("/sim/faults"), fault).status == 201);
}

void SimServer::clearFaults()
{
    HttpClient client(url());
    client.setIgnoreSslErrors(true);
    REQUIRE(client.del(QStringLiteral("/sim/faults")).status == 204);
}

void SimServer::expireSessions()
{
    HttpClient client(url());
    client.setIgnoreSslErrors(true);
    REQUIRE(client.postJson(QStringLiteral("/sim/sessions/expire"), {}).status == 204);
}

TestCertificate testCertificate(int which)
{
    static QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert%1.pem").arg(which));
    const QString key = dir.filePath(QStringLiteral("key%1.pem").arg(which));
    if (!QFile::exists(cert)) {
        QString log;
        INFO(log.toStdString());
        REQUIRE(hosttool::makeCertificate({.subject = QStringLiteral("/CN=127.0.0.1"),
                                           .subjectAltName = QStringLiteral("IP:127.0.0.1")},
                                          cert, key, &log));
    }
    QFile certFile(cert);
    QFile keyFile(key);
    REQUIRE(certFile.open(QIODevice::ReadOnly));
    REQUIRE(keyFile.open(QIODevice::ReadOnly));
    TestCertificate out;
    out.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    out.server = QSslConfiguration::defaultConfiguration();
    out.server.setLocalCertificate(out.certificate);
    out.server.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem));
    out.server.setPeerVerifyMode(QSslSocket::VerifyNone);
    return out;
}
