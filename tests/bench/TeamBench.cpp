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
//   Finesse: change pushed   the same 2,000 agents in Finesse teams of 100, the board's changes
//                            pushed on each team's node: a call hung up in recsim until the
//                            board and its window's table show it (the first, then 11 more,
//                            100 ms apart); budget 50 ms; baseline: one read of every team, what
//                            polling pays for each look
//   scrolling                one frame (scroll a step, draw the table) at the window's size
//   memory                   resident growth of a signed-in bar once the board is read and its
//                            window open (< 20 MiB)
#include "BenchProcesses.h"
#include "BenchTable.h"
#include "TeamWindow.h"
#include "agent/AgentSession.h"
#include "servers/ServerKind.h"
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
    std::size_t count = 0;
};

Spread spread(std::vector<double> times)
{
    if (times.empty())
        return {};
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[std::min(times.size() - 1, times.size() * 99 / 100)],
            times.back(), times.size()};
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

// A supervisor's profile on recsim, signed in with the demo's password (not kept).
Profile supervisor(const QUrl &base, const QString &user)
{
    Profile profile;
    profile.id = user;
    profile.name = QStringLiteral("recsim");
    profile.serverUrl = base;
    profile.user = user;
    profile.role = QStringLiteral("supervisor");
    profile.allowPlainHttp = true;
    profile.rememberPassword = false;
    return profile;
}

constexpr int kPushedChanges = 12;

struct PushFigures
{
    Spread changes;         // after the first
    double firstMs = -1;    // the first after the window opened
    double teamReadMs = -1; // the baseline: reading the team instead, as polling does
};

// The same crowd through Finesse: recsim's supervisor (sam) has every agent in their teams (20
// of 100, and the demo's two), the board subscribes each team's node, and calls are hung up one
// by one in recsim; each time, how long from the request until the board and its window's table
// show the agent off the call.
PushFigures measureFinessePush(QNetworkAccessManager &network, const QUrl &base,
                               const QTemporaryDir &dir)
{
    PushFigures figures;
    QSettings settings(dir.filePath(QStringLiteral("finesse.ini")), QSettings::IniFormat);
    CredentialStore credentials(QStringLiteral("RecBar-bench"));
    AgentSession session(settings, credentials);
    Profile profile = supervisor(base, QStringLiteral("sam"));
    profile.controlKind = profile.stateKind = QStringLiteral("finesse");
    QUrl ws = base;
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/ws"));
    profile.setField(QStringLiteral("finesseNotificationUrl"), ws.toString());
    session.signIn(profile,
                   {.control = QStringLiteral("sam-demo"), .state = QStringLiteral("sam-demo")});
    if (!waitUntil([&] { return session.controller() != nullptr; }, 10'000))
        return figures;
    std::unique_ptr<TeamSource> source = session.makeTeamSource();
    if (!source)
        return figures;
    // The baseline: one read of every team, what polling pays for each look.
    QElapsedTimer readClock;
    readClock.start();
    bool read = false;
    const QMetaObject::Connection once =
        QObject::connect(source.get(), &TeamSource::readDone, [&] { read = true; });
    source->read();
    if (waitUntil([&] { return read; }, 10'000))
        figures.teamReadMs = double(readClock.nsecsElapsed()) / 1e6;
    QObject::disconnect(once);
    TeamBoard board(std::move(source), TeamOptions{});
    board.setOpen(true);
    board.start();
    if (!waitUntil(
            [&] {
                return board.members().size() >= kAgents &&
                       board.delivery().mode == StateDelivery::Mode::Pushed;
            },
            30'000)) {
        out << "Finesse push: the board did not go live: " << board.members().size()
            << " agents read, delivery " << int(board.delivery().mode) << " "
            << board.delivery().detail << board.readProblem() << "\n";
        return figures;
    }
    waitUntil([] { return false; }, 500); // the read that follows going live
    // Shown: the window's table too, whose model is connected first.
    TeamWindow window(board);
    window.resize(1000, 600);
    window.show();
    std::vector<double> times;
    QString watched;
    QElapsedTimer change;
    QObject::connect(&board, &TeamBoard::changed, [&] {
        const TeamMember *m = watched.isEmpty() ? nullptr : board.member(watched);
        if (m && !m->onCall()) {
            times.push_back(double(change.nsecsElapsed()) / 1e6);
            watched.clear();
        }
    });
    for (int i = 0; i < kPushedChanges; ++i) {
        const QString login = QStringLiteral("load%1").arg(100 + i, 5, 10, QLatin1Char('0'));
        const QJsonObject agent =
            QJsonDocument::fromJson(
                request(network, base.resolved(QUrl(QStringLiteral("/sim/agents/") + login)),
                        "GET"))
                .object();
        const QJsonArray calls = agent.value(QStringLiteral("liveCalls")).toArray();
        if (calls.isEmpty() || !board.member(login) || !board.member(login)->onCall())
            continue;
        watched = login;
        change.start();
        request(network,
                base.resolved(
                    QUrl(QStringLiteral("/sim/calls/%1/hangup").arg(calls.first().toString()))),
                "POST");
        waitUntil([&] { return watched.isEmpty(); }, 5000);
        // Apart, as changes come on a floor: within a display frame of the last they are shown
        // together, up to 16 ms later.
        waitUntil([] { return false; }, 100);
    }
    session.signOut();
    // The first pays for the window's first layout of the changed rows.
    if (!times.empty()) {
        figures.firstMs = times.front();
        figures.changes = spread({times.begin() + 1, times.end()});
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const recbar::ServerRegistry kinds;
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
            listed = parsed ? int(parsed->size()) : -1;
        },
        15);

    QSettings settings(dir.filePath(QStringLiteral("recbar.ini")), QSettings::IniFormat);
    CredentialStore credentials(QStringLiteral("RecBar-bench"));
    AgentSession session(settings, credentials);
    Profile profile = supervisor(base, QStringLiteral("alice"));
    profile.setField(QStringLiteral("agentIdentifierKind"), QStringLiteral("Id"));
    profile.setField(QStringLiteral("agentIdentifier"), QStringLiteral("1"));
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

    // The Recording API's board reads every 10 s once closed: past the read already due, the
    // Finesse figures are taken between two of its reads, as on a supervisor's desk with one board.
    window.hide();
    board.setOpen(false);
    waitUntil([] { return false; }, 2500);
    const PushFigures pushes = measureFinessePush(network, base, dir);

    const Spread reads = spread(guiReads);
    const Spread scroll = spread(frames);
    rows.append({QStringLiteral("read on the GUI thread, median"), reads.median, jsonBaseline, 20});
    rows.append(
        {QStringLiteral("  of which the board's merge"), spread(merges).median, jsonBaseline, 0});
    rows.append({QStringLiteral("  worst of %1 reads").arg(guiReads.size()), reads.worst,
                 jsonBaseline, 20});
    rows.append({QStringLiteral("parse off the GUI thread"), parseMs, jsonBaseline, 0});
    rows.append({QStringLiteral("GUI thread blocked, longest"), longest, 0, 16});
    rows.append({QStringLiteral("a change shown"), changeMs, 0, 2000 + reads.worst + parseMs});
    rows.append(
        {QStringLiteral("Finesse: first change pushed"), pushes.firstMs, pushes.teamReadMs, 50});
    rows.append({QStringLiteral("  then a change pushed, median"), pushes.changes.median,
                 pushes.teamReadMs, 50});
    rows.append({QStringLiteral("  worst of %1 changes").arg(pushes.changes.count),
                 pushes.changes.worst, pushes.teamReadMs, 50});
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
