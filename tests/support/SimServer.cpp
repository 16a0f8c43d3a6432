#include "SimServer.h"

#include "CatchCompat.h"
#include "HostTool.h"
#include "HttpClient.h"
#include "RecsimProcess.h"

#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>

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

bool SimServer::listen(quint16 port, const std::optional<QSslConfiguration> &tls)
{
    if (!m_sim->listen(QHostAddress::LocalHost, port, tls))
        return false;
    m_port = m_sim->url().port();
    m_tls = tls.has_value();
    return true;
}

void SimServer::close()
{
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
