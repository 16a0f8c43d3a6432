#include "servers/recordingapi/RecordingApiProtocol.h"

#include "CatchCompat.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace recbar;
using namespace recbar::recordingapi;

namespace {

// The vendor's own example answer, trimmed of nothing.
const QByteArray kSeedStatus = R"({
"AgentId": 2, "BusinessUnit": 0, "AgentPhone": "5003", "SystemUsername": "me", "CrmUsername": "",
"ActiveCall": {
  "CallInstance": "fe0b6231-1ffcce90-c84c9c5f@10.100.6.20",
  "Metadata": {"deviceid": "5003", "devicealias": "", "gate": "12", "ani": "5003", "dnis": "4000",
    "user1": "u1-8000", "user2": "u2-6000", "callid": "fe0b6231-1ffcce90-c84c9c5f@10.100.6.20",
    "sgroup": "40", "callinstance": "fe0b6231-1ffcce90-c84c9c5f@10.100.6.20", "calldirection": "O",
    "station": "", "istrunk": "", "sessionid": "", "starttime": "12/08/2016 15:06:40",
    "endtime": "12/08/2016 15:06:40", "callsegmentid": "", "keepdays": "-1", "archiveaction": "-1"},
  "CallState": "OnCall",
  "Recordings": [{"RecordingIdentifier": "f2376544-2542-47c0-be51-bb2909b740a2", "IsDuplicate": false,
                  "RecordingState": "Recording", "CallInstance": "fe0b6231-1ffcce90-c84c9c5f@10.100.6.20"}],
  "ScreenRecordings": [{"RelatedCallInstance": "fe0b6231-1ffcce90-c84c9c5f@10.100.6.20",
                        "ScreenRecordingidentifier": "", "RecordingState": "Recording"}]
},
"InactiveCalls": [], "Username": null, "DeviceId": "5003", "DeviceAlias": "", "DesktopOnlySessions": []
})";

} // namespace

ObservedState read(const QByteArray &json, const StatusOptions &options = {})
{
    const auto parsed = parseStatus(json, options);
    INFO((parsed ? QString() : parsed.error()).toStdString());
    REQUIRE(parsed.ok());
    return parsed->state;
}

TEST_CASE("The vendor's example status reads as an outbound recorded call", "[recording-api]")
{
    StatusOptions utc;
    utc.serverZone = QTimeZone::utc();
    const ObservedState s = read(kSeedStatus, utc);
    CHECK(s.agentName == QStringLiteral("me"));
    CHECK(s.extension == QStringLiteral("5003"));
    CHECK(s.call == CallState::Talking);
    CHECK(s.direction == Direction::Outbound);
    CHECK(s.remoteNumber == QStringLiteral("4000"));
    CHECK(s.recording == RecordingState::Recording);
    // The documents show only "Recording": it says nothing about a blackout.
    CHECK_FALSE(s.blackout.has_value());
    CHECK(s.screenRecording);
    CHECK(s.callStartedAt == QDateTime(QDate(2016, 12, 8), QTime(15, 6, 40), Qt::UTC));
    CHECK(s.metadata.value(QStringLiteral("user2")) == QStringLiteral("u2-6000"));
    CHECK_FALSE(s.metadata.contains(QStringLiteral("gate")));
    // A server that has shown "Paused" once says "no blackout" with "Recording".
    StatusOptions shows = utc;
    shows.serverShowsBlackout = true;
    CHECK(read(kSeedStatus, shows).blackout == false);
}

TEST_CASE("starttime is the server's clock, in the zone the profile names", "[recording-api]")
{
    StatusOptions chicago;
    chicago.serverZone = QTimeZone("America/Chicago");
    REQUIRE(chicago.serverZone.isValid());
    // 15:06:40 in Chicago in December is 21:06:40 UTC.
    CHECK(read(kSeedStatus, chicago).callStartedAt ==
          QDateTime(QDate(2016, 12, 8), QTime(21, 6, 40), Qt::UTC));
    const StatusOptions local; // unset: this computer's zone
    CHECK(read(kSeedStatus, local).callStartedAt ==
          QDateTime(QDate(2016, 12, 8), QTime(15, 6, 40), QTimeZone::systemTimeZone()));
}

