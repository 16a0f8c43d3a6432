// The fault matrix: one agent on a recorded call asks to pause while the server misbehaves in
// each way recsim can, then the fault ends. For every case: nothing crashes, the command ends
// (confirmed, or failed with words the agent sees: never silently lost), and the bar then shows
// the server's true state within a stated bound. A table of the outcomes is printed:
//   build/dev/tests/test_core_integration "[faults]"
#include "BarRig.h"
#include "model/SimModel.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

using namespace recbar;

namespace {

// The bound for the bar to show the server's true state once the fault is over: a few polls
// (200 ms on a call) plus the reconnect backoff's first steps; if the bar has announced a later
// attempt ("next try in 8 s"), that attempt plus the same margin.
constexpr int kTrueStateBoundMs = 6000;
// However many retries are announced, the longest the test waits (the backoff doubles to 30 s).
constexpr int kMaxWaitMs = 60'000;
// The bound for a command to end: the profile's 3 s request timeout, with room.
constexpr int kCommandBoundMs = 9000;

QJsonObject fault(const char *kind, const char *path, int count, int extra = 0)
{
    QJsonObject f{{QStringLiteral("kind"), QLatin1String(kind)},
                  {QStringLiteral("path"), QLatin1String(path)},
                  {QStringLiteral("count"), count}};
    if (QLatin1String(kind) == QLatin1String("status"))
        f.insert(QStringLiteral("status"), extra);
    if (QLatin1String(kind) == QLatin1String("latency"))
        f.insert(QStringLiteral("latencyMs"), extra);
    return f;
}

struct FaultCase
{
    const char *name;
    std::function<void(BarRig &)> apply;
    std::function<void(BarRig &)> restore = [](BarRig &rig) { rig.server.clearFaults(); };
};

struct Row
{
    QString name;
    QString command;
    QString told;
    qint64 trueStateMs = -1;
    bool held = false;
};

// The agent's real state on the server: paused (blacked out) or recording.
RecordingState truth(BarRig &rig)
{
    recsim::SimModel &model = rig.server.model();
    return model.inBlackout(*model.agent(1), model.now()) ? RecordingState::Paused
                                                          : RecordingState::Recording;
}

Row run(const FaultCase &c)
{
    INFO(c.name);
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("alice"));
    rig.signInAndConnect(rig.profile(QStringLiteral("alice"), QStringLiteral("1")));
    REQUIRE(rig.waitForRecording(RecordingState::Recording));

    c.apply(rig);
    Row row;
    row.name = QString::fromLatin1(c.name);
    const quint64 id = rig.controller().request(CommandKind::Pause, {}, QStringLiteral("test"));
    bool ended = id == 0;
    bool succeeded = false;
    QString message;
    if (id == 0) {
        message = rig.snapshot().failure ? rig.snapshot().failure->message : QString();
    } else {
        ended = waitFor(
            [&] {
                return std::any_of(rig.finished.begin(), rig.finished.end(),
                                   [id](const auto &f) { return std::get<0>(f) == id; });
            },
            kCommandBoundMs);
        for (const auto &[finishedId, ok, text] : std::as_const(rig.finished)) {
            if (finishedId == id) {
                succeeded = ok;
                message = text;
            }
        }
    }
    row.command = !ended      ? QStringLiteral("LOST")
                  : id == 0   ? QStringLiteral("refused")
                  : succeeded ? QStringLiteral("confirmed")
                              : QStringLiteral("failed");
    row.told = succeeded ? QString() : message;
    CHECK(ended);
    if (ended && !succeeded)
        CHECK_FALSE(message.isEmpty()); // the agent is told why

    c.restore(rig);
    QElapsedTimer clock;
    clock.start();
    // A status read already on its way when the fault ended may still meet it, and the bar then
    // announces a later try: the bound moves with each try the bar announces, never further.
    qint64 deadline = kTrueStateBoundMs;
    const bool converged =
        waitFor(
            [&] {
                const AgentSnapshot &s = rig.snapshot();
                if (s.nextAttemptAt.isValid())
                    deadline = std::max(deadline,
                                        clock.elapsed() +
                                            QDateTime::currentDateTime().msecsTo(s.nextAttemptAt) +
                                            kTrueStateBoundMs);
                return (s.isConnected() && !s.pending && s.recording == truth(rig)) ||
                       clock.elapsed() > deadline;
            },
            kMaxWaitMs) &&
        clock.elapsed() <= deadline;
    row.trueStateMs = converged ? clock.elapsed() : -1;
    CHECK(converged);
    // The pause's clock is the agent's own, whatever the server's says (recsim's runs months
    // behind in these tests): the countdown starts now, not in March.
    if (converged && rig.snapshot().blackout)
        CHECK(std::abs(rig.snapshot().blackoutSince.secsTo(QDateTime::currentDateTime())) < 15);
    // Whatever the bar said about the command, the server did at most one pause.
    CHECK(rig.server.model().agent(1)->blackouts.size() <= 1);
    row.held = ended && (succeeded || !message.isEmpty()) && converged;
    return row;
}

void print(const QString &title, const QList<Row> &rows)
{
    QTextStream out(stdout);
    out << "\n" << title << "\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("case"), -34)
               .arg(QStringLiteral("pause"), -10)
               .arg(QStringLiteral("true state"), -11)
               .arg(QStringLiteral("what the agent was told"));
    for (const Row &r : rows) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(r.name, -34)
                   .arg(r.command, -10)
                   .arg(r.trueStateMs < 0 ? QStringLiteral("NEVER")
                                          : QStringLiteral("%1 ms").arg(r.trueStateMs),
                        -11)
                   .arg(r.told.left(90));
    }
    out.flush();
}

} // namespace

