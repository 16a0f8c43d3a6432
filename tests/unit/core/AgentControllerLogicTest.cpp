#include "CatchCompat.h"
#include "ManualClock.h"
#include "agent/AgentController.h"
#include "servers/recordingapi/RecordingApiProtocol.h"

using namespace recbar;
using namespace std::chrono_literals;

namespace {

// Fakes for the controller's pure logic; everything that crosses a network is tested against
// recsim in the integration suite.
class FakeSource : public CallStateSource
{
public:
    int polls = 0;
    bool inFlight = false;
    bool autoAnswer = false;
    ObservedState state;

    void poll() override
    {
        REQUIRE_FALSE(inFlight); // the controller never overlaps status reads
        ++polls;
        inFlight = true;
        if (autoAnswer)
            QMetaObject::invokeMethod(
                this, [this] { answer(); }, Qt::QueuedConnection);
    }
    void answer()
    {
        inFlight = false;
        emit polled(state);
    }
    void failWith(ServerError::Kind kind)
    {
        inFlight = false;
        ServerError error;
        error.kind = kind;
        emit pollFailed(error);
    }
};

class FakeControl : public RecordingControl
{
public:
    QList<Command> sent;
    Capabilities capabilities() const override { return recordingapi::capabilities(); }
    void execute(const Command &command) override { sent.append(command); }
    void accept() { emit executed(sent.last(), ControlResult()); }
    void reject(ServerError::Kind kind, int status)
    {
        ServerError error;
        error.kind = kind;
        error.httpStatus = status;
        error.serverMessage = QStringLiteral("nope");
        emit executed(sent.last(), ControlResult{error, {}, {}});
    }
};

struct Rig
{
    ManualClock clock;
    FakeSource *source = new FakeSource;
    FakeControl *control = new FakeControl;
    AgentController controller;
    QList<std::tuple<quint64, bool, QString>> finished;

    explicit Rig(ControllerOptions timing = quick())
        : controller(std::unique_ptr<CallStateSource>(source),
                     std::unique_ptr<RecordingControl>(control), timing, QStringLiteral("test"),
                     clock)
    {
        QObject::connect(&controller, &AgentController::commandFinished,
                         [this](quint64 id, bool ok, const QString &message) {
                             finished.append({id, ok, message});
                         });
    }
    static ControllerOptions quick()
    {
        ControllerOptions t;
        t.pollOnCall = 20ms;
        t.pollIdle = 2s;
        t.backoffInitial = 20ms;
        t.backoffMax = 80ms;
        t.backoffOnCallMax = 40ms;
        t.confirmTimeout = 300ms;
        return t;
    }
    void onCall(RecordingState recording)
    {
        source->state.call = CallState::Talking;
        source->state.callId = QStringLiteral("c1");
        source->state.recording = recording;
        source->state.blackout = recording == RecordingState::Off
                                     ? std::nullopt
                                     : std::optional<bool>(recording == RecordingState::Paused);
    }
    void connect()
    {
        controller.start();
        REQUIRE(awaitPoll());
        source->answer();
        REQUIRE(controller.snapshot().connection == ConnectionState::Connected);
    }
    // Moves the clock on, timer by timer, until a status read is asked for.
    bool awaitPoll(std::chrono::milliseconds limit = 1min)
    {
        clock.settle();
        const QDateTime until = clock.now().addMSecs(limit.count());
        while (!source->inFlight &&
               clock.advanceToNext(std::chrono::milliseconds(clock.now().msecsTo(until))))
            ;
        return source->inFlight;
    }
    qint64 untilNextAttempt() const
    {
        return clock.now().msecsTo(controller.snapshot().nextAttemptAt);
    }
};

} // namespace

TEST_CASE("Status reads never overlap, and a command asks for one at once", "[controller]")
{
    Rig rig;
    rig.onCall(RecordingState::Recording);
    rig.connect();
    REQUIRE(rig.awaitPoll());
    const int before = rig.source->polls;
    REQUIRE(rig.controller.request(CommandKind::Pause) != 0);
    rig.control->accept();
    rig.clock.advance(100ms); // a poll is in flight: no second one may start
    CHECK(rig.source->polls == before);
    rig.source->answer(); // an old read: it may not confirm
    CHECK(rig.controller.snapshot().pending.has_value());
    REQUIRE(rig.awaitPoll());
    CHECK(rig.source->polls == before + 1);
}

