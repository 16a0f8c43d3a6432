#include "BarRig.h"
#include "ipc/ControlClient.h"
#include "ipc/ControlServer.h"
#include "ipc/UrlCommand.h"

#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QThread>

#include <atomic>
#include <future>

using namespace recbar;

namespace {

// The socket's place for one test: RECBAR_CONTROL_SOCKET, as the bar and recbar ctl read it.
struct SocketAt
{
    explicit SocketAt(const QString &path) { qputenv("RECBAR_CONTROL_SOCKET", path.toUtf8()); }
    ~SocketAt() { qunsetenv("RECBAR_CONTROL_SOCKET"); }
};

// recbar ctl blocks, as a command-line tool may; here it runs on its own thread so the bar's
// event loop (this thread) can answer.
ControlClient::Reply ctl(const QString &socket, const control::Request &request)
{
    Q_UNUSED(socket) // set for the whole test by SocketAt
    auto future = std::async(
        std::launch::async, [=] { return ControlClient::send(request, std::chrono::seconds(10)); });
    REQUIRE(waitFor(
        [&] { return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
        15'000));
    return future.get();
}

// Whether the server listens as the only bar, saying why not.
bool listens(ControlServer &server)
{
    const Result<ControlServer::Listening> listening = server.listen();
    INFO((listening ? QString() : listening.error()).toStdString());
    return listening.ok() && *listening == ControlServer::Listening::Yes;
}

// A bar's core and its control server, listening on a socket of the test's own.
struct Listening
{
    BarRig rig;
    QString socket = rig.dir.filePath(QStringLiteral("ctl"));
    SocketAt at{socket};
    ControlServer server;

    Listening() { REQUIRE(listens(server)); }
};

} // namespace

TEST_CASE("recbar ctl commands wait for the server's confirmation", "[ipc][bar]")
{
    Listening bar;
    BarRig &rig = bar.rig;
    ControlServer &server = bar.server;
    const QString &socket = bar.socket;

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
    const SocketAt at(socket);
    ControlServer server;
    REQUIRE(listens(server));
    {
        // Another RecBar starting: it asks the running one (on its own thread here, as it would
        // be in its own process) for a status before it believes it.
        QThread other;
        other.start();
        QObject context;
        context.moveToThread(&other);
        std::optional<Result<ControlServer::Listening>> second;
        std::atomic_bool done = false;
        QMetaObject::invokeMethod(&context, [&] {
            ControlServer starting;
            second = starting.listen();
            done = true;
        });
        REQUIRE(waitFor([&] { return done.load(); }, 10'000));
        other.quit();
        other.wait();
        REQUIRE(second->ok());
        CHECK(**second == ControlServer::Listening::AlreadyRunning);
    }

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
    const SocketAt at(dir.filePath(QStringLiteral("nobody")));
    const auto result = ControlClient::send({QStringLiteral("status"), {}});
    CHECK(result.outcome == ControlClient::Outcome::NotRunning);
    CHECK(result.error.contains(QStringLiteral("not running")));
}

// A socket is a file only on Unix; a Windows named pipe goes with its last handle.
#ifndef Q_OS_WIN
TEST_CASE("On quit the bar removes its socket only if it is still its own", "[ipc]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ctl"));
    const SocketAt at(path);
    {
        ControlServer server;
        REQUIRE(listens(server));
        CHECK(QFileInfo::exists(path));
        CHECK(ctl(path, {QStringLiteral("status"), {}}).outcome ==
              ControlClient::Outcome::Answered);
    }
    CHECK_FALSE(QFileInfo::exists(path)); // its own: gone with it
    {
        ControlServer server;
        REQUIRE(listens(server));
        // Something else takes the name while it runs.
        REQUIRE(QFile::remove(path));
        QFile other(path);
        REQUIRE(other.open(QIODevice::WriteOnly));
        other.write("not the bar's");
    }
    CHECK(QFileInfo::exists(path));
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "not the bar's");
}
#endif

TEST_CASE("A control socket held by something that is not RecBar is not used, and the bar says so",
          "[ipc][security]")
{
    QTemporaryDir dir;
#ifdef Q_OS_WIN
    const QString path = QStringLiteral("recbar-squat-%1").arg(QCoreApplication::applicationPid());
#else
    const QString path = dir.filePath(QStringLiteral("ctl"));
#endif
    const SocketAt at(path);
    QLocalServer squatter; // listens, never answers
    REQUIRE(squatter.listen(path));
    ControlServer server;
    const Result<ControlServer::Listening> refused = server.listen();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("not RecBar")));
}

