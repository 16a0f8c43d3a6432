// The fault matrix of the Finesse notification service: it drops the connection, stalls,
// refuses the subscription, sends a malformed stanza or refuses the upgrade, or the whole server
// goes down. The bar falls back to reading, says why, and is live again once the fault ends. A
// table of the outcomes is printed:
//   build/dev/tests/test_core_integration "Fault matrix: the Finesse*"
// Built only with Qt WebSockets (the bar's push and recsim's /ws both need it).
#include "BarRig.h"
#include "model/SimModel.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <functional>

using namespace recbar;

namespace {

struct PushRow
{
    QString name;
    QString fellBack; // what the bar said, empty: it stayed live
    qint64 changeShownMs = -1;
    qint64 liveAgainMs = -1;
};

// The bound for a change to show while the notification service misbehaves: the keep-alive
// (2 s here) and its answer's deadline (the profile's 3 s) to notice, then a read.
constexpr int kPushChangeBoundMs = 6500;
// The bound for push to be live again once the fault ends: the retry after the first failure
// (5 s, give or take a fifth), the second (10 s), and a margin.
constexpr int kPushLiveAgainBoundMs = 20'000;

// `told`: words the bar's explanation must come to contain before the fault ends (a refusal
// shows at the retry after the drop). `reachable`: the server's REST API still answers during
// the fault, so the change must show then; otherwise the bar must stop claiming a state, and
// show the change once it is back.
PushRow runPush(const char *name, const char *told, const std::function<void(BarRig &)> &apply,
                const std::function<void(BarRig &)> &restore, bool reachable = true)
{
    INFO(name);
    BarRig rig;
    const QString call = rig.server.connectedCall(QStringLiteral("bob"));
    Profile p = rig.profile();
    p.controlKind = QStringLiteral("finesse");
    p.stateKind = QStringLiteral("finesse");
    QUrl ws = rig.server.url();
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/ws"));
    p.setField(QStringLiteral("finesseNotificationUrl"), ws.toString());
    p.setField(QStringLiteral("finesseKeepAliveSec"), QStringLiteral("2"));
    rig.signInAndConnect(p);
    const auto live = [&] { return rig.snapshot().delivery.mode == StateDelivery::Mode::Pushed; };
    REQUIRE(waitFor(live));
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));

    PushRow row;
    row.name = QString::fromLatin1(name);
    apply(rig);
    // The server's state changes while its notification service misbehaves.
    recsim::SimModel &model = rig.server.model();
    QElapsedTimer clock;
    clock.start();
    REQUIRE_FALSE(model.hold(model.call(call)).has_value());
    bool wrong = false;
    const bool shown = waitFor(
        [&] {
            const AgentSnapshot &s = rig.snapshot();
            if (s.isConnected() && s.call != CallState::Held && s.call != CallState::Talking)
                wrong = true; // never a state the server did not have
            if (s.delivery.mode == StateDelivery::Mode::Fallback && row.fellBack.isEmpty())
                row.fellBack = s.delivery.detail;
            return reachable ? s.isConnected() && s.call == CallState::Held : !s.isConnected();
        },
        kPushChangeBoundMs);
    CHECK_FALSE(wrong);
    CHECK(shown);
    row.changeShownMs = shown ? clock.elapsed() : -1;
    if (*told) {
        CHECK(waitFor([&] { return rig.snapshot().delivery.detail.contains(QLatin1String(told)); },
                      kPushLiveAgainBoundMs));
        row.fellBack = rig.snapshot().delivery.detail;
    }

    restore(rig);
    clock.restart();
    if (!reachable) {
        const bool after = waitFor(
            [&] { return rig.snapshot().isConnected() && rig.snapshot().call == CallState::Held; },
            kPushChangeBoundMs);
        CHECK(after);
        row.changeShownMs = after ? clock.elapsed() : -1;
    }
    const bool again = waitFor(
        [&] {
            if (rig.snapshot().delivery.mode == StateDelivery::Mode::Fallback &&
                row.fellBack.isEmpty())
                row.fellBack = rig.snapshot().delivery.detail;
            return live() && rig.snapshot().isConnected();
        },
        kPushLiveAgainBoundMs);
    CHECK(again);
    row.liveAgainMs = again ? clock.elapsed() : -1;
    // Live again, and right: a change now arrives pushed.
    REQUIRE_FALSE(model.retrieve(model.call(call)).has_value());
    CHECK(waitFor([&] { return rig.snapshot().call == CallState::Talking; }, 2000));
    return row;
}

QJsonObject wsFault(const char *kind, int count)
{
    return {{QStringLiteral("kind"), QLatin1String(kind)},
            {QStringLiteral("path"), QStringLiteral("/ws")},
            {QStringLiteral("count"), count}};
}

} // namespace

