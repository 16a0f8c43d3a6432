#include "SimTestSupport.h"

namespace {

QString callState(RecsimProcess &sim, const QString &agent)
{
    const QJsonArray calls = sim.model(agent).value(QStringLiteral("calls")).toArray();
    for (const QJsonValue &call : calls) {
        const QString state = call.toObject().value(QStringLiteral("state")).toString();
        if (state != u"ended")
            return state;
    }
    return QStringLiteral("idle");
}

} // namespace

TEST_CASE("The /sim/ model lists agents, calls and recordings", "[control]")
{
    RecsimProcess sim;
    const QJsonObject model = sim.model();
    CHECK(model.value(QStringLiteral("agents")).toArray().size() == 5);
    CHECK(model.value(QStringLiteral("recordings")).toArray().size() == 15); // history
    CHECK(model.value(QStringLiteral("now")).toString() ==
          QStringLiteral("2026-03-02T09:00:00.000Z"));
    const QJsonObject bob = sim.model(QStringLiteral("bob"));
    CHECK(bob.value(QStringLiteral("agents")).toArray().size() == 1);
    CHECK(bob.value(QStringLiteral("recordings")).toArray().size() == 3);
    const QJsonObject recording =
        bob.value(QStringLiteral("recordings")).toArray().first().toObject();
    for (const char *field :
         {"id", "callId", "agent", "state", "startTime", "stopTime", "durationMs", "pausedSpans",
          "reasonCode", "tags", "metadata", "audio"})
        CHECK(recording.contains(QLatin1String(field)));
}

TEST_CASE("Calls are driven through /sim/calls, and bad requests change nothing", "[control]")
{
    RecsimProcess sim;
    HttpClient &control = sim.sim();
    CHECK(control
              .postJson(QStringLiteral("/sim/calls"),
                        {{QStringLiteral("agent"), QStringLiteral("zed")}})
              .status == 404);
    CHECK(control.postJson(QStringLiteral("/sim/calls"), {}).status == 400);
    CHECK(control
              .postJson(QStringLiteral("/sim/calls"),
                        {{QStringLiteral("agent"), QStringLiteral("bob")},
                         {QStringLiteral("direction"), QStringLiteral("sideways")}})
              .status == 400);
    CHECK(control.post(QStringLiteral("/sim/calls"), "{nope").status == 400);
    CHECK(callState(sim, QStringLiteral("bob")) == QStringLiteral("idle"));

    const QString call = sim.createCall(QStringLiteral("bob"));
    CHECK(callState(sim, QStringLiteral("bob")) == QStringLiteral("ringing"));
    CHECK(control.postJson(QStringLiteral("/sim/calls/%1/hold").arg(call), {}).status == 409);
    sim.callAction(call, QStringLiteral("answer"));
    CHECK(control.postJson(QStringLiteral("/sim/calls/%1/answer").arg(call), {}).status == 409);
    CHECK(control.postJson(QStringLiteral("/sim/calls/%1/explode").arg(call), {}).status == 404);
    CHECK(control.postJson(QStringLiteral("/sim/calls/%1/transfer").arg(call), {}).status == 400);
    CHECK(control.postJson(QStringLiteral("/sim/calls/999/answer"), {}).status == 404);
    CHECK(control
              .postJson(
                  QStringLiteral("/sim/calls"),
                  {{QStringLiteral("agent"), QStringLiteral("bob")}, {QStringLiteral("id"), call}})
              .status == 409);

    const HttpReply transfer = control.postJson(QStringLiteral("/sim/calls/%1/transfer").arg(call),
                                                {{QStringLiteral("to"), QStringLiteral("alice")}});
    REQUIRE(transfer.status == 200);
    CHECK(transfer.object().value(QStringLiteral("state")) == QStringLiteral("ended"));
    const QJsonObject leg = transfer.object().value(QStringLiteral("created")).toObject();
    CHECK(leg.value(QStringLiteral("agent")) == QStringLiteral("alice"));
    CHECK(leg.value(QStringLiteral("state")) == QStringLiteral("ringing"));
    CHECK(leg.value(QStringLiteral("callType")) == QStringLiteral("TRANSFER"));
}

