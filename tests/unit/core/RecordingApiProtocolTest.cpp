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

TEST_CASE("The vendor's example status reads as an outbound recorded call", "[recording-api]")
{
    const auto parsed = parseStatus(kSeedStatus);
    REQUIRE(std::holds_alternative<ObservedState>(parsed));
    const ObservedState s = std::get<ObservedState>(parsed);
    CHECK(s.agentName == QStringLiteral("me"));
    CHECK(s.extension == QStringLiteral("5003"));
    CHECK(s.call == CallState::Talking);
    CHECK(s.direction == Direction::Outbound);
    CHECK(s.remoteNumber == QStringLiteral("4000"));
    CHECK(s.recording == RecordingState::Recording);
    CHECK(s.blackout == false);
    CHECK(s.screenRecording);
    CHECK(s.callStartedAt == QDateTime(QDate(2016, 12, 8), QTime(15, 6, 40), Qt::UTC));
    CHECK(s.metadata.value(QStringLiteral("user2")) == QStringLiteral("u2-6000"));
    CHECK_FALSE(s.metadata.contains(QStringLiteral("gate")));
}

TEST_CASE("Status variants: no call, paused, duplicate, held", "[recording-api]")
{
    const auto idle = std::get<ObservedState>(parseStatus(
        R"({"AgentId":1,"AgentPhone":"7000","SystemUsername":"a","ActiveCall":null,"InactiveCalls":[]})"));
    CHECK(idle.call == CallState::None);
    CHECK(idle.recording == RecordingState::Off);
    CHECK_FALSE(idle.blackout.has_value());

    const auto paused = std::get<ObservedState>(parseStatus(
        R"({"AgentId":1,"ActiveCall":{"CallInstance":"x","CallState":"OnHold","Metadata":{"calldirection":"I","ani":"+1555"},
            "Recordings":[{"IsDuplicate":false,"RecordingState":"Paused"},{"IsDuplicate":true,"RecordingState":"Paused"}]},
            "InactiveCalls":[{}]})"));
    CHECK(paused.call == CallState::Held);
    CHECK(paused.recording == RecordingState::Paused);
    CHECK(paused.blackout == true);
    CHECK(paused.duplicateRecording);
    CHECK(paused.otherCalls == 1);
    CHECK(paused.remoteNumber == QStringLiteral("+1555"));
}

TEST_CASE("Answers that are not a status are refused with a reason", "[recording-api]")
{
    for (
        const char *bad :
        {"", "[]", "{", R"({"AgentPhone":"1"})", R"({"AgentId":"2"})",
         R"({"AgentId":1,"ActiveCall":"yes"})",
         R"({"AgentId":1,"ActiveCall":null,"InactiveCalls":{}})",
         R"({"AgentId":1,"ActiveCall":{"CallState":"OnCall"}})",
         R"({"AgentId":1,"ActiveCall":{"CallInstance":"x","CallState":"Dancing"}})",
         R"({"AgentId":1,"ActiveCall":{"CallInstance":"x","CallState":"OnCall","Recordings":[{"RecordingState":"Maybe"}]}})"}) {
        INFO(bad);
        const auto parsed = parseStatus(QByteArray(bad));
        REQUIRE(std::holds_alternative<QString>(parsed));
        CHECK_FALSE(std::get<QString>(parsed).isEmpty());
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