TEST_CASE("Fault matrix: the Finesse notification service misbehaves, the bar falls back and "
          "recovers",
          "[faults][bar][push]")
{
    const auto clear = [](BarRig &rig) { rig.server.clearFaults(); };
    QList<PushRow> rows;
    rows.append(runPush(
        "no fault", "", [](BarRig &) {}, [](BarRig &) {}));
    rows.append(runPush(
        "connection dropped", "closed",
        [](BarRig &rig) { rig.server.addFault(wsFault("drop", 1)); }, clear));
    rows.append(runPush(
        "events stalled", "keep-alive",
        [](BarRig &rig) { rig.server.addFault(wsFault("stall", -1)); }, clear));
    rows.append(runPush(
        "subscription refused", "forbidden",
        [](BarRig &rig) {
            rig.server.addFault(wsFault("refuse", -1));
            rig.server.addFault(wsFault("drop", 1)); // the next session asks again
        },
        clear));
    rows.append(runPush(
        "malformed stanza", "well-formed",
        [](BarRig &rig) { rig.server.addFault(wsFault("malformed", 1)); }, clear));
    rows.append(runPush(
        "service down (503 on the upgrade)", "HTTP 503",
        [](BarRig &rig) {
            QJsonObject refuse = wsFault("status", -1);
            refuse.insert(QStringLiteral("status"), 503);
            rig.server.addFault(refuse);
            rig.server.addFault(wsFault("drop", 1));
        },
        clear));
    rows.append(runPush(
        "whole server down (hold shown after)", "", [](BarRig &rig) { rig.server.close(); },
        [](BarRig &rig) { REQUIRE(rig.server.listen(rig.server.port())); }, false));

    QTextStream out(stdout);
    out << "\nFault matrix: bob on a call with Finesse push (keep-alive 2 s), the fault, a hold "
           "on the server, then the fault ends\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("case"), -38)
               .arg(QStringLiteral("hold shown"), -11)
               .arg(QStringLiteral("live again"), -11)
               .arg(QStringLiteral("what the bar said"));
    for (const PushRow &r : rows) {
        const auto ms = [](qint64 v) {
            return v < 0 ? QStringLiteral("NEVER") : QStringLiteral("%1 ms").arg(v);
        };
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(r.name, -38)
                   .arg(ms(r.changeShownMs), -11)
                   .arg(ms(r.liveAgainMs), -11)
                   .arg(r.fellBack.isEmpty() ? QStringLiteral("(stayed live)")
                                             : r.fellBack.left(80));
    }
    out.flush();
    for (const PushRow &r : rows) {
        INFO(r.name.toStdString());
        CHECK(r.changeShownMs >= 0);
        CHECK(r.liveAgainMs >= 0);
        if (r.name != u"no fault")
            CHECK_FALSE(r.fellBack.isEmpty()); // the agent was told
    }
}

TEST_CASE("Finesse push: a keep-alive lost with its connection does not switch keep-alive off "
          "for the next one",
          "[faults][bar][push]")
{
    BarRig rig;
    const QString call = rig.server.connectedCall(QStringLiteral("bob"));
    Profile p = rig.profile();
    p.controlKind = QStringLiteral("finesse");
    p.stateKind = QStringLiteral("finesse");
    QUrl ws = rig.server.url();
    ws.setScheme(QStringLiteral("ws"));
    ws.setPath(QStringLiteral("/ws"));
    p.setField(QStringLiteral("finesseNotificationUrl"), ws.toString());
    p.setField(QStringLiteral("finesseKeepAliveSec"), QStringLiteral("2"));
    rig.signInAndConnect(p);
    const auto mode = [&] { return rig.snapshot().delivery.mode; };
    REQUIRE(waitFor([&] { return mode() == StateDelivery::Mode::Pushed; }));

    // The first stall: a keep-alive goes out and is never answered; the connection is given up
    // with that ping outstanding.
    rig.server.addFault(wsFault("stall", -1));
    REQUIRE(waitFor([&] { return mode() == StateDelivery::Mode::Fallback; }, kPushChangeBoundMs));
    CHECK(rig.snapshot().delivery.detail.contains(QStringLiteral("keep-alive")));
    rig.server.clearFaults();
    REQUIRE(waitFor([&] { return mode() == StateDelivery::Mode::Pushed; }, kPushLiveAgainBoundMs));

    // The second stall, on the new connection: its own keep-alive notices it as soon.
    rig.server.addFault(wsFault("stall", -1));
    QElapsedTimer clock;
    clock.start();
    recbar::AgentController &controller = rig.controller();
    recsim::SimModel &model = rig.server.model();
    REQUIRE_FALSE(model.hold(model.call(call)).has_value());
    CHECK(waitFor([&] { return mode() == StateDelivery::Mode::Fallback; }, kPushChangeBoundMs));
    CHECK(waitFor([&] { return controller.snapshot().call == CallState::Held; },
                  kPushChangeBoundMs - int(clock.elapsed())));
    rig.server.clearFaults();
}
