#include "SimTestSupport.h"

#include <QUrlQuery>

namespace {

HttpReply command(HttpClient &client, const QString &path, const QByteArray &body)
{
    return client.post(QStringLiteral("/api/") + path, body);
}

QJsonObject status(HttpClient &client, const QString &identifier, const QString &value)
{
    const HttpReply reply =
        client.get(QStringLiteral("/api/Agent?agentIdentifier=%1&value=%2")
                       .arg(identifier, QString::fromLatin1(QUrl::toPercentEncoding(value))));
    INFO(reply.text().toStdString());
    REQUIRE(reply.status == 200);
    return reply.object();
}

QString recordingState(const QJsonObject &agent)
{
    const QJsonArray recordings = agent.value(QStringLiteral("ActiveCall"))
                                      .toObject()
                                      .value(QStringLiteral("Recordings"))
                                      .toArray();
    for (const QJsonValue &recording : recordings) {
        if (!recording.toObject().value(QStringLiteral("IsDuplicate")).toBool())
            return recording.toObject().value(QStringLiteral("RecordingState")).toString();
    }
    return QStringLiteral("none");
}

} // namespace

TEST_CASE("Agent status has the documented fields, for every identifier kind", "[recording-api]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    const QJsonObject bob = status(*client, QStringLiteral("Id"), QStringLiteral("2"));
    for (const char *field :
         {"AgentId", "BusinessUnit", "AgentPhone", "SystemUsername", "CrmUsername", "ActiveCall",
          "InactiveCalls", "Username", "DeviceId", "DeviceAlias", "DesktopOnlySessions"})
        CHECK(bob.contains(QLatin1String(field)));
    CHECK(bob.value(QStringLiteral("AgentId")).toInt() == 2);
    CHECK(bob.value(QStringLiteral("AgentPhone")).toString() == QStringLiteral("5003"));
    CHECK(bob.value(QStringLiteral("ActiveCall")).isNull());
    CHECK(bob.value(QStringLiteral("Username")).isNull());

    CHECK(status(*client, QStringLiteral("Phone"), QStringLiteral("5003")) == bob);
    CHECK(status(*client, QStringLiteral("SystemUsername"), QStringLiteral("bob")) == bob);
    CHECK(status(*client, QStringLiteral("CrmUsername"), QStringLiteral("bokafor")) == bob);
    CHECK(status(*client, QStringLiteral("Username"), QStringLiteral("dweber"))
              .value(QStringLiteral("AgentId"))
              .toInt() == 4);
    // Identifier names and query keys are matched case-insensitively.
    const HttpReply lower =
        client->get(QStringLiteral("/api/agent?AGENTIDENTIFIER=phone&Value=5003"));
    CHECK(lower.status == 200);
    CHECK(lower.object() == bob);
}

TEST_CASE("Agent lookups that match nothing get 404, unknown identifier kinds 400",
          "[recording-api]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    const HttpReply unknown = client->get(QStringLiteral("/api/Agent?agentIdentifier=Id&value=99"));
    CHECK(unknown.status == 404);
    CHECK(unknown.object()
              .value(QStringLiteral("Message"))
              .toString()
              .contains(QStringLiteral("99")));
    CHECK(client->get(QStringLiteral("/api/Agent")).status == 404);
    CHECK(client->get(QStringLiteral("/api/Agent?agentIdentifier=Id")).status == 404);
    const HttpReply kind = client->get(QStringLiteral("/api/Agent?agentIdentifier=Shoe&value=1"));
    CHECK(kind.status == 400);
    CHECK(
        kind.object().value(QStringLiteral("Message")).toString().contains(QStringLiteral("Shoe")));
}

TEST_CASE("GetAll lists every agent of the tracker", "[recording-api]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    const HttpReply reply = client->get(QStringLiteral("/api/Agent/GetAll"));
    REQUIRE(reply.status == 200);
    const QJsonArray agents = reply.array();
    CHECK(agents.size() == 5);
    CHECK(agents.at(0).toObject().value(QStringLiteral("AgentId")).toInt() == 1);
    CHECK(agents.at(0).toObject().contains(QStringLiteral("DesktopOnlySessions")));
}

