#include "SimTestSupport.h"

namespace {

const QString kBob = QStringLiteral("sender_id=bob&peripheral_id=5001");

// The form body CAD's HTTP action sends.
HttpReply qm(HttpClient &client, const QString &command, const QString &extra = {})
{
    const QString body = extra.isEmpty() ? kBob : kBob + u'&' + extra;
    return client.post(QStringLiteral("/recordingcontrols/rest/") + command, body.toUtf8(),
                       "application/x-www-form-urlencoded");
}

QString result(const HttpReply &reply)
{
    INFO(reply.text().toStdString());
    REQUIRE(reply.status == 200);
    return reply.object().value(QStringLiteral("result")).toString();
}

struct QmFixture
{
    RecsimProcess sim;
    std::unique_ptr<HttpClient> client = clientFor(sim, QStringLiteral("bob"));
};

} // namespace

TEST_CASE_METHOD(QmFixture, "QM accepts Finesse's text/json bodies, CAD's form data and the query",
                 "[qm]")
{
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    const HttpReply json =
        client->post(QStringLiteral("/recordingcontrols/rest/start"),
                     R"({"sender_id":"bob","peripheral_id":"5001"})", "text/json");
    CHECK(result(json) == QStringLiteral("started"));
    CHECK(json.object().value(QStringLiteral("callId")).toString() == call);
    CHECK(result(qm(*client, QStringLiteral("pause"))) == QStringLiteral("paused"));
    const HttpReply query = client->post(
        QStringLiteral("/recordingcontrols/rest/resume?sender_id=bob&peripheral_id=5001"), {});
    CHECK(result(query) == QStringLiteral("resumed"));
    // The stop example of the guide carries the extension as well.
    CHECK(result(qm(*client, QStringLiteral("stop"), QStringLiteral("extension=5003"))) ==
          QStringLiteral("stopped"));
}

TEST_CASE_METHOD(QmFixture, "QM identifies the user and refuses what it cannot read", "[qm]")
{
    connectedCall(sim, QStringLiteral("bob"));
    const auto post = [&](const QByteArray &body, const QByteArray &type) {
        return client->post(QStringLiteral("/recordingcontrols/rest/start"), body, type);
    };
    const QByteArray form = "application/x-www-form-urlencoded";
    CHECK(post("peripheral_id=5001", form).status == 400);
    CHECK(post("sender_id=bob", form).status == 400);
    CHECK(post("sender_id=nobody&peripheral_id=5001", form).status == 404);
    CHECK(post("sender_id=bob&peripheral_id=9999", form).status == 404);
    CHECK(post("sender_id=bob&peripheral_id=5001&extension=7000", form).status == 404);
    CHECK(post(R"({"sender_id":"bob","peripheral_id":"5001")", "text/json").status == 400);
    CHECK(post(R"({"sender_id":["bob"],"peripheral_id":"5001"})", "text/json").status == 400);
    const HttpReply unknown =
        client->post(QStringLiteral("/recordingcontrols/rest/explode"), kBob.toUtf8(), form);
    CHECK(unknown.status == 404);
    CHECK(unknown.object()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("explode")));
    CHECK(client->send("DELETE", QStringLiteral("/recordingcontrols/rest/start")).status == 405);
    // Nothing above started a recording.
    CHECK(sim.model(QStringLiteral("bob")).value(QStringLiteral("recordings")).toArray().size() ==
          3);
}

TEST_CASE_METHOD(QmFixture, "Commands on the active call need one", "[qm]")
{
    for (const char *command :
         {"start", "stop", "pause", "resume", "restart", "delete", "startsegment", "stopsegment"}) {
        const HttpReply reply = qm(*client, QString::fromLatin1(command));
        INFO(command);
        CHECK(reply.status == 409);
    }
}