TEST_CASE("Polls are faster on a call than idle", "[controller]")
{
    Rig rig;
    rig.connect();
    rig.source->autoAnswer = true;
    const int idleStart = rig.source->polls;
    rig.clock.advance(300ms);
    CHECK(rig.source->polls - idleStart <= 1);
    rig.onCall(RecordingState::Off);
    rig.controller.retryNow();
    rig.clock.advance(300ms);
    CHECK(rig.source->polls - idleStart >= 10); // every 20 ms
}

TEST_CASE("A command is pending until a later status read agrees", "[controller]")
{
    Rig rig;
    rig.onCall(RecordingState::Recording);
    rig.connect();
    const quint64 id = rig.controller.request(CommandKind::Pause, {}, QStringLiteral("test"));
    REQUIRE(id != 0);
    CHECK(rig.controller.snapshot().pending->accepted == false);
    CHECK(rig.controller.snapshot().recording == RecordingState::Recording);
    rig.control->accept();
    CHECK(rig.controller.snapshot().pending->accepted);
    CHECK_FALSE(rig.controller.snapshot().blackout); // accepted is not done
    REQUIRE(rig.awaitPoll());
    rig.onCall(RecordingState::Paused);
    rig.source->answer();
    CHECK_FALSE(rig.controller.snapshot().pending.has_value());
    CHECK(rig.controller.snapshot().blackout);
    REQUIRE(rig.finished.size() == 1);
    CHECK(std::get<0>(rig.finished[0]) == id);
    CHECK(std::get<1>(rig.finished[0]));
}

TEST_CASE("A server rejection and a state that never agrees both become failures", "[controller]")
{
    Rig rig;
    rig.onCall(RecordingState::Recording);
    rig.connect();
    rig.source->autoAnswer = true;

    REQUIRE(rig.controller.request(CommandKind::Pause) != 0);
    rig.control->reject(ServerError::Kind::ServerFailure, 500);
    REQUIRE(rig.controller.snapshot().failure.has_value());
    CHECK(rig.controller.snapshot().failure->message.contains(QStringLiteral("500")));
    CHECK_FALSE(rig.controller.snapshot().pending.has_value());

    REQUIRE(rig.controller.request(CommandKind::Stop) != 0);
    rig.control->accept();    // ... but the recording goes on
    rig.clock.advance(400ms); // past the 300 ms the state has to agree
    REQUIRE(rig.finished.size() == 2);
    CHECK_FALSE(std::get<1>(rig.finished[1]));
    CHECK(rig.controller.snapshot().failure->message.contains(QStringLiteral("did not change")));
    CHECK(rig.controller.snapshot().recording == RecordingState::Recording);
}

TEST_CASE("Commands are refused, not queued, while disconnected", "[controller]")
{
    Rig rig;
    rig.onCall(RecordingState::Recording);
    rig.connect();
    REQUIRE(rig.awaitPoll());
    rig.source->failWith(ServerError::Kind::Unreachable);
    CHECK(rig.controller.snapshot().connection == ConnectionState::Reconnecting);
    CHECK(rig.controller.snapshot().recording == RecordingState::Unknown);
    CHECK(rig.controller.request(CommandKind::Pause) == 0);
    CHECK(rig.control->sent.isEmpty());
    REQUIRE(rig.controller.snapshot().failure.has_value());
    CHECK(rig.controller.snapshot().failure->message.contains(QStringLiteral("Not connected")));
}

TEST_CASE("Failures back off, and waiting-for-the-agent states stop retrying", "[controller]")
{
    Rig rig;
    rig.controller.start();
    QList<qint64> gaps;
    for (int i = 0; i < 4; ++i) {
        REQUIRE(rig.awaitPoll());
        rig.source->failWith(ServerError::Kind::Timeout);
        gaps.append(rig.untilNextAttempt());
    }
    CHECK(gaps == QList<qint64>{20, 40, 80, 80}); // doubling, then the idle cap
    REQUIRE(rig.awaitPoll());
    rig.source->failWith(ServerError::Kind::Unauthorized);
    CHECK(rig.controller.snapshot().connection == ConnectionState::CredentialsRejected);
    CHECK_FALSE(rig.controller.readsOnItsOwn());
    CHECK_FALSE(rig.controller.nextReadIn().has_value());
    const int polls = rig.source->polls;
    rig.clock.advance(60s);
    CHECK(rig.source->polls == polls);
}

