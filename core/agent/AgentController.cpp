#include "AgentController.h"

#include "Logging.h"
#include "domain/DisplayText.h"
#include "domain/MetadataRules.h"

#include <QLocale>
#include <QNetworkInformation>

namespace recbar {

namespace {

bool recordingOn(std::optional<RecordingState> state)
{
    return state == RecordingState::Recording || state == RecordingState::Paused;
}

bool known(std::optional<RecordingState> state)
{
    return state && *state != RecordingState::Unknown;
}

// What a command does to the recording when its server's answer says no more than "done".
RecordingEffect defaultEffect(CommandKind kind)
{
    switch (kind) {
    case CommandKind::Start:
    case CommandKind::StartSegment:
    case CommandKind::Tag:
        return RecordingEffect::StartsIfOff;
    case CommandKind::Restart:
        return RecordingEffect::Recording;
    case CommandKind::Stop:
    case CommandKind::StopSegment:
    case CommandKind::Delete:
    case CommandKind::Logout:
        return RecordingEffect::Off;
    case CommandKind::Pause:
        return RecordingEffect::PausesIfOn;
    case CommandKind::Resume:
        return RecordingEffect::ResumesIfPaused;
    default:
        return RecordingEffect::Unchanged;
    }
}

} // namespace

AgentController::AgentController(std::unique_ptr<CallStateSource> source,
                                 std::unique_ptr<RecordingControl> control,
                                 ControllerOptions options, QString serverLabel, Clock &clock,
                                 QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_source(std::move(source))
    , m_control(std::move(control))
    , m_options(options)
{
    m_snapshot.server = std::move(serverLabel);
    m_snapshot.capabilities = m_control->capabilities();

    connect(&m_staleTimer, &ClockTimer::timeout, this, [this] {
        // No read has finished for longer than one may take: what is shown is no longer known.
        ServerError stale;
        stale.kind = ServerError::Kind::Timeout;
        qCInfo(lcAgent) << "no status for" << m_snapshot.confirmedAt.secsTo(m_clock.now()) << "s";
        loseState(stale);
    });
    connect(&m_pollTimer, &ClockTimer::timeout, this, &AgentController::poll);
    connect(&m_confirmTimer, &ClockTimer::timeout, this, &AgentController::onConfirmDeadline);
    connect(&m_autoResumeTimer, &ClockTimer::timeout, this, [this] {
        if (!request(CommandKind::Resume, {}, QStringLiteral("auto-resume")))
            m_autoResumeTimer.start(timing::kAutoResumeRetry.count()); // busy or reconnecting
    });
    connect(m_source.get(), &CallStateSource::polled, this, &AgentController::onPolled);
    connect(m_source.get(), &CallStateSource::pollFailed, this, &AgentController::onPollFailed);
    connect(m_source.get(), &CallStateSource::pushed, this, &AgentController::onPushed);
    connect(m_source.get(), &CallStateSource::pushCurrent, this, &AgentController::onPushCurrent);
    connect(m_source.get(), &CallStateSource::pushedFailure, this,
            &AgentController::onPushedFailure);
    connect(m_source.get(), &CallStateSource::readNeeded, this, [this] { schedulePoll(0); });
    connect(m_source.get(), &CallStateSource::deliveryChanged, this,
            &AgentController::onDeliveryChanged);
    m_snapshot.delivery = m_source->delivery();
    connect(m_control.get(), &RecordingControl::executed, this, &AgentController::onExecuted);
    connect(m_control.get(), &RecordingControl::capabilitiesChanged, this, [this] {
        m_snapshot.capabilities = m_control->capabilities();
        publish();
    });
}

// Loading the system's network information backend costs start-up time (a plugin and GLib);
// it is only needed once a connection has been lost, to retry the moment the network is back.
void AgentController::watchNetwork()
{
    if (m_watchingNetwork)
        return;
    m_watchingNetwork = true;
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    // The network came back: do not wait for the backoff.
                    if (reachability == QNetworkInformation::Reachability::Online &&
                        m_snapshot.connection == ConnectionState::Reconnecting)
                        retryNow();
                });
    }
}

AgentController::~AgentController() = default;

