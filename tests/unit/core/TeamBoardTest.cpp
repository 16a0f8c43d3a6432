// The supervisor's board as logic: a source that answers when the test says, on a clock that
// moves only when the test says, so every threshold is checked at its exact second.
#include "team/TeamBoard.h"

#include "CatchCompat.h"
#include "FakeTeamSource.h"
#include "team/TeamAlerts.h"

using namespace recbar;
using namespace std::chrono_literals;

namespace {

struct Rig : TeamRig
{
    QList<std::pair<QString, TeamConcern>> told;
    QList<std::tuple<QString, bool, QString>> finished;

    Rig()
        : TeamRig(options())
    {
        QObject::connect(&board, &TeamBoard::concernStarted,
                         [this](const TeamMember &m, TeamConcern c) {
                             told.append({m.id, c});
                         });
        QObject::connect(&board, &TeamBoard::actionFinished,
                         [this](const QString &id, TeamAction, bool ok, const QString &message,
                                const QString &) {
                             finished.append({id, ok, message});
                         });
        board.setOpen(true);
        board.start();
    }
    static TeamOptions options()
    {
        TeamOptions o;
        o.readWhileOpen = 2s;
        o.readWhileClosed = 10s;
        o.notRecordedAfter = 15s;
        o.pausedAfter = 10min;
        o.confirmTimeout = 6s;
        return o;
    }
    const TeamMember &member(const QString &id)
    {
        const TeamMember *m = board.member(id);
        REQUIRE(m);
        return *m;
    }
};

} // namespace

