#include "servers/finesse/FinesseProtocol.h"

#include "CatchCompat.h"

using namespace recbar;

namespace {

finesse::User bob()
{
    return {QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("5003"),
            QStringLiteral("TALKING")};
}

QList<finesse::Dialog> dialogs(const char *participantState, QStringList actions)
{
    const QByteArray xml = QByteArray(R"(<Dialogs><Dialog><id>7</id><state>ACTIVE</state>
        <fromAddress>+1555</fromAddress><toAddress>8100</toAddress>
        <participants><Participant><actions>)") +
                           [&] {
                               QByteArray out;
                               for (const QString &a : actions)
                                   out += "<action>" + a.toUtf8() + "</action>";
                               return out;
                           }() +
                           R"(</actions><mediaAddress>5003</mediaAddress><state>)" +
                           participantState +
                           R"(</state></Participant></participants></Dialog></Dialogs>)";
    const auto parsed = finesse::parseDialogs(xml, QStringLiteral("5003"));
    REQUIRE(parsed.ok());
    return *parsed;
}

} // namespace

TEST_CASE("Finesse: START_RECORDING offered means not recorded, its absence proves nothing",
          "[finesse]")
{
    const ObservedState offered = finesse::observe(
        bob(), dialogs("ACTIVE", {QStringLiteral("HOLD"), QStringLiteral("START_RECORDING")}),
        QStringLiteral("UCCX"));
    CHECK(offered.call == CallState::Talking);
    CHECK(offered.recording == RecordingState::Off);

    const ObservedState absent = finesse::observe(
        bob(), dialogs("ACTIVE", {QStringLiteral("HOLD")}), QStringLiteral("UCCX"));
    CHECK(absent.recording == RecordingState::Unknown);
    CHECK_FALSE(absent.recordingNote.isEmpty());

    const ObservedState ucce = finesse::observe(bob(), dialogs("ACTIVE", {QStringLiteral("HOLD")}),
                                                QStringLiteral("UCCE"));
    CHECK(ucce.recording == RecordingState::Unknown);
    CHECK(ucce.recordingNote.contains(QStringLiteral("Unified CCE")));

    const ObservedState held = finesse::observe(bob(), dialogs("HELD", {}), QStringLiteral("UCCX"));
    CHECK(held.call == CallState::Held);
    CHECK(held.recording == RecordingState::Unknown);
}

TEST_CASE("Finesse: a participant state the guide does not list is a call in an unknown state",
          "[finesse]")
{
    const ObservedState odd = finesse::observe(bob(), dialogs("CONNECTED", {}));
    CHECK(odd.call == CallState::Unknown);
    CHECK(odd.callId == QStringLiteral("7"));
    CHECK(odd.recording == RecordingState::Unknown);
    CHECK(finesse::observe(bob(), dialogs("DROPPED", {})).call == CallState::None);
}

TEST_CASE("Finesse documents that are deep, huge or declare entities are refused", "[finesse]")
{
    QByteArray deep = "<User>";
    for (int i = 0; i < 100'000; ++i)
        deep += "<a>";
    const QByteArray huge =
        "<User><loginId>" + QByteArray(5 * 1024 * 1024, 'x') + "</loginId></User>";
    const QByteArray entities = R"(<?xml version="1.0"?><!DOCTYPE User [<!ENTITY a "aaaa">]>
        <User><loginId>&a;</loginId><state>READY</state></User>)";
    for (const QByteArray &bad : {deep, huge, entities}) {
        const auto parsed = finesse::parseUser(bad);
        CHECK_FALSE(parsed.ok());
        CHECK_FALSE(finesse::parseDialogs(bad, {}).ok());
    }
    // The same shapes as a team's pushed event.
    QByteArray deepUpdate = "<Update><data><user>";
    for (int i = 0; i < 100'000; ++i)
        deepUpdate += "<a>";
    const QByteArray hugeUpdate = "<Update><event>PUT</event><data><user><loginId>" +
                                  QByteArray(5 * 1024 * 1024, 'x') +
                                  "</loginId><state>TALKING</state></user></data></Update>";
    const QByteArray entityUpdate = R"(<?xml version="1.0"?><!DOCTYPE Update [<!ENTITY a "aaaa">]>
        <Update><event>PUT</event><data><user><loginId>&a;</loginId><state>TALKING</state>
        </user></data></Update>)";
    for (const QByteArray &bad : {deepUpdate, hugeUpdate, entityUpdate})
        CHECK_FALSE(finesse::parseTeamUpdate(bad).ok());
    CHECK(finesse::errorMessage(deep).size() <= 200);
}