void AgentController::start()
{
    m_running = true;
    m_backoffMs = 0;
    setConnection(ConnectionState::Connecting);
    publish();
    m_control->start();
    schedulePoll(0);
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
    m_backoffMs = 0;
    if (m_snapshot.connection != ConnectionState::Connected)
        setConnection(ConnectionState::Connecting);
    publish();
    schedulePoll(0);
}

// Status reads ----------------------------------------------------------------------------

void AgentController::schedulePoll(int delayMs)
{
    if (!m_running)
        return;
    if (m_pollInFlight) {
        if (delayMs == 0)
            m_pollAgain = true;
        return;
    }
    if (!m_pollTimer.isActive() || m_pollTimer.remainingTime() > delayMs)
        m_pollTimer.start(delayMs);
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
    if (!waitsForAgent())
        schedulePoll(m_pollAgain ? 0 : nextPollMs());
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
    m_staleTimer.start(nextPollMs() + m_options.requestTimeoutMs);
    publish();
}

void AgentController::onPushedFailure(const QString &requestId, const QString &message)
{
    if (!m_running || !m_snapshot.pending || !m_snapshot.pending->accepted ||
        m_pendingRequestId.isEmpty() || m_pendingRequestId != requestId)
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
        schedulePoll(0);
}

int AgentController::nextPollMs() const
{
    const bool waiting = m_snapshot.pending && m_snapshot.pending->accepted;
    const int wanted =
        m_snapshot.delivery.mode == StateDelivery::Mode::Pushed ? m_options.reconcileMs
        : waiting ? std::min(m_options.pollOnCallMs, int(timing::kPollWhileConfirming.count()))
        : m_snapshot.onCall() ? m_options.pollOnCallMs
                              : m_options.pollIdleMs;
    return std::max(m_source->minimumIntervalMs(), wanted);
}

void AgentController::accept(const ObservedState &observed, bool mayConfirm)
{
    // Waiting for the agent (a password, a trust decision): a read that was on its way, or
    // one from the other server of a split profile, does not end that wait.
    if (waitsForAgent())
        return;
    m_backoffMs = 0;
    m_connectionError = ServerError();
    setConnection(ConnectionState::Connected);
    applyObserved(observed);
    m_lastObserved = observed;

    if (m_snapshot.pending && m_snapshot.pending->accepted && mayConfirm) {
        const Command command = m_snapshot.pending->command;
        switch (verify(command, observed)) {
        case Verdict::Confirmed:
            finishPending(true, m_pendingNote);
            break;
        case Verdict::ByAnswer:
            // The status cannot show this; the server's "done" is the confirmation.
            settleByAnswer(command);
            finishPending(true, m_pendingNote);
            break;
        case Verdict::Contradicted:
            fail(command, tr("%1 failed: the call ended before the server confirmed it")
                              .arg(CommandText::label(command.kind)));
            break;
        case Verdict::NotYet:
            break;
        }
    }
    updateAutoResume();
    startIfAlwaysOn();
    publish();
    m_staleTimer.start(nextPollMs() + m_options.requestTimeoutMs);
}

void AgentController::onPollFailed(const ServerError &error)
{
    m_pollInFlight = false;
    if (!m_running || waitsForAgent())
        return;
    loseState(error);
}