TEST_CASE_METHOD(QmFixture, "Pause while paused and Resume while not paused have no effect", "[qm]")
{
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    CHECK(result(qm(*client, QStringLiteral("pause"))) == QStringLiteral("none")); // not recording
    CHECK(result(qm(*client, QStringLiteral("start"))) == QStringLiteral("started"));
    CHECK(result(qm(*client, QStringLiteral("start"))) == QStringLiteral("none"));
    CHECK(result(qm(*client, QStringLiteral("resume"))) == QStringLiteral("none"));
    sim.advance(1000);
    CHECK(result(qm(*client, QStringLiteral("pause"))) == QStringLiteral("paused"));
    sim.advance(1000);
    CHECK(result(qm(*client, QStringLiteral("pause"))) == QStringLiteral("none"));
    sim.advance(1000);
    CHECK(result(qm(*client, QStringLiteral("resume"))) == QStringLiteral("resumed"));
    CHECK(result(qm(*client, QStringLiteral("resume"))) == QStringLiteral("none"));
    sim.advance(1000);
    sim.callAction(call, QStringLiteral("hangup"));
    CHECK(onlyRecordingOfCall(sim, call).value(QStringLiteral("pausedSpans")).toArray() ==
          QJsonArray{
              QJsonObject{{QStringLiteral("startMs"), 1000}, {QStringLiteral("endMs"), 3000}}});
}

TEST_CASE_METHOD(QmFixture, "Without a Resume, the pause point is the end of the audio", "[qm]")
{
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    result(qm(*client, QStringLiteral("start")));
    sim.advance(2000);
    result(qm(*client, QStringLiteral("pause")));
    sim.advance(3000);
    sim.callAction(call, QStringLiteral("hangup"));
    const QJsonObject recording = onlyRecordingOfCall(sim, call);
    CHECK(recording.value(QStringLiteral("durationMs")).toInt() == 5000);
    CHECK(recording.value(QStringLiteral("pausedSpans")).toArray() ==
          QJsonArray{
              QJsonObject{{QStringLiteral("startMs"), 2000}, {QStringLiteral("endMs"), 5000}}});
}

