// A compressed working day with the bar running: recsim plays bob a call every second or so
// (plain, held and retrieved, transferred, with a consult), the bar reads his state five times a
// second, and this program starts recording each call and pauses and resumes every other one
// through `recbar ctl`, as a CRM button would. The bar's resident memory, handles, objects and
// timers are read after a warm-up and at the end; growth beyond 5 % is a leak to fix, and the
// program says FAIL.
//   bench_soak [--calls N] [--under "heaptrack -o FILE"]   (2,000 calls take about 40 minutes)
// --under runs recbar under a memory profiler, to find what grows.
#include "BenchProcesses.h"
#include "ipc/ControlClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTextStream>
#include <QThread>

using namespace recbar;

namespace {

constexpr int kWarmupCalls = 100;
constexpr double kAllowedGrowth = 0.05;

QTextStream out(stdout);

// Four calls, 4.5 s, looping: what an agent's day is made of, at a pace the bar still sees whole.
constexpr const char *kScenario = R"({
  "name": "soak", "loop": true, "loopGapSec": 0,
  "events": [
    {"at": 0.0, "action": "ring", "agent": "bob", "call": "a", "from": "+15550100001", "queue": "Support"},
    {"at": 0.1, "action": "answer", "call": "a"},
    {"at": 0.9, "action": "hangup", "call": "a"},
    {"at": 1.0, "action": "ring", "agent": "bob", "call": "b", "from": "+15550100002", "queue": "Support"},
    {"at": 1.1, "action": "answer", "call": "b"},
    {"at": 1.4, "action": "hold", "call": "b"},
    {"at": 1.7, "action": "retrieve", "call": "b"},
    {"at": 2.0, "action": "hangup", "call": "b"},
    {"at": 2.1, "action": "ring", "agent": "bob", "call": "c", "from": "+15550100003", "queue": "Support"},
    {"at": 2.2, "action": "answer", "call": "c"},
    {"at": 2.8, "action": "transfer", "call": "c", "to": "carol", "as": "c2"},
    {"at": 2.9, "action": "answer", "call": "c2"},
    {"at": 3.2, "action": "hangup", "call": "c2"},
    {"at": 3.3, "action": "ring", "agent": "bob", "call": "d", "from": "+15550100004", "queue": "Support"},
    {"at": 3.4, "action": "answer", "call": "d"},
    {"at": 3.7, "action": "consult", "call": "d", "as": "d2", "to": "8199"},
    {"at": 4.0, "action": "hangup", "call": "d2"},
    {"at": 4.1, "action": "retrieve", "call": "d"},
    {"at": 4.5, "action": "hangup", "call": "d"}
  ]
})";

