// A supervisor's board against recsim over real HTTP: the Recording API's agent list read,
// an unrecorded call caught, its recording started from the board and confirmed, and seen by
// the agent's own bar.
#include "team/TeamBoard.h"

#include "BarRig.h"
#include "model/SimConfig.h"
#include "model/SimModel.h"

using namespace recbar;
using namespace std::chrono_literals;

namespace {

Profile supervisor(BarRig &rig)
{
    Profile p = rig.profile(QStringLiteral("alice"), QStringLiteral("1"));
    p.role = QStringLiteral("supervisor");
    return p;
}

std::unique_ptr<TeamBoard> boardFor(BarRig &rig)
{
    auto source = rig.session.makeTeamSource();
    if (!source)
        return {};
    TeamOptions options;
    options.readWhileOpen = 200ms;
    options.notRecordedAfter = 1s;
    auto board = std::make_unique<TeamBoard>(std::move(source), options);
    board->setOpen(true);
    board->start();
    return board;
}

const TeamMember *bob(const TeamBoard &board)
{
    return board.member(QStringLiteral("2")); // bob's AgentId in recsim's demo
}

} // namespace

TEST_CASE("Only a supervisor's profile gets a board", "[team]")
{
    BarRig rig;
    rig.signInAndConnect(rig.profile());
    CHECK_FALSE(rig.session.makeTeamSource());
    BarRig boss;
    boss.signInAndConnect(supervisor(boss));
    CHECK(boss.session.makeTeamSource());
}

TEST_CASE("The board catches an unrecorded call and starts its recording, confirmed", "[team]")
{
    BarRig boss;
    const QString call = boss.server.connectedCall(QStringLiteral("bob"));
    boss.signInAndConnect(supervisor(boss));
    const auto board = boardFor(boss);
    REQUIRE(board);
    QList<TeamConcern> told;
    QObject::connect(board.get(), &TeamBoard::concernStarted,
                     [&](const TeamMember &m, TeamConcern c) {
                         if (m.id == QStringLiteral("2"))
                             told.append(c);
                     });
    REQUIRE(waitFor([&] { return bob(*board) && bob(*board)->onCall(); }));
    CHECK(bob(*board)->state.recording == RecordingState::Off);
    CHECK(bob(*board)->state.remoteNumber == QStringLiteral("+15550001111"));
    // Past the threshold (1 s here) and one read: the concern.
    REQUIRE(waitFor([&] { return !bob(*board)->concerns.isEmpty(); }, 4000));
    CHECK(bob(*board)->concerns == QList<TeamConcern>{TeamConcern::NotRecorded});
    CHECK(told == QList<TeamConcern>{TeamConcern::NotRecorded});

    // The agent's own bar, to see what the supervisor did.
    BarRig agent;
    agent.server.close(); // the same recsim as the supervisor's
    Profile bobs = agent.profile();
    bobs.serverUrl = boss.server.url();
    agent.signInAndConnect(bobs);

    std::optional<bool> finished;
    QObject::connect(board.get(), &TeamBoard::actionFinished,
                     [&](const QString &, TeamAction, bool ok, const QString &) { finished = ok; });
    REQUIRE(board->act(TeamAction::StartRecording, QStringLiteral("2"), CommandOrigin::kTeam));
    REQUIRE(waitFor([&] { return finished.has_value(); }));
    CHECK(*finished);
    CHECK_FALSE(boss.server.model().recordingsOf(*boss.server.model().call(call)).isEmpty());
    CHECK(bob(*board)->concerns.isEmpty());
    CHECK(agent.waitForRecording(RecordingState::Recording));
    // Once more is refused before anything is sent.
    CHECK(board->whyNot(TeamAction::StartRecording, QStringLiteral("2")) ==
          QStringLiteral("The call is already recorded"));
}

