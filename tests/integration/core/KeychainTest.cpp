#include "CatchCompat.h"
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

TEST_CASE("Keys are unique on their own", "[keychain]")
{
    CHECK(CredentialStore::key(QStringLiteral("p1"), QStringLiteral("bob")) ==
          QStringLiteral("recbar:p1:bob"));
    CHECK(CredentialStore::key(QStringLiteral("p1"), QStringLiteral("bob")) !=
          CredentialStore::key(QStringLiteral("p2"), QStringLiteral("bob")));
}