TEST_CASE_METHOD(QmFixture, "Restart discards what was recorded and tags the call", "[qm]")
{
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    CHECK(result(qm(*client, QStringLiteral("restart"))) == QStringLiteral("started"));
    sim.advance(20'000); // twenty minutes of hold music, in spirit
    result(qm(*client, QStringLiteral("pause")));
    sim.advance(1000);
    CHECK(result(qm(*client, QStringLiteral("restart"))) == QStringLiteral("restarted"));
    sim.advance(4000);
    sim.callAction(call, QStringLiteral("hangup"));
    const QJsonObject recording = onlyRecordingOfCall(sim, call);
    CHECK(recording.value(QStringLiteral("durationMs")).toInt() == 4000);
    CHECK(recording.value(QStringLiteral("pausedSpans")).toArray().isEmpty());
    CHECK(recording.value(QStringLiteral("reasonCode")).toString() == QStringLiteral("TAGGED"));
}

TEST_CASE_METHOD(QmFixture, "Record Tag tags the recorded call, or records and tags", "[qm]")
{
    SECTION("A call being recorded gets the TAGGED reason code")
    {
        const QString call = connectedCall(sim, QStringLiteral("bob"));
        result(qm(*client, QStringLiteral("start")));
        CHECK(result(qm(*client, QStringLiteral("tag"))) == QStringLiteral("tagged"));
        CHECK(onlyRecordingOfCall(sim, call).value(QStringLiteral("reasonCode")) ==
              QStringLiteral("TAGGED"));
    }
    SECTION("An unrecorded call starts recording, tagged")
    {
        const QString call = connectedCall(sim, QStringLiteral("bob"));
        CHECK(result(qm(*client, QStringLiteral("tag"))) == QStringLiteral("started"));
        CHECK(onlyRecordingOfCall(sim, call).value(QStringLiteral("state")) ==
              QStringLiteral("recording"));
    }
    SECTION("With two unrecorded active calls the earlier one is recorded and tagged")
    {
        const QString inbound = connectedCall(sim, QStringLiteral("bob"));
        sim.advance(1000);
        sim.callAction(inbound, QStringLiteral("consult"),
                       {{QStringLiteral("to"), QStringLiteral("8199")}});
        const HttpReply reply = qm(*client, QStringLiteral("tag"));
        CHECK(reply.object().value(QStringLiteral("callId")).toString() == inbound);
        CHECK(onlyRecordingOfCall(sim, inbound).value(QStringLiteral("reasonCode")) ==
              QStringLiteral("TAGGED"));
    }
    SECTION("With two active calls the one that triggered the recording is tagged")
    {
        const QString inbound = connectedCall(sim, QStringLiteral("bob"));
        result(qm(*client, QStringLiteral("start")));
        const HttpReply consult =
            sim.sim().postJson(QStringLiteral("/sim/calls/%1/consult").arg(inbound),
                               {{QStringLiteral("to"), QStringLiteral("8199")}});
        const QString consultId = consult.object()
                                      .value(QStringLiteral("created"))
                                      .toObject()
                                      .value(QStringLiteral("id"))
                                      .toString();
        const HttpReply reply = qm(*client, QStringLiteral("tag"));
        CHECK(reply.object().value(QStringLiteral("callId")).toString() == inbound);
        CHECK(recordingsOfCall(sim, consultId).isEmpty());
    }
    SECTION("After hang-up the last recorded call is tagged; with no call at all it is refused")
    {
        CHECK(qm(*client, QStringLiteral("tag")).status == 409);
        const QString call = connectedCall(sim, QStringLiteral("bob"));
        result(qm(*client, QStringLiteral("start")));
        sim.callAction(call, QStringLiteral("hangup"));
        const HttpReply reply = qm(*client, QStringLiteral("tag"));
        CHECK(result(reply) == QStringLiteral("tagged"));
        CHECK(reply.object().value(QStringLiteral("target")) == QStringLiteral("last"));
        CHECK(onlyRecordingOfCall(sim, call).value(QStringLiteral("reasonCode")) ==
              QStringLiteral("TAGGED"));
    }
}

TEST_CASE_METHOD(QmFixture, "Delete beats every other command", "[qm]")
{
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    CHECK(result(qm(*client, QStringLiteral("delete"))) ==
          QStringLiteral("none")); // nothing recorded
    result(qm(*client, QStringLiteral("start")));
    result(qm(*client, QStringLiteral("metadata"), QStringLiteral("account=42")));
    const QString recordingId =
        onlyRecordingOfCall(sim, call).value(QStringLiteral("id")).toString();
    CHECK(result(qm(*client, QStringLiteral("delete"))) == QStringLiteral("deleted"));

    for (const char *command : {"tag", "start", "restart", "startsegment"}) {
        INFO(command);
        CHECK(qm(*client, QString::fromLatin1(command)).status == 409);
    }
    CHECK(qm(*client, QStringLiteral("metadata"), QStringLiteral("account=43")).status == 409);
    const QJsonObject gone = sim.recording(recordingId);
    CHECK(gone.value(QStringLiteral("state")) == QStringLiteral("deleted"));
    CHECK(gone.value(QStringLiteral("metadata")).toObject().isEmpty());
    CHECK(sim.sim().get(QStringLiteral("/sim/recordings/%1/audio").arg(recordingId)).status == 410);
    // The basic contact stays: the call is still there, marked deleted.
    const QJsonObject callJson = sim.sim().get(QStringLiteral("/sim/calls/") + call).object();
    CHECK(callJson.value(QStringLiteral("deleted")).toBool());
}

TEST_CASE_METHOD(QmFixture, "Segments split one long call into contacts", "[qm]")
{
    const QString call = sim.createCall(QStringLiteral("bob"),
                                        {{QStringLiteral("direction"), QStringLiteral("out")},
                                         {QStringLiteral("number"), QStringLiteral("+15557654321")},
                                         {QStringLiteral("answered"), true}});
    CHECK(result(qm(*client, QStringLiteral("stopsegment"))) == QStringLiteral("none"));
    CHECK(result(qm(*client, QStringLiteral("startsegment"))) == QStringLiteral("started"));
    CHECK(result(qm(*client, QStringLiteral("startsegment"))) == QStringLiteral("none"));
    sim.advance(3000);
    CHECK(result(qm(*client, QStringLiteral("stopsegment"))) == QStringLiteral("stopped"));
    sim.advance(1000);
    CHECK(result(qm(*client, QStringLiteral("startsegment"))) == QStringLiteral("started"));
    sim.advance(2000);
    sim.callAction(call, QStringLiteral("hangup"));
    const QJsonArray segments = recordingsOfCall(sim, call);
    REQUIRE(segments.size() == 2);
    CHECK(segments[0].toObject().value(QStringLiteral("durationMs")).toInt() == 3000);
    CHECK(segments[1].toObject().value(QStringLiteral("durationMs")).toInt() == 2000);
    CHECK(segments[1].toObject().value(QStringLiteral("segment")).toBool());
}

TEST_CASE_METHOD(QmFixture, "Metadata rules: ten pairs, formats, unknown keys, removal", "[qm]")
{
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    const auto metadata = [&] {
        return sim.sim()
            .get(QStringLiteral("/sim/calls/") + call)
            .object()
            .value(QStringLiteral("metadata"))
            .toObject();
    };
    const HttpReply first = qm(*client, QStringLiteral("metadata"),
                               QStringLiteral("account=.30&customer=Jane%20Doe&nosuch=1"));
    CHECK(result(first) == QStringLiteral("attached"));
    CHECK(first.object().value(QStringLiteral("ignored")).toArray() ==
          QJsonArray{QStringLiteral("nosuch")});
    CHECK(metadata() == QJsonObject{{QStringLiteral("account"), QStringLiteral(".30")},
                                    {QStringLiteral("customer"), QStringLiteral("Jane Doe")}});

    // Invalid formats reject the whole command.
    for (const char *bad : {"account=30.", "amount=2%2C500", "followup=2026-02-30",
                            "customer=a%26b", "customer=a%3Db"}) {
        INFO(bad);
        const HttpReply reply = qm(*client, QStringLiteral("metadata"),
                                   QStringLiteral("ticket=T1&") + QString::fromLatin1(bad));
        CHECK(reply.status == 400);
        CHECK_FALSE(reply.object().value(QStringLiteral("message")).toString().isEmpty());
    }
    CHECK(metadata().size() == 2);

    // The same key replaces; an empty value removes.
    result(qm(*client, QStringLiteral("metadata"), QStringLiteral("account=10.7&customer=")));
    CHECK(metadata() == QJsonObject{{QStringLiteral("account"), QStringLiteral("10.7")}});

    // Ten pairs at most, in one command or many.
    result(qm(*client, QStringLiteral("metadata"),
              QStringLiteral("amount=2500&customer=Ann&agentname=Bob&ticket=T9&campaign=Spring"
                             "&product=Gold&region=North&priority=1&notes=ok")));
    CHECK(metadata().size() == 10);
    const HttpReply eleventh =
        qm(*client, QStringLiteral("metadata"), QStringLiteral("followup=2026-04-01"));
    CHECK(eleventh.status == 400);
    CHECK(eleventh.object()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("10")));
    CHECK(metadata().size() == 10);
    CHECK(result(qm(*client, QStringLiteral("metadata"),
                    QStringLiteral("notes=&followup=2026-04-01"))) == QStringLiteral("attached"));
    CHECK(metadata().size() == 10);
    CHECK(qm(*client, QStringLiteral("metadata")).status == 400); // no pairs at all
}

