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
    REQUIRE(std::holds_alternative<QList<finesse::Dialog>>(parsed));
    return std::get<QList<finesse::Dialog>>(parsed);
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
        CHECK(std::holds_alternative<QString>(parsed));
        CHECK(std::holds_alternative<QString>(finesse::parseDialogs(bad, {})));
    }
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
    REQUIRE(std::holds_alternative<finesse::Update>(user));
    const finesse::Update &u = std::get<finesse::Update>(user);
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
    REQUIRE(std::holds_alternative<finesse::Update>(added));
    CHECK(std::get<finesse::Update>(added).kind == finesse::Update::Kind::Dialogs);
    REQUIRE(std::get<finesse::Update>(added).dialogs.size() == 1);
    CHECK(std::get<finesse::Update>(added).dialogs.first().participantState == u"ACTIVE");
    const auto changed =
        finesse::parseUpdate("<Update><data>" + dialog +
                                 "</data><event>PUT</event><requestId>r-1</requestId>"
                                 "<source>/finesse/api/Dialog/9</source></Update>",
                             QStringLiteral("5003"));
    REQUIRE(std::holds_alternative<finesse::Update>(changed));
    CHECK(std::get<finesse::Update>(changed).kind == finesse::Update::Kind::Dialog);
    CHECK(std::get<finesse::Update>(changed).requestId == u"r-1");

    // A request's later failure.
    const auto failed = finesse::parseUpdate(
        R"(<Update><data><apiErrors><apiError><errorType>CTI Error</errorType>
        <errorMessage>nope</errorMessage></apiError></apiErrors></data><event>PUT</event>
        <requestId>r-2</requestId><source>/finesse/api/User/bob/Dialogs</source></Update>)",
        QStringLiteral("5003"));
    REQUIRE(std::holds_alternative<finesse::Update>(failed));
    CHECK(std::get<finesse::Update>(failed).kind == finesse::Update::Kind::Errors);
    CHECK(std::get<finesse::Update>(failed).error == u"CTI Error: nope");
}

TEST_CASE("Finesse Updates that are not Updates are refused in words", "[finesse][push]")
{
    for (const QByteArray &bad :
         {QByteArray("<Update><event>PUT</event></Update>"), QByteArray("<User/>"),
          QByteArray("<Update><data><Dialog><state>ACTIVE</state></Dialog></data></Update>"),
          QByteArray("<Update><data>"), QByteArray(100'000, '<')}) {
        const auto parsed = finesse::parseUpdate(bad, QStringLiteral("5003"));
        REQUIRE(std::holds_alternative<QString>(parsed));
        CHECK_FALSE(std::get<QString>(parsed).isEmpty());
    }
}