TEST_CASE("The seed's example bodies work verbatim", "[recording-api]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    connectedCall(sim, QStringLiteral("bob"));
    connectedCall(sim, QStringLiteral("carol")); // carol records automatically

    CHECK(command(*client, QStringLiteral("Record/StartForAgent"),
                  R"({"AgentIdentifier":"Id", "Value":"2"})")
              .status == 200);
    CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("2"))) ==
          QStringLiteral("Recording"));

    CHECK(
        command(
            *client, QStringLiteral("Record/UpdateForAgent"),
            R"({"AgentIdentifier":"Phone", "Value":"805003", "CallMetadata":{"user2":"1234567890"}})")
            .status == 200);
    const QJsonObject carol = status(*client, QStringLiteral("Phone"), QStringLiteral("805003"));
    CHECK(carol.value(QStringLiteral("ActiveCall"))
              .toObject()
              .value(QStringLiteral("Metadata"))
              .toObject()
              .value(QStringLiteral("user2"))
              .toString() == QStringLiteral("1234567890"));
    CHECK(command(*client, QStringLiteral("Record/StopForAgent"),
                  R"({"AgentIdentifier":"Phone", "Value":"805003"})")
              .status == 200);
    CHECK(recordingState(status(*client, QStringLiteral("Phone"), QStringLiteral("805003"))) ==
          QStringLiteral("Stopped"));

    // A call known by the identifier of the example, recorded already.
    sim.createCall(QStringLiteral("bob"), {{QStringLiteral("id"), QStringLiteral("111222")},
                                           {QStringLiteral("answered"), true}});
    REQUIRE(command(*client, QStringLiteral("Record/StartForAgent"),
                    R"({"AgentIdentifier":"Phone", "Value":"5003"})")
                .status == 200);
    CHECK(command(*client, QStringLiteral("Record/StartDuplicateForAgent"),
                  R"({"AgentIdentifier":"Phone", "Value":"5003", "CallIdentifier":"111222"})")
              .status == 200);
    bool duplicate = false;
    for (const QJsonValue &r : recordingsOfCall(sim, QStringLiteral("111222")))
        duplicate |= r.toObject().value(QStringLiteral("isDuplicate")).toBool();
    CHECK(duplicate);

    connectedCall(sim, QStringLiteral("alice"));
    CHECK(
        command(
            *client, QStringLiteral("ScreenRecord/StartForAgent"),
            R"({"AgentIdentifier":"Phone", "Value":"7000", "CallMetadata":{"user1":"API Initiated"}})")
            .status == 200);
    CHECK(
        command(
            *client, QStringLiteral("ScreenRecord/UpdateForAgent"),
            R"({"AgentIdentifier":"Phone", "Value":"7000", "CallMetadata":{"user1":"API Initiated"}})")
            .status == 200);
    const QJsonArray screens = status(*client, QStringLiteral("Phone"), QStringLiteral("7000"))
                                   .value(QStringLiteral("ActiveCall"))
                                   .toObject()
                                   .value(QStringLiteral("ScreenRecordings"))
                                   .toArray();
    REQUIRE(screens.size() == 1);
    CHECK(screens[0].toObject().contains(QStringLiteral("ScreenRecordingidentifier")));
    CHECK(screens[0].toObject().value(QStringLiteral("RecordingState")).toString() ==
          QStringLiteral("Recording"));
    CHECK(
        command(
            *client, QStringLiteral("ScreenRecord/StopForAgent"),
            R"({"AgentIdentifier":"Phone", "Value":"7000", "CallMetadata":{"user1":"API Initiated"}})")
            .status == 200);

    CHECK(command(*client, QStringLiteral("Blackout/StartForAgent"),
                  R"({"AgentIdentifier":"Id", "Value":"1"})")
              .status == 200);
    CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
          QStringLiteral("Paused"));
    // The seed spells this path with a lower-case "blackout".
    CHECK(client
              ->post(QStringLiteral("/api/blackout/StopForAgent"),
                     R"({"AgentIdentifier":"Id", "Value":"1"})")
              .status == 200);
    CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
          QStringLiteral("Recording"));

    // The seed's StopDuplicate example ends in a typographic quote: not JSON, and said so.
    const HttpReply typo = command(*client, QStringLiteral("Record/StopDuplicateForAgent"),
                                   "{\"AgentIdentifier\":\"Phone\", \"Value\":\"5003\xE2\x80\x9D}");
    CHECK(typo.status == 400);
    CHECK(
        typo.object().value(QStringLiteral("Message")).toString().contains(QStringLiteral("JSON")));
}

