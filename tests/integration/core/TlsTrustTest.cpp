#include "BarRig.h"
#include "session/TrustStore.h"

using namespace recbar;

TEST_CASE("A self-signed server is trusted on consent, pinned, and refused when it changes",
          "[bar][tls]")
{
    BarRig rig;
    const quint16 port = rig.server.port();
    rig.server.close();
    const TestCertificate first = testCertificate(0);
    const TestCertificate second = testCertificate(1);
    REQUIRE(rig.server.listen(port, first.server));

    Profile p = rig.profile(QStringLiteral("alice"), QStringLiteral("1"));
    p.allowPlainHttp = false;
    QList<QSslCertificate> asked;
    rig.signIn(p);
    REQUIRE(waitFor(
        [&] { return rig.snapshot().connection == ConnectionState::CertificateUntrusted; }));
    // The agent sees the certificate (and its SHA-256 fingerprint) before deciding.
    const ServerError &error = rig.controller().connectionError();
    CHECK(error.certificate == first.certificate);
    REQUIRE(error.certificate.has_value());
    CHECK(TrustStore::fingerprint(*error.certificate).size() == 95);
    CHECK_FALSE(rig.controller().readsOnItsOwn()); // no retry by itself

    rig.session.trustPresentedCertificate();
    REQUIRE(waitFor([&] { return rig.snapshot().isConnected(); }));
    CHECK(rig.session.trust().pinned(TrustStore::hostKey(QStringLiteral("127.0.0.1"), port)) ==
          TrustStore::fingerprint(first.certificate));

    // Another certificate on the same host and port: refused, loudly, and not retried.
    rig.server.close();
    REQUIRE(rig.server.listen(port, second.server));
    REQUIRE(waitFor(
        [&] { return rig.snapshot().connection == ConnectionState::CertificateChanged; }, 8000));
    CHECK(rig.snapshot().connectionDetail.contains(QStringLiteral("changed")));
    CHECK(rig.controller().connectionError().expectedFingerprint ==
          TrustStore::fingerprint(first.certificate));
    CHECK(rig.controller().connectionError().certificate == second.certificate);
    CHECK_FALSE(rig.controller().readsOnItsOwn());

    // Signing in again later still refuses it: the pin persists in the settings.
    rig.session.signOut();
    rig.signIn(p);
    REQUIRE(
        waitFor([&] { return rig.snapshot().connection == ConnectionState::CertificateChanged; }));
}

TEST_CASE("Basic over plain HTTP needs the profile's consent", "[bar][tls]")
{
    BarRig rig;
    Profile p = rig.profile();
    p.allowPlainHttp = false;
    CHECK_FALSE(p.problems().isEmpty());
    // Even if a profile slips through, nothing is sent.
    rig.session.signIn(p, {.control = QStringLiteral("bob-demo")});
    CHECK(rig.session.controller() == nullptr);
    CHECK_FALSE(rig.notices.isEmpty());
}
