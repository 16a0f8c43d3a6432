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