TEST_CASE("/sim/crowd puts a floor of agents on calls: unrecorded, paused long, recorded",
          "[control][team]")
{
    RecsimProcess sim;
    HttpClient &control = sim.sim();
    const auto crowd = [&](const QJsonObject &body) {
        return control.postJson(QStringLiteral("/sim/crowd"), body).status;
    };
    // Wrong requests change nothing.
    CHECK(crowd({}) == 400);
    CHECK(crowd({{QStringLiteral("onCall"), 1}, {QStringLiteral("unrecorded"), 2}}) == 400);
    CHECK(crowd({{QStringLiteral("onCall"), 1},
                 {QStringLiteral("paused"), 1},
                 {QStringLiteral("pausedMinutes"), 2}}) == 400); // maxAgentBlackoutSec: 120
    CHECK(crowd({{QStringLiteral("onCall"), 1}, {QStringLiteral("agents"), QStringLiteral("x")}}) ==
          400);
    CHECK(crowd({{QStringLiteral("onCall"), 1}}) == 409); // no generated agents here
    CHECK(crowd({{QStringLiteral("onCall"), 99},
                 {QStringLiteral("agents"), QStringLiteral("all")}}) == 409);
    for (const QJsonValue &agent : sim.model().value(QStringLiteral("agents")).toArray())
        CHECK(agent.toObject().value(QStringLiteral("liveCalls")).toArray().isEmpty());

    REQUIRE(crowd({{QStringLiteral("agents"), QStringLiteral("all")},
                   {QStringLiteral("onCall"), 3},
                   {QStringLiteral("unrecorded"), 1},
                   {QStringLiteral("paused"), 1},
                   {QStringLiteral("pausedMinutes"), 1}}) == 200);
    const QJsonArray agents = sim.model().value(QStringLiteral("agents")).toArray();
    QStringList onCall;
    int paused = 0;
    for (const QJsonValue &value : agents) {
        const QJsonObject agent = value.toObject();
        if (!agent.value(QStringLiteral("liveCalls")).toArray().isEmpty())
            onCall.append(agent.value(QStringLiteral("loginId")).toString());
        if (agent.value(QStringLiteral("inBlackout")).toBool()) {
            ++paused;
            const QDateTime start = QDateTime::fromString(agent.value(QStringLiteral("blackout"))
                                                              .toObject()
                                                              .value(QStringLiteral("start"))
                                                              .toString(),
                                                          Qt::ISODateWithMs);
            const QDateTime now = QDateTime::fromString(
                sim.model().value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
            CHECK(start.secsTo(now) == 60);
        }
    }
    CHECK(onCall.size() == 3);
    CHECK(paused == 1);
    int recorded = 0;
    for (const QString &login : onCall) {
        for (const QJsonValue &r : sim.model(login).value(QStringLiteral("recordings")).toArray())
            recorded += r.toObject().value(QStringLiteral("state")).toString() != u"stopped";
    }
    CHECK(recorded == 2); // the paused one records (its pause hides what is said), one does not
}

TEST_CASE("Settings, users and the clock are validated", "[control]")
{
    RecsimProcess sim;
    HttpClient &control = sim.sim();
    CHECK(control.send("PATCH", QStringLiteral("/sim/settings"), R"({"qmMode":"mixed"})").status ==
          400);
    CHECK(control.send("PATCH", QStringLiteral("/sim/settings"), R"({"nonsense":1})").status ==
          400);
    CHECK(control.get(QStringLiteral("/sim/settings")).object().value(QStringLiteral("qmMode")) ==
          QStringLiteral("agent"));
    CHECK(control.put(QStringLiteral("/sim/users/zed"), R"({"password":"x"})").status == 404);
    CHECK(control.put(QStringLiteral("/sim/users/bob"), R"({"password":""})").status == 400);
    CHECK(control.postJson(QStringLiteral("/sim/clock/advance"), {{QStringLiteral("ms"), -5}})
              .status == 400);
    CHECK(control
              .postJson(QStringLiteral("/sim/agents/bob/state"),
                        {{QStringLiteral("state"), QStringLiteral("ASLEEP")}})
              .status == 400);
    CHECK(control.get(QStringLiteral("/sim/nothing")).status == 404);

    RecsimProcess realClock({QStringLiteral("--clock"), QStringLiteral("real")});
    CHECK(realClock.sim()
              .postJson(QStringLiteral("/sim/clock/advance"), {{QStringLiteral("ms"), 5}})
              .status == 409);
}

TEST_CASE("A scenario drives calls on the timeline and loops", "[scenario]")
{
    RecsimProcess sim;
    const QByteArray scenario = R"({
        "name": "short", "loop": true, "loopGapSec": 2,
        "events": [
            {"at": 0, "action": "ring", "agent": "bob", "call": "c", "from": "+15550009999", "queue": "Support"},
            {"at": 1, "action": "answer", "call": "c"},
            {"at": 2, "action": "hold", "call": "c"},
            {"at": 3, "action": "retrieve", "call": "c"},
            {"at": 4, "action": "consult", "call": "c", "as": "k", "to": "8199"},
            {"at": 5, "action": "hangup", "call": "k"},
            {"at": 5.5, "action": "retrieve", "call": "c"},
            {"at": 6, "action": "transfer", "call": "c", "to": "alice", "as": "a"},
            {"at": 7, "action": "answer", "call": "a"},
            {"at": 8, "action": "hangup", "call": "a"}
        ]})";
    const HttpReply started = sim.sim().post(QStringLiteral("/sim/scenario"), scenario);
    REQUIRE(started.status == 201);
    CHECK(callState(sim, QStringLiteral("bob")) == QStringLiteral("ringing"));
    sim.advance(1000);
    CHECK(callState(sim, QStringLiteral("bob")) == QStringLiteral("active"));
    sim.advance(1000);
    CHECK(callState(sim, QStringLiteral("bob")) == QStringLiteral("held"));
    sim.advance(2000);
    CHECK(sim.model(QStringLiteral("bob"))
              .value(QStringLiteral("agents"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("liveCalls"))
              .toArray()
              .size() == 2);
    sim.advance(3000);
    CHECK(callState(sim, QStringLiteral("bob")) == QStringLiteral("idle"));
    CHECK(callState(sim, QStringLiteral("alice")) == QStringLiteral("active"));
    sim.advance(1000);
    CHECK(callState(sim, QStringLiteral("alice")) == QStringLiteral("idle"));
    // alice records automatically: the transferred leg is a recording of its own.
    sim.advance(2000); // the loop starts again after 8 + 2 seconds
    CHECK(callState(sim, QStringLiteral("bob")) == QStringLiteral("ringing"));
    const QJsonObject status = sim.sim().get(QStringLiteral("/sim/scenario")).object();
    CHECK(status.value(QStringLiteral("iteration")).toInt() == 2);
    CHECK(status.value(QStringLiteral("failedEvents")).toInt() == 0);

    CHECK(sim.sim().del(QStringLiteral("/sim/scenario")).status == 204);
    sim.advance(1000);
    CHECK(callState(sim, QStringLiteral("bob")) == QStringLiteral("ringing")); // no longer driven
}

