// Finesse's call state pushed by the notification service, beside the same profile polled, in
// the same run against one recsim process (issue 13's figures):
// - a call answered while the agent is idle, until the bar shows it;
// - a change during a call (hold, retrieve), until the bar shows it;
// - "always on": a call answered until the bar asks for the recording;
// - HTTP requests a signed-in, idle agent makes in a minute (recsim's request log), in this
//   process and as a recbar process, over five minutes: a timer reading more often than once
//   a minute cannot hide in a short window;
// - memory and CPU of an idle recbar process with each profile.
//   bench_push [--idle-seconds N]
#include "BenchProcesses.h"
#include "agent/AgentSession.h"
#include "servers/ServerKind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <chrono>
#include <functional>
#include <numeric>

using namespace recbar;

namespace {

constexpr int kAnswers = 8;
constexpr int kChanges = 20;
constexpr int kAlwaysOn = 6;

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

void pause(int ms)
{
    waitUntil([] { return false; }, ms);
}

struct Stats
{
    double median = -1;
    double worst = -1;
};

int total(const QMap<QString, int> &byPath)
{
    return std::accumulate(byPath.cbegin(), byPath.cend(), 0);
}

QString describe(const QString &window, const QMap<QString, int> &byPath)
{
    QStringList parts;
    for (auto it = byPath.cbegin(); it != byPath.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    return QStringLiteral("  %1: %2")
        .arg(window, parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", ")));
}

Stats stats(QList<double> v)
{
    if (v.isEmpty())
        return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.back()};
}

class Sim
{
public:
    explicit Sim(QUrl url)
        : m_url(std::move(url))
    {}

