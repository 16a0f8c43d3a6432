// The supervisor's board at a contact center's scale (issue 26): 2,000 agents in recsim, 1,500 of
// them on calls (100 unrecorded, 50 in a long pause), read by the bar's own Recording API client,
// shown in the team window (offscreen). Each figure beside a baseline measured in the same run:
//   read on the GUI thread   the board's merge, the table's update and its re-sort for one read
//                            of 2,000 agents; baseline: QJsonDocument parsing the same answer (the
//                            least any reading of it costs), which the board does off the GUI
//                            thread
//   parse off the thread     the agent list parsed into the board's terms, on the pool; same
//   baseline GUI thread blocked       a 1 ms timer's largest gap over 20 s of reads every 2 s a
//   change shown           a call hung up in recsim until the board shows the agent free; budget:
//                            one read interval (2 s) plus the read
//   scrolling                one frame (scroll a step, draw the table) at the window's size
//   memory                   resident growth of a signed-in bar once the board is read and its
//                            window open (< 20 MiB)
#include "BenchProcesses.h"
#include "BenchTable.h"
#include "TeamWindow.h"
#include "agent/AgentSession.h"
#include "servers/recordingapi/RecordingApiProtocol.h"

#include <QApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

using namespace recbar;

namespace {

constexpr int kAgents = 2000;
constexpr int kOnCall = 1500;

QTextStream out(stdout);

using bench::Row;
using bench::rssKiB;

struct Spread
{
    double median = 0;
    double p99 = 0;
    double worst = 0;
};

Spread spread(std::vector<double> times)
{
    if (times.empty())
        return {};
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[std::min(times.size() - 1, times.size() * 99 / 100)],
            times.back()};
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}

// One request to recsim, answered: the body, or empty on failure.
QByteArray request(QNetworkAccessManager &network, const QUrl &url, const QByteArray &verb,
                   const QByteArray &body = {}, const QByteArray &user = {})
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!user.isEmpty())
        r.setRawHeader("Authorization", "Basic " + (user + ':' + user + "-demo").toBase64());
    QNetworkReply *reply = network.sendCustomRequest(r, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        out << "recsim: " << verb << ' ' << url.path() << ": " << reply->errorString() << ' '
            << reply->readAll() << "\n";
        return {};
    }
    return reply->readAll();
}