TEST_CASE("Invalid scenarios are refused with every problem named", "[scenario]")
{
    RecsimProcess sim;
    const HttpReply reply = sim.sim().post(QStringLiteral("/sim/scenario"), R"({
        "events": [
            {"at": 0, "action": "ring", "agent": "zed", "call": "c", "from": "1"},
            {"at": 1, "action": "answer", "call": "nope"},
            {"at": -1, "action": "dance", "call": "c"},
            {"at": 2, "action": "consult", "call": "c", "to": "1"}
        ]})");
    CHECK(reply.status == 400);
    const QString error = reply.object().value(QStringLiteral("error")).toString();
    CHECK(error.contains(QStringLiteral("no agent \"zed\"")));
    CHECK(error.contains(QStringLiteral("\"nope\" is not defined")));
    CHECK(error.contains(QStringLiteral("unknown action")));
    CHECK(error.contains(QStringLiteral("needs \"as\"")));
    CHECK(sim.sim().post(QStringLiteral("/sim/scenario"), "{}").status == 400);
    CHECK(sim.sim().post(QStringLiteral("/sim/scenario"), "[1]").status == 400);
}

TEST_CASE("The built-in demo scenario runs from the command line", "[scenario]")
{
    RecsimProcess sim({QStringLiteral("--scenario"), QStringLiteral("demo")});
    sim.advance(4000);
    CHECK(callState(sim, QStringLiteral("alice")) == QStringLiteral("active"));
    sim.advance(240'000); // two loops
    const QJsonObject status = sim.sim().get(QStringLiteral("/sim/scenario")).object();
    CHECK(status.value(QStringLiteral("iteration")).toInt() == 3);
    CHECK(status.value(QStringLiteral("failedEvents")).toInt() == 0);
}