void AgentController::loseState(const ServerError &error)
{
    m_staleTimer.stop();
    m_connectionError = error;
    qCInfo(lcAgent) << "status read failed:" << error.describe();

    if (m_backoffMs == 0)
        m_lostOnCall = m_snapshot.onCall();
    // What the server has not just confirmed is not shown as known; the last call it did
    // confirm is kept as that, and nothing more.
    AgentSnapshot &s = m_snapshot;
    if (s.isConnected() && s.onCall())
        s.lastKnownCall =
            LastKnownCall{s.call, s.callId, s.direction, s.remoteNumber, s.confirmedAt};
    else if (s.isConnected())
        s.lastKnownCall.reset();
    s.call = CallState::None;
    s.callId.clear();
    s.direction = Direction::Unknown;
    s.remoteNumber.clear();
    s.dialedNumber.clear();
    s.callStartedAt = {};
    s.recording = RecordingState::Unknown;
    s.recordingBasis.clear();
    s.duplicateRecording = false;
    s.screenRecording = false;
    s.otherCalls = 0;
    s.metadata.clear();

    switch (error.recovery()) {
    case ServerError::Recovery::AskForPassword:
        setConnection(ConnectionState::CredentialsRejected, error.describe());
        break;
    case ServerError::Recovery::AskAboutCertificate:
        setConnection(error.kind == ServerError::Kind::CertificateChanged
                          ? ConnectionState::CertificateChanged
                          : ConnectionState::CertificateUntrusted,
                      error.describe());
        break;
    case ServerError::Recovery::Refused:
        setConnection(ConnectionState::Refused, error.describe());
        break;
    case ServerError::Recovery::None:
    case ServerError::Recovery::RetryWithBackoff: {
        watchNetwork();
        m_backoffMs =
            std::min(m_backoffMs == 0 ? m_options.backoffInitialMs : m_backoffMs * 2,
                     m_lostOnCall ? m_options.backoffOnCallMaxMs : m_options.backoffMaxMs);
        setConnection(ConnectionState::Reconnecting, error.describe());
        m_snapshot.nextAttemptAt = m_clock.now().addMSecs(m_backoffMs);
        publish();
        schedulePoll(m_backoffMs);
        return;
    }
    }
    // Waiting for the agent: a pending command cannot be confirmed any more.
    if (m_snapshot.pending)
        fail(m_snapshot.pending->command, error.describe());
    publish();
}

void AgentController::applyObserved(const ObservedState &o)
{
    AgentSnapshot &s = m_snapshot;
    const bool sameCall = s.callId == o.callId && !o.callId.isEmpty();
    if (o.callId != m_commandState.callId) {
        // Another call (or none): what commands established belongs to the last one.
        m_commandState = {o.callId,
                          o.call == CallState::None ? RecordingState::Off : RecordingState::Unknown,
                          {}};
        m_control->callChanged(o.callId);
    }
    // What the server says is shown as it is stored: never reordered by what it carries.
    s.agentName = DisplayText::visible(o.agentName);
    s.extension = DisplayText::number(o.extension);
    s.call = o.call;
    s.callId = o.callId;
    s.direction = o.direction;
    s.remoteNumber = DisplayText::number(o.remoteNumber);
    s.dialedNumber = DisplayText::number(o.dialedNumber);
    s.otherCalls = o.otherCalls;
    s.lastKnownCall.reset();
    if (o.call == CallState::None)
        s.callStartedAt = {};
    else if (o.callStartedAt.isValid())
        s.callStartedAt = o.callStartedAt;
    else if (!sameCall)
        s.callStartedAt =
            m_clock.now(); // the source does not say; the first sight is the best we know
    s.duplicateRecording = o.duplicateRecording;
    s.screenRecording = o.screenRecording;
    s.metadata = o.metadata;
    s.confirmedAt = m_clock.now();
    applyRecording(o);
}

void AgentController::applyRecording(const ObservedState &o)
{
    AgentSnapshot &s = m_snapshot;
    // A source of another kind reports (if anything) another recorder's recordings.
    m_seenRecording = m_options.recordingFromControl ? std::nullopt : o.recording;
    m_seenNote = m_options.recordingFromControl ? QString() : o.recordingNote;
    m_blackoutSeen = !m_options.recordingFromControl && o.blackout.has_value();
    if (m_blackoutSeen) {
        if (*o.blackout && !s.blackout)
            s.blackoutSince = m_clock.now();
        s.blackout = *o.blackout;
        m_blackoutBasis.clear();
    }
    if (s.onCall() && known(m_seenRecording)) {
        // The status shows it: that is what this call's state is now.
        m_commandState.recording = *m_seenRecording;
        m_commandState.basis.clear();
    }
    showRecording();
}