TEST_CASE("Record commands answer 404 when there is nothing to act on", "[recording-api]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    const QByteArray bob = R"({"AgentIdentifier":"Id","Value":"2"})";
    CHECK(command(*client, QStringLiteral("Record/StartForAgent"), bob).status == 404);
    CHECK(command(*client, QStringLiteral("Record/StopForAgent"), bob).status == 404);
    CHECK(command(*client, QStringLiteral("Record/UpdateForAgent"),
                  R"({"AgentIdentifier":"Id","Value":"2","CallMetadata":{"user1":"x"}})")
              .status == 404);
    CHECK(command(*client, QStringLiteral("Record/StartDuplicateForAgent"), bob).status == 404);
    CHECK(command(*client, QStringLiteral("ScreenRecord/StopForAgent"), bob).status == 404);

    // A ringing call cannot be recorded yet; an unrecorded one cannot be duplicated.
    const QString call = sim.createCall(QStringLiteral("bob"));
    CHECK(command(*client, QStringLiteral("Record/StartForAgent"), bob).status == 404);
    sim.callAction(call, QStringLiteral("answer"));
    CHECK(command(*client, QStringLiteral("Record/StartDuplicateForAgent"), bob).status == 404);
    CHECK(command(*client, QStringLiteral("Record/StartDuplicateForAgent"),
                  R"({"AgentIdentifier":"Id","Value":"2","CallIdentifier":"no-such-call"})")
              .status == 404);
    REQUIRE(command(*client, QStringLiteral("Record/StartForAgent"), bob).status == 200);
    CHECK(command(*client, QStringLiteral("Record/StopDuplicateForAgent"), bob).status == 404);
    CHECK(command(*client, QStringLiteral("Record/UpdateForAgent"), bob).status ==
          404); // no CallMetadata
}

TEST_CASE("Missing fields get 404, malformed bodies and wrong types 400", "[recording-api]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    connectedCall(sim, QStringLiteral("bob"));
    const QString path = QStringLiteral("Record/StartForAgent");
    CHECK(command(*client, path, {}).status == 404);
    CHECK(command(*client, path, R"({"Value":"2"})").status == 404);
    CHECK(command(*client, path, R"({"AgentIdentifier":"Id"})").status == 404);
    CHECK(command(*client, path, R"({"AgentIdentifier":"Id","Value":"2")").status == 400);
    CHECK(command(*client, path, R"(["AgentIdentifier"])").status == 400);
    CHECK(command(*client, path, R"({"AgentIdentifier":7,"Value":"2"})").status == 400);
    CHECK(command(*client, path, R"({"AgentIdentifier":"Id","Value":{"x":1}})").status == 400);
    CHECK(command(*client, path, R"({"AgentIdentifier":"Id","Value":"2","CallMetadata":"x"})")
              .status == 400);
    CHECK(command(*client, path, R"({"AgentIdentifier":"Id","Value":"2","CallMetadata":{"a":[1]}})")
              .status == 400);
    // A numeric Value binds like a string, as the vendor's binder does; so do field names in
    // another case.
    CHECK(command(*client, path, R"({"agentidentifier":"Id","value":2})").status == 200);
    const HttpReply wrongMethod = client->get(QStringLiteral("/api/Record/StartForAgent"));
    CHECK(wrongMethod.status == 405);
    CHECK(wrongMethod.header("Allow") == "POST");
    CHECK(client->get(QStringLiteral("/api/Nothing/Here")).status == 404);
}

