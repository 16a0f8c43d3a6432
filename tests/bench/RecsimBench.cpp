// recsim under the load the bar's users put on a server (DESIGN.md: 1,000 agents polling once a
// second on loopback, p99 under 20 ms). A separate recsim process with 1,000 generated agents;
// here, 1,000 keep-alive connections, each asking GET /api/Agent for its own agent every second,
// staggered across the second. The baseline, measured the same way in the same run: the same
// clients asking recsim's cheapest route (GET /sim/settings: no auth, no model), i.e. what the
// HTTP stack and this client cost by themselves.
//
// Then the Finesse notification service: 1,000 agents signed in to it with the bar's own client
// (XMPP over WebSocket), recsim changing each agent's state once a second, spread across the
// second; the figure is each event's delivery, from recsim publishing it (its requestId carries
// the time) to the client having parsed it.
#include "BenchProcesses.h"
#include "servers/finesse/FinesseNotifications.h"
#include "servers/finesse/FinesseProtocol.h"
#include "session/TrustStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <vector>

namespace {

constexpr int kAgents = 1000;
constexpr int kWarmupMs = 3000;
constexpr int kMeasureMs = 10'000;

QTextStream out(stdout);

// One agent's connection: a request each second, the answer read by Content-Length.
class PollingClient : public QObject
{
public:
    PollingClient(quint16 port, QByteArray request, std::vector<double> *latencies, int *errors)
        : m_port(port)
        , m_request(std::move(request))
        , m_latencies(latencies)
        , m_errors(errors)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &PollingClient::read);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            ++*m_errors;
            m_busy = false;
        });
        m_timer.setInterval(1000);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &PollingClient::poll);
    }

    void start(int offsetMs)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QTimer::singleShot(offsetMs, Qt::PreciseTimer, this, [this] {
            m_timer.start();
            poll();
        });
    }
    void setRecording(bool on) { m_recording = on; }

private:
    void poll()
    {
        if (m_busy) {
            ++*m_errors; // the last answer has not come in a whole second
            return;
        }
        if (m_socket.state() == QAbstractSocket::ConnectingState) {
            if (m_recording)
                ++*m_errors; // still not connected a second later
            return;
        }
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        m_busy = true;
        m_buffer.clear();
        m_clock.start();
        m_socket.write(m_request);
    }

    void read()
    {
        if (!m_busy) {
            m_socket.readAll(); // nothing was asked: not an answer to count
            return;
        }
        m_buffer += m_socket.readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : m_buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        const double ms = double(m_clock.nsecsElapsed()) / 1e6;
        if (!m_buffer.startsWith("HTTP/1.1 200"))
            ++*m_errors;
        else if (m_recording)
            m_latencies->push_back(ms);
        m_busy = false;
        m_buffer.clear();
    }

    quint16 m_port;
    QByteArray m_request;
    std::vector<double> *m_latencies;
    int *m_errors;
    QTcpSocket m_socket;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_recording = false;
};

struct Result
{
    double perSecond = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    int errors = 0;
};

Result run(quint16 port, const std::function<QByteArray(int)> &request)
{
    std::vector<double> latencies;
    int errors = 0;
    std::vector<std::unique_ptr<PollingClient>> clients;
    for (int i = 0; i < kAgents; ++i) {
        clients.push_back(
            std::make_unique<PollingClient>(port, request(i + 1), &latencies, &errors));
        clients.back()->start(i * 1000 / kAgents);
    }
    QEventLoop loop;
    QTimer::singleShot(kWarmupMs, [&] {
        errors = 0;
        for (auto &c : clients)
            c->setRecording(true);
    });
    QTimer::singleShot(kWarmupMs + kMeasureMs, &loop, &QEventLoop::quit);
    loop.exec();
    std::sort(latencies.begin(), latencies.end());
    Result r;
    r.errors = errors;
    if (!latencies.empty()) {
        r.perSecond = double(latencies.size()) / (kMeasureMs / 1000.0);
        r.p50 = latencies[latencies.size() / 2];
        r.p99 = latencies[latencies.size() * 99 / 100];
        r.max = latencies.back();
    }
    return r;
}

double nowMicros()
{
    return double(std::chrono::duration_cast<std::chrono::microseconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count());
}