TEST_CASE_METHOD(QmFixture, "Metadata after hang-up goes to the last recorded call until the next",
                 "[qm]")
{
    CHECK(qm(*client, QStringLiteral("metadata"), QStringLiteral("account=1")).status == 409);
    const QString first = connectedCall(sim, QStringLiteral("bob"));
    result(qm(*client, QStringLiteral("start")));
    sim.callAction(first, QStringLiteral("hangup"));

    const HttpReply last = qm(*client, QStringLiteral("metadata"), QStringLiteral("account=1"));
    CHECK(last.object().value(QStringLiteral("target")) == QStringLiteral("last"));
    CHECK(last.object().value(QStringLiteral("callId")).toString() == first);

    // A call outside the inclusion list does not count as the next call ...
    const QString internal =
        sim.createCall(QStringLiteral("bob"),
                       {{QStringLiteral("included"), false}, {QStringLiteral("answered"), true}});
    sim.callAction(internal, QStringLiteral("hangup"));
    CHECK(qm(*client, QStringLiteral("metadata"), QStringLiteral("account=2"))
              .object()
              .value(QStringLiteral("callId")) == first);
    // ... an included one does, and Login resets the last call.
    const QString next = connectedCall(sim, QStringLiteral("bob"));
    CHECK(qm(*client, QStringLiteral("metadata"), QStringLiteral("account=3"))
              .object()
              .value(QStringLiteral("callId")) == next);
    result(qm(*client, QStringLiteral("start")));
    sim.callAction(next, QStringLiteral("hangup"));
    CHECK(qm(*client, QStringLiteral("metadata"), QStringLiteral("account=4"))
              .object()
              .value(QStringLiteral("callId")) == next);
    result(qm(*client, QStringLiteral("login"), QStringLiteral("extension=5003")));
    CHECK(qm(*client, QStringLiteral("metadata"), QStringLiteral("account=5")).status == 409);
}