#ifdef Q_OS_WIN
#include <QProcess>

#include <windows.h>

// The other process of the test below: it creates the pipe first and holds it until killed.
TEST_CASE("(helper) hold a named pipe", "[.squatter]")
{
    const QString name =
        QStringLiteral("\\\\.\\pipe\\") + qEnvironmentVariable("RECBAR_CONTROL_SOCKET");
    const HANDLE pipe =
        CreateNamedPipeW(reinterpret_cast<const wchar_t *>(name.utf16()), PIPE_ACCESS_DUPLEX,
                         PIPE_TYPE_BYTE, PIPE_UNLIMITED_INSTANCES, 0, 0, 0, nullptr);
    REQUIRE(pipe != INVALID_HANDLE_VALUE);
    QTextStream(stdout) << "holding" << Qt::endl;
    QThread::sleep(60);
}

TEST_CASE("A control pipe another process created first is not used, and the bar says so",
          "[ipc][security]")
{
    const QString name =
        QStringLiteral("recbar-squat-test-%1").arg(QCoreApplication::applicationPid());
    const SocketAt at(name);
    QProcess squatter;
    squatter.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[.squatter]")});
    // Catch prints its filters first; the pipe is there once it says "holding".
    QByteArray said;
    while (!said.contains("holding") && squatter.waitForReadyRead(20'000))
        said += squatter.readAll();
    REQUIRE(said.contains("holding"));
    ControlServer server;
    const Result<ControlServer::Listening> refused = server.listen();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("held by another process")));
    squatter.kill();
    squatter.waitForFinished(5000);
}
#endif

#ifdef Q_OS_LINUX
#include "ipc/LocalPeer.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr uid_t kNobody = 65534;

// A child process that becomes `nobody` and runs `body`; its exit code comes back.
int asNobody(const std::function<int()> &body)
{
    const pid_t child = ::fork();
    if (child == 0) {
        if (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
            ::_exit(90);
        ::_exit(body());
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 99;
}

sockaddr_un address(const QString &path)
{
    sockaddr_un out = {};
    out.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path);
    std::memcpy(out.sun_path, bytes.constData(), std::min<size_t>(bytes.size(), 107));
    return out;
}

} // namespace