TEST_CASE("Status variants: no call, paused, duplicate, held", "[recording-api]")
{
    const ObservedState idle = read(
        R"({"AgentId":1,"AgentPhone":"7000","SystemUsername":"a","ActiveCall":null,"InactiveCalls":[]})");
    CHECK(idle.call == CallState::None);
    CHECK(idle.recording == RecordingState::Off);
    CHECK_FALSE(idle.blackout.has_value());

    const auto parsed = parseStatus(
        R"({"AgentId":1,"ActiveCall":{"CallInstance":"x","CallState":"OnHold","Metadata":{"calldirection":"I","ani":"+1555"},
            "Recordings":[{"IsDuplicate":false,"RecordingState":"Paused"},{"IsDuplicate":true,"RecordingState":"Paused"}]},
            "InactiveCalls":[{}]})");
    REQUIRE(parsed.ok());
    const ObservedState &paused = parsed->state;
    CHECK(parsed->showedBlackout);
    CHECK(paused.call == CallState::Held);
    CHECK(paused.recording == RecordingState::Paused);
    CHECK(paused.blackout == true);
    CHECK(paused.duplicateRecording);
    CHECK(paused.otherCalls == 1);
    CHECK(paused.remoteNumber == QStringLiteral("+1555"));
}

TEST_CASE("An undocumented value makes its field unknown, never the whole status",
          "[recording-api]")
{
    const auto parsed = parseStatus(
        R"({"AgentId":1,"ActiveCall":{"CallInstance":"x","CallState":"Conferenced",
            "Recordings":[{"IsDuplicate":false,"RecordingState":"Buffering"}]}})");
    REQUIRE(parsed.ok());
    const Status &status = *parsed;
    CHECK(status.state.call == CallState::Unknown);
    CHECK(status.state.callId == QStringLiteral("x"));
    CHECK(status.state.recording == RecordingState::Unknown);
    CHECK_FALSE(status.state.recordingNote.isEmpty());
    CHECK(status.unknownValues == QStringList{QStringLiteral("CallState \"Conferenced\""),
                                              QStringLiteral("RecordingState \"Buffering\"")});
}

TEST_CASE("Answers that are not a status are refused with a reason", "[recording-api]")
{
    const QByteArray deep = QByteArray(100'000, '[') + QByteArray(100'000, ']');
    const QByteArray huge =
        R"({"AgentId":1,"Username":")" + QByteArray(5 * 1024 * 1024, 'a') + R"("})";
    for (const QByteArray &bad :
         {QByteArray(""), QByteArray("[]"), QByteArray("{"), QByteArray(R"({"AgentPhone":"1"})"),
          QByteArray(R"({"AgentId":"2"})"), QByteArray(R"({"AgentId":1,"ActiveCall":"yes"})"),
          QByteArray(R"({"AgentId":1,"ActiveCall":null,"InactiveCalls":{}})"),
          QByteArray(R"({"AgentId":1,"ActiveCall":{"CallState":"OnCall"}})"), deep, huge}) {
        INFO(bad.left(80).toStdString());
        const auto parsed = parseStatus(bad);
        REQUIRE_FALSE(parsed.ok());
        CHECK_FALSE(parsed.error().isEmpty());
    }
}

TEST_CASE("Call data goes out under the documented keys the profile maps it to", "[recording-api]")
{
    const auto parsed = CallDataKeys::parse(QStringLiteral("account=user1, customer = user2"));
    REQUIRE(parsed.ok());
    const CallDataKeys keys = *parsed;
    CHECK(keys.toServer(QStringLiteral("account")) == QStringLiteral("user1"));
    CHECK(keys.toServer(QStringLiteral("user7")) == QStringLiteral("user7"));
    CHECK_FALSE(keys.toServer(QStringLiteral("notes")).has_value());
    CHECK(keys.fromServer(QStringLiteral("user2")) == QStringLiteral("customer"));
    const Request request = commandRequest(
        {1, CommandKind::Metadata, {{QStringLiteral("account"), QStringLiteral("2500")}}, {}},
        {QStringLiteral("Id"), QStringLiteral("2")}, keys);
    CHECK(QJsonDocument::fromJson(request.body)
              .object()
              .value(QStringLiteral("CallMetadata"))
              .toObject() == QJsonObject{{QStringLiteral("user1"), QStringLiteral("2500")}});
    // Read back under the agent's name.
    StatusOptions options;
    options.keys = keys;
    CHECK(read(R"({"AgentId":1,"ActiveCall":{"CallInstance":"x","CallState":"OnCall",
                   "Metadata":{"user1":"2500"}}})",
               options)
              .metadata.value(QStringLiteral("account")) == QStringLiteral("2500"));
    for (const char *bad : {"account", "account=", "account=user16", "=user1", "a=deviceidx"}) {
        INFO(bad);
        CHECK_FALSE(CallDataKeys::parse(QString::fromLatin1(bad)).ok());
    }
}