TEST_CASE("A read begun before the agent's retry does not answer it", "[controller]")
{
    Rig rig;
    rig.onCall(RecordingState::Recording);
    rig.connect();
    REQUIRE(rig.awaitPoll()); // a read on its way when the agent (or a test) says "try now"
    rig.controller.retryNow();
    // It meets a refusal the server has since stopped giving: asked before the retry, it
    // decides nothing, and the read asked for by the retry follows at once.
    rig.source->failWith(ServerError::Kind::Forbidden);
    CHECK(rig.controller.snapshot().connection == ConnectionState::Connected);
    REQUIRE(rig.awaitPoll());
    rig.source->answer();
    CHECK(rig.controller.snapshot().connection == ConnectionState::Connected);
    // A read asked after the retry decides as always.
    REQUIRE(rig.awaitPoll());
    rig.source->failWith(ServerError::Kind::Forbidden);
    CHECK(rig.controller.snapshot().connection == ConnectionState::Refused);
}

TEST_CASE("The next read is due exactly one interval after the last answer", "[controller]")
{
    Rig rig;
    rig.onCall(RecordingState::Recording);
    rig.connect();
    CHECK(rig.controller.nextReadIn() == 20ms); // on a call
    rig.clock.advance(5ms);
    CHECK(rig.controller.nextReadIn() == 15ms);
    REQUIRE(rig.awaitPoll());
    CHECK_FALSE(rig.controller.nextReadIn().has_value()); // in flight
    CHECK(rig.controller.readsOnItsOwn());
    rig.source->state = {};
    rig.source->answer();
    CHECK(rig.controller.nextReadIn() == 2s); // idle
}

TEST_CASE("Lost during a call, the bar tries again sooner than when idle", "[controller]")
{
    Rig rig;
    rig.onCall(RecordingState::Recording);
    rig.connect();
    QList<qint64> gaps;
    for (int i = 0; i < 4; ++i) {
        REQUIRE(rig.awaitPoll());
        rig.source->failWith(ServerError::Kind::Timeout);
        CHECK(rig.controller.snapshot().recording == RecordingState::Unknown);
        gaps.append(rig.untilNextAttempt());
    }
    CHECK(gaps == QList<qint64>{20, 40, 40, 40}); // the on-call cap, not the idle one (80)
    // Back, and the call over: a later loss backs off as far as an idle bar does.
    REQUIRE(rig.awaitPoll());
    rig.source->state = {};
    rig.source->answer();
    REQUIRE(rig.controller.snapshot().connection == ConnectionState::Connected);
    gaps.clear();
    for (int i = 0; i < 4; ++i) {
        REQUIRE(rig.awaitPoll());
        rig.source->failWith(ServerError::Kind::Timeout);
        gaps.append(rig.untilNextAttempt());
    }
    CHECK(gaps == QList<qint64>{20, 40, 80, 80});
}

TEST_CASE("Auto-resume counts down from the confirmed pause and resumes", "[controller]")
{
    ControllerOptions timing = Rig::quick();
    timing.autoResume = 1s;
    Rig rig(timing);
    rig.onCall(RecordingState::Paused);
    rig.connect();
    rig.source->autoAnswer = true;
    const AgentSnapshot &s = rig.controller.snapshot();
    REQUIRE(s.blackout);
    CHECK(s.blackoutSince.msecsTo(s.autoResumeAt) == 1000);
    rig.clock.advance(999ms);
    CHECK(rig.control->sent.isEmpty());
    rig.clock.advance(1ms);
    REQUIRE_FALSE(rig.control->sent.isEmpty());
    CHECK(rig.control->sent.last().kind == CommandKind::Resume);
    CHECK(rig.control->sent.last().origin == QStringLiteral("auto-resume"));
}

TEST_CASE("Call data that breaks the rules never leaves the bar", "[controller]")
{
    Rig rig;
    rig.onCall(RecordingState::Recording);
    rig.connect();
    CHECK(rig.controller.request(CommandKind::Metadata,
                                 {{QStringLiteral("note"), QStringLiteral("a=b")}}) == 0);
    CHECK(rig.controller.snapshot().failure->message.contains(QStringLiteral("note")));
    CHECK(rig.controller.request(CommandKind::Metadata, {}) == 0);
    MetadataPairs eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append({QStringLiteral("k%1").arg(i), QStringLiteral("v")});
    CHECK(rig.controller.request(CommandKind::Metadata, eleven) == 0);
    CHECK(rig.control->sent.isEmpty());
    CHECK(rig.controller.request(CommandKind::Metadata,
                                 {{QStringLiteral("user1"), QStringLiteral("ok")}}) != 0);
    CHECK(rig.control->sent.size() == 1);
}