TEST_CASE("The board reads every 2 s while open, every 10 s closed, never two at once", "[team]")
{
    Rig rig;
    rig.source->agent(QStringLiteral("2"));
    rig.nextRead();
    const QDateTime first = rig.clock.now();
    rig.nextRead();
    CHECK(first.msecsTo(rig.clock.now()) == 2000);
    rig.board.setOpen(false);
    rig.nextRead(); // the one already due
    const QDateTime closed = rig.clock.now();
    rig.nextRead();
    CHECK(closed.msecsTo(rig.clock.now()) == 10'000);
    // Opened again: read at once.
    rig.board.setOpen(true);
    rig.clock.settle();
    rig.clock.advance(0ms);
    CHECK(rig.source->inFlight);
}

TEST_CASE("A call not recorded is a concern after 15 s, announced once", "[team]")
{
    Rig rig;
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c1"), RecordingState::Off);
    rig.source->onCall(QStringLiteral("3"), QStringLiteral("c2"), RecordingState::Recording);
    rig.nextRead();
    const QDateTime seen = rig.clock.now();
    CHECK(rig.member(QStringLiteral("2")).unrecordedSince == seen);
    CHECK(rig.member(QStringLiteral("2")).concerns.isEmpty());
    // 14 s and 16 s later (reads every 2 s): the concern starts on the first read past 15 s.
    while (seen.secsTo(rig.clock.now()) < 16) {
        CHECK(rig.member(QStringLiteral("2")).concerns.isEmpty());
        rig.nextRead();
    }
    CHECK(seen.secsTo(rig.clock.now()) == 16);
    CHECK(rig.member(QStringLiteral("2")).concerns == QList<TeamConcern>{TeamConcern::NotRecorded});
    CHECK(rig.member(QStringLiteral("3")).concerns.isEmpty());
    rig.nextRead();
    rig.nextRead();
    CHECK(rig.told ==
          QList<std::pair<QString, TeamConcern>>{{QStringLiteral("2"), TeamConcern::NotRecorded}});
    // Recorded at last: the concern ends; a new unrecorded call counts from its own start.
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c1"), RecordingState::Recording);
    rig.nextRead();
    CHECK(rig.member(QStringLiteral("2")).concerns.isEmpty());
    CHECK_FALSE(rig.member(QStringLiteral("2")).unrecordedSince.isValid());
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c9"), RecordingState::Off);
    rig.nextRead();
    CHECK(rig.member(QStringLiteral("2")).unrecordedSince == rig.clock.now());
}

TEST_CASE("A secure pause is a concern after 10 minutes, an unknown state at once", "[team]")
{
    Rig rig;
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c1"), RecordingState::Paused);
    rig.source->onCall(QStringLiteral("4"), QStringLiteral("c4"), RecordingState::Unknown);
    rig.nextRead();
    const QDateTime paused = rig.clock.now();
    CHECK(rig.member(QStringLiteral("2")).pausedSince == paused);
    CHECK(rig.member(QStringLiteral("4")).concerns == QList<TeamConcern>{TeamConcern::Unknown});
    rig.board.setOpen(false);
    while (paused.secsTo(rig.clock.now()) <= 600) {
        CHECK(rig.member(QStringLiteral("2")).concerns.isEmpty());
        rig.nextRead();
    }
    CHECK(rig.member(QStringLiteral("2")).concerns == QList<TeamConcern>{TeamConcern::LongPause});
    // The pause belongs to the agent: a new call in the same pause is not a new pause.
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c5"), RecordingState::Paused);
    rig.nextRead();
    CHECK(rig.member(QStringLiteral("2")).pausedSince == paused);
    CHECK(std::count(rig.told.begin(), rig.told.end(),
                     std::pair{QStringLiteral("2"), TeamConcern::LongPause}) == 1);
}

TEST_CASE("An agent missing from a read is shown as gone, not deleted", "[team]")
{
    Rig rig;
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c1"), RecordingState::Off);
    rig.source->agent(QStringLiteral("3"));
    rig.nextRead();
    rig.source->agents.removeFirst();
    rig.nextRead();
    REQUIRE(rig.board.members().size() == 2);
    CHECK(rig.board.members().first().id == QStringLiteral("3"));
    CHECK(rig.member(QStringLiteral("2")).gone);
    CHECK(rig.member(QStringLiteral("2")).state.callId == QStringLiteral("c1")); // as last seen
    CHECK(rig.member(QStringLiteral("2")).concerns.isEmpty());
    CHECK_FALSE(rig.board.whyNot(TeamAction::StartRecording, QStringLiteral("2")).isEmpty());
    // An entry the server garbled is counted, not shown as an agent.
    rig.source->agents.append({{}, {}, QStringLiteral("AgentId is missing")});
    rig.nextRead();
    CHECK(rig.board.unreadable() == 1);
}

TEST_CASE("Starting an agent's recording is done only when a later read shows it", "[team]")
{
    Rig rig;
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c1"), RecordingState::Off);
    rig.nextRead();
    CHECK(rig.board.whyNot(TeamAction::EndPause, QStringLiteral("2")) ==
          QStringLiteral("The agent is not in a secure pause"));
    REQUIRE(rig.board.act(TeamAction::StartRecording, QStringLiteral("2"), CommandOrigin::kTeam));
    CHECK(rig.member(QStringLiteral("2")).pending == TeamAction::StartRecording);
    CHECK_FALSE(rig.board.act(TeamAction::StartRecording, QStringLiteral("2"),
                              CommandOrigin::kTeam)); // once
    rig.source->accept();
    // Accepted is not done: the read that follows still says "not recorded".
    rig.nextRead();
    CHECK(rig.finished.isEmpty());
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c1"), RecordingState::Recording);
    rig.nextRead();
    REQUIRE(rig.finished.size() == 1);
    CHECK(std::get<1>(rig.finished.first()));
    CHECK_FALSE(rig.member(QStringLiteral("2")).pending);
    CHECK(rig.member(QStringLiteral("2")).failure.isEmpty());
}

TEST_CASE("A refused action, or one no read agrees with, fails in words on the row", "[team]")
{
    Rig rig;
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c1"), RecordingState::Off);
    rig.nextRead();
    REQUIRE(rig.board.act(TeamAction::StartRecording, QStringLiteral("2"), CommandOrigin::kTeam));
    ServerError refused;
    refused.kind = ServerError::Kind::Forbidden;
    rig.source->accept(refused);
    REQUIRE(rig.finished.size() == 1);
    CHECK_FALSE(std::get<1>(rig.finished.first()));
    CHECK(rig.member(QStringLiteral("2"))
              .failure.startsWith(QStringLiteral("Start recording failed")));

    // Accepted, and the list never shows it: failed after the confirmation time.
    REQUIRE(rig.board.act(TeamAction::StartRecording, QStringLiteral("2"), CommandOrigin::kTeam));
    rig.source->accept();
    const QDateTime accepted = rig.clock.now();
    while (rig.finished.size() < 2)
        rig.nextRead();
    CHECK(accepted.msecsTo(rig.clock.now()) > 6000);
    CHECK(accepted.msecsTo(rig.clock.now()) <= 8000);
    CHECK_FALSE(std::get<1>(rig.finished.last()));
    CHECK(rig.member(QStringLiteral("2")).failure.contains(QStringLiteral("still shows")));
}

TEST_CASE("A failed read keeps the board and says why", "[team]")
{
    Rig rig;
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c1"), RecordingState::Recording);
    rig.nextRead();
    const QDateTime readAt = rig.board.readAt();
    rig.clock.settle();
    while (!rig.source->inFlight)
        REQUIRE(rig.clock.advanceToNext(1min));
    rig.source->fail();
    CHECK(rig.board.members().size() == 1);
    CHECK(rig.board.readAt() == readAt);
    CHECK_FALSE(rig.board.readProblem().isEmpty());
    rig.nextRead();
    CHECK(rig.board.readProblem().isEmpty());
}

TEST_CASE("Concerns reach the desktop as they start, at most one notification per gap", "[team]")
{
    Rig rig;
    TeamAlerts alerts(rig.board, 10s, rig.clock);
    QList<std::tuple<QString, QString, bool>> told;
    QObject::connect(&alerts, &TeamAlerts::alert,
                     [&](const QString &title, const QString &text, bool critical) {
                         told.append({title, text, critical});
                     });
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c2"), RecordingState::Off);
    rig.source->agent(QStringLiteral("2")).state.agentName = QStringLiteral("bob");
    rig.source->agent(QStringLiteral("2")).state.extension = QStringLiteral("5003");
    rig.source->onCall(QStringLiteral("3"), QStringLiteral("c3"), RecordingState::Unknown);
    rig.nextRead();
    const QDateTime start = rig.clock.now();
    REQUIRE(told.size() == 1); // at once
    CHECK(std::get<0>(told[0]) == QStringLiteral("RecBar team"));
    CHECK(std::get<1>(told[0]) == QStringLiteral("3: on a call whose recording cannot be told"));
    CHECK_FALSE(std::get<2>(told[0]));

    // Two more start 2 s later: told together when the 10 s gap ends.
    rig.source->onCall(QStringLiteral("4"), QStringLiteral("c4"), RecordingState::Unknown);
    rig.source->onCall(QStringLiteral("5"), QStringLiteral("c5"), RecordingState::Unknown);
    while (start.secsTo(rig.clock.now()) < 10) {
        CHECK(told.size() == 1);
        rig.nextRead();
    }
    rig.clock.settle();
    REQUIRE(told.size() == 2);
    CHECK(std::get<0>(told[1]) == QStringLiteral("RecBar team: 2 concerns"));
    CHECK(std::get<1>(told[1]).split(u'\n').size() == 2);

    // bob's call, unrecorded since the start, is a concern at 16 s: told when the next gap ends,
    // as urgent.
    while (start.secsTo(rig.clock.now()) < 20)
        rig.nextRead();
    rig.clock.settle();
    REQUIRE(told.size() == 3);
    CHECK(std::get<1>(told[2]) == QStringLiteral("bob (5003): on a call that is not recorded"));
    CHECK(std::get<2>(told[2]));
    // Nothing more: each concern is told once.
    for (int i = 0; i < 20; ++i)
        rig.nextRead();
    CHECK(told.size() == 3);
}

namespace {

TeamSource::Agent talking(const QString &id, const QString &callId, RecordingState recording)
{
    TeamSource::Agent agent{id, {}, {}};
    agent.state.call = CallState::Talking;
    agent.state.callId = callId;
    agent.state.recording = recording;
    return agent;
}

} // namespace

TEST_CASE("Pushed changes show at once, and reads then only reconcile, every 10 s", "[team]")
{
    Rig rig;
    rig.source->agent(QStringLiteral("2"));
    rig.source->onCall(QStringLiteral("3"), QStringLiteral("c3"), RecordingState::Recording);
    rig.nextRead();
    rig.source->setDelivery(StateDelivery::Mode::Pushed);
    CHECK(rig.board.delivery().mode == StateDelivery::Mode::Pushed);
    const int reads = rig.source->reads;
    const QDateTime pushedAt = rig.clock.now();

    rig.source->push({talking(QStringLiteral("2"), QStringLiteral("c2"), RecordingState::Off)});
    CHECK(rig.member(QStringLiteral("2")).onCall());
    CHECK(rig.member(QStringLiteral("2")).onCallSince == pushedAt);
    CHECK(rig.member(QStringLiteral("3")).state.callId == QStringLiteral("c3")); // untouched
    CHECK(rig.source->reads == reads);                                           // no read for it
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c2"), RecordingState::Off);

    // The window is open, and still, after the read already due, the next comes 10 s later.
    rig.nextRead();
    const QDateTime due = rig.clock.now();
    rig.nextRead();
    CHECK(rig.source->reads == reads + 2);
    CHECK(due.msecsTo(rig.clock.now()) == 10'000);
    CHECK(rig.member(QStringLiteral("2")).onCallSince == pushedAt);

    // Concerns are judged as pushes come, as reads judge them: 16 s into the unrecorded call.
    rig.clock.advance(std::chrono::milliseconds(16'000 - pushedAt.msecsTo(rig.clock.now())));
    rig.source->push({talking(QStringLiteral("2"), QStringLiteral("c2"), RecordingState::Off)});
    CHECK(rig.member(QStringLiteral("2")).concerns == QList<TeamConcern>{TeamConcern::NotRecorded});
}

TEST_CASE("A pushed agent the board has not read, or lost push, brings a read at once", "[team]")
{
    Rig rig;
    rig.source->agent(QStringLiteral("2"));
    rig.nextRead();
    rig.source->setDelivery(StateDelivery::Mode::Pushed);
    rig.source->push({talking(QStringLiteral("9"), QStringLiteral("c9"), RecordingState::Off)});
    CHECK_FALSE(rig.board.member(QStringLiteral("9")));
    // At once, but a second after the last read began at the soonest, whatever is pushed.
    rig.clock.settle();
    rig.clock.advance(999ms);
    CHECK_FALSE(rig.source->inFlight);
    rig.clock.advance(1ms);
    CHECK(rig.source->inFlight);
    rig.source->answer();

    // Push lost: reads every 2 s again, the first at once.
    rig.source->setDelivery(StateDelivery::Mode::Fallback);
    rig.clock.settle();
    rig.clock.advance(0ms);
    REQUIRE(rig.source->inFlight);
    rig.source->answer();
    const QDateTime last = rig.clock.now();
    rig.nextRead();
    CHECK(last.msecsTo(rig.clock.now()) == 2000);
}

TEST_CASE("A read begun before a pushed change does not undo it", "[team]")
{
    Rig rig;
    rig.source->agent(QStringLiteral("2"));
    rig.nextRead();
    rig.clock.settle();
    while (!rig.source->inFlight)
        REQUIRE(rig.clock.advanceToNext());
    // The read is under way with the old state when the change is pushed.
    rig.source->push({talking(QStringLiteral("2"), QStringLiteral("c2"), RecordingState::Off)});
    rig.source->answer();
    CHECK(rig.member(QStringLiteral("2")).onCall());
    // A read begun after it stands.
    rig.nextRead();
    CHECK_FALSE(rig.member(QStringLiteral("2")).onCall());
}

TEST_CASE("A start is done when a pushed change shows it, without waiting for a read", "[team]")
{
    Rig rig;
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c2"), RecordingState::Off);
    rig.nextRead();
    rig.source->setDelivery(StateDelivery::Mode::Pushed);
    REQUIRE(rig.board.act(TeamAction::StartRecording, QStringLiteral("2"), CommandOrigin::kTeam));
    rig.source->accept();
    rig.clock.settle();
    rig.source->push(
        {talking(QStringLiteral("2"), QStringLiteral("c2"), RecordingState::Recording)});
    REQUIRE(rig.finished.size() == 1);
    CHECK(std::get<1>(rig.finished.first()));
}

TEST_CASE("Where the list shows no recordings, the row says whether a start was seen or only "
          "accepted",
          "[team]")
{
    Rig rig;
    rig.source->listsRecordings = false;
    rig.source->onCall(QStringLiteral("2"), QStringLiteral("c2"), RecordingState::Off);
    rig.source->onCall(QStringLiteral("3"), QStringLiteral("c3"), RecordingState::Off);
    rig.nextRead();
    REQUIRE(rig.board.act(TeamAction::StartRecording, QStringLiteral("2"), CommandOrigin::kTeam));
    rig.source->accept();
    CHECK(rig.member(QStringLiteral("2")).outcome.startsWith(QStringLiteral("Recording started")));
    rig.source->startOnlyAccepted = true;
    REQUIRE(rig.board.act(TeamAction::StartRecording, QStringLiteral("3"), CommandOrigin::kTeam));
    rig.source->accept();
    CHECK(rig.member(QStringLiteral("3")).outcome.startsWith(QStringLiteral("Start accepted")));
    CHECK(
        rig.member(QStringLiteral("3")).outcome.contains(QStringLiteral("nothing that confirms")));
    REQUIRE(rig.finished.size() == 2);
}