TEST_CASE("ActiveCall and InactiveCalls follow ringing, hold and consult", "[recording-api]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    const QString call = sim.createCall(QStringLiteral("bob"));
    auto active = [&] { return status(*client, QStringLiteral("Id"), QStringLiteral("2")); };
    CHECK(active()
              .value(QStringLiteral("ActiveCall"))
              .toObject()
              .value(QStringLiteral("CallState")) == QStringLiteral("Ringing"));
    sim.callAction(call, QStringLiteral("answer"));
    const QJsonObject onCall = active().value(QStringLiteral("ActiveCall")).toObject();
    CHECK(onCall.value(QStringLiteral("CallState")) == QStringLiteral("OnCall"));
    const QJsonObject metadata = onCall.value(QStringLiteral("Metadata")).toObject();
    CHECK(metadata.value(QStringLiteral("ani")) == QStringLiteral("+15550100"));
    CHECK(metadata.value(QStringLiteral("calldirection")) == QStringLiteral("I"));
    CHECK(metadata.value(QStringLiteral("callinstance")) ==
          onCall.value(QStringLiteral("CallInstance")));
    CHECK(metadata.value(QStringLiteral("starttime")).toString().contains(u'/'));

    sim.callAction(call, QStringLiteral("hold"));
    CHECK(active()
              .value(QStringLiteral("ActiveCall"))
              .toObject()
              .value(QStringLiteral("CallState")) == QStringLiteral("OnHold"));
    sim.callAction(call, QStringLiteral("retrieve"));
    sim.callAction(call, QStringLiteral("consult"),
                   {{QStringLiteral("to"), QStringLiteral("8199")}});
    const QJsonObject consulting = active();
    CHECK(consulting.value(QStringLiteral("ActiveCall"))
              .toObject()
              .value(QStringLiteral("CallState")) == QStringLiteral("OnCall"));
    const QJsonArray inactive = consulting.value(QStringLiteral("InactiveCalls")).toArray();
    REQUIRE(inactive.size() == 1);
    CHECK(inactive[0].toObject().value(QStringLiteral("CallState")) == QStringLiteral("OnHold"));
}

TEST_CASE("Duplicates need a recorded call and show IsDuplicate", "[recording-api]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    const QByteArray alice = R"({"AgentIdentifier":"Id","Value":"1"})";
    connectedCall(sim, QStringLiteral("alice")); // recorded automatically
    REQUIRE(command(*client, QStringLiteral("Record/StartDuplicateForAgent"), alice).status == 200);
    const QJsonArray recordings = status(*client, QStringLiteral("Id"), QStringLiteral("1"))
                                      .value(QStringLiteral("ActiveCall"))
                                      .toObject()
                                      .value(QStringLiteral("Recordings"))
                                      .toArray();
    REQUIRE(recordings.size() == 2);
    CHECK(recordings[1].toObject().value(QStringLiteral("IsDuplicate")).toBool());
    CHECK(command(*client, QStringLiteral("Record/StopDuplicateForAgent"), alice).status == 200);
    CHECK(command(*client, QStringLiteral("Record/StopDuplicateForAgent"), alice).status == 404);
    CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
          QStringLiteral("Recording"));
}

