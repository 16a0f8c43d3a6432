#include "HostTool.h"
#include "SimTestSupport.h"

#include <QDir>
#include <QEventLoop>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runRecsim(const QStringList &arguments)
{
    QProcess process;
    process.start(RecsimProcess::executable(), arguments);
    REQUIRE(process.waitForFinished(10'000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("recsim --version and --help", "[cli]")
{
    const Run version = runRecsim({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("recsim ")));
    const Run help = runRecsim({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *option :
         {"--listen", "--config", "--scenario", "--tls-cert", "--tls-key", "--clock"})
        CHECK(help.out.contains(QLatin1String(option)));
}

TEST_CASE("recsim refuses bad arguments with a message and exit code 2", "[cli]")
{
    QTemporaryDir dir;
    const QString badConfig = dir.filePath(QStringLiteral("bad.json"));
    QFile file(badConfig);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"agents":[{"id":1}]})");
    file.close();

    const struct
    {
        QStringList arguments;
        const char *message;
    } cases[] = {
        {{QStringLiteral("--listen"), QStringLiteral("nowhere")}, "--listen"},
        {{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999")}, "--listen"},
        {{QStringLiteral("--config"), dir.filePath(QStringLiteral("missing.json"))}, "cannot read"},
        {{QStringLiteral("--config"), badConfig}, "agents[0].phone: is required"},
        {{QStringLiteral("--scenario"), dir.filePath(QStringLiteral("missing.json"))},
         "cannot read"},
        {{QStringLiteral("--clock"), QStringLiteral("sundial")}, "--clock"},
        {{QStringLiteral("--tls-cert"), badConfig}, "go together"},
        {{QStringLiteral("--tls-cert"), badConfig, QStringLiteral("--tls-key"), badConfig},
         "no PEM certificate"},
        {{QStringLiteral("surplus")}, "unexpected argument"},
    };
    for (const auto &c : cases) {
        INFO(c.arguments.join(u' ').toStdString());
        const Run run = runRecsim(c.arguments);
        CHECK(run.exitCode == 2);
        INFO(run.err.toStdString());
        CHECK(run.err.contains(QLatin1String(c.message)));
    }
}

TEST_CASE("recsim reports a port already in use", "[cli]")
{
    RecsimProcess first;
    const Run second = runRecsim(
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(first.url().port())});
    CHECK(second.exitCode == 2);
    CHECK(second.err.contains(QStringLiteral("cannot listen")));
}

TEST_CASE("Without --config recsim serves the built-in demo", "[cli]")
{
    RecsimProcess demo({}, QString());
    auto alice = clientFor(demo, QStringLiteral("alice"));
    CHECK(alice->get(QStringLiteral("/finesse/api/User/alice")).status == 200);
    CHECK(demo.sim().get(QStringLiteral("/sim/clock")).object().value(QStringLiteral("mode")) ==
          QStringLiteral("real"));
}

TEST_CASE("recsim serves HTTPS with the given certificate", "[cli][tls]")
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QString log;
    INFO(log.toStdString());
    REQUIRE(hosttool::makeCertificate({.subject = QStringLiteral("/CN=127.0.0.1"), .rsa = true},
                                      cert, key, &log));

    RecsimProcess sim({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    CHECK(sim.url().scheme() == QStringLiteral("https"));

    // Without trusting the certificate the request fails ...
    HttpClient strict(sim.url());
    strict.setCredentials(QStringLiteral("bob"), QStringLiteral("bob-demo"));
    const HttpReply refused = strict.get(QStringLiteral("/finesse/api/SystemInfo"));
    CHECK(refused.error == QNetworkReply::SslHandshakeFailedError);
    // ... and trusting exactly that certificate, it succeeds and the peer is that certificate.
    QFile certFile(cert);
    REQUIRE(certFile.open(QIODevice::ReadOnly));
    const QList<QSslCertificate> expected = QSslCertificate::fromData(certFile.readAll());
    REQUIRE(expected.size() == 1);
    QNetworkRequest request(sim.url().resolved(QUrl(QStringLiteral("/finesse/api/SystemInfo"))));
    request.setRawHeader("Authorization", "Basic " + QByteArray("bob:bob-demo").toBase64());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(expected);
    request.setSslConfiguration(tls);
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    CHECK(reply->error() == QNetworkReply::NoError);
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    CHECK(reply->sslConfiguration().peerCertificate() == expected.first());
    delete reply;
}

#ifdef Q_OS_UNIX
TEST_CASE("recsim ends cleanly on SIGTERM and removes its temporary audio", "[cli]")
{
    QProcess process;
    process.start(RecsimProcess::executable(),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--config"), RecsimProcess::defaultConfig()});
    QByteArray output;
    while (!output.contains('\n') && process.waitForReadyRead(10'000))
        output += process.readAllStandardOutput();
    const QString line = QString::fromUtf8(output).trimmed();
    const QUrl url(line.section(u' ', 3));
    HttpClient control(url);
    const QJsonObject model = control.get(QStringLiteral("/sim/model")).object();
    const QString id = model.value(QStringLiteral("recordings"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    const QString dataDirectory = model.value(QStringLiteral("dataDirectory")).toString();
    REQUIRE(control.get(QStringLiteral("/sim/recordings/%1/audio").arg(id)).status == 200);
    CHECK(dataDirectory.startsWith(QDir::tempPath()));
    CHECK_FALSE(QDir(dataDirectory).isEmpty());
    process.terminate();
    REQUIRE(process.waitForFinished(5000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);
    CHECK_FALSE(QDir(dataDirectory).exists());
}
#endif
