#include "CatchCompat.h"
#include "HostTool.h"
#include "HttpClient.h"
#include "RecsimProcess.h"
#include "WaitFor.h"
#ifdef Q_OS_LINUX
#include "NotificationServer.h"
#endif
#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "domain/Timing.h"
#include "session/CredentialStore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace {

struct Ctl
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// recbar, offscreen, with its own control socket; the demo's recsim runs inside it.
class RunningBar
{
public:
    explicit RunningBar(const QStringList &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("RECBAR_CONTROL_SOCKET"), m_dir.filePath(QStringLiteral("ctl")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env = env;
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(RECBAR_EXECUTABLE),
                        QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-scenario"),
                                    QStringLiteral("none")} +
                            extra);
        QByteArray seen;
        while (!seen.contains('\n') && m_process.waitForReadyRead(15'000))
            seen += m_process.readAllStandardOutput();
        const qsizetype at = seen.indexOf("listening on ");
        REQUIRE(at >= 0);
        m_sim =
            QUrl(QString::fromUtf8(seen.mid(at + 13, seen.indexOf('\n', at) - at - 13).trimmed()));
        REQUIRE(m_sim.isValid());
    }
    ~RunningBar()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }

    QUrl sim() const { return m_sim; }
    QProcessEnvironment environment() const { return m_env; }
    Ctl ctl(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(RECBAR_EXECUTABLE),
                      QStringList{QStringLiteral("ctl")} + arguments);
        REQUIRE(process.waitForFinished(30'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    // recbar started with a recbar: link, as a browser does.
    Ctl open(const QString &link)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(RECBAR_EXECUTABLE), {link});
        REQUIRE(process.waitForFinished(30'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    int exitCode()
    {
        m_process.terminate();
        REQUIRE(m_process.waitForFinished(5000));
        return m_process.exitCode();
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QProcess m_process;
    QUrl m_sim;
};

QJsonObject bobsRecording(HttpClient &sim, const QString &callId)
{
    const QJsonArray recordings = sim.get(QStringLiteral("/sim/model?agent=bob"))
                                      .object()
                                      .value(QStringLiteral("recordings"))
                                      .toArray();
    for (const QJsonValue &r : recordings) {
        if (r.toObject().value(QStringLiteral("callId")).toString() == callId)
            return r.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("recsim, recbar and recbar ctl drive a call from start to stop", "[e2e]")
{
    RunningBar bar;
    HttpClient sim(bar.sim());

    const HttpReply created = sim.postJson(
        QStringLiteral("/sim/calls"), {{QStringLiteral("agent"), QStringLiteral("bob")},
                                       {QStringLiteral("number"), QStringLiteral("+15550102030")},
                                       {QStringLiteral("answered"), true}});
    REQUIRE(created.status == 201);
    const QString callId = created.object().value(QStringLiteral("id")).toString();

    // The bar sees the call (it reads status every second or so on a call).
    Ctl status;
    for (int i = 0; i < 50; ++i) {
        status = bar.ctl({QStringLiteral("status"), QStringLiteral("--json")});
        if (status.json().value(QStringLiteral("call")) == QStringLiteral("talking"))
            break;
        QThread::msleep(200);
    }
    REQUIRE(status.exitCode == 0);
    CHECK(status.json().value(QStringLiteral("remoteNumber")) == QStringLiteral("+15550102030"));
    CHECK(status.json().value(QStringLiteral("recording")) == QStringLiteral("off"));

    Ctl start = bar.ctl({QStringLiteral("start")});
    INFO(start.err.toStdString());
    REQUIRE(start.exitCode == 0);
    CHECK(start.out.startsWith(QStringLiteral("Recording")));
    CHECK(bobsRecording(sim, callId).value(QStringLiteral("state")) == QStringLiteral("recording"));

    REQUIRE(bar.ctl({QStringLiteral("pause")}).exitCode == 0);
    CHECK(bobsRecording(sim, callId).value(QStringLiteral("state")) == QStringLiteral("paused"));
    CHECK(sim.get(QStringLiteral("/sim/agents/bob"))
              .object()
              .value(QStringLiteral("inBlackout"))
              .toBool());

    REQUIRE(bar.ctl({QStringLiteral("resume")}).exitCode == 0);
    CHECK(bobsRecording(sim, callId).value(QStringLiteral("state")) == QStringLiteral("recording"));

    REQUIRE(bar.ctl({QStringLiteral("metadata"), QStringLiteral("user1=Order-7"),
                     QStringLiteral("user2=VIP")})
                .exitCode == 0);
    const QJsonObject metadata =
        bobsRecording(sim, callId).value(QStringLiteral("metadata")).toObject();
    CHECK(metadata.value(QStringLiteral("user1")) == QStringLiteral("Order-7"));
    CHECK(metadata.value(QStringLiteral("user2")) == QStringLiteral("VIP"));

    const Ctl stop = bar.ctl({QStringLiteral("stop"), QStringLiteral("--json")});
    REQUIRE(stop.exitCode == 0);
    CHECK(stop.json().value(QStringLiteral("recording")) == QStringLiteral("off"));
    const QJsonObject stopped = bobsRecording(sim, callId);
    CHECK(stopped.value(QStringLiteral("state")) == QStringLiteral("stopped"));
    CHECK(stopped.value(QStringLiteral("pausedSpans")).toArray().size() == 1);

    // Refusals exit non-zero and say why; destructive commands do not exist here.
    const Ctl again = bar.ctl({QStringLiteral("stop")});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("not being recorded")));
    CHECK(bar.ctl({QStringLiteral("delete")}).exitCode == 2);
    CHECK(bar.ctl({QStringLiteral("metadata"), QStringLiteral("bad")}).exitCode == 2);
    CHECK(bar.ctl({}).exitCode == 2);

    // The recordings library opens from the command line too.
    const Ctl library = bar.ctl({QStringLiteral("library")});
    CHECK(library.exitCode == 0);
    CHECK(library.out.contains(QStringLiteral("Recordings shown")));

    // Starting recbar again only shows the running one.
    QProcess second;
    second.setProcessEnvironment(bar.environment());
    second.start(QStringLiteral(RECBAR_EXECUTABLE), {QStringLiteral("--demo")});
    REQUIRE(second.waitForFinished(10'000));
    CHECK(second.exitCode() == 0);
    CHECK(second.readAllStandardOutput().contains("already running"));

    CHECK(bar.exitCode() == 0); // SIGTERM (Windows: WM_CLOSE) ends it cleanly
}

TEST_CASE("A supervisor's recbar ctl team lists every agent and starts an unrecorded call",
          "[e2e][team]")
{
    RunningBar bar({QStringLiteral("--demo-role"), QStringLiteral("supervisor")});
    HttpClient sim(bar.sim());
    REQUIRE(sim.postJson(QStringLiteral("/sim/calls"),
                         {{QStringLiteral("agent"), QStringLiteral("alice")},
                          {QStringLiteral("number"), QStringLiteral("+15550104455")},
                          // Outside the recorder's rules: nothing records it by itself.
                          {QStringLiteral("included"), false},
                          {QStringLiteral("answered"), true}})
                .status == 201);
    QJsonObject alice;
    for (int i = 0; i < 50 && alice.value(QStringLiteral("call")).toString() != u"talking"; ++i) {
        QThread::msleep(200);
        const Ctl team = bar.ctl({QStringLiteral("team"), QStringLiteral("--json")});
        for (const QJsonValue &agent : QJsonDocument::fromJson(team.out.toUtf8()).array()) {
            if (agent.toObject().value(QStringLiteral("name")).toString() == u"alice")
                alice = agent.toObject();
        }
    }
    INFO(QJsonDocument(alice).toJson().toStdString());
    CHECK(alice.value(QStringLiteral("call")) == QStringLiteral("talking"));
    CHECK(alice.value(QStringLiteral("recording")) == QStringLiteral("off"));
    CHECK(alice.value(QStringLiteral("remoteNumber")) == QStringLiteral("+15550104455"));
    const QString id = alice.value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(id.isEmpty());

    const Ctl started = bar.ctl({QStringLiteral("team"), QStringLiteral("start"), id});
    INFO(started.err.toStdString());
    CHECK(started.exitCode == 0);
    const Ctl again = bar.ctl({QStringLiteral("team"), QStringLiteral("start"), id});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already recorded")));
    CHECK(bar.ctl({QStringLiteral("team"), QStringLiteral("start")}).exitCode == 2);
}

TEST_CASE("recbar ctl audit verify checks the chain without a running bar", "[e2e]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.log"));
    // `recbar ctl audit verify` checks with the key this user's keychain holds, if any (a bar
    // started by an earlier test, or under Wine by an earlier run, may have made one): the log
    // is written with that key, as the bar would.
    QByteArray key;
    {
        recbar::CredentialStore store;
        QEventLoop loop;
        bool answered = false;
        recbar::AuditKey::read(store, &loop, [&](const QByteArray &k, const QString &) {
            key = k;
            answered = true;
            loop.quit();
        });
        QTimer::singleShot(recbar::timing::kKeychainAnswer, &loop, &QEventLoop::quit);
        if (!answered)
            loop.exec();
    }
    {
        recbar::AuditLog log(path);
        if (!key.isEmpty())
            log.setKey(key);
        REQUIRE(log.append(QStringLiteral("command"),
                           {{QStringLiteral("command"), QStringLiteral("start")}}));
        REQUIRE(log.append(QStringLiteral("command"),
                           {{QStringLiteral("command"), QStringLiteral("stop")}}));
    }
    const auto verify = [&] {
        QProcess process;
        process.start(
            QStringLiteral(RECBAR_EXECUTABLE),
            {QStringLiteral("ctl"), QStringLiteral("audit"), QStringLiteral("verify"), path});
        REQUIRE(process.waitForFinished(10'000));
        return std::tuple{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError())};
    };
    const auto [code, out, err] = verify();
    INFO(out.toStdString() + err.toStdString());
    CHECK(code == 0);
    CHECK(out.contains(QStringLiteral("2 entries, the chain is intact")));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray text = file.readAll();
    text.replace("\"stop\"", "\"start\"");
    file.seek(0);
    file.write(text);
    file.close();
    const auto [badCode, badOut, badErr] = verify();
    CHECK(badCode == 1);
    CHECK(badErr.contains(QStringLiteral("Line 2")));
}

TEST_CASE("recbar ctl without a running bar exits 3", "[e2e]")
{
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RECBAR_CONTROL_SOCKET"), dir.filePath(QStringLiteral("none")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(RECBAR_EXECUTABLE),
                  {QStringLiteral("ctl"), QStringLiteral("status")});
    REQUIRE(process.waitForFinished(10'000));
    CHECK(process.exitCode() == 3);
    CHECK(process.readAllStandardError().contains("not running"));
}

TEST_CASE("recbar --demo-server signs in to a recsim of its own, and reports what it holds",
          "[e2e]")
{
    RecsimProcess recsim;
    REQUIRE(recsim.isRunning());
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("RECBAR_CONTROL_SOCKET"), dir.filePath(QStringLiteral("ctl")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    const auto ctl = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RECBAR_EXECUTABLE),
                      QStringList{QStringLiteral("ctl")} + arguments);
        REQUIRE(process.waitForFinished(30'000));
        return Ctl{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    };

    QProcess bar;
    bar.setProcessEnvironment(env);
    bar.start(QStringLiteral(RECBAR_EXECUTABLE),
              {QStringLiteral("--demo-server"), recsim.url().toString(),
               QStringLiteral("--demo-poll"), QStringLiteral("200")});
    Ctl status;
    for (int i = 0; i < 75; ++i) {
        status = ctl({QStringLiteral("status"), QStringLiteral("--json")});
        if (status.json().value(QStringLiteral("connection")) == QStringLiteral("connected"))
            break;
        QThread::msleep(200);
    }
    REQUIRE(status.json().value(QStringLiteral("connection")) == QStringLiteral("connected"));
    CHECK(status.json().value(QStringLiteral("agent")) == QStringLiteral("bob"));

    const Ctl diagnostics = ctl({QStringLiteral("diagnostics"), QStringLiteral("--json")});
    REQUIRE(diagnostics.exitCode == 0);
    const QJsonObject figures = diagnostics.json();
    CHECK(figures.value(QStringLiteral("residentKiB")).toInteger() > 1000);
    // Wine's GetProcessHandleCount answers 0; Linux and Windows count the real ones.
    if (!hosttool::underWine())
        CHECK(figures.value(QStringLiteral("handles")).toInt() > 2);
    CHECK(figures.value(QStringLiteral("objects")).toInt() > 10);
    CHECK(figures.value(QStringLiteral("timers")).toInt() >= 1); // the status reads' own
    const Ctl text = ctl({QStringLiteral("diagnostics")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("KiB resident")));
    bar.terminate();
    REQUIRE(bar.waitForFinished(10'000));

    // The demo's password and plain HTTP go only to a recsim on this machine.
    QProcess remote;
    remote.setProcessEnvironment(env);
    remote.start(
        QStringLiteral(RECBAR_EXECUTABLE),
        {QStringLiteral("--demo-server"), QStringLiteral("http://recordings.example.com:8080/")});
    REQUIRE(remote.waitForFinished(15'000));
    CHECK(remote.exitCode() == 1);
    CHECK(remote.readAllStandardError().contains("on this machine"));
}

TEST_CASE("recbar: links reach the running bar, and anything off their list is refused", "[e2e]")
{
    RunningBar bar;
    HttpClient sim(bar.sim());
    const HttpReply created = sim.postJson(
        QStringLiteral("/sim/calls"), {{QStringLiteral("agent"), QStringLiteral("bob")},
                                       {QStringLiteral("number"), QStringLiteral("+15550102040")},
                                       {QStringLiteral("answered"), true}});
    REQUIRE(created.status == 201);
    const QString callId = created.object().value(QStringLiteral("id")).toString();
    for (int i = 0; i < 50; ++i) {
        if (bar.ctl({QStringLiteral("status"), QStringLiteral("--json")})
                .json()
                .value(QStringLiteral("call")) == QStringLiteral("talking"))
            break;
        QThread::msleep(200);
    }

    // The demo says it is one, rather than naming its loopback server.
    CHECK(bar.ctl({QStringLiteral("status"), QStringLiteral("--json")})
              .json()
              .value(QStringLiteral("server")) == QStringLiteral("Demo"));

    const Ctl start = bar.open(QStringLiteral("recbar:start"));
    INFO(start.err.toStdString());
    REQUIRE(start.exitCode == 0);
    CHECK(bobsRecording(sim, callId).value(QStringLiteral("state")) == QStringLiteral("recording"));
    REQUIRE(bar.open(QStringLiteral("recbar:metadata?user1=CRM-42&user2=Gold%20tier")).exitCode ==
            0);
    const QJsonObject metadata =
        bobsRecording(sim, callId).value(QStringLiteral("metadata")).toObject();
    CHECK(metadata.value(QStringLiteral("user1")) == QStringLiteral("CRM-42"));
    CHECK(metadata.value(QStringLiteral("user2")) == QStringLiteral("Gold tier"));

    // Refused before anything reaches the bar: exit 2, a reason, and the recording untouched.
    for (const char *link : {"recbar:delete", "recbar:restart", "recbar:pause?now=1",
                             "recbar:metadata?=x", "recbar:stop/../delete", "recbar:"}) {
        INFO(link);
        const Ctl refused = bar.open(QString::fromLatin1(link));
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("refused the link")));
    }
    const QJsonObject still = bobsRecording(sim, callId);
    CHECK(still.value(QStringLiteral("state")) == QStringLiteral("recording"));
    CHECK(still.value(QStringLiteral("pausedSpans")).toArray().isEmpty());

    // A refusal from the server side comes back as exit 1 with its reason.
    REQUIRE(bar.open(QStringLiteral("recbar:pause")).exitCode == 0);
    const Ctl again = bar.open(QStringLiteral("recbar:pause"));
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already paused")));
}

TEST_CASE(
    "An administrator's profile naming an unknown kind is refused in words, in ctl status too",
    "[e2e]")
{
    QTemporaryDir dir;
    QFile admin(dir.filePath(QStringLiteral("admin.conf")));
    REQUIRE(admin.open(QIODevice::WriteOnly));
    admin.write("[General]\nactiveProfile=main\n[profiles]\nmain\\name=Contact center\n"
                "main\\controlKind=recordingapi\nmain\\stateKind=recordingapi\n"
                "main\\serverUrl=https://rec.example.com\nmain\\user=agent\n"
                "main\\agentIdentifier=agent\n");
    admin.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("RECBAR_CONTROL_SOCKET"), dir.filePath(QStringLiteral("ctl")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("RECBAR_SYSTEM_SETTINGS"), admin.fileName());
    QProcess bar;
    bar.setProcessEnvironment(env);
    bar.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bar.start(QStringLiteral(RECBAR_EXECUTABLE), {});
    REQUIRE(bar.waitForStarted());
    QJsonObject status;
    for (int i = 0; i < 50 && !status.value(QStringLiteral("connectionDetail"))
                                   .toString()
                                   .contains(QStringLiteral("recordingapi"));
         ++i) {
        QThread::msleep(200);
        QProcess ctl;
        ctl.setProcessEnvironment(env);
        ctl.start(QStringLiteral(RECBAR_EXECUTABLE),
                  {QStringLiteral("ctl"), QStringLiteral("status"), QStringLiteral("--json")});
        REQUIRE(ctl.waitForFinished(10'000));
        status = QJsonDocument::fromJson(ctl.readAllStandardOutput()).object();
    }
    const QString detail = status.value(QStringLiteral("connectionDetail")).toString();
    INFO(detail.toStdString());
    CHECK(status.value(QStringLiteral("connection")) == QStringLiteral("signed-out"));
    CHECK(detail.contains(QStringLiteral("Unknown server kind \"recordingapi\"")));
    CHECK(detail.contains(QStringLiteral("recording-api")));
    bar.terminate();
    REQUIRE(bar.waitForFinished(5000));
}

#ifdef Q_OS_LINUX
TEST_CASE("A link's command is announced through the desktop's notification service on a "
          "desktop with no tray",
          "[.][notify]")
{
    NotificationServer notifications;
    REQUIRE(notifications.registered());
    RunningBar bar; // offscreen: no tray at all
    HttpClient sim(bar.sim());
    REQUIRE(sim.postJson(QStringLiteral("/sim/calls"),
                         {{QStringLiteral("agent"), QStringLiteral("bob")},
                          {QStringLiteral("number"), QStringLiteral("+15550102041")},
                          {QStringLiteral("answered"), true}})
                .status == 201);
    const auto onCall = [&] {
        return bar.ctl({QStringLiteral("status"), QStringLiteral("--json")})
                   .json()
                   .value(QStringLiteral("call")) == QStringLiteral("talking");
    };
    REQUIRE(waitFor(onCall, 10'000));
    REQUIRE(bar.open(QStringLiteral("recbar:start")).exitCode == 0);
    REQUIRE(bar.open(QStringLiteral("recbar:stop")).exitCode == 0);
    const auto told = [&](const char *what) {
        return std::any_of(notifications.received().begin(), notifications.received().end(),
                           [&](const QString &n) {
                               return n.contains(QStringLiteral("link")) &&
                                      n.contains(QLatin1String(what));
                           });
    };
    CHECK(waitFor([&] { return told("Start") && told("Stop"); }, 5000));
    INFO(notifications.received().join(QLatin1Char('\n')).toStdString());
}
#endif
