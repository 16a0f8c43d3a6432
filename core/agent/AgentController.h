#pragma once

#include "CommandConfirmation.h"
#include "RecordingEvidence.h"
#include "domain/AgentSnapshot.h"
#include "domain/Availability.h"
#include "domain/Backoff.h"
#include "domain/Clock.h"
#include "domain/Timing.h"
#include "servers/ServerKind.h"
#include "session/NetworkWatch.h"

#include <QObject>

#include <memory>

namespace recbar {

struct ControllerOptions
{
    using Duration = std::chrono::milliseconds;

    Duration pollOnCall = timing::kPollOnCall;
    Duration pollIdle = timing::kPollIdle;
    // While the source pushes changes: a read now and then, to reconcile.
    Duration reconcile = timing::kReconcile;
    Duration backoffInitial = timing::kBackoffInitial;
    Duration backoffMax = timing::kBackoffMax;
    Duration backoffOnCallMax = timing::kBackoffOnCallMax;
    Duration confirmTimeout = timing::kConfirmTimeout;
    // A status read's deadline: a state older than the poll interval plus this is not shown as
    // the present.
    Duration requestTimeout = timing::kRequestTimeout;
    std::chrono::seconds autoResume = std::chrono::seconds::zero(); // zero: never
    // The call-state source cannot see the control's recordings (QM or Imagicle with Finesse):
    // the recording state is what the control's answers said, kept for that call.
    bool recordingFromControl = false;
    bool autoStart = false; // always-on: start recording when a call is answered
};

// The state machine the UI binds to. It merges status reads (adaptive: faster on a call, slower
// idle, never two at once) and pushed changes (then reads only to reconcile, and at once when
// the push is lost) into one AgentSnapshot, and carries commands through
//
//   request --allowed?--> pending --server accepts--> accepted --a later status agrees--> done
//                |                      |                  |
//                v                      v                  v  (no agreement in time)
//           refused (why)         failed (server says)   failed (state did not change)
//
// Nothing is optimistic: the snapshot shows what a status read confirmed, plus the pending
// command, plus the last failure until the agent dismisses it. Where no status read can show a
// command's effect (a server that does not report recordings, or a field it leaves out), the
// server's own "done" confirms it, and the state shown is what that command did to this call,
// with recordingBasis saying so; an "accepted" (Finesse's 202) still waits for the state to
// change. Such a state holds for its call until a status read or a later command says
// otherwise; it is never carried to another call.
class AgentController : public QObject
{
    Q_OBJECT

public:
    AgentController(std::unique_ptr<CallStateSource> source,
                    std::unique_ptr<RecordingControl> control, ControllerOptions timing,
                    QString serverLabel, Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~AgentController() override;

    const AgentSnapshot &snapshot() const { return m_snapshot; }
    // The certificate waiting for the agent's decision (CertificateUntrusted/Changed).
    const ServerError &connectionError() const { return m_connectionError; }

    void start();
    void signOut();
    void retryNow();
    // The sign-in every request rides on has ended (single sign-on's refresh refused): the
    // state waits for the agent, the call it showed kept as the last known one.
    void signInEnded(const ServerError &why);
    // Whether a status read is in flight or scheduled. False while the controller waits for the
    // agent (a refused password, an untrusted certificate, a refused redirect): nothing is
    // retried by itself, so nothing can hammer the server or hide the question.
    bool readsOnItsOwn() const { return m_pollInFlight || m_pollTimer.isActive(); }
    // When the next status read starts; none while one is in flight or none is scheduled.
    std::optional<std::chrono::milliseconds> nextReadIn() const
    {
        if (m_pollInFlight || !m_pollTimer.isActive())
            return std::nullopt;
        return m_pollTimer.remainingTime();
    }
    Availability availability(CommandKind kind) const;
    // Returns the command's id, or 0 when it is refused (the snapshot then carries why).
    quint64 request(CommandKind kind, const MetadataPairs &metadata = {},
                    const QString &origin = CommandOrigin::kBar);
    // Why this call data would be refused before anything is sent (the rules every server
    // shares, then this server's: a key it has no place for); empty: it may be sent.
    QString callDataProblem(const MetadataPairs &metadata) const;
    void dismissFailure();

signals:
    void changed(const recbar::AgentSnapshot &snapshot);
    // Every command asked for, sent or refused; each ends with commandFinished.
    void commandRequested(const recbar::Command &command);
    void commandFinished(quint64 id, bool succeeded, const QString &message);

private:
    void poll();
    void schedulePoll(std::chrono::milliseconds delay);
    void onPolled(const ObservedState &observed);
    void onPushed(const ObservedState &observed);
    void onPushCurrent();
    void onPushedFailure(const QString &requestId, const QString &message);
    void onDeliveryChanged();
    // A state the server confirmed, read or pushed; `mayConfirm`: it is known to be newer than
    // the pending command's acceptance.
    void accept(const ObservedState &observed, bool mayConfirm);
    std::chrono::milliseconds nextPollInterval() const;
    void onPollFailed(const ServerError &error);
    void onExecuted(const Command &command, const ControlResult &result);
    void startIfAlwaysOn();
    void onConfirmDeadline();
    void applyObserved(const ObservedState &observed);
    void settleByAnswer(const Command &command);
    void loseState(const ServerError &error);
    void finishPending(bool succeeded, const QString &message);
    void fail(const Command &command, const QString &message);
    void updateAutoResume();
    void setConnection(ConnectionState state, const QString &detail = {});
    void publish();

    Clock &m_clock;
    std::unique_ptr<CallStateSource> m_source;
    std::unique_ptr<RecordingControl> m_control;
    ControllerOptions m_options;
    AgentSnapshot m_snapshot;
    ServerError m_connectionError;

    ClockTimer m_pollTimer{m_clock, this}; // children, so diagnostics count them
    ClockTimer m_confirmTimer{m_clock, this};
    ClockTimer m_autoResumeTimer{m_clock, this};
    ClockTimer m_staleTimer{m_clock, this}; // no confirmed state for longer than a read may take
    bool m_running = false;
    bool m_pollInFlight = false;
    bool m_pollAgain = false;
    quint64 m_pollSequence = 0;    // of the poll in flight
    quint64 m_confirmFromPoll = 0; // polls from this one on may confirm the pending command
    quint64 m_retryFromPoll = 0;   // polls from this one on answer the agent's last retry
    quint64 m_nextCommandId = 1;
    Backoff m_backoff;
    bool m_lostOnCall = false; // this reconnect began during a call
    NetworkWatch m_network{this};
    RecordingEvidence m_evidence;
    CommandConfirmation m_confirmation; // of the pending command
    ObservedState m_lastObserved;
    QString m_autoStartedCall;
};

} // namespace recbar