// What the bar shows of the recording: the status read's word where it has one, else what
// commands established for this call, else unknown with the reason.
void AgentController::showRecording()
{
    AgentSnapshot &s = m_snapshot;
    if (!s.onCall()) {
        s.recording = RecordingState::Off;
        s.recordingBasis.clear();
    } else if (known(m_seenRecording)) {
        s.recording = *m_seenRecording;
        s.recordingBasis.clear();
    } else {
        s.recording = m_commandState.recording;
        s.recordingBasis = m_commandState.basis;
        if (s.recording == RecordingState::Unknown)
            s.recordingBasis =
                !m_seenNote.isEmpty()
                    ? m_seenNote
                    : tr("This server does not report whether the call is recorded; RecBar "
                         "shows what the answers to your commands say");
    }
    if (m_options.recordingFromControl) {
        // The control's pause is the only one there is.
        const bool paused = s.recording == RecordingState::Paused;
        if (paused && !s.blackout)
            s.blackoutSince = m_clock.now();
        s.blackout = paused;
    }
    if (!s.blackout)
        s.blackoutSince = {};
    // A blackout the server's status cannot show (the documents show only "Recording") still
    // pauses the recording of this call.
    if (s.blackout && s.recording == RecordingState::Recording && !m_blackoutSeen) {
        s.recording = RecordingState::Paused;
        if (s.recordingBasis.isEmpty())
            s.recordingBasis = m_blackoutBasis;
    }
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
    request(CommandKind::Start, {}, QStringLiteral("always-on"));
}

AgentController::Verdict AgentController::verify(const Command &command,
                                                 const ObservedState &o) const
{
    const auto when = [](bool condition) {
        return condition ? Verdict::Confirmed : Verdict::NotYet;
    };
    const std::optional<RecordingState> seen = m_seenRecording;
    // The status cannot tell: a server's "done" stands; an "accepted" waits for a change.
    const auto unseen = [&]() {
        if (!m_pendingProvisional)
            return Verdict::ByAnswer;
        // Accepted before, offered then, no longer offered now (and the agent still talking):
        // that change is the outcome.
        const bool offerGone = m_seenAtRequest == RecordingState::Off &&
                               seen == RecordingState::Unknown && o.call == CallState::Talking;
        return offerGone ? Verdict::ByAnswer : Verdict::NotYet;
    };
    switch (command.kind) {
    case CommandKind::Start:
    case CommandKind::StartSegment:
    case CommandKind::Restart:
        if (o.call == CallState::None)
            return Verdict::Contradicted;
        if (known(seen))
            return when(recordingOn(seen));
        return unseen();
    case CommandKind::Stop:
    case CommandKind::StopSegment:
    case CommandKind::Delete:
    case CommandKind::Logout:
        if (o.call == CallState::None || seen == RecordingState::Off)
            return Verdict::Confirmed;
        if (known(seen))
            return Verdict::NotYet;
        return unseen();
    case CommandKind::Pause:
        if (o.blackout)
            return when(*o.blackout);
        return seen == RecordingState::Paused ? Verdict::Confirmed : unseen();
    case CommandKind::Resume:
        // "Recording" from a status that never shows a blackout proves nothing about one.
        if (o.blackout)
            return when(!*o.blackout);
        return unseen();
    case CommandKind::Metadata:
        if (o.call == CallState::None)
            return Verdict::Contradicted;
        for (const auto &[name, value] : command.metadata) {
            // The state names call data as the profile does ("account"), whatever key the
            // command used for it ("user1").
            const QString key = m_control->callDataName(name);
            if (value.isEmpty() ? o.metadata.contains(key) : o.metadata.value(key) != value)
                return Verdict::NotYet;
        }
        return Verdict::Confirmed;
    case CommandKind::StartDuplicate:
        return when(o.duplicateRecording);
    case CommandKind::StopDuplicate:
        return when(!o.duplicateRecording);
    case CommandKind::StartScreen:
        return when(o.screenRecording);
    case CommandKind::StopScreen:
        return when(!o.screenRecording);
    case CommandKind::Tag:
    case CommandKind::Login:
        return Verdict::ByAnswer; // nothing a status read shows: the server's yes stands
    }
    return Verdict::NotYet;
}