    QJsonObject send(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(m_url.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, method, QJsonDocument(body).toJson(QJsonDocument::Compact));
        waitUntil([reply] { return reply->isFinished(); }, 10'000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    QString call(const QString &agent, bool answered)
    {
        return send("POST", QStringLiteral("/sim/calls"),
                    {{QStringLiteral("agent"), agent},
                     {QStringLiteral("number"), QStringLiteral("+15550107777")},
                     {QStringLiteral("answered"), answered}})
            .value(QStringLiteral("id"))
            .toString();
    }
    void act(const QString &call, const QString &action)
    {
        send("POST", QStringLiteral("/sim/calls/%1/%2").arg(call, action));
    }
    // Requests recsim answered since the log was cleared on paths that start with `prefix`,
    // by path.
    QMap<QString, int> requests(const QString &prefix)
    {
        QMap<QString, int> byPath;
        const QJsonArray log = send("GET", QStringLiteral("/sim/requests"))
                                   .value(QStringLiteral("requests"))
                                   .toArray();
        for (const QJsonValue &r : log) {
            const QString path = r.toObject().value(QStringLiteral("path")).toString();
            if (path.startsWith(prefix))
                ++byPath[path];
        }
        return byPath;
    }
    // This agent's Finesse resources (User, Dialogs).
    QMap<QString, int> finesseRequests(const QString &agent)
    {
        return requests(QStringLiteral("/finesse/api/User/") + agent);
    }

private:
    QUrl m_url;
    QNetworkAccessManager m_network;
};

// One agent's bar core, signed in with a Finesse profile, pushed or polled.
class Bar
{
public:
    Bar(const QUrl &url, const QString &user, bool push, bool alwaysOn = false)
        : m_settings(m_dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat)
        , m_credentials(QStringLiteral("RecBar-bench"))
        , m_session(m_settings, m_credentials)
    {
        Profile p;
        p.id = QStringLiteral("bench-") + user;
        p.name = QStringLiteral("recsim");
        p.serverUrl = url;
        p.user = user;
        p.controlKind = QStringLiteral("finesse");
        p.stateKind = QStringLiteral("finesse");
        p.allowPlainHttp = true;
        p.rememberPassword = false;
        p.autoStart = alwaysOn;
        QUrl ws = url;
        ws.setScheme(QStringLiteral("ws"));
        ws.setPath(QStringLiteral("/ws"));
        p.setField(QStringLiteral("finesseNotificationUrl"), ws.toString());
        p.setField(QStringLiteral("finesseUpdates"),
                   push ? QStringLiteral("push") : QStringLiteral("poll"));
        m_session.signIn(p, {.control = user + QStringLiteral("-demo")});
        QObject::connect(m_session.controller(), &AgentController::changed,
                         [this](const AgentSnapshot &s) {
                             m_call = s.call;
                             m_changedAt = nowMs();
                         });
        QObject::connect(m_session.controller(), &AgentController::commandRequested,
                         [this](const Command &c) {
                             if (c.kind == CommandKind::Start)
                                 m_startAskedAt = nowMs();
                         });
        const AgentController &c = *m_session.controller();
        m_ready = waitUntil(
            [&] {
                return c.snapshot().isConnected() &&
                       (!push || c.snapshot().delivery.mode == StateDelivery::Mode::Pushed);
            },
            15'000);
        pause(500); // the read that follows going live
    }
    ~Bar() { m_session.signOut(); }

    bool ready() const { return m_ready; }
    CallState call() const { return m_call; }
    double changedAt() const { return m_changedAt; }
    double startAskedAt() const { return m_startAskedAt; }
    void forgetStart() { m_startAskedAt = 0; }

private:
    QTemporaryDir m_dir;
    QSettings m_settings;
    CredentialStore m_credentials;
    AgentSession m_session;
    CallState m_call = CallState::None;
    double m_changedAt = 0;
    double m_startAskedAt = 0;
    bool m_ready = false;
};

struct Row
{
    QString name;
    double pushed;
    double polled;
    QString unit;
    QString budget;
};

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type >= QtCriticalMsg)
            QTextStream(stderr) << message << Qt::endl;
    });
    QCoreApplication app(argc, argv);
    const recbar::ServerRegistry kinds;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--idle-seconds"));
    const int idleSeconds = at >= 0 ? std::max(10, args.value(at + 1).toInt()) : 300;

    QProcess recsim;
    const QUrl url = bench::startRecsim(recsim, {});
    if (!url.isValid()) {
        out << "recsim did not start\n";
        return 1;
    }
    Sim sim(url);
    const double perMinute = 60.0 / idleSeconds;
    QStringList breakdown;
    QList<Row> rows;
    Stats answered[2];
    Stats changed[2];
    Stats alwaysOn[2];
    for (const bool push : {true, false}) {
        const int i = push ? 0 : 1;
        {
            Bar bar(url, QStringLiteral("bob"), push);
            if (!bar.ready()) {
                out << "the bar did not sign in\n";
                return 1;
            }
            // A call answered while idle, at a random moment between reads (5 s idle).
            QList<double> shown;
            for (int n = 0; n < kAnswers; ++n) {
                pause(500 + QRandomGenerator::global()->bounded(5000));
                const double asked = nowMs();
                const QString id = sim.call(QStringLiteral("bob"), true);
                if (waitUntil([&] { return bar.call() == CallState::Talking; }, 15'000))
                    shown.append(bar.changedAt() - asked);
                sim.act(id, QStringLiteral("hangup"));
                waitUntil([&] { return bar.call() == CallState::None; }, 15'000);
            }
            answered[i] = stats(shown);

            // Changes during a call, at random moments.
            const QString id = sim.call(QStringLiteral("bob"), true);
            waitUntil([&] { return bar.call() == CallState::Talking; }, 15'000);
            QList<double> updated;
            for (int n = 0; n < kChanges; ++n) {
                pause(200 + QRandomGenerator::global()->bounded(1000));
                const bool hold = n % 2 == 0;
                const double asked = nowMs();
                sim.act(id, hold ? QStringLiteral("hold") : QStringLiteral("retrieve"));
                const CallState wanted = hold ? CallState::Held : CallState::Talking;
                if (waitUntil([&] { return bar.call() == wanted; }, 10'000))
                    updated.append(bar.changedAt() - asked);
            }
            sim.act(id, QStringLiteral("hangup"));
            waitUntil([&] { return bar.call() == CallState::None; }, 15'000);
            changed[i] = stats(updated);
        }
        {
            // Always on: the bar starts the recording itself when a call is answered.
            Bar bar(url, QStringLiteral("bob"), push, true);
            QList<double> asked;
            for (int n = 0; n < kAlwaysOn; ++n) {
                pause(500 + QRandomGenerator::global()->bounded(5000));
                bar.forgetStart();
                const double answeredAt = nowMs();
                const QString id = sim.call(QStringLiteral("bob"), true);
                if (waitUntil([&] { return bar.startAskedAt() > 0; }, 15'000))
                    asked.append(bar.startAskedAt() - answeredAt);
                pause(600); // the recording shows (recsim: 400 ms after the 202)
                sim.act(id, QStringLiteral("hangup"));
                waitUntil([&] { return bar.call() == CallState::None; }, 15'000);
            }
            alwaysOn[i] = stats(asked);
        }
    }
    rows.append({QStringLiteral("idle, call answered: shown (median)"), answered[0].median,
                 answered[1].median, QStringLiteral("ms"), QStringLiteral("under 50 ms")});
    rows.append({QStringLiteral("idle, call answered: shown (worst)"), answered[0].worst,
                 answered[1].worst, QStringLiteral("ms"), QString()});
    rows.append({QStringLiteral("on a call, change: shown (median)"), changed[0].median,
                 changed[1].median, QStringLiteral("ms"), QStringLiteral("under 20 ms")});
    rows.append({QStringLiteral("on a call, change: shown (worst)"), changed[0].worst,
                 changed[1].worst, QStringLiteral("ms"), QString()});
    rows.append({QStringLiteral("always on: answer to start asked"), alwaysOn[0].median,
                 alwaysOn[1].median, QStringLiteral("ms"), QStringLiteral("under 200 ms")});

    // Idle, both at once: bob pushed, alice polled; then two recbar processes the same way.
    {
        Bar pushed(url, QStringLiteral("bob"), true);
        Bar polled(url, QStringLiteral("alice"), false);
        sim.send("DELETE", QStringLiteral("/sim/requests"));
        pause(idleSeconds * 1000);
        const auto pushedReads = sim.finesseRequests(QStringLiteral("bob"));
        const auto polledReads = sim.finesseRequests(QStringLiteral("alice"));
        rows.append({QStringLiteral("idle: HTTP requests a minute"), total(pushedReads) * perMinute,
                     total(polledReads) * perMinute, QStringLiteral("req"),
                     QStringLiteral("at most 2")});
        breakdown.append(describe(QStringLiteral("idle, pushed"), pushedReads));
        breakdown.append(describe(QStringLiteral("idle, polled"), polledReads));
    }
    {
        QTemporaryDir pushDir;
        QTemporaryDir pollDir;
        QProcess pushBar;
        QProcess pollBar;
        pushBar.setProcessEnvironment(bench::isolatedEnvironment(pushDir));
        pollBar.setProcessEnvironment(bench::isolatedEnvironment(pollDir));
        for (QProcess *p : {&pushBar, &pollBar}) {
            p->setStandardOutputFile(QProcess::nullDevice());
            p->setStandardErrorFile(QProcess::nullDevice());
        }
        // The demo profile as Finesse (pushed) and as the Recording API (polled, as today).
        pushBar.start(QStringLiteral(RECBAR_EXECUTABLE),
                      {QStringLiteral("--demo-server"), url.toString(),
                       QStringLiteral("--demo-kind"), QStringLiteral("finesse")});
        pollBar.start(QStringLiteral(RECBAR_EXECUTABLE),
                      {QStringLiteral("--demo-server"), url.toString()});
        pause(4000);
        sim.send("DELETE", QStringLiteral("/sim/requests"));
        const QList<bench::Usage> idle =
            bench::usageOver({pushBar.processId(), pollBar.processId()}, idleSeconds);
        const auto pushedReads = sim.requests(QStringLiteral("/finesse/"));
        const auto polledReads = sim.requests(QStringLiteral("/api/"));
        rows.append({QStringLiteral("idle recbar: HTTP requests a minute"),
                     total(pushedReads) * perMinute, total(polledReads) * perMinute,
                     QStringLiteral("req"), QStringLiteral("pushed: at most 2")});
        breakdown.append(describe(QStringLiteral("idle recbar, pushed"), pushedReads));
        breakdown.append(describe(QStringLiteral("idle recbar, polled"), polledReads));
        for (QProcess *p : {&pushBar, &pollBar}) {
            p->terminate();
            p->waitForFinished(10'000);
        }
        rows.append({QStringLiteral("idle recbar: resident memory"),
                     double(idle[0].residentKiB) / 1024, double(idle[1].residentKiB) / 1024,
                     QStringLiteral("MiB"), QStringLiteral("under 60 MiB")});
        rows.append({QStringLiteral("idle recbar: CPU, %1 s").arg(idleSeconds), idle[0].cpuPercent,
                     idle[1].cpuPercent, QStringLiteral("% core"), QStringLiteral("under 0.5 %")});
    }
    recsim.terminate();
    recsim.waitForFinished(5000);

    out << "Finesse call state, pushed (notification service) and polled (the same profile; the "
           "last two rows: the Recording API demo profile), medians unless said\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("figure"), -38)
               .arg(QStringLiteral("pushed"), 11)
               .arg(QStringLiteral("polled"), 11)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("budget"));
    QJsonArray json;
    for (const Row &r : rows) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(r.name, -38)
                   .arg(QStringLiteral("%1 %2").arg(r.pushed, 0, 'f', 2).arg(r.unit), 11)
                   .arg(QStringLiteral("%1 %2").arg(r.polled, 0, 'f', 2).arg(r.unit), 11)
                   .arg(r.polled > 0 ? QString::number(r.pushed / r.polled, 'f', 3)
                                     : QStringLiteral("-"),
                        7)
                   .arg(r.budget);
        json.append(QJsonObject{{QStringLiteral("name"), r.name},
                                {QStringLiteral("pushed"), r.pushed},
                                {QStringLiteral("polled"), r.polled},
                                {QStringLiteral("unit"), r.unit}});
    }
    out << "\nrequests in the idle windows, by path:\n" << breakdown.join(u'\n') << "\n";
    out << "\nsamples: " << kAnswers << " answers, " << kChanges << " changes, " << kAlwaysOn
        << " always-on answers per mode; idle window " << idleSeconds << " s\n";
    out << "JSON " << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