TEST_CASE("Without a runtime directory the socket lives in a folder only the user can enter",
          "[ipc][security]")
{
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    qunsetenv("XDG_RUNTIME_DIR");
    qunsetenv("RECBAR_CONTROL_SOCKET");
    const Result<QString> name = control::socketName();
    qputenv("XDG_RUNTIME_DIR", runtime);
    INFO((name ? QString() : name.error()).toStdString());
    REQUIRE(name.ok());
    CHECK_FALSE(name->startsWith(QStringLiteral("/tmp/")));
    struct stat info = {};
    REQUIRE(::lstat(QFile::encodeName(QFileInfo(*name).absolutePath()).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    CHECK(info.st_uid == ::geteuid());

    QTemporaryDir dir;
    const QString open = dir.filePath(QStringLiteral("open"));
    REQUIRE(QDir().mkpath(open));
    ::chmod(QFile::encodeName(open).constData(), 0755);
    CHECK(control::makePrivateFolder(open).error().contains(QStringLiteral("open to")));
    const QString file = dir.filePath(QStringLiteral("file"));
    QFile(file).open(QIODevice::WriteOnly);
    CHECK_FALSE(control::makePrivateFolder(file).ok());
    const QString link = dir.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(dir.path(), link));
    CHECK_FALSE(control::makePrivateFolder(link).ok());
    if (::geteuid() == 0) {
        const QString theirs = dir.filePath(QStringLiteral("theirs"));
        REQUIRE(QDir().mkpath(theirs));
        ::chmod(QFile::encodeName(theirs).constData(), 0700);
        REQUIRE(::chown(QFile::encodeName(theirs).constData(), kNobody, kNobody) == 0);
        CHECK(control::makePrivateFolder(theirs).error().contains(QStringLiteral("another user")));
    }
}

TEST_CASE("Each end of the control socket refuses a process of another user", "[ipc][security]")
{
    if (::geteuid() != 0) {
        WARN("not run: it needs root to run a process as another user");
        return;
    }
    // A folder both users can reach, so only the peer check stands in the way.
    QTemporaryDir dir;
    ::chmod(QFile::encodeName(dir.path()).constData(), 0777);
    const QString path = dir.filePath(QStringLiteral("ctl"));
    const SocketAt at(path);

    SECTION("the bar does not answer another user's recbar ctl")
    {
        ControlServer server;
        REQUIRE(listens(server));
        ::chmod(QFile::encodeName(path).constData(), 0777);
        auto future = std::async(std::launch::async, [&] {
            return asNobody([&] {
                const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
                const sockaddr_un to = address(path);
                if (::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof(to)) != 0)
                    return 10;
                const char request[] = "{\"v\":1,\"command\":\"status\"}\n";
                if (::write(fd, request, sizeof(request) - 1) < 0)
                    return 11;
                char answer[256] = {};
                return ::read(fd, answer, sizeof(answer)) > 0 ? 1 : 0; // 0: closed unanswered
            });
        });
        REQUIRE(waitFor(
            [&] { return future.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
            10'000));
        CHECK(future.get() == 0);
    }
    SECTION("recbar ctl tells another user's listener nothing")
    {
        auto listener = std::async(std::launch::async, [&] {
            return asNobody([&] {
                const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
                const sockaddr_un at = address(path);
                if (::bind(fd, reinterpret_cast<const sockaddr *>(&at), sizeof(at)) != 0 ||
                    ::listen(fd, 1) != 0)
                    return 10;
                const int client = ::accept(fd, nullptr, nullptr);
                char request[256] = {};
                // Whatever the client sent before giving up: nothing is what it should be.
                const ssize_t got = ::read(client, request, sizeof(request));
                return got > 0 ? 1 : 0;
            });
        });
        REQUIRE(waitFor([&] { return QFileInfo::exists(path); }, 5000));
        const ControlClient::Reply result =
            ControlClient::send({QStringLiteral("metadata"),
                                 {{QStringLiteral("card"), QStringLiteral("4111111111111111")}}},
                                std::chrono::seconds(3));
        CHECK(result.outcome == ControlClient::Outcome::Failed);
        CHECK(result.error.contains(QStringLiteral("another user")));
        REQUIRE(waitFor(
            [&] { return listener.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
            10'000));
        CHECK(listener.get() == 0);
    }
}
#endif

TEST_CASE("recbar ctl team prints the board and starts an agent's recording", "[ipc][team]")
{
    Listening bar;
    BarRig &rig = bar.rig;
    ControlServer &server = bar.server;
    const QString &socket = bar.socket;
    // Not a supervisor: said, not an empty board.
    const auto none = ctl(socket, {QStringLiteral("team"), {}});
    CHECK_FALSE(none.response.ok);
    CHECK(none.response.message.contains(QStringLiteral("supervisor")));

    rig.server.connectedCall(QStringLiteral("bob"));
    Profile p = rig.profile(QStringLiteral("alice"), QStringLiteral("1"));
    p.role = QStringLiteral("supervisor");
    rig.signInAndConnect(p);
    TeamBoard board(rig.session.makeTeamSource(), TeamOptions{});
    server.setTeam(&board);
    board.setOpen(true);
    board.start();
    REQUIRE(waitFor([&] {
        const TeamMember *bob = board.member(QStringLiteral("2"));
        return bob && bob->onCall();
    }));

    const auto shown = ctl(socket, {QStringLiteral("team"), {}});
    REQUIRE(shown.response.ok);
    const QJsonArray agents = shown.response.status.value(QStringLiteral("agents")).toArray();
    QJsonObject bob;
    for (const QJsonValue &agent : agents) {
        if (agent.toObject().value(QStringLiteral("id")) == QStringLiteral("2"))
            bob = agent.toObject();
    }
    CHECK(bob.value(QStringLiteral("call")) == QStringLiteral("talking"));
    CHECK(bob.value(QStringLiteral("recording")) == QStringLiteral("off"));
    CHECK(bob.value(QStringLiteral("remoteNumber")) == QStringLiteral("+15550001111"));
    CHECK_FALSE(bob.value(QStringLiteral("since")).toString().isEmpty());

    control::Request start{QStringLiteral("team"), {}};
    start.teamAction = control::kTeamStart;
    start.agent = QStringLiteral("2");
    const auto started = ctl(socket, start);
    CHECK(started.response.ok);
    CHECK(board.member(QStringLiteral("2"))->state.recording == RecordingState::Recording);
    // Again: refused before anything is sent, in words.
    const auto again = ctl(socket, start);
    CHECK_FALSE(again.response.ok);
    CHECK(again.response.message == QStringLiteral("The call is already recorded"));
    start.agent = QStringLiteral("999");
    CHECK(ctl(socket, start).response.message.contains(QStringLiteral("999")));

    // recbar ctl team show: the app opens its window.
    int opened = 0;
    QObject::connect(&server, &ControlServer::teamRequested, [&] { ++opened; });
    control::Request show{QStringLiteral("team"), {}};
    show.teamAction = control::kTeamShow;
    CHECK(ctl(socket, show).response.ok);
    CHECK(opened == 1);
}

TEST_CASE("A link the system opens RecBar with is carried out as recbar ctl would", "[ipc][bar]")
{
    // macOS hands a recbar: link to the running bar as an event, not through the socket: the
    // same handling, answered once.
    Listening bar;
    BarRig &rig = bar.rig;
    const auto parsed = control::parseUrl(QStringLiteral("recbar:pause"));
    REQUIRE(parsed.ok());
    const control::Request pause = *parsed;
    QObject context;
    QList<control::Response> answers;
    const auto collect = [&](const control::Response &r) { answers.append(r); };

    bar.server.handle(pause, &context, collect);
    REQUIRE(answers.size() == 1);
    CHECK_FALSE(answers.first().ok);
    CHECK(answers.first().message.contains(QStringLiteral("Not signed in")));

    rig.server.connectedCall(QStringLiteral("alice"));
    rig.signInAndConnect(rig.profile(QStringLiteral("alice"), QStringLiteral("1")));
    bar.server.setController(rig.session.controller());
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    bar.server.handle(pause, &context, collect);
    REQUIRE(waitFor([&] { return answers.size() == 2; }));
    CHECK(answers.last().ok);
    CHECK(rig.snapshot().recording == RecordingState::Paused);
    // The link's origin reached the controller: the audit says a web page asked.
    CHECK(pause.origin == CommandOrigin::kUrl);

    // Nothing is answered once the one who asked is gone, though the command is carried out.
    bool answeredLate = false;
    bool finished = false;
    QObject::connect(rig.session.controller(), &AgentController::commandFinished,
                     [&] { finished = true; });
    {
        QObject gone;
        bar.server.handle({QStringLiteral("resume"), {}}, &gone,
                          [&](const control::Response &) { answeredLate = true; });
    }
    REQUIRE(waitFor([&] { return finished; }));
    QCoreApplication::processEvents();
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    CHECK_FALSE(answeredLate);
}
