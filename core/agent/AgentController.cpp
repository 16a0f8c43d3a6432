#include "AgentController.h"

#include "CallView.h"
#include "Logging.h"
#include "domain/MetadataRules.h"

namespace recbar {

using namespace std::chrono_literals;

AgentController::AgentController(std::unique_ptr<CallStateSource> source,
                                 std::unique_ptr<RecordingControl> control,
                                 ControllerOptions options, QString serverLabel, Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_source(std::move(source))
    , m_control(std::move(control))
    , m_options(options)
    , m_backoff(options.backoffInitial)
    , m_evidence(options.recordingFromControl)
{
    m_snapshot.server = std::move(serverLabel);
    m_snapshot.capabilities = m_control->capabilities();

    connect(&m_staleTimer, &ClockTimer::timeout, this, [this] {
        // No read has finished for longer than one may take: what is shown is no longer known.
        qCInfo(lcAgent) << "no status for" << m_snapshot.confirmedAt.secsTo(m_clock.now()) << "s";
        loseState(ServerError{.kind = ServerError::Kind::Timeout});
    });
    connect(&m_pollTimer, &ClockTimer::timeout, this, &AgentController::poll);
    connect(&m_confirmTimer, &ClockTimer::timeout, this, &AgentController::onConfirmDeadline);
    connect(&m_autoResumeTimer, &ClockTimer::timeout, this, [this] {
        if (!request(CommandKind::Resume, {}, CommandOrigin::kAutoResume))
            m_autoResumeTimer.start(timing::kAutoResumeRetry); // busy or reconnecting
    });
    connect(m_source.get(), &CallStateSource::polled, this, &AgentController::onPolled);
    connect(m_source.get(), &CallStateSource::pollFailed, this, &AgentController::onPollFailed);
    connect(m_source.get(), &CallStateSource::pushed, this, &AgentController::onPushed);
    connect(m_source.get(), &CallStateSource::pushCurrent, this, &AgentController::onPushCurrent);
    connect(m_source.get(), &CallStateSource::pushedFailure, this,
            &AgentController::onPushedFailure);
    connect(m_source.get(), &CallStateSource::readNeeded, this, [this] { schedulePoll(0ms); });
    connect(m_source.get(), &CallStateSource::deliveryChanged, this,
            &AgentController::onDeliveryChanged);
    m_snapshot.delivery = m_source->delivery();
    connect(m_control.get(), &RecordingControl::executed, this, &AgentController::onExecuted);
    connect(m_control.get(), &RecordingControl::capabilitiesChanged, this, [this] {
        m_snapshot.capabilities = m_control->capabilities();
        publish();
    });
    connect(&m_network, &NetworkWatch::online, this, [this] {
        if (m_snapshot.connection == ConnectionState::Reconnecting)
            retryNow(); // the network is back: the back-off need not run out
    });
}

AgentController::~AgentController() = default;

void AgentController::start()
{
    m_running = true;
    m_backoff.reset();
    setConnection(ConnectionState::Connecting);
    publish();
    m_control->start();
    poll(); // at once: a timer would let queued work (a settings write) go before the first state
}

void AgentController::signOut()
{
    m_running = false;
    m_source->stop();
    m_pollTimer.stop();
    m_confirmTimer.stop();
    m_autoResumeTimer.stop();
    m_staleTimer.stop();
    AgentSnapshot signedOut;
    signedOut.server = m_snapshot.server;
    signedOut.capabilities = m_snapshot.capabilities;
    signedOut.delivery = m_source->delivery();
    m_snapshot = signedOut;
    publish();
}

void AgentController::retryNow()
{
    if (!m_running)
        return;
    m_backoff.reset();
    if (m_snapshot.connection != ConnectionState::Connected)
        setConnection(ConnectionState::Connecting);
    // A read already on its way was asked before this try: its failure does not answer it.
    m_retryFromPoll = m_pollSequence + 1;
    publish();
    schedulePoll(0ms);
}

void AgentController::signInEnded(const ServerError &why)
{
    if (m_running && !m_snapshot.waitsForAgent())
        loseState(why);
}

// Status reads ----------------------------------------------------------------------------

void AgentController::schedulePoll(std::chrono::milliseconds delay)
{
    if (!m_running)
        return;
    if (m_pollInFlight) {
        if (delay == delay.zero())
            m_pollAgain = true;
        return;
    }
    if (!m_pollTimer.isActive() || m_pollTimer.remainingTime() > delay)
        m_pollTimer.start(delay);
}

void AgentController::poll()
{
    if (!m_running || m_pollInFlight)
        return;
    m_pollInFlight = true;
    m_pollAgain = false;
    ++m_pollSequence;
    m_source->poll();
}

void AgentController::onPolled(const ObservedState &observed)
{
    m_pollInFlight = false;
    if (!m_running)
        return;
    accept(observed, m_pollSequence >= m_confirmFromPoll);
    if (!m_snapshot.waitsForAgent())
        schedulePoll(m_pollAgain ? 0ms : nextPollInterval());
}

void AgentController::onPushed(const ObservedState &observed)
{
    if (m_running)
        accept(observed, true);
}

void AgentController::onPushCurrent()
{
    // Events arrive in order: the state last pushed or read is still the server's.
    if (!m_running || !m_snapshot.isConnected())
        return;
    m_snapshot.confirmedAt = m_clock.now();
    m_staleTimer.start(nextPollInterval() + m_options.requestTimeout);
    publish();
}

void AgentController::onPushedFailure(const QString &requestId, const QString &message)
{
    if (!m_running || !m_snapshot.pending || !m_snapshot.pending->accepted ||
        m_confirmation.requestId().isEmpty() || m_confirmation.requestId() != requestId)
        return;
    const Command command = m_snapshot.pending->command;
    fail(command, tr("%1 failed: %2").arg(CommandText::label(command.kind), message));
    publish();
}

void AgentController::onDeliveryChanged()
{
    m_snapshot.delivery = m_source->delivery();
    qCInfo(lcAgent) << "call state delivery:" << int(m_snapshot.delivery.mode)
                    << m_snapshot.delivery.detail;
    publish();
    // Live again: events may have been missed before the subscription; lost: events may be
    // missed from now on. Either way only a read tells the state now, and sets the next one.
    if (m_snapshot.delivery.mode == StateDelivery::Mode::Pushed ||
        m_snapshot.delivery.mode == StateDelivery::Mode::Fallback)
        schedulePoll(0ms);
}

std::chrono::milliseconds AgentController::nextPollInterval() const
{
    const bool waiting = m_snapshot.pending && m_snapshot.pending->accepted;
    const std::chrono::milliseconds wanted =
        m_snapshot.delivery.mode == StateDelivery::Mode::Pushed ? m_options.reconcile
        : waiting             ? std::min(m_options.pollOnCall, timing::kPollWhileConfirming)
        : m_snapshot.onCall() ? m_options.pollOnCall
                              : m_options.pollIdle;
    return std::max(m_source->minimumInterval(), wanted);
}

void AgentController::accept(const ObservedState &observed, bool mayConfirm)
{
    // Waiting for the agent (a password, a trust decision): a read that was on its way, or
    // one from the other server of a split profile, does not end that wait.
    if (m_snapshot.waitsForAgent())
        return;
    m_backoff.reset();
    m_connectionError = ServerError();
    setConnection(ConnectionState::Connected);
    applyObserved(observed);
    m_lastObserved = observed;

    if (m_snapshot.pending && m_snapshot.pending->accepted && mayConfirm) {
        const Command command = m_snapshot.pending->command;
        switch (m_confirmation.verify(command, observed, m_evidence.seen(), *m_control)) {
        case CommandConfirmation::Verdict::Confirmed:
            finishPending(true, m_confirmation.note());
            break;
        case CommandConfirmation::Verdict::ByAnswer:
            // The status cannot show this; the server's "done" is the confirmation.
            settleByAnswer(command);
            finishPending(true, m_confirmation.note());
            break;
        case CommandConfirmation::Verdict::Contradicted:
            fail(command, tr("%1 failed: the call ended before the server confirmed it")
                              .arg(CommandText::label(command.kind)));
            break;
        case CommandConfirmation::Verdict::NotYet:
            break;
        }
    }
    updateAutoResume();
    startIfAlwaysOn();
    publish();
    m_staleTimer.start(nextPollInterval() + m_options.requestTimeout);
}

void AgentController::onPollFailed(const ServerError &error)
{
    m_pollInFlight = false;
    if (!m_running || m_snapshot.waitsForAgent())
        return;
    if (m_pollSequence < m_retryFromPoll) {
        qCInfo(lcAgent) << "a read from before the retry failed:" << error.describe();
        schedulePoll(0ms);
        return;
    }
    loseState(error);
}

void AgentController::loseState(const ServerError &error)
{
    m_staleTimer.stop();
    m_connectionError = error;
    qCInfo(lcAgent) << "status read failed:" << error.describe();

    if (!m_backoff.backingOff())
        m_lostOnCall = m_snapshot.onCall();
    m_snapshot.forgetCall();

    if (const std::optional<ConnectionState> waiting = error.waitsForAgentAs()) {
        m_pollTimer.stop(); // nothing is read by itself while the agent is asked
        // An ended sign-in opens nothing more: the push connection would retry with it.
        if (error.recovery() == ServerError::Recovery::SignInAgain)
            m_source->stop();
        setConnection(*waiting, error.describe());
        // A pending command cannot be confirmed any more.
        if (m_snapshot.pending)
            fail(m_snapshot.pending->command, error.describe());
        publish();
        return;
    }
    m_network.start();
    const auto wait =
        m_backoff.next(m_lostOnCall ? m_options.backoffOnCallMax : m_options.backoffMax);
    setConnection(ConnectionState::Reconnecting, error.describe());
    m_snapshot.nextAttemptAt = m_clock.now().addMSecs(wait.count());
    publish();
    schedulePoll(wait);
}

void AgentController::applyObserved(const ObservedState &o)
{
    if (m_evidence.follow(o))
        m_control->callChanged(o.callId);
    CallView::show(o, m_snapshot, m_clock.now());
    m_evidence.observe(o, m_snapshot, m_clock.now());
}

void AgentController::startIfAlwaysOn()
{
    const AgentSnapshot &s = m_snapshot;
    if (!m_options.autoStart || s.call != CallState::Talking || s.pending ||
        s.callId == m_autoStartedCall)
        return;
    if (s.recording == RecordingState::Recording || s.recording == RecordingState::Paused)
        return;
    // Once per call: if the agent stops it, it stays stopped.
    m_autoStartedCall = s.callId;
    request(CommandKind::Start, {}, CommandOrigin::kAlwaysOn);
}

// A command whose effect no status read shows: what it did to this call is what the server's
// answer (and the command's documented effect) says.
void AgentController::settleByAnswer(const Command &command)
{
    m_evidence.settle(command.kind, m_confirmation.effect(command.kind), m_snapshot, m_clock.now());
}

// Commands -------------------------------------------------------------------------------

Availability AgentController::availability(CommandKind kind) const
{
    return CommandAvailability::of(kind, m_snapshot);
}

QString AgentController::callDataProblem(const MetadataPairs &metadata) const
{
    const QString shared = MetadataRules::firstProblem(metadata);
    return shared.isEmpty() ? m_control->metadataProblem(metadata) : shared;
}

quint64 AgentController::request(CommandKind kind, const MetadataPairs &metadata,
                                 const QString &origin)
{
    Command command{m_nextCommandId++, kind, metadata, origin};
    emit commandRequested(command);
    Availability allowed = availability(kind);
    if (allowed.allowed && kind == CommandKind::Metadata) {
        // Whatever asks (bar, tray, ctl), call data that breaks the rules never leaves the bar.
        if (const QString problem = callDataProblem(metadata); !problem.isEmpty())
            allowed = {false, problem};
    }
    if (!allowed.allowed) {
        // Refused here is reported like any failure: the agent must not wonder.
        qCInfo(lcAgent) << CommandText::name(kind) << "from" << origin
                        << "refused:" << allowed.reason;
        fail(command, tr("%1: %2").arg(CommandText::label(kind), allowed.reason));
        publish();
        return 0;
    }
    qCInfo(lcAgent) << CommandText::name(kind) << "from" << origin << "sent as" << command.id;
    m_snapshot.pending = PendingCommand{command, m_clock.now(), false};
    m_snapshot.failure.reset();
    m_confirmation.asked(m_evidence.sight(m_snapshot.call));
    publish();
    m_control->execute(command);
    return command.id;
}

void AgentController::onExecuted(const Command &command, const ControlResult &result)
{
    if (!m_snapshot.pending || m_snapshot.pending->command.id != command.id)
        return; // signed out or superseded meanwhile
    const ServerError &error = result.error;
    if (!error.ok()) {
        qCInfo(lcAgent) << CommandText::name(command.kind) << command.id
                        << "failed:" << error.describe();
        if (result.recording)
            m_evidence.refuted(*result.recording, m_snapshot);
        fail(command, tr("%1 failed: %2").arg(CommandText::label(command.kind), error.describe()));
        if (error.refusesWhoAsks())
            loseState(error);
        else
            schedulePoll(0ms); // learn the true state now, including whether the server is there
        publish();
        return;
    }
    m_snapshot.pending->accepted = true;
    m_confirmation.accepted(result);
    if (m_options.recordingFromControl && !result.provisional) {
        // No status read can show this server's recording: its answer is the confirmation.
        settleByAnswer(command);
        updateAutoResume();
        finishPending(true, result.note);
        publish();
        schedulePoll(0ms);
        return;
    }
    // Only a status read sent after the acceptance may confirm it.
    m_confirmFromPoll = m_pollSequence + 1;
    m_confirmTimer.start(m_options.confirmTimeout);
    if (m_snapshot.delivery.mode == StateDelivery::Mode::Pushed) {
        // The change comes as an event; it may already have come, before the answer.
        accept(m_lastObserved, true);
        return;
    }
    publish();
    schedulePoll(0ms);
}

void AgentController::onConfirmDeadline()
{
    if (!m_snapshot.pending || !m_snapshot.pending->accepted)
        return;
    const Command command = m_snapshot.pending->command;
    const QString state = m_snapshot.isConnected()
                              ? SnapshotText::recording(m_snapshot)
                              : SnapshotText::connection(m_snapshot.connection);
    fail(command, tr("%1: the server accepted it, but its state did not change (%2)")
                      .arg(CommandText::label(command.kind), state));
    schedulePoll(0ms);
    publish();
}

void AgentController::finishPending(bool succeeded, const QString &message)
{
    const quint64 id = m_snapshot.pending ? m_snapshot.pending->command.id : 0;
    m_snapshot.pending.reset();
    m_confirmTimer.stop();
    if (id)
        emit commandFinished(id, succeeded, message);
}

void AgentController::fail(const Command &command, const QString &message)
{
    m_snapshot.failure = CommandFailure{command, message, m_clock.now()};
    if (m_snapshot.pending && m_snapshot.pending->command.id == command.id)
        finishPending(false, message);
    else if (command.id)
        emit commandFinished(command.id, false, message);
}

void AgentController::dismissFailure()
{
    if (!m_snapshot.failure)
        return;
    m_snapshot.failure.reset();
    publish();
}

void AgentController::updateAutoResume()
{
    if (m_options.autoResume <= m_options.autoResume.zero() || !m_snapshot.blackout ||
        !m_snapshot.blackoutSince.isValid()) {
        m_snapshot.autoResumeAt = {};
        m_autoResumeTimer.stop();
        return;
    }
    const QDateTime due = m_snapshot.blackoutSince.addSecs(m_options.autoResume.count());
    if (m_snapshot.autoResumeAt == due && m_autoResumeTimer.isActive())
        return;
    m_snapshot.autoResumeAt = due;
    m_autoResumeTimer.start(std::chrono::milliseconds(m_clock.now().msecsTo(due)));
}

void AgentController::setConnection(ConnectionState state, const QString &detail)
{
    m_snapshot.connection = state;
    m_snapshot.connectionDetail = detail;
    if (state != ConnectionState::Reconnecting)
        m_snapshot.nextAttemptAt = {};
}

void AgentController::publish()
{
    emit changed(m_snapshot);
}

} // namespace recbar
