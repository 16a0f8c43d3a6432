#include "BarRig.h"
#include "ipc/ControlClient.h"
#include "ipc/ControlServer.h"

#include <QLocalSocket>

#include <future>

using namespace recbar;

namespace {

// recbar ctl blocks, as a command-line tool may; here it runs on its own thread so the bar's
// event loop (this thread) can answer.
ControlClient::Result ctl(const QString &socket, const control::Request &request)
{
    auto future = std::async(std::launch::async,
                             [=] { return ControlClient::send(socket, request, 10'000); });
    REQUIRE(waitFor(
        [&] { return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
        15'000));
    return future.get();
}

} // namespace

TEST_CASE("recbar ctl commands wait for the server's confirmation", "[ipc][bar]")
{
    BarRig rig;
    const QString socket = rig.dir.filePath(QStringLiteral("ctl"));
    ControlServer server;
    QString error;
    REQUIRE(server.listen(socket, &error));

    CHECK(ctl(socket, {QStringLiteral("pause"), {}})
              .response.message.contains(QStringLiteral("Not signed in")));

    rig.server.connectedCall(QStringLiteral("alice"));
    rig.signInAndConnect(rig.profile(QStringLiteral("alice"), QStringLiteral("1")));
    server.setController(rig.session.controller());
    REQUIRE(rig.waitForRecording(RecordingState::Recording));

    const auto status = ctl(socket, {QStringLiteral("status"), {}});
    REQUIRE(status.outcome == ControlClient::Outcome::Answered);
    CHECK(status.response.ok);
    CHECK(status.response.status.value(QStringLiteral("recording")) == QStringLiteral("recording"));
    CHECK(status.response.status.value(QStringLiteral("agent")) == QStringLiteral("alice"));

    const auto pause = ctl(socket, {QStringLiteral("pause"), {}});
    CHECK(pause.response.ok);
    CHECK(pause.response.status.value(QStringLiteral("recording")) == QStringLiteral("paused"));
    CHECK(rig.server.model().inBlackout(*rig.server.model().agent(1), rig.server.model().now()));

    const auto again = ctl(socket, {QStringLiteral("pause"), {}});
    CHECK_FALSE(again.response.ok);
    CHECK(again.response.message.contains(QStringLiteral("already paused")));

    const auto metadata = ctl(
        socket, {QStringLiteral("metadata"), {{QStringLiteral("user3"), QStringLiteral("777")}}});
    CHECK(metadata.response.ok);
    CHECK(ctl(socket, {QStringLiteral("resume"), {}}).response.ok);
    CHECK(ctl(socket, {QStringLiteral("stop"), {}}).response.ok);
    CHECK(rig.snapshot().recording == RecordingState::Off);
}

TEST_CASE("The control socket refuses what is not on its list", "[ipc][bar]")
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("ctl"));
    ControlServer server;
    QString error;
    REQUIRE(server.listen(socket, &error));
    ControlServer second;
    CHECK_FALSE(second.listen(socket, &error));
    CHECK(error.contains(QStringLiteral("already running")));

    const auto raw = [&](const QByteArray &line) {
        auto future = std::async(std::launch::async, [&] {
            QLocalSocket client;
            client.connectToServer(socket);
            if (!client.waitForConnected(2000))
                return QByteArray();
            client.write(line);
            client.waitForBytesWritten(1000);
            QByteArray answer;
            while (client.waitForReadyRead(2000))
                answer += client.readAll();
            return answer;
        });
        REQUIRE(waitFor(
            [&] { return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
            10'000));
        return future.get();
    };
    for (const char *bad : {"{\"v\":1,\"command\":\"delete\"}\n",
                            "{\"v\":1,\"command\":\"restart\"}\n", "garbage\n", "{\"v\":1}\n"}) {
        INFO(bad);
        const QByteArray answer = raw(bad);
        CHECK(answer.contains("\"ok\":false"));
    }
    CHECK(raw(QByteArray(20'000, 'x')).contains("\"ok\":false"));
    CHECK(ctl(socket, {QStringLiteral("status"), {}}).response.ok);
}

TEST_CASE("recbar ctl says so when no bar is running", "[ipc]")
{
    QTemporaryDir dir;
    const auto result =
        ControlClient::send(dir.filePath(QStringLiteral("nobody")), {QStringLiteral("status"), {}});
    CHECK(result.outcome == ControlClient::Outcome::NotRunning);
    CHECK(result.error.contains(QStringLiteral("not running")));
}
