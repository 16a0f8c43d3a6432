#pragma once

#include "HostTool.h"
#include "Simulator.h"

#include <QJsonObject>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

// recsim in the test's own process: real HTTP on 127.0.0.1, but it can be stopped and started
// again on the same port with its model intact ("server down", "certificate changed").
class SimServer
{
public:
    explicit SimServer(const QString &configFile = {});
    ~SimServer();

    bool listen(quint16 port = 0, const std::optional<QSslConfiguration> &tls = std::nullopt);
    void close();
    QUrl url() const;
    quint16 port() const { return m_port; }
    recsim::Simulator &sim() { return *m_sim; }
    recsim::SimModel &model() { return m_sim->model(); }

    // Through the model: an answered inbound call; returns its id.
    QString connectedCall(const QString &agent,
                          const QString &number = QStringLiteral("+15550001111"));
    // Through /sim/ over HTTP, as any client would.
    void addFault(const QJsonObject &fault);
    void clearFaults();
    void expireSessions();
    // Runs the event loop until recsim has answered `count` more requests to its server APIs
    // (not /sim/) whose path starts with `pathPrefix`. A client that never has two reads in
    // flight has then finished at least count - 1 of them: "nothing changed" is checked over
    // reads, not over a guessed time.
    bool waitForRequests(int count, const QString &pathPrefix = QStringLiteral("/"),
                         int timeoutMs = 5000);

private:
    bool listenBehindHostTls(quint16 port, const QSslConfiguration &tls);

    std::unique_ptr<recsim::Simulator> m_sim;
    quint16 m_port = 0;
    bool m_tls = false;
    // Under Wine, whose Schannel cannot be a TLS server: the host's socat serves TLS on the port
    // and hands the plain requests to recsim, so the bar's own TLS client is still what is tested.
    std::unique_ptr<hosttool::HostProcess> m_tlsFront;
    std::unique_ptr<QTemporaryDir> m_tlsFiles;
};

// Self-signed certificates for 127.0.0.1, made with openssl once per test process.
struct TestCertificate
{
    QSslConfiguration server;
    QSslCertificate certificate;
};
TestCertificate testCertificate(int which); // 0 or 1: two different certificates