TEST_CASE("The board ends an agent's secure pause, and says when the server refuses", "[team]")
{
    BarRig boss;
    boss.server.connectedCall(QStringLiteral("bob"));
    recsim::SimModel &model = boss.server.model();
    recsim::Agent *bobAgent = model.agentByName(QStringLiteral("bob"));
    REQUIRE(model.startRecording(model.call(bobAgent->liveCallIds.first()),
                                 recsim::RecordingOrigin::RecordingApi));
    QString error;
    REQUIRE(model.startBlackout(bobAgent, model.now(), std::nullopt, &error));
    boss.signInAndConnect(supervisor(boss));
    const auto board = boardFor(boss);
    REQUIRE(board);
    REQUIRE(waitFor([&] { return bob(*board) && bob(*board)->paused(); }));

    // The server refuses once: the failure stays on the row, in words.
    boss.server.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                          {QStringLiteral("status"), 500},
                          {QStringLiteral("path"), QStringLiteral("/api/Blackout/StopForAgent")},
                          {QStringLiteral("count"), 1}});
    std::optional<bool> finished;
    QObject::connect(board.get(), &TeamBoard::actionFinished,
                     [&](const QString &, TeamAction, bool ok, const QString &) { finished = ok; });
    REQUIRE(board->act(TeamAction::EndPause, QStringLiteral("2"), CommandOrigin::kTeam));
    REQUIRE(waitFor([&] { return finished.has_value(); }));
    CHECK_FALSE(*finished);
    CHECK(bob(*board)->failure.startsWith(QStringLiteral("End the pause failed")));

    finished.reset();
    REQUIRE(board->act(TeamAction::EndPause, QStringLiteral("2"), CommandOrigin::kTeam));
    REQUIRE(waitFor([&] { return finished.has_value(); }));
    CHECK(*finished);
    CHECK_FALSE(bob(*board)->paused());
    CHECK(bob(*board)->failure.isEmpty());
    CHECK_FALSE(model.inBlackout(*bobAgent, model.now()));
}

TEST_CASE("With Finesse the board lists the supervisor's teams, recording not reported",
          "[team][finesse]")
{
    BarRig boss;
    boss.server.connectedCall(QStringLiteral("bob"));
    Profile p = boss.profile(QStringLiteral("sam"));
    p.controlKind = p.stateKind = QStringLiteral("finesse");
    p.setField(QStringLiteral("finesseUpdates"), QStringLiteral("poll"));
    p.role = QStringLiteral("supervisor");
    boss.signIn(p);
    const auto board = boardFor(boss);
    REQUIRE(board);
    // Finesse names the agent by loginId; recsim's supervisor has every team.
    const auto member = [&](const char *login) {
        return board->member(QString::fromLatin1(login));
    };
    REQUIRE(waitFor([&] { return member("bob") && member("bob")->onCall(); }));
    CHECK(member("alice"));
    CHECK(member("dan"));
    CHECK(board->members().size() == 5);
    const TeamMember &bob = *member("bob");
    CHECK(bob.state.extension == QStringLiteral("5003"));
    CHECK_FALSE(bob.state.recording.has_value()); // not reported, never guessed
    CHECK_FALSE(bob.state.recordingNote.isEmpty());
    // Past the threshold: no "unknown" concern for what Finesse never reports.
    const QDateTime seen = QDateTime::currentDateTimeUtc();
    REQUIRE(waitFor([&] { return board->readAt() > seen.addMSecs(1500); }, 5000));
    CHECK(member("bob")->concerns.isEmpty());
    CHECK(board->whyNot(TeamAction::EndPause, QStringLiteral("bob"))
              .contains(QStringLiteral("no secure pause")));
}

namespace {

Profile finesseSupervisor(BarRig &rig)
{
    Profile p = rig.profile(QStringLiteral("sam"));
    p.controlKind = p.stateKind = QStringLiteral("finesse");
    p.setField(QStringLiteral("finesseUpdates"), QStringLiteral("poll"));
    p.role = QStringLiteral("supervisor");
    return p;
}

} // namespace

