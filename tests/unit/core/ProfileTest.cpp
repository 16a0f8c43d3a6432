#include "CatchCompat.h"
#include "profile/ProfileStore.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace recbar;

namespace {

Profile complete()
{
    Profile p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Main recorder");
    p.serverUrl = QUrl(QStringLiteral("https://recorder.example.com"));
    p.user = QStringLiteral("bob");
    p.setField(QStringLiteral("agentIdentifierKind"), QStringLiteral("Phone"));
    p.setField(QStringLiteral("agentIdentifier"), QStringLiteral("5003"));
    return p;
}

} // namespace

TEST_CASE("A profile lists every problem in words", "[profile]")
{
    CHECK(complete().problems().isEmpty());
    Profile p;
    CHECK(p.problems().size() >= 4);
    Profile plain = complete();
    plain.serverUrl = QUrl(QStringLiteral("http://recorder.example.com"));
    REQUIRE(plain.problems().size() == 1);
    CHECK(plain.problems().first().contains(QStringLiteral("plain HTTP")));
    plain.allowPlainHttp = true;
    CHECK(plain.problems().isEmpty());
    Profile unknown = complete();
    unknown.controlKind = QStringLiteral("fax");
    CHECK(unknown.problems().first().contains(QStringLiteral("fax")));
    Profile fast = complete();
    fast.pollOnCallMs = 10;
    CHECK_FALSE(fast.problems().isEmpty());
}

TEST_CASE("A profile pairs a control with a call-state source, each with what it needs",
          "[profile]")
{
    Profile qm = complete();
    qm.controlKind = QStringLiteral("qm");
    qm.stateKind = QStringLiteral("finesse");
    qm.setField(QStringLiteral("agentIdentifier"), QStringLiteral("bob"));
    CHECK(qm.problems().join(u' ').contains(QStringLiteral("peripheral")));
    qm.setField(QStringLiteral("peripheralId"), QStringLiteral("5001"));
    CHECK(qm.problems().isEmpty());

    Profile noState = qm;
    noState.stateKind = QStringLiteral("qm");
    CHECK(noState.problems().join(u' ').contains(QStringLiteral("cannot tell the call state")));
    Profile imagicle = qm;
    imagicle.controlKind = QStringLiteral("imagicle");
    CHECK(imagicle.problems().isEmpty());
    Profile otherServer = qm;
    otherServer.stateServerUrl = QUrl(QStringLiteral("http://finesse.example.com"));
    CHECK(otherServer.problems().join(u' ').contains(QStringLiteral("plain HTTP")));
}

TEST_CASE("Each server gets its own credentials, and a server whose API takes none gets none",
          "[profile]")
{
    Profile qm = complete();
    qm.controlKind = QStringLiteral("qm");
    qm.stateKind = QStringLiteral("finesse");
    qm.setField(QStringLiteral("agentIdentifier"), QStringLiteral("bob"));
    qm.setField(QStringLiteral("peripheralId"), QStringLiteral("5001"));
    qm.stateServerUrl = QUrl(QStringLiteral("https://finesse.example.com"));
    qm.stateUser = QStringLiteral("bob.finesse");
    const QList<ServerAccess> servers = qm.servers();
    REQUIRE(servers.size() == 2);
    CHECK(servers[0].role == ServerRole::Control);
    CHECK_FALSE(servers[0].needsCredentials); // QM documents no authentication
    CHECK(servers[1].role == ServerRole::State);
    CHECK(servers[1].needsCredentials);
    CHECK(servers[1].user == QStringLiteral("bob.finesse"));
    CHECK(qm.keychainKey(ServerRole::Control) != qm.keychainKey(ServerRole::State));

    Profile imagicle = qm;
    imagicle.controlKind = QStringLiteral("imagicle");
    CHECK(imagicle.servers()[0].needsCredentials);
    // Without a user of its own, the call-state server is signed in to with the profile's.
    imagicle.stateUser.clear();
    CHECK(imagicle.servers()[1].user == imagicle.user);
    // One server for both: one set of credentials.
    imagicle.stateServerUrl = QUrl();
    CHECK(imagicle.servers().size() == 1);
}

TEST_CASE("An unknown kind id is refused in words, naming the ids there are", "[profile]")
{
    Profile p = complete();
    p.controlKind = QStringLiteral("recordingapi");
    const QString problems = p.problems().join(u' ');
    CHECK(problems.contains(QStringLiteral("Unknown server kind \"recordingapi\"")));
    CHECK(problems.contains(QStringLiteral("recording-api")));
}

