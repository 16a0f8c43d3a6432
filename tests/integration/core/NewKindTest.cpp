// A kind defined in tests/ only (support/TestKind.cpp), registered at run time: the profile,
// its store and the session take it like the four real kinds, with nothing else changed.
#include "BarRig.h"
#include "TestKind.h"

using namespace recbar;

TEST_CASE("A new kind needs only its own folder and one registration", "[profile][kinds]")
{
    const KindsWithMemo kinds;
    REQUIRE(ServerRegistry::current().find(QStringLiteral("memo")));

    BarRig rig;
    Profile p = rig.profile();
    p.controlKind = p.stateKind = QStringLiteral("memo");
    // Its own field, its own check; no credentials, as it declares.
    CHECK(p.problems().contains(QStringLiteral("Name the memo shelf")));
    p.setField(QStringLiteral("memoShelf"), QStringLiteral("top"));
    CHECK(p.problems().isEmpty());
    CHECK_FALSE(p.servers().first().needsCredentials);

    // The store keeps its field like any other.
    REQUIRE(rig.session.profiles().save(p));
    const std::optional<Profile> stored = rig.session.profiles().profile(p.id);
    REQUIRE(stored);
    CHECK(stored->field(QStringLiteral("memoShelf")) == QStringLiteral("top"));

    // The session builds its control and source, and the controller runs commands through them.
    rig.signIn(*stored);
    REQUIRE(waitFor([&] { return rig.snapshot().isConnected(); }));
    CHECK(rig.snapshot().recording == RecordingState::Unknown);
    CHECK(rig.snapshot().recordingBasis.contains(QStringLiteral("memo")));
    CHECK(rig.run(CommandKind::Start));
    CHECK(rig.snapshot().recording == RecordingState::Recording);
    CHECK(rig.run(CommandKind::Pause));
    CHECK(rig.snapshot().recording == RecordingState::Paused);
}

TEST_CASE("A test's kinds are its own, and the program's are back when it ends", "[profile][kinds]")
{
    const ServerRegistry &program = ServerRegistry::current();
    const QStringList shipped = program.ids();
    CHECK(shipped == QStringList{QStringLiteral("recording-api"), QStringLiteral("qm"),
                                 QStringLiteral("finesse"), QStringLiteral("imagicle")});
    const ServerKind *finesse = program.find(QStringLiteral("finesse"));
    {
        const KindsWithMemo kinds;
        CHECK(&ServerRegistry::current() == &kinds);
        CHECK(kinds.ids() == shipped + QStringList{QStringLiteral("memo")});
        // A profile finds its kinds in the registry alive now.
        Profile p;
        p.controlKind = p.stateKind = QStringLiteral("memo");
        CHECK_FALSE(p.servers().first().needsCredentials);
    }
    CHECK(&ServerRegistry::current() == &program);
    CHECK_FALSE(ServerRegistry::current().find(QStringLiteral("memo")));
    CHECK(ServerRegistry::current().find(QStringLiteral("finesse")) == finesse);
    Profile p;
    p.controlKind = p.stateKind = QStringLiteral("memo");
    CHECK(p.problems().join(u' ').contains(QStringLiteral("Unknown server kind \"memo\"")));
}
