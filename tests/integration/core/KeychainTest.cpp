#include "BarRig.h"
#include "CatchCompat.h"
#include "SsoRig.h"
#include "WaitFor.h"
#include "session/CredentialStore.h"

#include <QUuid>

using recbar::CredentialStore;

namespace {

CredentialStore::Result call(const std::function<void(QObject *, CredentialStore::Callback)> &start)
{
    QObject context;
    std::optional<CredentialStore::Result> result;
    start(&context, [&](const CredentialStore::Result &r) { result = r; });
    REQUIRE(waitFor([&] { return result.has_value(); }, 15'000));
    return *result;
}

} // namespace

// Runs inside its own D-Bus session with an unlocked GNOME keyring (tests/support/with-keyring.sh).
TEST_CASE("Passwords go to the secret service and come back", "[keychain]")
{
    CredentialStore store(QStringLiteral("RecBar-test"));
    const QString key =
        CredentialStore::key(QUuid::createUuid().toString(QUuid::Id128), QStringLiteral("bob"));
    const auto read = [&] {
        return call([&](QObject *c, CredentialStore::Callback done) { store.read(key, c, done); });
    };

    CHECK(read().status == CredentialStore::Status::NotFound);
    const auto written = call([&](QObject *c, CredentialStore::Callback done) {
        store.write(key, QStringLiteral("s3cret ünïcode"), c, done);
    });
    INFO(written.message.toStdString());
    REQUIRE(written.status == CredentialStore::Status::Ok);
    const auto back = read();
    REQUIRE(back.status == CredentialStore::Status::Ok);
    CHECK(back.password == QStringLiteral("s3cret ünïcode"));
    CHECK(call([&](QObject *c, CredentialStore::Callback done) {
              store.remove(key, c, done);
          }).status == CredentialStore::Status::Ok);
    CHECK(read().status == CredentialStore::Status::NotFound);
}

// Run with RECBAR_TEST_KEYRING=refusing: a secret service with no keyring to write to and no
// one to answer its "new keyring" prompt, as when the agent cancels it.
TEST_CASE("A keychain that refuses: the agent reads what it means, the log gets the detail",
          "[.][keychain-refusing]")
{
    BarRig rig;
    recbar::Profile p = rig.profile();
    p.rememberPassword = true;
    rig.signInAndConnect(p);
    REQUIRE(waitFor([&] { return !rig.notices.isEmpty(); }, 30'000));
    CHECK(rig.notices == QStringList{recbar::AgentSession::keychainRefusedNotice()});
    CHECK_FALSE(rig.notices.first().contains(QStringLiteral("/org/freedesktop")));
    // Signed in all the same, with the password kept for the session.
    CHECK(rig.snapshot().isConnected());
}

TEST_CASE("Keys are unique on their own", "[keychain]")
{
    CHECK(CredentialStore::key(QStringLiteral("p1"), QStringLiteral("bob")) ==
          QStringLiteral("recbar:p1:bob"));
    CHECK(CredentialStore::key(QStringLiteral("p1"), QStringLiteral("bob")) !=
          CredentialStore::key(QStringLiteral("p2"), QStringLiteral("bob")));
}

// Before each server had an entry of its own, a profile pairing QM (which takes no password)
// with Finesse kept Finesse's password under the profile's one entry.
TEST_CASE("An upgraded paired profile signs in with the password it kept before", "[keychain]")
{
    BarRig rig;
    rig.server.connectedCall(QStringLiteral("bob"));
    recbar::Profile p = rig.profile();
    p.id = QUuid::createUuid().toString(QUuid::Id128);
    p.controlKind = QStringLiteral("qm");
    p.stateKind = QStringLiteral("finesse");
    p.stateServerUrl = rig.server.url();
    p.setField(QStringLiteral("finesseUpdates"), QStringLiteral("poll"));
    p.setField(QStringLiteral("agentIdentifier"), QStringLiteral("bob"));
    p.setField(QStringLiteral("peripheralId"), QStringLiteral("5001"));
    p.rememberPassword = true;
    const QString legacy = CredentialStore::key(p.id, QStringLiteral("bob"));
    REQUIRE(call([&](QObject *c, CredentialStore::Callback done) {
                rig.credentials.write(legacy, QStringLiteral("bob-demo"), c, done);
            }).status == CredentialStore::Status::Ok);
    REQUIRE(p.keychainKey(recbar::ServerRole::State) != legacy);

    SECTION("the same user on both: the old password is used and kept under the new entry")
    {
        QStringList asked;
        QObject::connect(&rig.session, &recbar::AgentSession::passwordNeeded,
                         [&](const recbar::Profile &, const QString &why) { asked << why; });
        rig.session.signInWithStoredPassword(p);
        REQUIRE(waitFor(
            [&] {
                return rig.session.controller() &&
                       rig.session.controller()->snapshot().isConnected();
            },
            15'000));
        CHECK(asked.isEmpty());
        const auto kept = call([&](QObject *c, CredentialStore::Callback done) {
            rig.credentials.read(p.keychainKey(recbar::ServerRole::State), c, done);
        });
        CHECK(kept.status == CredentialStore::Status::Ok);
        CHECK(kept.password == QStringLiteral("bob-demo"));
    }
    SECTION("another user there: asked for, naming the server")
    {
        p.stateUser = QStringLiteral("alice");
        bool asked = false;
        QObject::connect(&rig.session, &recbar::AgentSession::passwordNeeded,
                         [&](const recbar::Profile &, const QString &) { asked = true; });
        rig.session.signInWithStoredPassword(p);
        INFO(rig.notices.join(u'|').toStdString());
        REQUIRE(waitFor([&] { return asked; }, 15'000));
        CHECK(rig.session.problem().contains(QStringLiteral("Cisco Finesse")));
        CHECK(rig.session.problem().contains(QStringLiteral("127.0.0.1")));
        CHECK(rig.session.problem().contains(QStringLiteral("password")));
    }
}

// Single sign-on's refresh token, the one secret it keeps: in the keychain once the servers have
// taken the sign-in, used by the next start without the browser, forgotten at sign-out.
TEST_CASE("A single sign-on is kept in the keychain, reused at the next start, forgotten at "
          "sign-out",
          "[keychain][sso]")
{
    BarRig rig;
    setSim(rig, R"({"finesseAuthMode":"SSO"})");
    recbar::Profile p = ssoProfile(rig);
    p.id = QUuid::createUuid().toString(QUuid::Id128);
    p.setField(QStringLiteral("finesseUpdates"), QStringLiteral("poll"));
    p.rememberPassword = true;
    signInThroughBrowser(rig, p);
    const QString key = CredentialStore::key(p.id + QStringLiteral(":sso"), QStringLiteral("bob"));
    CredentialStore::Result kept;
    REQUIRE(waitFor(
        [&] {
            kept = call([&](QObject *c, CredentialStore::Callback done) {
                rig.credentials.read(key, c, done);
            });
            return kept.status == CredentialStore::Status::Ok;
        },
        15'000));
    CHECK_FALSE(kept.password.isEmpty());
    // No password was kept for Finesse: it was never given one.
    CHECK(call([&](QObject *c, CredentialStore::Callback done) {
              rig.credentials.read(p.keychainKey(recbar::ServerRole::Control), c, done);
          }).status == CredentialStore::Status::NotFound);

    // The next start: another session on the same settings and keychain, no browser.
    recbar::AgentSession next(rig.settings, rig.credentials);
    QObject::connect(&next, &recbar::AgentSession::openBrowser,
                     [](const QUrl &) { FAIL("the browser was opened"); });
    next.signInWithStoredPassword(p);
    REQUIRE(waitFor(
        [&] { return next.controller() && next.controller()->snapshot().isConnected(); }, 15'000));

    next.endSignIn();
    REQUIRE(waitFor(
        [&] {
            return call([&](QObject *c, CredentialStore::Callback done) {
                       rig.credentials.read(key, c, done);
                   }).status == CredentialStore::Status::NotFound;
        },
        15'000));
}