TEST_CASE("Profiles and preferences survive the settings file", "[profile]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    Profile saved = complete();
    saved.autoResumeSec = 30;
    saved.pollOnCallMs = 750;
    saved.stateServerUrl = QUrl(QStringLiteral("https://finesse.example.com:8445"));
    saved.setField(QStringLiteral("peripheralId"), QStringLiteral("5001"));
    saved.setField(QStringLiteral("extension"), QStringLiteral("5003"));
    saved.autoStart = true;
    {
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore store(settings);
        store.save(saved);
        store.setActiveProfileId(saved.id);
        store.savePreferences({false, true, false});
    }
    QSettings settings(file, QSettings::IniFormat);
    ProfileStore store(settings);
    REQUIRE(store.profile(QStringLiteral("p1")).has_value());
    CHECK(*store.profile(QStringLiteral("p1")) == saved);
    CHECK(store.activeProfileId() == QStringLiteral("p1"));
    CHECK(store.preferences() == Preferences{false, true, false});
    CHECK(store.profiles().size() == 1);
    CHECK_FALSE(store.profile(QStringLiteral("nope")).has_value());
    CHECK_FALSE(store.profile(QString()).has_value());
    store.remove(QStringLiteral("p1"));
    CHECK(store.profiles().isEmpty());
    CHECK(ProfileStore::newId() != ProfileStore::newId());
}

TEST_CASE("An administrator's settings come first, and what they lock stays locked", "[profile]")
{
    QTemporaryDir dir;
    // The example the packaging documents, as an administrator would install it.
    QSettings admin(QStringLiteral(RECBAR_ADMIN_EXAMPLE), QSettings::IniFormat);
    REQUIRE(admin.status() == QSettings::NoError);
    QSettings user(dir.filePath(QStringLiteral("user.ini")), QSettings::IniFormat);
    // What a user (or a script) wrote by hand into their own file.
    user.setValue(QStringLiteral("profiles/main/serverUrl"), QStringLiteral("http://evil.example"));
    user.setValue(QStringLiteral("profiles/lab/serverUrl"), QStringLiteral("https://mine.example"));
    user.setValue(QStringLiteral("preferences/alwaysOnTop"), true);
    ProfileStore store(user, &admin);

    CHECK(store.activeProfileId() == QStringLiteral("main"));
    REQUIRE(store.profiles().size() == 3);
    // The documented example is a usable profile as it stands (but for its example server).
    CHECK(store.profile(QStringLiteral("main"))->problems().isEmpty());
    CHECK(store.profiles().at(0).id == QStringLiteral("lab"));
    CHECK(store.profiles().at(1).id == QStringLiteral("main"));
    // The single sign-on example: the identity service's client comes from the administrator.
    Profile sso = *store.profile(QStringLiteral("sso"));
    sso.user = QStringLiteral("bob"); // the agent's own, typed at the first sign-in
    INFO(sso.problems().join(u'\n').toStdString());
    CHECK(sso.problems().isEmpty());
    CHECK(sso.field(QStringLiteral("idsClientId")) == u"recbar");
    CHECK(sso.singleSignOnServer().has_value());
    CHECK_FALSE(sso.alwaysSingleSignOn()); // Finesse is asked
    const Profile main = *store.profile(QStringLiteral("main"));
    CHECK(main.serverUrl == QUrl(QStringLiteral("https://rec.example.com")));
    CHECK(store.isLocked(QStringLiteral("main")));
    CHECK_FALSE(store.isLocked(QStringLiteral("lab")));
    // Not locked: the administrator's is the default, the user's own value wins.
    CHECK(store.profile(QStringLiteral("lab"))->serverUrl ==
          QUrl(QStringLiteral("https://mine.example")));

    Profile changed = main;
    changed.serverUrl = QUrl(QStringLiteral("https://elsewhere.example"));
    CHECK_FALSE(store.save(changed));
    CHECK(store.profile(QStringLiteral("main"))->serverUrl == main.serverUrl);
    CHECK_FALSE(store.remove(QStringLiteral("main")));
    CHECK_FALSE(store.remove(QStringLiteral("lab"))); // the administrator's, though not locked
    CHECK_FALSE(store.canAddProfiles());

    CHECK(store.isPreferenceLocked(QStringLiteral("alwaysOnTop")));
    CHECK_FALSE(store.isPreferenceLocked(QStringLiteral("startMinimized")));
    CHECK_FALSE(store.preferences().alwaysOnTop);
    store.savePreferences({true, true, false});
    CHECK_FALSE(store.preferences().alwaysOnTop);
    CHECK(store.preferences().startMinimized);
    CHECK(store.preferences().notifications); // locked at its default
    user.sync();
    CHECK(user.value(QStringLiteral("preferences/alwaysOnTop")).toBool()); // untouched, unused

    // Without an administrator, the same user file is the user's alone.
    ProfileStore own(user);
    CHECK(own.canAddProfiles());
    CHECK(own.preferences().alwaysOnTop);
}