QJsonObject getJson(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

control::Response ask(const QString &socket, const QString &command)
{
    const ControlClient::Reply r =
        ControlClient::send(socket, {command, {}}, std::chrono::seconds(10));
    if (r.outcome != ControlClient::Outcome::Answered)
        return {false, r.error, {}};
    return r.response;
}

struct Figures
{
    int calls = 0;
    QJsonObject values; // residentKiB, handles, objects, timers
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--calls"));
    const int calls = at >= 0 ? std::max(kWarmupCalls * 2, args.value(at + 1).toInt()) : 2000;

    QTemporaryDir dir;
    QFile scenario(dir.filePath(QStringLiteral("soak.json")));
    if (!scenario.open(QIODevice::WriteOnly) || scenario.write(kScenario) < 0)
        return 1;
    scenario.close();
    QProcess recsim;
    const QUrl url =
        bench::startRecsim(recsim, {QStringLiteral("--scenario"), scenario.fileName()});
    if (!url.isValid()) {
        out << "recsim did not start\n";
        return 1;
    }
    QProcess recbar;
    recbar.setProcessEnvironment(bench::isolatedEnvironment(dir));
    recbar.setStandardOutputFile(QProcess::nullDevice());
    recbar.setStandardErrorFile(dir.filePath(QStringLiteral("recbar.log")));
    QStringList command{QStringLiteral(RECBAR_EXECUTABLE),
                        QStringLiteral("--demo-server"),
                        url.toString(),
                        QStringLiteral("--demo-poll"),
                        QStringLiteral("200"),
                        QStringLiteral("--minimized")};
    const qsizetype under = args.indexOf(QStringLiteral("--under"));
    if (under >= 0)
        command = QProcess::splitCommand(args.value(under + 1)) + command;
    recbar.start(command.takeFirst(), command);
    const QString socket = bench::controlSocket(dir);
    QElapsedTimer clock;
    clock.start();
    while (ask(socket, QStringLiteral("status")).status.value(QStringLiteral("connection")) !=
           QStringLiteral("connected")) {
        if (clock.elapsed() > 20'000 || recbar.state() == QProcess::NotRunning) {
            out << "recbar did not connect to recsim\n";
            return 1;
        }
        QThread::msleep(50);
    }

    out << "RecBar soak: " << calls << " calls for bob (plain, held, transferred, consulted), "
        << "state read every 200 ms, each started and every other one paused and resumed through "
           "recbar ctl\n\n";
    out.flush();
    QSet<QString> seen;
    QString startedCall;
    QString pausedCall;
    int sent = 0;
    int failed = 0;
    QList<Figures> samples;
    const auto sample = [&] {
        samples.append({int(seen.size()), ask(socket, QStringLiteral("diagnostics")).status});
        const QJsonObject &v = samples.last().values;
        out << QStringLiteral("after %1 calls (%2 s): %3 KiB resident, %4 handles, %5 objects, %6 "
                              "timers\n")
                   .arg(samples.last().calls, 5)
                   .arg(clock.elapsed() / 1000, 5)
                   .arg(v.value(QStringLiteral("residentKiB")).toInteger())
                   .arg(v.value(QStringLiteral("handles")).toInt())
                   .arg(v.value(QStringLiteral("objects")).toInt())
                   .arg(v.value(QStringLiteral("timers")).toInt());
        out.flush();
    };
    clock.restart();
    while (seen.size() < calls) {
        QCoreApplication::processEvents(); // QProcess learns of an exit from the event loop
        if (recbar.state() == QProcess::NotRunning) {
            out << "FAIL: recbar exited after " << seen.size() << " calls\n";
            return 1;
        }
        const QJsonObject s = ask(socket, QStringLiteral("status")).status;
        const QString call = s.value(QStringLiteral("callId")).toString();
        if (!call.isEmpty() && !seen.contains(call)) {
            seen.insert(call);
            if (seen.size() == kWarmupCalls || seen.size() % 250 == 0)
                sample();
        }
        // Bob records on demand: each call is started, every other one paused and resumed. The
        // call may end under a command: a failure with words is an outcome too.
        QStringList commands;
        const QString recording = s.value(QStringLiteral("recording")).toString();
        if (s.value(QStringLiteral("call")).toString() == u"talking" && call != startedCall &&
            recording == u"off") {
            startedCall = call;
            commands << QStringLiteral("start");
        }
        if (call == startedCall && call != pausedCall && recording == u"recording" &&
            seen.size() % 2 == 1) {
            pausedCall = call;
            commands << QStringLiteral("pause") << QStringLiteral("resume");
        }
        for (const QString &command : std::as_const(commands)) {
            ++sent;
            if (!ask(socket, command).ok)
                ++failed;
        }
        QThread::msleep(40);
    }
    sample();

    QNetworkAccessManager network;
    const QJsonObject played =
        getJson(network, url.resolved(QUrl(QStringLiteral("/sim/scenario"))));
    recbar.terminate();
    recbar.waitForFinished(10'000);
    recsim.terminate();
    recsim.waitForFinished(5000);

    const Figures &first = samples.first();
    const Figures &last = samples.last();
    out << "\n"
        << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("figure"), -14)
               .arg(QStringLiteral("after %1 calls").arg(first.calls), 16)
               .arg(QStringLiteral("after %1 calls").arg(last.calls), 16)
               .arg(QStringLiteral("growth"), 9);
    bool grew = false;
    QJsonObject json{{QStringLiteral("calls"), last.calls}};
    for (const char *name : {"residentKiB", "handles", "objects", "timers"}) {
        const QString key = QString::fromLatin1(name);
        const double before = first.values.value(key).toDouble();
        const double after = last.values.value(key).toDouble();
        const double growth = before > 0 ? (after - before) / before : 0;
        grew = grew || growth > kAllowedGrowth;
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(key, -14)
                   .arg(before, 16, 'f', 0)
                   .arg(after, 16, 'f', 0)
                   .arg(QStringLiteral("%1 %").arg(growth * 100, 0, 'f', 1), 9);
        json.insert(key + QStringLiteral("Start"), before);
        json.insert(key + QStringLiteral("End"), after);
    }
    out << "\nscenario iterations " << played.value(QStringLiteral("iteration")).toInt()
        << " (4 calls each), events skipped "
        << played.value(QStringLiteral("failedEvents")).toInt() << "; commands " << sent
        << " (start, pause, resume), failed with a message " << failed
        << " (the call ended under them)\n";
    out << (grew ? "FAIL: growth beyond 5 %\n" : "PASS: no figure grew beyond 5 %\n");
    json.insert(QStringLiteral("commands"), sent);
    json.insert(QStringLiteral("commandsFailed"), failed);
    out << "JSON " << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    return grew ? 1 : 0;
}
