#include "Simulator.h"
#include "desktop/QuitOnSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslKey>
#include <QTextStream>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "recsim: " << message << Qt::endl;
    return 2;
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

std::optional<QSslConfiguration> loadTls(const QString &certPath, const QString &keyPath,
                                         QString *error)
{
    const QByteArray certPem = readFile(certPath, error);
    if (!error->isEmpty())
        return std::nullopt;
    const QByteArray keyPem = readFile(keyPath, error);
    if (!error->isEmpty())
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certPath);
        return std::nullopt;
    }
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no PEM RSA or EC private key").arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("recsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECBAR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A simulator of call-recording servers: the Recording API, QM Recording Controls, "
        "Cisco Finesse and Imagicle on one port, with /sim/ to drive calls and faults."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port; port 0 picks a free one."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:7480"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("Configuration file (JSON); default: the "
                                                   "built-in demo configuration."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("Scenario file (JSON) to run; \"demo\" for "
                                                     "the built-in looping demo."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption clock(QStringLiteral("clock"),
                                   QStringLiteral("\"real\" or \"manual\" (advanced through "
                                                  "/sim/clock/advance)."),
                                   QStringLiteral("MODE"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where recordings' audio is written; default: "
                                                    "a temporary directory."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("Serve HTTPS with this PEM certificate."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM private key of --tls-cert."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption exportRecordings(
        QStringLiteral("export-recordings"),
        QStringLiteral("Write the finished recordings (the configuration's history) into DIR as "
                       "WAV files with JSON sidecars, as another system's export, then exit."),
        QStringLiteral("DIR"));
    parser.addOptions(
        {listen, config, scenario, clock, dataDir, tlsCert, tlsKey, exportRecordings});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"; see --help")
                        .arg(parser.positionalArguments().first()));

    QString error;
    recsim::SimConfig simConfig = recsim::SimConfig::demo();
    if (parser.isSet(config)) {
        const QByteArray json = readFile(parser.value(config), &error);
        if (!error.isEmpty())
            return fail(error);
        const auto parsed = recsim::SimConfig::fromJson(json, &error);
        if (!parsed)
            return fail(QStringLiteral("%1:\n%2").arg(parser.value(config), error));
        simConfig = *parsed;
    }
    if (parser.isSet(clock)) {
        const QString mode = parser.value(clock);
        if (mode != u"real" && mode != u"manual")
            return fail(QStringLiteral("--clock must be \"real\" or \"manual\""));
        simConfig.clock =
            mode == u"manual" ? recsim::SimClock::Mode::Manual : recsim::SimClock::Mode::Real;
    }

    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(u':');
    bool portOk = false;
    const uint port = listenValue.mid(colon + 1).toUInt(&portOk);
    QString host = listenValue.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == u"localhost" ? QStringLiteral("127.0.0.1") : host);
    if (colon < 0 || !portOk || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen needs HOST:PORT with a numeric address, e.g. "
                                   "127.0.0.1:0"));

    std::optional<QSslConfiguration> tls;
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsCert)) {
        tls = loadTls(parser.value(tlsCert), parser.value(tlsKey), &error);
        if (!tls)
            return fail(error);
    }

    const auto simulator = recsim::Simulator::create(simConfig, parser.value(dataDir), &error);
    if (!simulator)
        return fail(error);
    if (parser.isSet(exportRecordings)) {
        const int written = simulator->exportRecordings(parser.value(exportRecordings), &error);
        if (written < 0)
            return fail(error);
        QTextStream(stdout) << "recsim wrote " << written << " recordings to "
                            << parser.value(exportRecordings) << Qt::endl;
        return 0;
    }
    if (parser.isSet(scenario)) {
        const QString path = parser.value(scenario) == u"demo"
                                 ? QStringLiteral(":/recsim/demo-scenario.json")
                                 : parser.value(scenario);
        const QByteArray json = readFile(path, &error);
        if (!error.isEmpty())
            return fail(error);
        if (!simulator->startScenario(json, &error))
            return fail(QStringLiteral("%1:\n%2").arg(parser.value(scenario), error));
    }
    if (!simulator->listen(address, quint16(port), tls))
        return fail(
            QStringLiteral("cannot listen on %1: %2").arg(listenValue, simulator->errorString()));

    recbar::quitOnSignals();
    QTextStream(stdout) << "recsim listening on " << simulator->url().toString() << Qt::endl;
    return app.exec();
}