TEST_CASE("A blackout belongs to the agent: it survives hold, transfer and a new call",
          "[recording-api][blackout]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    const QByteArray alice = R"({"AgentIdentifier":"Id","Value":"1"})";
    const QString first = connectedCall(sim, QStringLiteral("alice"));
    sim.advance(2000);
    REQUIRE(command(*client, QStringLiteral("Blackout/StartForAgent"), alice).status == 200);
    sim.advance(1000);
    sim.callAction(first, QStringLiteral("hold"));
    sim.advance(1000);
    CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
          QStringLiteral("Paused"));
    sim.callAction(first, QStringLiteral("retrieve"));
    sim.callAction(first, QStringLiteral("transfer"),
                   {{QStringLiteral("to"), QStringLiteral("bob")}});
    // The transferred leg at bob is not blacked out; alice's next call is.
    const QString second = connectedCall(sim, QStringLiteral("alice"));
    sim.advance(1000);
    CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
          QStringLiteral("Paused"));
    REQUIRE(command(*client, QStringLiteral("Blackout/StopForAgent"), alice).status == 200);
    sim.advance(1000);
    CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
          QStringLiteral("Recording"));
    sim.callAction(second, QStringLiteral("hangup"));

    const QJsonObject firstRecording = onlyRecordingOfCall(sim, first);
    CHECK(firstRecording.value(QStringLiteral("pausedSpans")).toArray() ==
          QJsonArray{
              QJsonObject{{QStringLiteral("startMs"), 2000}, {QStringLiteral("endMs"), 4000}}});
    const QJsonObject secondRecording = onlyRecordingOfCall(sim, second);
    CHECK(secondRecording.value(QStringLiteral("pausedSpans")).toArray() ==
          QJsonArray{QJsonObject{{QStringLiteral("startMs"), 0}, {QStringLiteral("endMs"), 1000}}});
}

TEST_CASE("A blackout ends by itself at the maximum blackout length", "[recording-api][blackout]")
{
    RecsimProcess sim; // maxAgentBlackoutSec is 120 in the test configuration
    auto client = clientFor(sim, QStringLiteral("api"));
    const QString call = connectedCall(sim, QStringLiteral("alice"));
    REQUIRE(command(*client, QStringLiteral("Blackout/StartForAgent"),
                    R"({"AgentIdentifier":"Id","Value":"1"})")
                .status == 200);
    sim.advance(119'000);
    CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
          QStringLiteral("Paused"));
    sim.advance(1000);
    CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
          QStringLiteral("Recording"));
    sim.advance(5000);
    sim.callAction(call, QStringLiteral("hangup"));
    CHECK(onlyRecordingOfCall(sim, call).value(QStringLiteral("pausedSpans")).toArray() ==
          QJsonArray{
              QJsonObject{{QStringLiteral("startMs"), 0}, {QStringLiteral("endMs"), 120'000}}});
}

TEST_CASE("Blackout times: client times win, TimeOffset shifts the server's time",
          "[recording-api][blackout]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    const QString call = connectedCall(sim, QStringLiteral("alice"));
    const QDateTime now = QDateTime::fromString(sim.sim()
                                                    .get(QStringLiteral("/sim/clock"))
                                                    .object()
                                                    .value(QStringLiteral("now"))
                                                    .toString(),
                                                Qt::ISODateWithMs);
    const auto at = [&](int seconds) {
        return now.addSecs(seconds).toOffsetFromUtc(3600).toString(Qt::ISODate);
    };

    SECTION("TimeOffset alone starts the blackout that many seconds after receipt")
    {
        REQUIRE(command(*client, QStringLiteral("Blackout/StartForAgent"),
                        R"({"AgentIdentifier":"Id","Value":"1","TimeOffset":10})")
                    .status == 200);
        sim.advance(9000);
        CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
              QStringLiteral("Recording"));
        sim.advance(1000);
        CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
              QStringLiteral("Paused"));
    }
    SECTION("Start and stop times are used as given and TimeOffset is ignored")
    {
        const QByteArray body =
            QStringLiteral(R"({"AgentIdentifier":"Id","Value":"1",)"
                           R"("BlackoutStartTime":"%1","BlackoutStopTime":"%2",)"
                           R"("TimeOffset":100})")
                .arg(at(5), at(8))
                .toUtf8();
        REQUIRE(command(*client, QStringLiteral("Blackout/StartForAgent"), body).status == 200);
        sim.advance(20'000);
        sim.callAction(call, QStringLiteral("hangup"));
        CHECK(onlyRecordingOfCall(sim, call).value(QStringLiteral("pausedSpans")).toArray() ==
              QJsonArray{
                  QJsonObject{{QStringLiteral("startMs"), 5000}, {QStringLiteral("endMs"), 8000}}});
    }
    SECTION("A stop time before the start time is refused")
    {
        const QByteArray body =
            QStringLiteral(R"({"AgentIdentifier":"Id","Value":"1",)"
                           R"("BlackoutStartTime":"%1","BlackoutStopTime":"%2"})")
                .arg(at(8), at(5))
                .toUtf8();
        const HttpReply reply = command(*client, QStringLiteral("Blackout/StartForAgent"), body);
        CHECK(reply.status == 400);
        CHECK(reply.object()
                  .value(QStringLiteral("Message"))
                  .toString()
                  .contains(QStringLiteral("before")));
    }
    SECTION("Unreadable times and offsets are refused and change nothing")
    {
        CHECK(command(*client, QStringLiteral("Blackout/StartForAgent"),
                      R"({"AgentIdentifier":"Id","Value":"1","BlackoutStartTime":"soon"})")
                  .status == 400);
        CHECK(command(*client, QStringLiteral("Blackout/StartForAgent"),
                      R"({"AgentIdentifier":"Id","Value":"1","TimeOffset":1.5})")
                  .status == 400);
        CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
              QStringLiteral("Recording"));
    }
    SECTION("A stop time in the future keeps the blackout until then")
    {
        REQUIRE(command(*client, QStringLiteral("Blackout/StartForAgent"),
                        R"({"AgentIdentifier":"Id","Value":"1"})")
                    .status == 200);
        const QByteArray stop = QStringLiteral(R"({"AgentIdentifier":"Id","Value":"1",)"
                                               R"("BlackoutStopTime":"%1"})")
                                    .arg(at(3))
                                    .toUtf8();
        REQUIRE(command(*client, QStringLiteral("Blackout/StopForAgent"), stop).status == 200);
        sim.advance(2000);
        CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
              QStringLiteral("Paused"));
        sim.advance(1000);
        CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
              QStringLiteral("Recording"));
    }
}

