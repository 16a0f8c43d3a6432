// A hostile notification service floods a pushed Finesse bar (issue 23): recsim pushes events
// to bob's Dialogs node, each a call with a new dialog id that REST never shows, while the
// benchmark asks the bar `recbar ctl status` every 50 ms, as an agent's script would. Beside
// it, in the same run, the same questions with no flood.
//   bench_flood [--seconds N] [--per-second R]
// Figures: ctl status answer time (median, 99th, worst), the bar's resident memory before and
// after, and whether its state afterwards is the server's REST view (bob's one call).
#include "BenchProcesses.h"
#include "ipc/ControlClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <chrono>
#include <functional>

using namespace recbar;

namespace {

QTextStream out(stdout);

double nowMs()
{
    return std::chrono::duration<double, std::milli>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    const double until = nowMs() + timeoutMs;
    while (!done()) {
        if (nowMs() > until)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

QJsonObject send(QNetworkAccessManager &network, const QUrl &url, const QByteArray &method,
                 const QString &path, const QJsonObject &body = {})
{
    QNetworkRequest request(url.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(
        request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    waitUntil([reply] { return reply->isFinished(); }, 10'000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

qint64 residentKiB(qint64 pid)
{
    return bench::usageOver({pid}, 0).value(0).residentKiB;
}

struct Answers
{
    QList<double> ms;
    int unanswered = 0;

    double at(double q) const
    {
        if (ms.isEmpty())
            return -1;
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, qsizetype(q * sorted.size()))];
    }
};

// `ctl status` every 50 ms for `seconds`, from a thread of its own so that the bench's own
// event loop (recsim's replies) never delays a question.
Answers askStatus(const QString &socket, int seconds)
{
    Answers answers;
    const double until = nowMs() + seconds * 1000.0;
    while (nowMs() < until) {
        const double asked = nowMs();
        const ControlClient::Reply r =
            ControlClient::send(socket, {QStringLiteral("status"), {}}, std::chrono::seconds(5));
        if (r.outcome == ControlClient::Outcome::Answered)
            answers.ms.append(nowMs() - asked);
        else
            ++answers.unanswered;
        const double next = asked + 50;
        if (nowMs() < next)
            QThread::usleep(useconds_t((next - nowMs()) * 1000));
    }
    return answers;
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type >= QtCriticalMsg)
            QTextStream(stderr) << message << Qt::endl;
    });
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 ? std::max(1, args.value(at + 1).toInt()) : fallback;
    };
    const int seconds = option("--seconds", 30);
    const int perSecond = option("--per-second", 10'000);

    QProcess recsim;
    const QUrl url = bench::startRecsim(recsim, {});
    if (!url.isValid()) {
        out << "recsim did not start\n";
        return 1;
    }
    QNetworkAccessManager network;
    send(network, url, "POST", QStringLiteral("/sim/calls"),
         {{QStringLiteral("agent"), QStringLiteral("bob")},
          {QStringLiteral("number"), QStringLiteral("+15550107777")},
          {QStringLiteral("answered"), true}});

    QTemporaryDir dir;
    QProcess bar;
    bar.setProcessEnvironment(bench::isolatedEnvironment(dir));
    bar.setStandardOutputFile(QProcess::nullDevice());
    bar.setStandardErrorFile(QProcess::nullDevice());
    bar.start(QStringLiteral(RECBAR_EXECUTABLE),
              {QStringLiteral("--demo-server"), url.toString(), QStringLiteral("--demo-kind"),
               QStringLiteral("finesse")});
    const QString socket = bench::controlSocket(dir);
    const auto status = [&] {
        return ControlClient::send(socket, {QStringLiteral("status"), {}}, std::chrono::seconds(5))
            .response.status;
    };
    const bool pushed = waitUntil(
        [&] {
            const QJsonObject s = status();
            return s.value(QStringLiteral("updates"))
                           .toObject()
                           .value(QStringLiteral("mode"))
                           .toString() == u"pushed" &&
                   s.value(QStringLiteral("call")).toString() == u"talking";
        },
        20'000);
    if (!pushed) {
        out << "the bar did not get pushed state\n";
        return 1;
    }

    const Answers quiet = askStatus(socket, 5);
    const qint64 before = residentKiB(bar.processId());
    send(network, url, "POST", QStringLiteral("/sim/notifications/flood"),
         {{QStringLiteral("user"), QStringLiteral("bob")},
          {QStringLiteral("events"), qint64(perSecond) * seconds},
          {QStringLiteral("perSecond"), perSecond}});
    const Answers flooded = askStatus(socket, seconds);
    const qint64 after = residentKiB(bar.processId());
    qint64 sent = 0;
    waitUntil(
        [&] {
            const QJsonArray sessions =
                send(network, url, "GET", QStringLiteral("/sim/notifications"))
                    .value(QStringLiteral("sessions"))
                    .toArray();
            sent =
                sessions.isEmpty()
                    ? 0
                    : sessions.first().toObject().value(QStringLiteral("eventsSent")).toInteger();
            return sent >= qint64(perSecond) * seconds;
        },
        seconds * 2000);
    // Afterwards: bob's one call, as REST shows it, and push still on.
    double settledMs = -1;
    const double settling = nowMs();
    if (waitUntil(
            [&] {
                const QJsonObject s = status();
                return s.value(QStringLiteral("call")).toString() == u"talking" &&
                       s.value(QStringLiteral("otherCalls")).toInt() == 0 &&
                       s.value(QStringLiteral("remoteNumber")).toString() == u"+15550107777";
            },
            10'000))
        settledMs = nowMs() - settling;
    const QString mode = status()
                             .value(QStringLiteral("updates"))
                             .toObject()
                             .value(QStringLiteral("mode"))
                             .toString();
    bar.terminate();
    bar.waitForFinished(10'000);
    recsim.terminate();
    recsim.waitForFinished(5000);

    out << QStringLiteral("A flood of %1 pushed events a second for %2 s (%3 sent), each a call "
                          "with a new dialog id; `ctl status` every 50 ms\n\n")
               .arg(perSecond)
               .arg(seconds)
               .arg(sent);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("figure"), -36)
               .arg(QStringLiteral("flood"), 12)
               .arg(QStringLiteral("no flood"), 12)
               .arg(QStringLiteral("budget"));
    const auto row = [](const QString &name, double flood, double baseline, const QString &unit,
                        const QString &budget) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(name, -36)
                   .arg(QStringLiteral("%1 %2").arg(flood, 0, 'f', 1).arg(unit), 12)
                   .arg(baseline < 0 ? QStringLiteral("-")
                                     : QStringLiteral("%1 %2").arg(baseline, 0, 'f', 1).arg(unit),
                        12)
                   .arg(budget);
    };
    row(QStringLiteral("ctl status answered: median"), flooded.at(0.5), quiet.at(0.5),
        QStringLiteral("ms"), QString());
    row(QStringLiteral("ctl status answered: 99th"), flooded.at(0.99), quiet.at(0.99),
        QStringLiteral("ms"), QString());
    row(QStringLiteral("ctl status answered: worst"), flooded.at(1), quiet.at(1),
        QStringLiteral("ms"), QStringLiteral("within 200 ms"));
    row(QStringLiteral("ctl status unanswered (5 s)"), flooded.unanswered, quiet.unanswered,
        QString(), QStringLiteral("none"));
    row(QStringLiteral("resident memory grew"), (after - before) / 1024.0, -1,
        QStringLiteral("MiB"), QStringLiteral("under 10 MiB"));
    row(QStringLiteral("state = REST read, after"), settledMs, -1, QStringLiteral("ms"),
        QStringLiteral("yes (-1: never)"));
    out << "updates afterwards: " << mode << "\n";
    QJsonObject json{{QStringLiteral("statusWorstMs"), flooded.at(1)},
                     {QStringLiteral("statusP99Ms"), flooded.at(0.99)},
                     {QStringLiteral("statusQuietWorstMs"), quiet.at(1)},
                     {QStringLiteral("unanswered"), flooded.unanswered},
                     {QStringLiteral("memoryGrewMiB"), (after - before) / 1024.0},
                     {QStringLiteral("settledMs"), settledMs},
                     {QStringLiteral("eventsSent"), sent}};
    out << "JSON " << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