TEST_CASE("With Finesse the board records an agent's call through a silent monitoring session",
          "[team][finesse]")
{
    BarRig boss;
    const QString call = boss.server.connectedCall(QStringLiteral("bob"));
    boss.signIn(finesseSupervisor(boss));
    const auto board = boardFor(boss);
    REQUIRE(board);
    const QString bob = QStringLiteral("bob");
    REQUIRE(waitFor([&] { return board->member(bob) && board->member(bob)->onCall(); }));

    // The agent's own bar, on the same recsim: Finesse offers bob the start, so "not recording".
    BarRig agent;
    agent.server.close();
    Profile bobs = agent.profile(bob);
    bobs.serverUrl = boss.server.url();
    bobs.controlKind = bobs.stateKind = QStringLiteral("finesse");
    bobs.setField(QStringLiteral("finesseUpdates"), QStringLiteral("poll"));
    agent.signInAndConnect(bobs);
    REQUIRE(agent.waitForRecording(RecordingState::Off));

    // Said before anything is sent: the supervisor's phone joins the call, muted.
    const QString preface = board->preface(TeamAction::StartRecording, bob);
    CHECK(preface.contains(QStringLiteral("5900")));
    CHECK(preface.contains(QStringLiteral("silently monitor")));
    REQUIRE(board->whyNot(TeamAction::StartRecording, bob).isEmpty());

    std::optional<std::pair<bool, QString>> outcome;
    QObject::connect(board.get(), &TeamBoard::actionFinished,
                     [&](const QString &, TeamAction, bool ok, const QString &message) {
                         outcome = {ok, message};
                     });
    REQUIRE(board->act(TeamAction::StartRecording, bob, CommandOrigin::kTeam));
    // recsim starts a Finesse recording 400 ms (its clock) after the request.
    REQUIRE(boss.server.waitForRequests(1, QStringLiteral("/finesse/api/Dialog/")));
    CHECK_FALSE(outcome);
    boss.server.model().clock()->advance(400);
    REQUIRE(waitFor([&] { return outcome.has_value(); }, 10'000));
    CHECK(outcome->first);
    recsim::Call *recorded = boss.server.model().call(call);
    REQUIRE(recorded);
    CHECK(boss.server.model().runningRecording(*recorded));
    CHECK_FALSE(board->member(bob)->pending);
    // No read of Finesse's teams can show it: the row says what it rests on, and a second
    // start (a second monitoring session) is not offered.
    CHECK(board->member(bob)->outcome.contains(QStringLiteral("Recording started")));
    CHECK(board->whyNot(TeamAction::StartRecording, bob) ==
          QStringLiteral("Recording was started from the board on this call"));
    // The agent's bar no longer says "not recording": Finesse stopped offering the start, which
    // is all Finesse says (the bar never claims "recording" from it).
    CHECK(agent.waitForRecording(RecordingState::Unknown, 10'000));
}

TEST_CASE("With Finesse a start the server refuses stays on the agent's row, in its words",
          "[team][finesse]")
{
    BarRig boss;
    REQUIRE_FALSE(
        recsim::applySettings(boss.server.model().settings(),
                              {{QStringLiteral("finesseDeployment"), QStringLiteral("UCCE")}})
            .has_value());
    boss.server.connectedCall(QStringLiteral("bob"));
    boss.signIn(finesseSupervisor(boss));
    const auto board = boardFor(boss);
    REQUIRE(board);
    const QString bob = QStringLiteral("bob");
    REQUIRE(waitFor([&] { return board->member(bob) && board->member(bob)->onCall(); }));
    REQUIRE(board->act(TeamAction::StartRecording, bob, CommandOrigin::kTeam));
    REQUIRE(waitFor([&] { return !board->member(bob)->failure.isEmpty(); }, 10'000));
    CHECK(board->member(bob)->failure.contains(QStringLiteral("Unified CCX only")));
    // An agent without a call is refused before anything is sent.
    CHECK(board->whyNot(TeamAction::StartRecording, QStringLiteral("alice")) ==
          QStringLiteral("The agent is not on a call"));
}

TEST_CASE("An agent's profile on Finesse reads no team: Finesse refuses it in words",
          "[team][finesse]")
{
    BarRig rig;
    Profile p = rig.profile(QStringLiteral("bob"));
    p.controlKind = p.stateKind = QStringLiteral("finesse");
    p.setField(QStringLiteral("finesseUpdates"), QStringLiteral("poll"));
    p.role = QStringLiteral("supervisor"); // the profile says so; the server decides
    rig.signIn(p);
    const auto board = boardFor(rig);
    REQUIRE(board);
    REQUIRE(waitFor([&] { return !board->readProblem().isEmpty(); }, 5000));
    CHECK(board->readProblem().contains(QStringLiteral("team")));
    CHECK(board->members().isEmpty());
}
