// The bar against DESIGN.md's budgets, each figure beside a baseline from the same run:
// - start to state shown: recbar started until it answers `status` as connected, vs a minimal
//   Qt Widgets program with a tray icon and a window answering the same question (MinimalBar);
// - idle: resident memory and CPU of a running recbar over 60 s, with no call and on a call, at
//   the profile's default poll rates, vs the minimal program over the same 60 s;
// - click to request on the wire, and reply on the wire to the bar updated: the controller and a
//   BarWindow in this process, a recording pause and resume through a wire tap in front of recsim,
//   vs a bare QNetworkAccessManager asking the same recsim through the same tap;
// - server change to bar updated: a call put on hold in recsim until the bar shows it, with the
//   default poll rate on a call (1 s) in force.
//   bench_bar [--idle-seconds N] [--start-only]   (--start-only: the first figure alone, with
//   every start's time)
#include "BarWindow.h"
#include "BenchProcesses.h"
#include "CommandActions.h"
#include "agent/AgentSession.h"
#include "ipc/ControlClient.h"
#include "servers/ServerKind.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <unistd.h>

using namespace recbar;

namespace {

constexpr int kStarts = 7;
constexpr int kRoundTrips = 40;
constexpr int kServerChanges = 12;

QTextStream out(stdout);

double nowMs()
{
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// A TCP relay in its own thread between a client and recsim: it notes when a request's first bytes
// reach it and when a response's bytes have been handed on, i.e. the moments on the wire.
class WireTap : public QObject
{
public:
    struct Event
    {
        double atMs;
        bool request; // false: response bytes forwarded to the client
        QByteArray line;
    };

    explicit WireTap(quint16 upstream)
        : m_upstream(upstream)
    {
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this, [this] { start(); }, Qt::BlockingQueuedConnection);
    }
    ~WireTap() override
    {
        QMetaObject::invokeMethod(
            this, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    QList<Event> events()
    {
        QMutexLocker lock(&m_mutex);
        return m_events;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_events.clear();
    }

private:
    void start()
    {
        m_server = std::make_unique<QTcpServer>();
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(), [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                relay(client);
        });
    }
    void note(bool request, QByteArray line)
    {
        const double at = nowMs();
        QMutexLocker lock(&m_mutex);
        m_events.append({at, request, std::move(line)});
    }
    void relay(QTcpSocket *client)
    {
        auto *server = new QTcpSocket(client);
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        server->connectToHost(QHostAddress::LocalHost, m_upstream);
        server->waitForConnected(2000);
        const auto toServer = [this, client, server] {
            const QByteArray bytes = client->readAll();
            if (bytes.isEmpty())
                return;
            const QByteArray first = bytes.left(bytes.indexOf('\r'));
            if (first.contains(" HTTP/1."))
                note(true, first);
            server->write(bytes);
            server->flush();
        };
        QObject::connect(client, &QTcpSocket::readyRead, server, toServer);
        toServer();
        QObject::connect(server, &QTcpSocket::readyRead, client, [this, client, server] {
            client->write(server->readAll());
            client->flush();
            note(false, {});
        });
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        QObject::connect(server, &QTcpSocket::disconnected, client,
                         [client] { client->disconnectFromHost(); });
    }

    QThread m_thread;
    quint16 m_upstream;
    quint16 m_port = 0;
    std::unique_ptr<QTcpServer> m_server;
    QMutex m_mutex;
    QList<Event> m_events;
};

QJsonObject call(QNetworkAccessManager &network, const QUrl &url, const QByteArray &method,
                 const QJsonObject &body = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// Milliseconds from start until the program answers `status` as connected.
double startToState(const QString &program, const QStringList &arguments)
{
    QTemporaryDir dir;
    QProcess process;
    process.setProcessEnvironment(bench::isolatedEnvironment(dir));
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    const double started = nowMs();
    process.start(program, arguments);
    double shown = -1;
    while (shown < 0 && nowMs() - started < 20'000) {
        const ControlClient::Reply r = ControlClient::send(
            bench::controlSocket(dir), {QStringLiteral("status"), {}}, std::chrono::seconds(2));
        if (r.outcome == ControlClient::Outcome::Answered &&
            r.response.status.value(QStringLiteral("connection")).toString() == u"connected")
            shown = nowMs() - started;
        else
            QThread::usleep(500);
    }
    process.terminate();
    process.waitForFinished(10'000);
    return shown;
}

struct Row
{
    QString name;
    double value;
    double baseline;
    QString unit;
    QString budget;
};

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The figures are the output; the offscreen platform's chatter about window hints is not.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type >= QtCriticalMsg)
            QTextStream(stderr) << message << Qt::endl;
    });
    QApplication app(argc, argv);
    const recbar::ServerRegistry kinds;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--idle-seconds"));
    const int idleSeconds = at >= 0 ? std::max(5, args.value(at + 1).toInt()) : 60;
    QList<Row> rows;

    QProcess recsim;
    const QUrl url = bench::startRecsim(recsim, {});
    if (!url.isValid()) {
        out << "recsim did not start\n";
        return 1;
    }
    QNetworkAccessManager network;
    const auto sim = [&](const QString &path, const QJsonObject &body = {}) {
        return call(network, url.resolved(QUrl(path)), "POST", body);
    };

    // Start to state shown.
    QList<double> bar;
    QList<double> minimal;
    for (int i = 0; i < kStarts; ++i) {
        minimal.append(startToState(QStringLiteral(MINIMAL_BAR_EXECUTABLE), {}));
        bar.append(startToState(QStringLiteral(RECBAR_EXECUTABLE),
                                {QStringLiteral("--demo-server"), url.toString()}));
    }
    rows.append({QStringLiteral("start to state shown"), median(bar), median(minimal),
                 QStringLiteral("ms"), QStringLiteral("under 2x the baseline")});
    if (args.contains(QStringLiteral("--start-only"))) {
        const auto list = [](const QList<double> &ms) {
            QStringList out;
            for (double m : ms)
                out.append(QString::number(m, 'f', 1));
            return out.join(u' ');
        };
        out << QStringLiteral("start to state shown: recbar %1 ms, minimal %2 ms, %3x\n")
                   .arg(median(bar), 0, 'f', 1)
                   .arg(median(minimal), 0, 'f', 1)
                   .arg(median(bar) / median(minimal), 0, 'f', 2)
            << "recbar: " << list(bar) << "\nminimal: " << list(minimal) << "\n";
        recsim.terminate();
        recsim.waitForFinished(5000);
        return 0;
    }

    // Idle, then on a call, at the default poll rates.
    {
        QTemporaryDir barDir;
        QTemporaryDir minimalDir;
        QProcess recbar;
        QProcess baseline;
        recbar.setProcessEnvironment(bench::isolatedEnvironment(barDir));
        baseline.setProcessEnvironment(bench::isolatedEnvironment(minimalDir));
        for (QProcess *p : {&recbar, &baseline}) {
            p->setStandardOutputFile(QProcess::nullDevice());
            p->setStandardErrorFile(QProcess::nullDevice());
        }
        recbar.start(QStringLiteral(RECBAR_EXECUTABLE),
                     {QStringLiteral("--demo-server"), url.toString()});
        baseline.start(QStringLiteral(MINIMAL_BAR_EXECUTABLE), {});
        QThread::sleep(3); // settled: signed in, first reads done
        const QList<bench::Usage> idle =
            bench::usageOver({recbar.processId(), baseline.processId()}, idleSeconds);
        const QJsonObject created = sim(QStringLiteral("/sim/calls"),
                                        {{QStringLiteral("agent"), QStringLiteral("bob")},
                                         {QStringLiteral("number"), QStringLiteral("+15550100009")},
                                         {QStringLiteral("answered"), true}});
        QThread::sleep(2);
        const QList<bench::Usage> onCall =
            bench::usageOver({recbar.processId(), baseline.processId()}, idleSeconds);
        sim(QStringLiteral("/sim/calls/%1/hangup")
                .arg(created.value(QStringLiteral("id")).toString()));
        recbar.terminate();
        baseline.terminate();
        recbar.waitForFinished(10'000);
        baseline.waitForFinished(10'000);
        rows.append({QStringLiteral("idle: resident memory"), double(idle[0].residentKiB) / 1024,
                     double(idle[1].residentKiB) / 1024, QStringLiteral("MiB"),
                     QStringLiteral("under 60 MiB")});
        rows.append({QStringLiteral("idle: CPU, %1 s").arg(idleSeconds), idle[0].cpuPercent,
                     idle[1].cpuPercent, QStringLiteral("% core"), QStringLiteral("under 0.5 %")});
        rows.append({QStringLiteral("on a call: resident memory"),
                     double(onCall[0].residentKiB) / 1024, double(onCall[1].residentKiB) / 1024,
                     QStringLiteral("MiB"), QStringLiteral("under 60 MiB")});
        rows.append({QStringLiteral("on a call: CPU, %1 s").arg(idleSeconds), onCall[0].cpuPercent,
                     onCall[1].cpuPercent, QStringLiteral("% core"),
                     QStringLiteral("under 0.5 %")});
    }

    // Click to wire, reply to bar: the controller and a bar in this process, through the tap.
    WireTap tap(quint16(url.port()));
    QUrl tapped = url;
    tapped.setPort(tap.port());
    const QJsonObject live = sim(QStringLiteral("/sim/calls"),
                                 {{QStringLiteral("agent"), QStringLiteral("bob")},
                                  {QStringLiteral("number"), QStringLiteral("+15550100010")},
                                  {QStringLiteral("answered"), true}});
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    CredentialStore credentials(QStringLiteral("RecBar-bench"));
    AgentSession session(settings, credentials);
    CommandActions actions;
    BarWindow window(actions);
    window.show();
    Profile profile;
    profile.id = QStringLiteral("bench");
    profile.name = QStringLiteral("recsim");
    profile.serverUrl = tapped;
    profile.user = QStringLiteral("bob");
    profile.setField(QStringLiteral("agentIdentifierKind"), QStringLiteral("Id"));
    profile.setField(QStringLiteral("agentIdentifier"), QStringLiteral("2"));
    profile.allowPlainHttp = true;
    profile.rememberPassword = false;
    session.signIn(profile, {.control = QStringLiteral("bob-demo")});
    AgentController *controller = session.controller();
    double barUpdatedAt = 0;
    RecordingState shown = RecordingState::Unknown;
    CallState shownCall = CallState::None;
    QObject::connect(controller, &AgentController::changed, &window,
                     [&](const AgentSnapshot &snapshot) {
                         window.setSnapshot(snapshot);
                         barUpdatedAt = nowMs();
                         shown = snapshot.recording;
                         shownCall = snapshot.call;
                     });
    // Bob records on demand.
    if (!waitUntil([&] { return shownCall == CallState::Talking; }, 10'000))
        return 1;
    controller->request(CommandKind::Start, {}, QStringLiteral("bench"));
    if (!waitUntil([&] { return shown == RecordingState::Recording; }, 10'000)) {
        out << "the bar did not show bob's recorded call\n";
        return 1;
    }
    QList<double> clickToWire;
    QList<double> replyToBar;
    for (int i = 0; i < kRoundTrips; ++i) {
        const bool pause = i % 2 == 0;
        const RecordingState wanted = pause ? RecordingState::Paused : RecordingState::Recording;
        tap.clear();
        const double clicked = nowMs();
        controller->request(pause ? CommandKind::Pause : CommandKind::Resume, {},
                            QStringLiteral("bench"));
        if (!waitUntil([&] { return shown == wanted; }, 10'000))
            continue;
        const QList<WireTap::Event> events = tap.events();
        const auto sent = std::find_if(events.begin(), events.end(), [](const auto &e) {
            return e.request && e.line.contains("/api/Blackout");
        });
        if (sent != events.end())
            clickToWire.append(sent->atMs - clicked);
        double lastReply = -1;
        for (const WireTap::Event &e : events) {
            if (!e.request && e.atMs <= barUpdatedAt)
                lastReply = e.atMs;
        }
        if (lastReply > 0)
            replyToBar.append(barUpdatedAt - lastReply);
    }

    // The same through a bare QNetworkAccessManager: the status read the bar itself makes.
    QList<double> bareToWire;
    QList<double> bareToFinished;
    {
        QNetworkAccessManager bare;
        QUrl status = tapped.resolved(QUrl(QStringLiteral("/api/Agent")));
        status.setQuery(QStringLiteral("agentIdentifier=Id&value=2"));
        QNetworkRequest request(status);
        request.setRawHeader("Authorization", "Basic " + QByteArray("bob:bob-demo").toBase64());
        for (int i = 0; i < kRoundTrips; ++i) {
            tap.clear();
            const double asked = nowMs();
            QNetworkReply *reply = bare.get(request);
            double finished = 0;
            QObject::connect(reply, &QNetworkReply::finished, [&] { finished = nowMs(); });
            waitUntil([&] { return finished > 0; }, 10'000);
            reply->deleteLater();
            const QList<WireTap::Event> events = tap.events();
            for (const WireTap::Event &e : events) {
                if (e.request) {
                    bareToWire.append(e.atMs - asked);
                    break;
                }
            }
            double lastReply = -1;
            for (const WireTap::Event &e : events) {
                if (!e.request && e.atMs <= finished)
                    lastReply = e.atMs;
            }
            if (lastReply > 0)
                bareToFinished.append(finished - lastReply);
        }
    }
    rows.append({QStringLiteral("click to request on the wire"), median(clickToWire),
                 median(bareToWire), QStringLiteral("ms"), QStringLiteral("under 2 ms beyond")});
    rows.append({QStringLiteral("reply on the wire to bar updated"), median(replyToBar),
                 median(bareToFinished), QStringLiteral("ms"),
                 QStringLiteral("under 2 ms beyond")});

    // A change on the server until the bar shows it, at the default 1 s poll on a call.
    session.signOut();
    profile.serverUrl = url;
    session.signIn(profile, {.control = QStringLiteral("bob-demo")});
    controller = session.controller();
    QObject::connect(controller, &AgentController::changed, &window,
                     [&](const AgentSnapshot &snapshot) {
                         window.setSnapshot(snapshot);
                         barUpdatedAt = nowMs();
                         shownCall = snapshot.call;
                     });
    QList<double> changeToBar;
    const QString liveId = live.value(QStringLiteral("id")).toString();
    if (waitUntil([&] { return shownCall == CallState::Talking; }, 10'000)) {
        for (int i = 0; i < kServerChanges; ++i) {
            const bool hold = i % 2 == 0;
            // At a random moment between polls, as a real change would come.
            const double due = nowMs() + QRandomGenerator::global()->bounded(profile.pollOnCallMs);
            waitUntil([&] { return nowMs() >= due; }, profile.pollOnCallMs);
            const double changed = nowMs();
            sim(QStringLiteral("/sim/calls/%1/%2")
                    .arg(liveId, hold ? QStringLiteral("hold") : QStringLiteral("retrieve")));
            const CallState wanted = hold ? CallState::Held : CallState::Talking;
            if (waitUntil([&] { return shownCall == wanted; }, 10'000))
                changeToBar.append(barUpdatedAt - changed);
        }
    }
    rows.append({QStringLiteral("server change to bar updated"), median(changeToBar),
                 profile.pollOnCallMs / 2.0, QStringLiteral("ms"),
                 QStringLiteral("baseline: half the poll")});
    session.signOut();
    recsim.terminate();
    recsim.waitForFinished(5000);

    out << "RecBar bar benchmark (medians; baselines measured in the same run)\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("figure"), -34)
               .arg(QStringLiteral("recbar"), 10)
               .arg(QStringLiteral("baseline"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("budget"));
    QJsonArray json;
    for (const Row &r : rows) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(r.name, -34)
                   .arg(QStringLiteral("%1 %2").arg(r.value, 0, 'f', 2).arg(r.unit), 10)
                   .arg(QStringLiteral("%1 %2").arg(r.baseline, 0, 'f', 2).arg(r.unit), 10)
                   .arg(r.baseline > 0 ? QString::number(r.value / r.baseline, 'f', 2)
                                       : QStringLiteral("-"),
                        7)
                   .arg(r.budget);
        json.append(QJsonObject{{QStringLiteral("name"), r.name},
                                {QStringLiteral("value"), r.value},
                                {QStringLiteral("baseline"), r.baseline},
                                {QStringLiteral("unit"), r.unit}});
    }
    out << "\nsamples: " << kStarts << " starts each, " << clickToWire.size() << " pauses/resumes, "
        << bareToWire.size() << " bare requests, " << changeToBar.size() << " server changes\n";
    out << "JSON " << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