Result runNotifications(const QUrl &url, int *connected)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("trust.ini")), QSettings::IniFormat);
    recbar::TrustStore trust(settings);
    QUrl ws = url;
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/ws"));
    std::vector<double> latencies;
    bool recording = false;
    int errors = 0;
    *connected = 0;
    std::vector<std::unique_ptr<recbar::FinesseNotifications>> clients;
    for (int i = 1; i <= kAgents; ++i) {
        const QString login = QStringLiteral("load%1").arg(i, 5, 10, QLatin1Char('0'));
        auto client = std::make_unique<recbar::FinesseNotifications>(trust);
        QObject::connect(client.get(), &recbar::FinesseNotifications::live,
                         [connected] { ++*connected; });
        QObject::connect(client.get(), &recbar::FinesseNotifications::failed,
                         [&errors](const QString &) { ++errors; });
        QObject::connect(client.get(), &recbar::FinesseNotifications::eventPublished,
                         [&](const QString &, const QByteArray &payload) {
                             const double arrived = nowMicros();
                             const auto update = recbar::finesse::parseUpdate(payload, {});
                             if (!recording || !update || !update->requestId.startsWith(u"load-"))
                                 return;
                             latencies.push_back((arrived - update->requestId.mid(5).toDouble()) /
                                                 1000.0);
                         });
        const QString node = QStringLiteral("/finesse/api/User/") + login;
        client->open({.url = ws,
                      .domain = QStringLiteral("recsim.local"),
                      .pubsubDomain = QStringLiteral("pubsub.recsim.local"),
                      .user = login,
                      .password = login,
                      .nodes = {node, node + QStringLiteral("/Dialogs")},
                      .trustKeys = {},
                      .answerTimeout = std::chrono::seconds(30)});
        clients.push_back(std::move(client));
    }
    QElapsedTimer waited;
    waited.start();
    while (*connected + errors < kAgents && waited.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    QNetworkAccessManager network;
    const auto control = [&](const QByteArray &method, const QByteArray &body) {
        QNetworkRequest request(url.resolved(QUrl(QStringLiteral("/sim/notifications/load"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        while (!reply->isFinished())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        reply->deleteLater();
    };
    control("POST", R"({"intervalMs": 1000})");
    QEventLoop loop;
    QTimer::singleShot(kWarmupMs, [&] {
        errors = 0;
        recording = true;
    });
    QTimer::singleShot(kWarmupMs + kMeasureMs, &loop, &QEventLoop::quit);
    loop.exec();
    recording = false;
    control("DELETE", {});
    std::sort(latencies.begin(), latencies.end());
    Result r;
    r.errors = errors;
    if (!latencies.empty()) {
        r.perSecond = double(latencies.size()) / (kMeasureMs / 1000.0);
        r.p50 = latencies[latencies.size() / 2];
        r.p99 = latencies[latencies.size() * 99 / 100];
        r.max = latencies.back();
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // 1,000 connections on each side: more descriptors than the usual soft limit of 1,024.
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 8192);
    setrlimit(RLIMIT_NOFILE, &limit);

    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("load.json"));
    QFile file(config);
    file.open(QIODevice::WriteOnly);
    file.write(
        QByteArray(R"({"comment": "1,000 agents for the load benchmark", "generatedAgents": )") +
        QByteArray::number(kAgents) + "}");
    file.close();

    QProcess recsim;
    const QUrl url = bench::startRecsim(recsim, {QStringLiteral("--config"), config});
    if (!url.isValid()) {
        out << "recsim did not start\n";
        return 1;
    }
    const quint16 port = quint16(url.port());

    const auto agentRequest = [](int i) {
        const QByteArray login =
            QStringLiteral("load%1").arg(i, 5, 10, QLatin1Char('0')).toLatin1();
        return "GET /api/Agent?agentIdentifier=Id&value=" + QByteArray::number(100'000 + i) +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " +
               (login + ':' + login).toBase64() + "\r\nAccept: application/json\r\n\r\n";
    };
    const auto baselineRequest = [](int) {
        return QByteArray(
            "GET /sim/settings HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n");
    };
    const Result baseline = run(port, baselineRequest);
    const Result agents = run(port, agentRequest);
    int connected = 0;
    const Result pushed = runNotifications(url, &connected);
    recsim.terminate();
    recsim.waitForFinished(5000);

    out << "recsim under load: " << kAgents << " keep-alive clients polling once a second, "
        << kMeasureMs / 1000 << " s measured after " << kWarmupMs / 1000 << " s of warm-up\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("route"), -22)
               .arg(QStringLiteral("req/s"), 8)
               .arg(QStringLiteral("p50"), 9)
               .arg(QStringLiteral("p99"), 9)
               .arg(QStringLiteral("max"), 9)
               .arg(QStringLiteral("errors"), 7);
    const auto line = [](const QString &name, const Result &r) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(name, -22)
                   .arg(r.perSecond, 8, 'f', 0)
                   .arg(QStringLiteral("%1 ms").arg(r.p50, 0, 'f', 2), 9)
                   .arg(QStringLiteral("%1 ms").arg(r.p99, 0, 'f', 2), 9)
                   .arg(QStringLiteral("%1 ms").arg(r.max, 0, 'f', 2), 9)
                   .arg(r.errors, 7);
    };
    line(QStringLiteral("GET /sim/settings"), baseline);
    line(QStringLiteral("GET /api/Agent"), agents);
    line(QStringLiteral("pushed User events"), pushed);
    out << "\np99 ratio to the baseline: "
        << QString::number(agents.p99 / std::max(0.001, baseline.p99), 'f', 1)
        << "x; budget: p99 under 20 ms\n";
    out << "notification service: " << connected << " of " << kAgents
        << " agents live over XMPP/WebSocket; each event's delivery from publication to parsed "
           "in the client; budget: p99 under 50 ms\n";
    out << "JSON {\"agents\":" << kAgents << ",\"perSecond\":" << agents.perSecond
        << ",\"p50Ms\":" << agents.p50 << ",\"p99Ms\":" << agents.p99 << ",\"maxMs\":" << agents.max
        << ",\"errors\":" << agents.errors << ",\"baselineP50Ms\":" << baseline.p50
        << ",\"baselineP99Ms\":" << baseline.p99 << ",\"pushConnected\":" << connected
        << ",\"pushPerSecond\":" << pushed.perSecond << ",\"pushP50Ms\":" << pushed.p50
        << ",\"pushP99Ms\":" << pushed.p99 << ",\"pushMaxMs\":" << pushed.max << "}\n";
    if (agents.errors > 0)
        out << "errors: an answer other than 200, a lost connection, no answer or no connection "
               "within the second\n";
    return 0;
}
