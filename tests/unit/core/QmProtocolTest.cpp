#include "servers/qm/QmProtocol.h"

#include "CatchCompat.h"

using namespace recbar;

TEST_CASE("QM fields go out in the guide's order: call data, then sender_id, then peripheral_id",
          "[qm]")
{
    const qm::Identity bob{QStringLiteral("bob"), QStringLiteral("5001"), QStringLiteral("5003")};
    CHECK(qm::request(QStringLiteral("stop"), bob).body ==
          R"({"extension":"5003","sender_id":"bob","peripheral_id":"5001"})");
    CHECK(qm::request(QStringLiteral("metadata"),
                      {QStringLiteral("bob"), QStringLiteral("5001"), {}},
                      {{QStringLiteral("zeta"), QStringLiteral("1")},
                       {QStringLiteral("account"), QStringLiteral("a\"b")}})
              .body == R"({"zeta":"1","account":"a\"b","sender_id":"bob","peripheral_id":"5001"})");
    CHECK(qm::request(QStringLiteral("pause"), bob).path ==
          QStringLiteral("recordingcontrols/rest/pause"));
}

TEST_CASE("A 2xx is the outcome, and the guide's command table says what it did", "[qm]")
{
    const RecordingState off = RecordingState::Off;
    const RecordingState on = RecordingState::Recording;
    const RecordingState paused = RecordingState::Paused;
    const RecordingState unknown = RecordingState::Unknown;
    const struct
    {
        CommandKind kind;
        RecordingState before;
        RecordingState after;
    } table[] = {
        {CommandKind::Start, off, on},         {CommandKind::Start, paused, paused},
        {CommandKind::Start, unknown, on},     {CommandKind::Stop, on, off},
        {CommandKind::Pause, on, paused},      {CommandKind::Pause, off, off},
        {CommandKind::Pause, unknown, paused}, {CommandKind::Resume, paused, on},
        {CommandKind::Resume, off, off},       {CommandKind::Resume, unknown, unknown},
        {CommandKind::Tag, off, on},           {CommandKind::Tag, paused, paused},
        {CommandKind::Restart, paused, on},    {CommandKind::Delete, on, off},
        {CommandKind::StartSegment, off, on},  {CommandKind::StopSegment, on, off},
        {CommandKind::Logout, on, off},        {CommandKind::Metadata, unknown, unknown},
    };
    // Whatever the body: none, {"status":"ok"}, or something that is not JSON at all.
    for (const QByteArray &body : {QByteArray(), QByteArray(R"({"status":"ok"})"), QByteArray("OK"),
                                   QByteArray("<html>fine</html>")}) {
        for (const auto &row : table) {
            INFO(CommandText::name(row.kind).toStdString() << " " << body.toStdString());
            const ControlResult result = qm::interpret(row.kind, body);
            CHECK(result.error.ok());
            CHECK(recordingAfter(result.recording.value_or(RecordingEffect::Unchanged),
                                 row.before) == row.after);
        }
    }
    // A detailed body's documented no-op refines it.
    const ControlResult none = qm::interpret(CommandKind::Pause, R"({"result":"none"})");
    CHECK(recordingAfter(*none.recording, on) == on);
    CHECK_FALSE(none.note.isEmpty());
}

TEST_CASE("QM config: desktop recording is no serverHost, in whatever object it comes", "[qm]")
{
    CHECK_FALSE(qm::parseConfig(R"({"serverHost":"10.0.0.5"})")->desktop);
    CHECK_FALSE(qm::parseConfig(R"({"configuration":{"serverHost":"10.0.0.5"}})")->desktop);
    CHECK_FALSE(qm::parseConfig(R"({"status":"ok","result":"config","serverHost":"x"})")->desktop);
    CHECK(qm::parseConfig(R"({"userId":"dan","extension":"5005"})")->desktop);
    CHECK(qm::parseConfig(R"({"configuration":{"userId":"dan"}})")->desktop);
    // Not a JSON object: nothing is concluded.
    CHECK_FALSE(qm::parseConfig("").has_value());
    CHECK_FALSE(qm::parseConfig("[]").has_value());
    CHECK_FALSE(qm::parseConfig(QByteArray(50'000, '{')).has_value());
    // recordingMode is no documented signal: gateway comes from the profile only.
    const Capabilities caps =
        qm::capabilities(qm::parseConfig(R"({"serverHost":"x","recordingMode":"gateway"})"),
                         {QStringLiteral("bob"), QStringLiteral("5001"), {}}, false);
    CHECK(caps.supports(CommandKind::Restart));
}

TEST_CASE("QM's error words are plain text", "[qm]")
{
    CHECK(qm::errorMessage(R"({"status":"error","message":"No active call"})") ==
          QStringLiteral("No active call"));
    CHECK(qm::errorMessage("<html><body><h1>409 Conflict</h1></body></html>") ==
          QStringLiteral("409 Conflict"));
}