TEST_CASE_METHOD(QmFixture, "Gateway recording refuses what it cannot do and says why", "[qm]")
{
    REQUIRE(sim.sim()
                .send("PATCH", QStringLiteral("/sim/settings"), R"({"qmMode":"gateway"})")
                .status == 200);
    connectedCall(sim, QStringLiteral("bob"));
    for (const char *command : {"restart", "startsegment", "stopsegment", "login", "logout"}) {
        INFO(command);
        const HttpReply reply =
            qm(*client, QString::fromLatin1(command), QStringLiteral("extension=5003"));
        CHECK(reply.status == 501);
        CHECK(reply.object()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("gateway")));
    }
    CHECK(result(qm(*client, QStringLiteral("start"))) == QStringLiteral("started"));
    CHECK(result(qm(*client, QStringLiteral("pause"))) == QStringLiteral("paused"));
    CHECK(result(qm(*client, QStringLiteral("metadata"), QStringLiteral("account=1"))) ==
          QStringLiteral("attached"));
    const QJsonObject config = qm(*client, QStringLiteral("config")).object();
    CHECK(config.value(QStringLiteral("recordingMode")) == QStringLiteral("gateway"));
}

TEST_CASE_METHOD(QmFixture, "Login ties the user to an extension, Logout stops the recording",
                 "[qm]")
{
    CHECK(qm(*client, QStringLiteral("login")).status == 400);
    CHECK(qm(*client, QStringLiteral("login"), QStringLiteral("extension=7000")).status ==
          409); // alice's
    CHECK(result(qm(*client, QStringLiteral("login"), QStringLiteral("extension=5099"))) ==
          QStringLiteral("loggedIn"));
    CHECK(qm(*client, QStringLiteral("config")).object().value(QStringLiteral("extension")) ==
          QStringLiteral("5099"));
    CHECK(qm(*client, QStringLiteral("config"), QStringLiteral("extension=5099")).status == 200);
    const QString call = connectedCall(sim, QStringLiteral("bob"));
    result(qm(*client, QStringLiteral("start")));
    CHECK(result(qm(*client, QStringLiteral("logout"))) == QStringLiteral("loggedOut"));
    CHECK(onlyRecordingOfCall(sim, call).value(QStringLiteral("state")) ==
          QStringLiteral("stopped"));
}

TEST_CASE_METHOD(QmFixture, "Config tells server from desktop recording", "[qm]")
{
    const QJsonObject bob = qm(*client, QStringLiteral("config")).object();
    CHECK(bob.value(QStringLiteral("serverHost")).toString() == QStringLiteral("127.0.0.1"));
    CHECK(bob.value(QStringLiteral("maxMetadataPerCall")).toInt() == 10);
    CHECK(bob.value(QStringLiteral("metadataKeys")).toArray().size() == 12);

    auto dan = clientFor(sim, QStringLiteral("dan"));
    const HttpReply config =
        dan->post(QStringLiteral("/recordingcontrols/rest/config"),
                  "sender_id=dan&peripheral_id=5001", "application/x-www-form-urlencoded");
    CHECK(config.status == 200);
    CHECK_FALSE(config.object().contains(QStringLiteral("serverHost")));
    connectedCall(sim, QStringLiteral("dan"));
    const HttpReply start =
        dan->post(QStringLiteral("/recordingcontrols/rest/start"),
                  "sender_id=dan&peripheral_id=5001", "application/x-www-form-urlencoded");
    CHECK(start.status == 409);
    CHECK(start.object()
              .value(QStringLiteral("message"))
              .toString()
              .contains(QStringLiteral("applet")));
}