TEST_CASE("A password refused on one server of a split profile holds until the agent signs in",
          "[controller]")
{
    Rig rig;
    rig.onCall(RecordingState::Recording);
    rig.connect();
    REQUIRE(rig.awaitPoll());
    REQUIRE(rig.controller.request(CommandKind::Pause) != 0);
    rig.control->reject(ServerError::Kind::Unauthorized, 401);
    CHECK(rig.controller.snapshot().connection == ConnectionState::CredentialsRejected);
    // The call-state server (another one) answers the read that was on its way: still refused.
    rig.source->answer();
    CHECK(rig.controller.snapshot().connection == ConnectionState::CredentialsRejected);
    rig.source->inFlight = true;
    rig.source->failWith(ServerError::Kind::Timeout);
    CHECK(rig.controller.snapshot().connection == ConnectionState::CredentialsRejected);
    // Signing in again (or "try again") is what ends it.
    rig.controller.retryNow();
    REQUIRE(rig.awaitPoll());
    rig.source->answer();
    CHECK(rig.controller.snapshot().connection == ConnectionState::Connected);
}

namespace {

// A control whose server accepts first and does later, settled as its kind says.
class ProvisionalControl : public RecordingControl
{
public:
    bool settlesNow = false;
    Capabilities capabilities() const override { return Capabilities({CommandKind::Start}); }
    void execute(const Command &) override {}
    bool settles(const RecordingSight &, const RecordingSight &) const override
    {
        return settlesNow;
    }
};

} // namespace

TEST_CASE("An accepted command whose effect no state shows is settled as its kind says",
          "[controller]")
{
    ProvisionalControl control;
    CommandConfirmation confirmation;
    const Command start{1, CommandKind::Start, {}, QStringLiteral("bar")};
    ObservedState talking;
    talking.call = CallState::Talking;
    talking.recording = RecordingState::Unknown;

    // "Done" from the server: it stands where no state can show it.
    confirmation.asked({RecordingState::Off, CallState::Talking});
    confirmation.accepted(ControlResult{});
    CHECK(confirmation.verify(start, talking, RecordingState::Unknown, control) ==
          CommandConfirmation::Verdict::ByAnswer);
    CHECK(confirmation.effect(CommandKind::Start) == documentedEffect(CommandKind::Start));

    // "Accepted": only the change its kind names settles it.
    confirmation.asked({RecordingState::Off, CallState::Talking});
    confirmation.accepted(ControlResult{.provisional = true, .requestId = QStringLiteral("r1")});
    CHECK(confirmation.requestId() == QStringLiteral("r1"));
    CHECK(confirmation.verify(start, talking, RecordingState::Unknown, control) ==
          CommandConfirmation::Verdict::NotYet);
    control.settlesNow = true;
    CHECK(confirmation.verify(start, talking, RecordingState::Unknown, control) ==
          CommandConfirmation::Verdict::ByAnswer);
    // A state that shows it decides, whatever the kind says; a call that ended contradicts it.
    CHECK(confirmation.verify(start, talking, RecordingState::Off, control) ==
          CommandConfirmation::Verdict::NotYet);
    ObservedState ended;
    CHECK(confirmation.verify(start, ended, RecordingState::Off, control) ==
          CommandConfirmation::Verdict::Contradicted);
}

TEST_CASE("A call the status said was not recorded, and then cannot tell, is unknown",
          "[controller]")
{
    Rig rig;
    rig.onCall(RecordingState::Off);
    rig.connect();
    CHECK(rig.controller.snapshot().recording == RecordingState::Off);
    // On hold the status cannot tell either (Finesse on a held call): the last word stands.
    REQUIRE(rig.awaitPoll());
    rig.source->state.call = CallState::Held;
    rig.source->state.recording = RecordingState::Unknown;
    rig.source->answer();
    CHECK(rig.controller.snapshot().recording == RecordingState::Off);
    // Talking again, and still no word (someone else, a supervisor, started the recording and
    // Finesse stopped offering the start): "not recording" is no longer what the server says.
    REQUIRE(rig.awaitPoll());
    rig.source->state.call = CallState::Talking;
    rig.source->answer();
    CHECK(rig.controller.snapshot().recording == RecordingState::Unknown);
}