TEST_CASE("A blackout started between calls silences the next call from its first second",
          "[recording-api][blackout]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    REQUIRE(command(*client, QStringLiteral("Blackout/StartForAgent"),
                    R"({"AgentIdentifier":"Id","Value":"1"})")
                .status == 200);
    sim.advance(1000);
    connectedCall(sim, QStringLiteral("alice"));
    CHECK(recordingState(status(*client, QStringLiteral("Id"), QStringLiteral("1"))) ==
          QStringLiteral("Paused"));
}

TEST_CASE("Screen recording without a call is a desktop-only session", "[recording-api]")
{
    RecsimProcess sim;
    auto client = clientFor(sim, QStringLiteral("api"));
    REQUIRE(command(*client, QStringLiteral("ScreenRecord/StartForAgent"),
                    R"({"AgentIdentifier":"Id","Value":"2"})")
                .status == 200);
    const QJsonArray sessions = status(*client, QStringLiteral("Id"), QStringLiteral("2"))
                                    .value(QStringLiteral("DesktopOnlySessions"))
                                    .toArray();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].toObject().value(QStringLiteral("RecordingState")) ==
          QStringLiteral("Recording"));
    CHECK(command(*client, QStringLiteral("ScreenRecord/UpdateForAgent"),
                  R"({"AgentIdentifier":"Id","Value":"2"})")
              .status == 404);
    CHECK(command(*client, QStringLiteral("ScreenRecord/StopForAgent"),
                  R"({"AgentIdentifier":"Id","Value":"2"})")
              .status == 200);
    CHECK(status(*client, QStringLiteral("Id"), QStringLiteral("2"))
              .value(QStringLiteral("DesktopOnlySessions"))
              .toArray()
              .isEmpty());
}