TEST_CASE("Finesse Updates: the guide's shapes, in either case, are read", "[finesse][push]")
{
    // The User notification as the guide's sample writes it: lower-case event, <User> data.
    const auto user = finesse::parseUpdate(R"(<Update><event>put</event>
        <source>/finesse/api/User/bob</source><data><User><loginId>bob</loginId>
        <extension>5003</extension><firstName>Bob</firstName><lastName>O</lastName>
        <state>READY</state></User></data></Update>)",
                                           QStringLiteral("5003"));
    REQUIRE(user.ok());
    const finesse::Update &u = *user;
    CHECK(u.kind == finesse::Update::Kind::User);
    CHECK(u.event == u"PUT");
    REQUIRE(u.user.has_value());
    CHECK(u.user->state == u"READY");

    // A dialog added: <dialogs><Dialog>, POST; and one changed: <Dialog>, PUT.
    const QByteArray dialog = R"(<Dialog><id>9</id><state>ACTIVE</state>
        <participants><Participant><actions><action>HOLD</action></actions>
        <mediaAddress>5003</mediaAddress><state>ACTIVE</state></Participant></participants>
        </Dialog>)";
    const auto added = finesse::parseUpdate("<Update><data><dialogs>" + dialog +
                                                "</dialogs></data><event>POST</event>"
                                                "<requestId/><source>/finesse/api/User/bob/"
                                                "Dialogs</source></Update>",
                                            QStringLiteral("5003"));
    REQUIRE(added.ok());
    CHECK(added->kind == finesse::Update::Kind::Dialogs);
    REQUIRE(added->dialogs.size() == 1);
    CHECK(added->dialogs.first().participantState == u"ACTIVE");
    const auto changed =
        finesse::parseUpdate("<Update><data>" + dialog +
                                 "</data><event>PUT</event><requestId>r-1</requestId>"
                                 "<source>/finesse/api/Dialog/9</source></Update>",
                             QStringLiteral("5003"));
    REQUIRE(changed.ok());
    CHECK(changed->kind == finesse::Update::Kind::Dialog);
    CHECK(changed->requestId == u"r-1");

    // A request's later failure.
    const auto failed = finesse::parseUpdate(
        R"(<Update><data><apiErrors><apiError><errorType>CTI Error</errorType>
        <errorMessage>nope</errorMessage></apiError></apiErrors></data><event>PUT</event>
        <requestId>r-2</requestId><source>/finesse/api/User/bob/Dialogs</source></Update>)",
        QStringLiteral("5003"));
    REQUIRE(failed.ok());
    CHECK(failed->kind == finesse::Update::Kind::Errors);
    CHECK(failed->error == u"CTI Error: nope");
}

TEST_CASE("Finesse Updates that are not Updates are refused in words", "[finesse][push]")
{
    for (const QByteArray &bad :
         {QByteArray("<Update><event>PUT</event></Update>"), QByteArray("<User/>"),
          QByteArray("<Update><data><Dialog><state>ACTIVE</state></Dialog></data></Update>"),
          QByteArray("<Update><data>"), QByteArray(100'000, '<')}) {
        const auto parsed = finesse::parseUpdate(bad, QStringLiteral("5003"));
        REQUIRE_FALSE(parsed.ok());
        CHECK_FALSE(parsed.error().isEmpty());
    }
}

TEST_CASE("Finesse teams: the supervisor's User and a Team as the developer guide shows them",
          "[finesse][team]")
{
    // The guide's User object (abridged): a supervisor's <teams>.
    const QByteArray user = R"(<User><uri>/finesse/api/User/1001001</uri>
        <roles><role>Agent</role><role>Supervisor</role></roles><loginId>1001001</loginId>
        <state>NOT_READY</state><teamId>500</teamId><teamName>Sales</teamName>
        <teams><Team><uri>/finesse/api/Team/2001</uri><id>2001</id><name>Team Alpha</name></Team>
        <Team><uri>/finesse/api/Team/2002</uri><id>2002</id><name>Team Beta</name></Team></teams>
        </User>)";
    const auto teams = finesse::parseSupervisedTeams(user);
    REQUIRE(teams.ok());
    const auto &list = *teams;
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == QStringLiteral("2001"));
    CHECK(list[1].name == QStringLiteral("Team Beta"));
    // An agent's User lists none.
    CHECK(finesse::parseSupervisedTeams("<User><loginId>1</loginId></User>")->isEmpty());

    // The guide's Team object: summaries, one on a call, one signed out.
    const QByteArray team = R"(<Team><uri>/finesse/api/Team/34</uri><id>34</id><name>My Team</name>
        <users><User><uri>/finesse/api/User/1234/</uri><loginId>1234</loginId>
        <firstName>Charles</firstName><lastName>Brown</lastName>
        <dialogs>/finesse/api/User/1234/Dialogs</dialogs><extension>1001001</extension>
        <pendingState></pendingState><state>TALKING</state>
        <stateChangeTime>2012-03-01T17:58:21.345Z</stateChangeTime></User>
        <User><loginId>1235</loginId><firstName>Jack</firstName><lastName>Brawn</lastName>
        <extension>1001002</extension><state>NOT_READY</state>
        <reasonCode><category>NOT_READY</category><code>12</code><label>Lunch Break</label>
        </reasonCode><stateChangeTime>2012-03-01T17:58:21.345Z</stateChangeTime></User>
        <User><firstName>No</firstName><state>READY</state></User></users></Team>)";
    const auto users = finesse::parseTeam(team);
    REQUIRE(users.ok());
    const auto &members = *users;
    REQUIRE(members.size() == 3);
    const ObservedState charles = finesse::observeTeamUser(members[0]);
    CHECK(charles.agentName == QStringLiteral("Charles Brown"));
    CHECK(charles.extension == QStringLiteral("1001001"));
    CHECK(charles.call == CallState::Talking);
    CHECK(charles.callStartedAt == QDateTime(QDate(2012, 3, 1), QTime(17, 58, 21, 345), Qt::UTC));
    CHECK_FALSE(charles.recording.has_value());
    CHECK_FALSE(charles.recordingNote.isEmpty());
    CHECK(finesse::observeTeamUser(members[1]).call == CallState::None);
    CHECK(members[1].problem.isEmpty());
    CHECK_FALSE(members[2].problem.isEmpty()); // no loginId

    CHECK_FALSE(finesse::parseTeam("<Teams/>").ok());
    CHECK_FALSE(finesse::parseTeam("<Team><users><User>").ok());
    CHECK_FALSE(finesse::parseSupervisedTeams("<Dialog/>").ok());
}