TEST_CASE("Fault matrix: the bar under every server fault tells the truth", "[faults][bar]")
{
    const FaultCase cases[] = {
        {"no fault", [](BarRig &) {}},
        {"server down during the pause", [](BarRig &rig) { rig.server.close(); },
         [](BarRig &rig) { REQUIRE(rig.server.listen(rig.server.port())); }},
        {"connection reset mid-body",
         [](BarRig &rig) { rig.server.addFault(fault("truncate", "/api/Blackout", 1)); }},
        {"connection dropped, every time",
         [](BarRig &rig) { rig.server.addFault(fault("drop", "/api/Blackout", 5)); }},
        {"slow reply, within the timeout",
         [](BarRig &rig) { rig.server.addFault(fault("latency", "/api/Blackout", 1, 1500)); }},
        {"slow reply, beyond the timeout",
         [](BarRig &rig) { rig.server.addFault(fault("latency", "/api/Blackout", 1, 4500)); }},
        {"500 on the pause",
         [](BarRig &rig) { rig.server.addFault(fault("status", "/api/Blackout", 1, 500)); }},
        {"503 burst on every request",
         [](BarRig &rig) { rig.server.addFault(fault("status", "/api/", 6, 503)); }},
        {"500 burst on status reads",
         [](BarRig &rig) { rig.server.addFault(fault("status", "/api/Agent", 4, 500)); }},
        {"malformed reply to the pause",
         [](BarRig &rig) { rig.server.addFault(fault("malformed", "/api/Blackout", 1)); }},
        {"truncated status reads",
         [](BarRig &rig) { rig.server.addFault(fault("truncate", "/api/Agent", 3)); }},
        {"malformed status reads",
         [](BarRig &rig) { rig.server.addFault(fault("malformed", "/api/Agent", 3)); }},
        {"401: session expired mid-session", [](BarRig &rig) { rig.server.expireSessions(); }},
        {"server clock 8 months behind", [](BarRig &) {}},
        // What a hostile server or a man in the middle does.
        {"redirect to another server",
         [](BarRig &rig) {
             rig.server.addFault(
                 {{QStringLiteral("kind"), QStringLiteral("redirect")},
                  {QStringLiteral("path"), QStringLiteral("/api/")},
                  {QStringLiteral("location"), QStringLiteral("http://127.0.0.1:9")},
                  {QStringLiteral("count"), 3}});
         },
         [](BarRig &rig) {
             rig.server.clearFaults();
             rig.controller().retryNow(); // refused waits for the agent: here, the test
         }},
        {"status nested 100,000 deep",
         [](BarRig &rig) { rig.server.addFault(fault("nest", "/api/Agent", 3)); }},
        {"status of 2 GB, chunked",
         [](BarRig &rig) {
             QJsonObject f = fault("inflate", "/api/Agent", 2);
             f.insert(QStringLiteral("bytes"), 2e9);
             f.insert(QStringLiteral("chunked"), true);
             rig.server.addFault(f);
         }},
        {"status trickled a byte a second",
         [](BarRig &rig) {
             QJsonObject f = fault("trickle", "/api/Agent", 2);
             f.insert(QStringLiteral("intervalMs"), 1000);
             rig.server.addFault(f);
         }},
        {"an HTML page for the pause",
         [](BarRig &rig) { rig.server.addFault(fault("markup", "/api/Blackout", 1)); }},
        {"a 300 KiB header on status reads",
         [](BarRig &rig) { rig.server.addFault(fault("headers", "/api/Agent", 2)); }},
    };
    QList<Row> rows;
    for (const FaultCase &c : cases)
        rows.append(run(c));
    print(QStringLiteral("Fault matrix: alice recording, asks to pause, the fault, then the truth "
                         "within %1 ms of its end or of the announced next try")
              .arg(kTrueStateBoundMs),
          rows);
    for (const Row &r : rows) {
        INFO(r.name.toStdString());
        CHECK(r.held);
    }
}

TEST_CASE("Fault matrix: a changed certificate is refused, and so is every command",
          "[faults][bar][tls]")
{
    BarRig rig;
    const quint16 port = rig.server.port();
    rig.server.close();
    REQUIRE(rig.server.listen(port, testCertificate(0).server));
    rig.server.connectedCall(QStringLiteral("alice"));
    Profile p = rig.profile(QStringLiteral("alice"), QStringLiteral("1"));
    p.allowPlainHttp = false;
    rig.signIn(p);
    REQUIRE(waitFor(
        [&] { return rig.snapshot().connection == ConnectionState::CertificateUntrusted; }));
    rig.session.trustPresentedCertificate();
    REQUIRE(rig.waitForRecording(RecordingState::Recording));

    rig.server.close();
    REQUIRE(rig.server.listen(port, testCertificate(1).server));
    QElapsedTimer clock;
    clock.start();
    REQUIRE(
        waitFor([&] { return rig.snapshot().connection == ConnectionState::CertificateChanged; },
                kTrueStateBoundMs));
    const qint64 noticed = clock.elapsed();
    // Not trusted, so not believed: the state is unknown, and a pause is refused with words.
    CHECK(rig.snapshot().recording == RecordingState::Unknown);
    CHECK(rig.controller().request(CommandKind::Pause) == 0);
    REQUIRE(rig.snapshot().failure.has_value());
    CHECK_FALSE(rig.snapshot().failure->message.isEmpty());
    CHECK(rig.server.model().agent(1)->blackouts.isEmpty());
    print(QStringLiteral("Fault matrix: certificate"),
          {{QStringLiteral("certificate changed"), QStringLiteral("refused"),
            rig.snapshot().failure->message, noticed, true}});
}