// A command whose effect no status read shows: what it did to this call is what the server's
// answer (and the command's documented effect) says.
void AgentController::settleByAnswer(const Command &command)
{
    AgentSnapshot &s = m_snapshot;
    const QString at = QLocale().toString(m_clock.now().toLocalTime().time(), QLocale::ShortFormat);
    const QString basis =
        tr("Confirmed by the server's answer to “%1” at %2; its status does not show this")
            .arg(CommandText::label(command.kind), at);
    const bool pauseOrResume =
        command.kind == CommandKind::Pause || command.kind == CommandKind::Resume;
    if (pauseOrResume && !m_options.recordingFromControl && !m_blackoutSeen) {
        // The Recording API's pause is the agent's blackout, between calls too.
        const bool pause = command.kind == CommandKind::Pause;
        if (pause && !s.blackout)
            s.blackoutSince = m_clock.now();
        s.blackout = pause;
        m_blackoutBasis = pause ? basis : QString();
    }
    const RecordingEffect effect = m_pendingEffect.value_or(defaultEffect(command.kind));
    if (effect != RecordingEffect::Unchanged && s.onCall()) {
        m_commandState.callId = s.callId;
        m_commandState.recording = recordingAfter(effect, s.recording);
        m_commandState.basis = basis;
    }
    showRecording();
}

// Commands -------------------------------------------------------------------------------

Availability AgentController::availability(CommandKind kind) const
{
    return CommandAvailability::of(kind, m_snapshot);
}

QString AgentController::callDataProblem(const MetadataPairs &metadata) const
{
    if (metadata.isEmpty())
        return tr("There is no call data to send");
    const QList<MetadataRules::Problem> problems = MetadataRules::check(metadata);
    if (!problems.isEmpty())
        return problems.first().row >= 0 ? tr("%1: %2").arg(metadata[problems.first().row].first,
                                                            problems.first().message)
                                         : problems.first().message;
    return m_control->metadataProblem(metadata);
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
    m_pendingEffect.reset();
    m_pendingProvisional = false;
    m_pendingRequestId.clear();
    m_seenAtRequest = m_seenRecording;
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
        if (result.recording && m_snapshot.onCall()) {
            // The refusal itself says what the bar believed was wrong (Imagicle's 409 for an
            // id that is not live): the state is known no more.
            m_commandState.recording = recordingAfter(*result.recording, m_commandState.recording);
            m_commandState.basis.clear();
            if (!known(m_seenRecording)) {
                m_snapshot.recording = m_commandState.recording;
                m_snapshot.recordingBasis.clear();
            }
        }
        fail(command, tr("%1 failed: %2").arg(CommandText::label(command.kind), error.describe()));
        if (error.kind == ServerError::Kind::Unauthorized)
            loseState(error);
        else
            schedulePoll(0); // learn the true state now, including whether the server is there
        publish();
        return;
    }
    m_snapshot.pending->accepted = true;
    m_pendingEffect = result.recording;
    m_pendingProvisional = result.provisional;
    m_pendingRequestId = result.requestId;
    if (m_options.recordingFromControl && !result.provisional) {
        // No status read can show this server's recording: its answer is the confirmation.
        settleByAnswer(command);
        updateAutoResume();
        finishPending(true, result.note);
        publish();
        schedulePoll(0);
        return;
    }
    // Only a status read sent after the acceptance may confirm it.
    m_confirmFromPoll = m_pollSequence + 1;
    m_confirmTimer.start(m_options.confirmTimeoutMs);
    m_pendingNote = result.note;
    if (m_snapshot.delivery.mode == StateDelivery::Mode::Pushed) {
        // The change comes as an event; it may already have come, before the answer.
        accept(m_lastObserved, true);
        return;
    }
    publish();
    schedulePoll(0);
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
    schedulePoll(0);
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
    if (m_options.autoResumeSec <= 0 || !m_snapshot.blackout ||
        !m_snapshot.blackoutSince.isValid()) {
        m_snapshot.autoResumeAt = {};
        m_autoResumeTimer.stop();
        return;
    }
    const QDateTime due = m_snapshot.blackoutSince.addSecs(m_options.autoResumeSec);
    if (m_snapshot.autoResumeAt == due && m_autoResumeTimer.isActive())
        return;
    m_snapshot.autoResumeAt = due;
    m_autoResumeTimer.start(std::max<qint64>(0, m_clock.now().msecsTo(due)));
}

bool AgentController::waitsForAgent() const
{
    switch (m_snapshot.connection) {
    case ConnectionState::CredentialsRejected:
    case ConnectionState::CertificateUntrusted:
    case ConnectionState::CertificateChanged:
    case ConnectionState::Refused:
        return true;
    default:
        return false;
    }
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
