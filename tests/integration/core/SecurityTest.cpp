// A hostile or compromised server, or a man in the middle: the bar sends no credentials to
// another origin, does not crash or balloon on what it is sent, never shows a stale state as
// live, and keeps a pinned certificate pinned.
#include "BarRig.h"
#include "HttpClient.h"
#include "session/TrustStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSslConfiguration>

using namespace recbar;

namespace {

QJsonArray requestsTo(SimServer &server)
{
    HttpClient client(server.url());
    client.setIgnoreSslErrors(true);
    return client.get(QStringLiteral("/sim/requests"))
        .object()
        .value(QStringLiteral("requests"))
        .toArray();
}

QString origin(const QUrl &url)
{
    return url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

TEST_CASE("A redirect to another host or port is refused, and no credentials go there",
          "[security]")
{
    for (const bool tls : {false, true}) {
        INFO((tls ? "https" : "http"));
        BarRig rig;
        SimServer elsewhere;
        if (tls) {
            const TestCertificate certificate = testCertificate(0);
            rig.server.close();
            REQUIRE(rig.server.listen(0, certificate.server));
            elsewhere.close();
            REQUIRE(elsewhere.listen(0, certificate.server));
            // The agent pinned this certificate for the server it signs in to.
            rig.session.trust().pin(
                TrustStore::hostKey(QStringLiteral("127.0.0.1"), rig.server.port()),
                certificate.certificate);
        }
        rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("redirect")},
                             {QStringLiteral("path"), QStringLiteral("/api/")},
                             {QStringLiteral("location"), origin(elsewhere.url())}});
        Profile p = rig.profile();
        p.allowPlainHttp = !tls;
        rig.signIn(p);
        REQUIRE(waitFor([&] { return rig.snapshot().connection == ConnectionState::Refused; }));
        const QString detail = rig.snapshot().connectionDetail;
        INFO(detail.toStdString());
        INFO(origin(rig.server.url()).toStdString() + " / " +
             origin(elsewhere.url()).toStdString());
        CHECK(detail.contains(origin(rig.server.url())));
        CHECK(detail.contains(origin(elsewhere.url())));
        CHECK(requestsTo(elsewhere).isEmpty());
        CHECK_FALSE(rig.controller().readsOnItsOwn()); // not retried by itself
    }
}

TEST_CASE("A redirect within the same server is followed", "[security]")
{
    BarRig rig;
    rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("redirect")},
                         {QStringLiteral("path"), QStringLiteral("/api/Agent")},
                         {QStringLiteral("location"), origin(rig.server.url())},
                         {QStringLiteral("count"), 1}});
    rig.signInAndConnect(rig.profile());
    CHECK(rig.snapshot().agentName == QStringLiteral("bob"));
}

TEST_CASE("A reply nested 100,000 deep is refused without a crash, for every format", "[security]")
{
    for (const char *kind : {"recording-api", "finesse"}) {
        INFO(kind);
        BarRig rig;
        const bool finesse = QLatin1String(kind) == QLatin1String("finesse");
        rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("nest")},
                             {QStringLiteral("path"), finesse ? QStringLiteral("/finesse/api/User/")
                                                              : QStringLiteral("/api/Agent")}});
        Profile p = rig.profile();
        p.controlKind = p.stateKind = QLatin1String(kind);
        rig.signIn(p);
        REQUIRE(
            waitFor([&] { return rig.snapshot().connection == ConnectionState::Reconnecting; }));
        INFO(rig.snapshot().connectionDetail.toStdString());
        CHECK(rig.snapshot().connectionDetail.contains(QStringLiteral("levels")));
    }
}

TEST_CASE("A 2 GB reply, announced or chunked, is cut off at the cap", "[security]")
{
    for (const bool chunked : {false, true}) {
        INFO((chunked ? "chunked" : "announced"));
        BarRig rig;
        rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("inflate")},
                             {QStringLiteral("path"), QStringLiteral("/api/Agent")},
                             {QStringLiteral("bytes"), 2e9},
                             {QStringLiteral("chunked"), chunked}});
        const qint64 before = residentKiB();
        QElapsedTimer timer;
        timer.start();
        rig.signIn(rig.profile());
        REQUIRE(
            waitFor([&] { return rig.snapshot().connection == ConnectionState::Reconnecting; }));
        INFO(rig.snapshot().connectionDetail.toStdString());
        CHECK(rig.snapshot().connectionDetail.contains(QStringLiteral("larger")));
        CHECK(timer.elapsed() < 3000);
        CHECK(residentKiB() - before < 64 * 1024);
    }
}

TEST_CASE("A reply trickled a byte a second is not shown as live past its deadline", "[security]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("alice"));
    Profile p = rig.profile(QStringLiteral("alice"), QStringLiteral("1"));
    rig.signInAndConnect(p);
    REQUIRE(rig.waitForRecording(RecordingState::Recording));
    rig.server.addFault({{QStringLiteral("kind"), QStringLiteral("trickle")},
                         {QStringLiteral("path"), QStringLiteral("/api/Agent")},
                         {QStringLiteral("intervalMs"), 1000}});
    QElapsedTimer timer;
    timer.start();
    REQUIRE(waitFor([&] { return !rig.snapshot().isConnected(); }, 15'000));
    // At most one poll interval and the request's deadline.
    CHECK(timer.elapsed() <= p.pollOnCallMs + p.requestTimeoutMs + 1000);
    CHECK(rig.snapshot().recording == RecordingState::Unknown);
    CHECK(rig.snapshot().lastKnownCall.has_value());
}

TEST_CASE("A pinned profile stays pinned when another certificate would pass the system's CAs",
          "[security]")
{
    const TestCertificate pinned = testCertificate(0);
    const TestCertificate other = testCertificate(1);
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(other.certificate); // as if a public CA had signed it
    QSslConfiguration::setDefaultConfiguration(trusting);

    BarRig rig;
    rig.server.close();
    REQUIRE(rig.server.listen(0, other.server));
    rig.session.trust().pin(TrustStore::hostKey(QStringLiteral("127.0.0.1"), rig.server.port()),
                            pinned.certificate);
    Profile p = rig.profile();
    p.allowPlainHttp = false;
    rig.signIn(p);
    const bool refused =
        waitFor([&] { return rig.snapshot().connection == ConnectionState::CertificateChanged; });
    QSslConfiguration::setDefaultConfiguration(original);
    CHECK(refused);
}
