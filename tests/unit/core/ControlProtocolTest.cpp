#include "ipc/ControlProtocol.h"

#include "CatchCompat.h"

using namespace recbar;
using namespace recbar::control;

TEST_CASE("Control requests round-trip and only listed commands pass", "[ipc]")
{
    const Request pause{QStringLiteral("pause"), {}};
    const auto back = parseRequest(formatRequest(pause).trimmed());
    REQUIRE(back.ok());
    CHECK(back->command == QStringLiteral("pause"));

    const Request metadata{QStringLiteral("metadata"),
                           {{QStringLiteral("account"), QStringLiteral("42")}}};
    const auto withData = parseRequest(formatRequest(metadata).trimmed());
    REQUIRE(withData.ok());
    CHECK(withData->metadata == metadata.metadata);

    for (const char *bad :
         {R"({"v":1,"command":"delete"})", R"({"v":1,"command":"restart"})",
          R"({"v":1,"command":"rm -rf"})", R"({"v":2,"command":"pause"})", R"({"command":"pause"})",
          R"(["pause"])", "pause", R"({"v":1,"command":"metadata"})",
          R"({"v":1,"command":"metadata","metadata":[["a&","b"]]})",
          R"({"v":1,"command":"metadata","metadata":{"a":"b"}})",
          R"({"v":1,"command":"pause","metadata":[["a","b"]]})"}) {
        INFO(bad);
        CHECK_FALSE(parseRequest(QByteArray(bad)).ok());
    }
    CHECK_FALSE(parseRequest(QByteArray(kMaxLine + 1, 'x')).ok());
}

TEST_CASE("KEY=VALUE arguments are checked before they are sent", "[ipc]")
{
    const auto ok =
        parseMetadataArguments({QStringLiteral("account=123"), QStringLiteral("note=a=b")});
    CHECK_FALSE(ok.ok()); // '=' is reserved in values
    const auto fine =
        parseMetadataArguments({QStringLiteral("account=123"), QStringLiteral("empty=")});
    REQUIRE(fine.ok());
    CHECK(fine->size() == 2);
    CHECK_FALSE(parseMetadataArguments({QStringLiteral("novalue")}).ok());
    CHECK_FALSE(parseMetadataArguments({QStringLiteral("=x")}).ok());
    CHECK_FALSE(parseMetadataArguments({}).ok());
}

TEST_CASE("Responses round-trip - garbage is refused", "[ipc]")
{
    const Response response{
        true, QStringLiteral("Paused"), {{QStringLiteral("recording"), QStringLiteral("paused")}}};
    const auto back = parseResponse(formatResponse(response).trimmed());
    REQUIRE(back.ok());
    CHECK(back->ok);
    CHECK(back->status.value(QStringLiteral("recording")) == QStringLiteral("paused"));
    CHECK_FALSE(parseResponse("nope").ok());
    CHECK_FALSE(parseResponse(R"({"message":"x"})").ok());
}

TEST_CASE("team requests name an action and one agent, and only team does", "[ipc][team]")
{
    control::Request start{QStringLiteral("team"), {}};
    start.teamAction = control::kTeamStart;
    start.agent = QStringLiteral("2");
    const auto parsed = control::parseRequest(control::formatRequest(start).trimmed());
    REQUIRE(parsed.ok());
    CHECK(parsed->teamAction == QStringLiteral("start"));
    CHECK(parsed->agent == QStringLiteral("2"));

    const auto refused = [](const QByteArray &line) { return !control::parseRequest(line).ok(); };
    CHECK(refused(R"({"v":1,"command":"team","teamAction":"delete","agent":"2"})"));
    CHECK(refused(R"({"v":1,"command":"team","teamAction":"start"})"));
    CHECK(refused(R"({"v":1,"command":"pause","teamAction":"start","agent":"2"})"));
    CHECK_FALSE(refused(R"({"v":1,"command":"team"})"));
    // show opens the window: it names no agent.
    CHECK_FALSE(refused(R"({"v":1,"command":"team","teamAction":"show"})"));
    CHECK(refused(R"({"v":1,"command":"team","teamAction":"show","agent":"2"})"));
    CHECK(refused(R"({"v":1,"command":"team","agent":"2"})"));
}