TEST_CASE("Commands map to the documented paths and bodies", "[recording-api]")
{
    const AgentRef bob{QStringLiteral("Id"), QStringLiteral("2")};
    const auto check = [&](CommandKind kind, const char *path) {
        const Request request = commandRequest({1, kind, {}, {}}, bob);
        CHECK(request.path == QLatin1String(path));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        CHECK(body.value(QStringLiteral("AgentIdentifier")) == QStringLiteral("Id"));
        CHECK(body.value(QStringLiteral("Value")) == QStringLiteral("2"));
    };
    check(CommandKind::Start, "api/Record/StartForAgent");
    check(CommandKind::Stop, "api/Record/StopForAgent");
    check(CommandKind::Pause, "api/Blackout/StartForAgent");
    check(CommandKind::Resume, "api/Blackout/StopForAgent");
    check(CommandKind::StartDuplicate, "api/Record/StartDuplicateForAgent");
    check(CommandKind::StopDuplicate, "api/Record/StopDuplicateForAgent");
    check(CommandKind::StartScreen, "api/ScreenRecord/StartForAgent");
    check(CommandKind::StopScreen, "api/ScreenRecord/StopForAgent");
    const Request metadata = commandRequest(
        {1, CommandKind::Metadata, {{QStringLiteral("user2"), QStringLiteral("1234567890")}}, {}},
        bob);
    CHECK(metadata.path == QStringLiteral("api/Record/UpdateForAgent"));
    CHECK(QJsonDocument::fromJson(metadata.body)
              .object()
              .value(QStringLiteral("CallMetadata"))
              .toObject() == QJsonObject{{QStringLiteral("user2"), QStringLiteral("1234567890")}});
    CHECK(statusPath({QStringLiteral("Phone"), QStringLiteral("+1 555&x")}) ==
          QStringLiteral("api/Agent?agentIdentifier=Phone&value=%2B1%20555%26x"));
    CHECK(errorMessage(R"({"Message":"No agent"})") == QStringLiteral("No agent"));
}

TEST_CASE("The agent list reads every agent, a garbled entry is said and the others kept",
          "[recording-api][team]")
{
    // The vendor's Agent List example, with a second agent on the seed's recorded call.
    const QByteArray list = "[" + kSeedStatus + R"(,
        {"AgentId": 7, "BusinessUnit": 0, "AgentPhone": "5005", "SystemUsername": "you",
         "ActiveCall": null, "InactiveCalls": [], "Username": null, "DeviceId": "5005"},
        {"BusinessUnit": 0, "AgentPhone": "5009"},
        "not an agent"])";
    const auto parsed = parseAgentList(list);
    REQUIRE(parsed.ok());
    const QList<ListedAgent> &agents = *parsed;
    REQUIRE(agents.size() == 4);
    CHECK(agents[0].id == QStringLiteral("2"));
    CHECK(agents[0].status.state.call == CallState::Talking);
    CHECK(agents[0].status.state.recording == RecordingState::Recording);
    CHECK(agents[1].id == QStringLiteral("7"));
    CHECK(agents[1].status.state.call == CallState::None);
    CHECK(agents[1].status.state.agentName == QStringLiteral("you"));
    CHECK(agents[2].problem == QStringLiteral("AgentId is missing"));
    CHECK_FALSE(agents[3].problem.isEmpty());

    CHECK_FALSE(parseAgentList(kSeedStatus).ok()); // an object, not a list
    CHECK_FALSE(parseAgentList("[").ok());
}