TEST_CASE("Finesse Team Users events: the guide's payload format and its sample are both read",
          "[finesse][team][push]")
{
    // "Team Notification", payload format: one user's summary, event in lower case, no extension.
    const QByteArray one = R"(<Update><event>put</event><source>/finesse/api/User/1234</source>
        <requestId>xxxxxxxxx</requestId><data><user><uri>/finesse/api/User/1234</uri>
        <loginId>1234</loginId><firstName>Jack</firstName><lastName>Brown</lastName>
        <state>TALKING</state><stateChangeTime>2012-03-01T17:58:21.123Z</stateChangeTime>
        <ReasonCode><uri>finesse/api/ReasonCode/1</uri><code>10</code><label>Team Meeting</label>
        </ReasonCode></user></data></Update>)";
    const auto parsed = finesse::parseTeamUpdate(one);
    REQUIRE(parsed.ok());
    const auto &update = *parsed;
    CHECK(update.event == QStringLiteral("PUT"));
    CHECK_FALSE(update.wholeTeam);
    REQUIRE(update.users.size() == 1);
    CHECK(update.users[0].loginId == QStringLiteral("1234"));
    CHECK(update.users[0].name == QStringLiteral("Jack Brown"));
    CHECK(update.users[0].extension.isEmpty());
    CHECK(finesse::observeTeamUser(update.users[0]).call == CallState::Talking);

    // Its sample: the whole team.
    const QByteArray team = R"(<Update><event>put</event><source>/finesse/api/Team/1004</source>
        <requestId>xxxxxxxxx</requestId><data><team><uri>/finesse/api/Team/1004</uri>
        <id>1004</id><name>Shiny</name><users>
        <User><uri>/finesse/api/User/1234</uri><loginId>1004</loginId><firstName>Charles</firstName>
        <lastName>Norrad</lastName><extension>1001001</extension><state>NOT_READY</state></User>
        <User><loginId>1005</loginId><state>HOLD</state></User></users></team></data></Update>)";
    const auto whole = finesse::parseTeamUpdate(team);
    REQUIRE(whole.ok());
    CHECK(whole->wholeTeam);
    CHECK(whole->users.size() == 2);

    // A user removed (no data), and what is no Update.
    const auto removed = finesse::parseTeamUpdate(
        "<Update><event>DELETE</event><source>/finesse/api/User/1234</source></Update>");
    REQUIRE(removed.ok());
    CHECK(removed->users.isEmpty());
    CHECK_FALSE(finesse::parseTeamUpdate("<Team/>").ok());
    CHECK_FALSE(finesse::parseTeamUpdate("<Update><event>PUT</event></Update>").ok());
    CHECK_FALSE(finesse::parseTeamUpdate("<Update><data><user><loginId>1</data></Update>").ok());
}