QString writeConfig(const QTemporaryDir &dir)
{
    QFile demo(QStringLiteral(RECSIM_DEMO_CONFIG));
    if (!demo.open(QIODevice::ReadOnly))
        qFatal("cannot read recsim's demo configuration");
    QJsonObject config = QJsonDocument::fromJson(demo.readAll()).object();
    config.insert(QStringLiteral("generatedAgents"),
                  kAgents - config.value(QStringLiteral("agents")).toArray().size());
    QJsonObject settings = config.value(QStringLiteral("settings")).toObject();
    settings.insert(QStringLiteral("maxAgentBlackoutSec"), 3600);
    config.insert(QStringLiteral("settings"), settings);
    const QString path = dir.filePath(QStringLiteral("crowd.json"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(config).toJson());
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QProcess recsim;
    const QUrl base = bench::startRecsim(recsim, {QStringLiteral("--config"), writeConfig(dir)});
    if (!base.isValid())
        qFatal("recsim did not start");
    // recsim goes with the benchmark, whatever stops it.
    const auto fail = [&recsim](const char *why) {
        out << "bench_team: " << why << "\n";
        out.flush();
        recsim.kill();
        recsim.waitForFinished();
        return 1;
    };
    QNetworkAccessManager network;
    const QByteArray crowd =
        request(network, base.resolved(QUrl(QStringLiteral("/sim/crowd"))), "POST",
                QJsonDocument(QJsonObject{{QStringLiteral("onCall"), kOnCall},
                                          {QStringLiteral("unrecorded"), 100},
                                          {QStringLiteral("paused"), 50},
                                          {QStringLiteral("pausedMinutes"), 20}})
                    .toJson());
    if (crowd.isEmpty())
        return fail("recsim refused the crowd");
    const QByteArray list = request(
        network, base.resolved(QUrl(QStringLiteral("/api/Agent/GetAll"))), "GET", {}, "alice");
    QList<Row> rows;
    const double jsonBaseline = bench::medianMs([&] { (void)QJsonDocument::fromJson(list); }, 15);
    int listed = 0;
    const double parseMs = bench::medianMs(
        [&] {
            const auto parsed = recordingapi::parseAgentList(list, {});
            listed = std::holds_alternative<QList<recordingapi::ListedAgent>>(parsed)
                         ? int(std::get<QList<recordingapi::ListedAgent>>(parsed).size())
                         : -1;
        },
        15);

    QSettings settings(dir.filePath(QStringLiteral("recbar.ini")), QSettings::IniFormat);
    CredentialStore credentials(QStringLiteral("RecBar-bench"));
    AgentSession session(settings, credentials);
    Profile profile;
    profile.id = QStringLiteral("bench");
    profile.name = QStringLiteral("recsim");
    profile.serverUrl = base;
    profile.user = QStringLiteral("alice");
    profile.role = QStringLiteral("supervisor");
    profile.setField(QStringLiteral("agentIdentifierKind"), QStringLiteral("Id"));
    profile.setField(QStringLiteral("agentIdentifier"), QStringLiteral("1"));
    profile.allowPlainHttp = true;
    profile.rememberPassword = false;
    session.signIn(
        profile, {.control = QStringLiteral("alice-demo"), .state = QStringLiteral("alice-demo")});
    if (!waitUntil(
            [&] { return session.controller() && session.controller()->snapshot().isConnected(); },
            10'000))
        return fail("the supervisor did not sign in");

    // The supervisor's bar is signed in either way: what the board adds is measured from here.
    waitUntil([] { return false; }, 2000);
    const qint64 rssBefore = rssKiB();
    std::unique_ptr<TeamSource> source = session.makeTeamSource();
    if (!source)
        return fail("no team source for a supervisor");
    QElapsedTimer readTimer;
    // Connected before the board's own: starts the clock as a read's agents reach the GUI thread.
    QObject::connect(source.get(), &TeamSource::readDone, [&] { readTimer.start(); });
    TeamBoard board(std::move(source), TeamOptions{});
    // Connected before the window's model: the board's own part, the merge of the read.
    std::vector<double> merges;
    QObject::connect(&board, &TeamBoard::changed, [&] {
        if (readTimer.isValid())
            merges.push_back(double(readTimer.nsecsElapsed()) / 1e6);
    });
    TeamWindow window(board);
    window.resize(1000, 600);
    std::vector<double> guiReads;
    // Connected after the window's model: stops it once the board, the table and its order agree.
    QObject::connect(&board, &TeamBoard::changed, [&] {
        if (readTimer.isValid())
            guiReads.push_back(double(readTimer.nsecsElapsed()) / 1e6);
        readTimer.invalidate();
    });
    window.show();
    board.start();
    if (!waitUntil([&] { return board.members().size() >= kAgents; }, 30'000))
        return fail("the board did not read every agent");

    // 20 s of reads every 2 s, the GUI thread's longest block meanwhile.
    QElapsedTimer span;
    span.start();
    const double longest = bench::longestBlockMs([&] { return span.elapsed() >= 20'000; }, 25'000);
    const qint64 rssOpen = rssKiB();

    // A change on the server, and how long until the board shows it.
    const QJsonObject agent =
        QJsonDocument::fromJson(
            request(network, base.resolved(QUrl(QStringLiteral("/sim/agents/load00001"))), "GET"))
            .object();
    const QString callId = agent.value(QStringLiteral("liveCalls")).toArray().first().toString();
    const QString agentId = QString::number(agent.value(QStringLiteral("id")).toInt());
    QElapsedTimer change;
    change.start();
    request(network, base.resolved(QUrl(QStringLiteral("/sim/calls/%1/hangup").arg(callId))),
            "POST");
    const bool shown = waitUntil(
        [&] {
            const TeamMember *m = board.member(agentId);
            return m && !m->onCall();
        },
        10'000);
    const double changeMs = shown ? double(change.elapsed()) : -1;

    // Scrolling: a step of three rows at a time down the list, each frame drawn.
    QTableView *table = window.table();
    std::vector<double> frames;
    QScrollBar *bar = table->verticalScrollBar();
    for (int i = 0; i < 300 && bar->value() < bar->maximum(); ++i) {
        QElapsedTimer frame;
        frame.start();
        bar->setValue(bar->value() + 3);
        table->viewport()->repaint();
        frames.push_back(double(frame.nsecsElapsed()) / 1e6);
    }

    const Spread reads = spread(guiReads);
    const Spread scroll = spread(frames);
    rows.append({QStringLiteral("read on the GUI thread, median"), reads.median, jsonBaseline, 20});
    rows.append({QStringLiteral("  of which the board's merge"), spread(merges).median,
                 jsonBaseline, 0});
    rows.append({QStringLiteral("  worst of %1 reads").arg(guiReads.size()), reads.worst,
                 jsonBaseline, 20});
    rows.append({QStringLiteral("parse off the GUI thread"), parseMs, jsonBaseline, 0});
    rows.append({QStringLiteral("GUI thread blocked, longest"), longest, 0, 16});
    rows.append({QStringLiteral("a change shown"), changeMs, 0, 2000 + reads.worst + parseMs});
    rows.append({QStringLiteral("scroll frame, median"), scroll.median, 0, 16});
    rows.append(
        {QStringLiteral("scroll frame, worst of %1").arg(frames.size()), scroll.worst, 0, 16});

    out << "team board: " << board.members().size() << " agents (" << listed << " in one read of "
        << list.size() / 1024 << " KiB), " << kOnCall << " on calls; window " << window.width()
        << "x" << window.height() << "\n\n";
    QJsonArray json = bench::printTable(out, rows);
    const double growthMiB = double(rssOpen - rssBefore) / 1024;
    out << "\nmemory: " << rssBefore / 1024 << " MiB signed in, " << rssOpen / 1024
        << " MiB with the board read and its window open: +" << QString::number(growthMiB, 'f', 1)
        << " MiB (budget < 20 MiB)\n";
    json.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("memory growth MiB")},
                            {QStringLiteral("mib"), growthMiB},
                            {QStringLiteral("budgetMiB"), 20}});
    out << "JSON " << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    window.close();
    session.signOut();
    recsim.kill();
    recsim.waitForFinished();
    return 0;
}
