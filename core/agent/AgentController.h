#pragma once

#include "domain/AgentSnapshot.h"
#include "domain/Availability.h"
#include "servers/ServerKind.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace recbar {

struct ControllerOptions
{
    int pollOnCallMs = 1000;
    int pollIdleMs = 5000;
    int backoffInitialMs = 1000;
    int backoffMaxMs = 30'000;
    // Lost during a call, the agent cannot tell whether it is being recorded: try more often.
    int backoffOnCallMaxMs = 5000;
    int confirmTimeoutMs = 6000; // after the server accepts a command, for a status read to agree
    int autoResumeSec = 0;
    // The call-state source cannot see the control's recordings (QM or Imagicle with Finesse):
    // the recording state is what the control's answers said, reset with every new call.
    bool recordingFromControl = false;
    bool autoStart = false; // always-on: start recording when a call is answered
};

// The state machine the UI binds to. It merges status reads (adaptive: faster on a call, slower
// idle, never two at once) into one immutable AgentSnapshot, and carries commands through
//
//   request --allowed?--> pending --server accepts--> accepted --a later status agrees--> done
//                |                      |                  |
//                v                      v                  v  (no agreement in time)
//           refused (why)         failed (server says)   failed (state did not change)
//
// Nothing is optimistic: the snapshot shows only what a status read confirmed, plus the
// pending command, plus the last failure until the agent dismisses it.
class AgentController : public QObject
{
    Q_OBJECT

public:
    AgentController(std::unique_ptr<CallStateSource> source,
                    std::unique_ptr<RecordingControl> control, ControllerOptions timing,
                    QString serverLabel, QObject *parent = nullptr);
    ~AgentController() override;

    const AgentSnapshot &snapshot() const { return m_snapshot; }
    // The certificate waiting for the agent's decision (CertificateUntrusted/Changed).
    const ServerError &connectionError() const { return m_connectionError; }
    ControllerOptions options() const { return m_options; }

    void start();
    void signOut();
    void retryNow();
    Availability availability(CommandKind kind) const;
    // Returns the command's id, or 0 when it is refused (the snapshot then carries why).
    quint64 request(CommandKind kind, const MetadataPairs &metadata = {},
                    const QString &origin = QStringLiteral("bar"));
    void dismissFailure();

signals:
    void changed(const recbar::AgentSnapshot &snapshot);
    // Every command asked for, sent or refused; each ends with commandFinished.
    void commandRequested(const recbar::Command &command);
    void commandFinished(quint64 id, bool succeeded, const QString &message);

private:
    enum class Verdict { Confirmed, NotYet, Contradicted };

    void poll();
    void schedulePoll(int delayMs);
    void onPolled(const ObservedState &observed);
    void onPollFailed(const ServerError &error);
    void watchNetwork();
    void onExecuted(const Command &command, const ControlResult &result);
    void applyControlState();
    void startIfAlwaysOn();
    void onConfirmDeadline();
    void applyObserved(const ObservedState &observed);
    Verdict verify(const Command &command, const ObservedState &observed) const;
    void finishPending(bool succeeded, const QString &message);
    void fail(const Command &command, const QString &message);
    void updateAutoResume();
    void setConnection(ConnectionState state, const QString &detail = {});
    void publish();

    std::unique_ptr<CallStateSource> m_source;
    std::unique_ptr<RecordingControl> m_control;
    ControllerOptions m_options;
    AgentSnapshot m_snapshot;
    ServerError m_connectionError;

    QTimer m_pollTimer{this}; // a child, so diagnostics count it
    QTimer m_confirmTimer{this};
    QTimer m_autoResumeTimer{this};
    bool m_running = false;
    bool m_pollInFlight = false;
    bool m_pollAgain = false;
    quint64 m_pollSequence = 0;    // of the poll in flight
    quint64 m_confirmFromPoll = 0; // polls from this one on may confirm the pending command
    quint64 m_nextCommandId = 1;
    int m_backoffMs = 0;
    bool m_lostOnCall = false; // this reconnect began during a call
    bool m_watchingNetwork = false;
    RecordingState m_controlRecording = RecordingState::Unknown; // recordingFromControl only
    QString m_autoStartedCall;
};

} // namespace recbar
