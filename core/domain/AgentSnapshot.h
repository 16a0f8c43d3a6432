#pragma once

#include "Capabilities.h"
#include "Command.h"
#include "Direction.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>

#include <optional>

namespace recbar {

// Connection to the recording server, as the agent sees it:
//
//   SignedOut --signIn--> Connecting --first status--> Connected
//                             |                          |   ^
//                             |                 transient|   |status read
//                             v                  failure v   |
//             CredentialsRejected  <--401 ---------- Reconnecting (backoff 1 s .. 30 s;
//             CertificateUntrusted <--unknown self-signed certificate   5 s lost on a call)
//             CertificateChanged   <--pinned certificate replaced
//             Refused              <--403, plain HTTP without consent, a redirect elsewhere
//
// The last four wait for the agent (new password, trust decision, settings); nothing
// retries them by itself.
enum class ConnectionState {
    SignedOut,
    Connecting,
    Connected,
    Reconnecting,
    CredentialsRejected,
    SignInNeeded, // single sign-on ended (a refresh refused): the browser sign-in again
    CertificateUntrusted,
    CertificateChanged,
    Refused,
};

// Unknown: the server describes a call in words its documents do not list.
enum class CallState { None, Ringing, Talking, Held, Unknown };
enum class RecordingState { Unknown, Off, Recording, Paused };

struct PendingCommand
{
    Command command;
    QDateTime sentAt;
    bool accepted = false; // the server said yes; a status read must still agree
};

struct CommandFailure
{
    Command command;
    QString message;
    QDateTime at;
};

// The call a server last confirmed, kept while the server cannot be reached: shown as "last
// known", never as the present.
struct LastKnownCall
{
    CallState call = CallState::None;
    QString callId;
    Direction direction = Direction::Unknown;
    QString remoteNumber;
    QDateTime confirmedAt;
};

// How the call state reaches the bar: read by polling (every kind can), or pushed by the server
// as it changes (Finesse's notification service), with polling as the fallback.
struct StateDelivery
{
    enum class Mode {
        Polled,     // the source has no push: reads on a timer
        Connecting, // push being set up; reads on a timer meanwhile
        Pushed,     // changes arrive as they happen; reads only to reconcile
        Fallback,   // push failed: reads on a timer, push tried again at retryAt
    };
    Mode mode = Mode::Polled;
    QString detail;    // Fallback: why, in words for the agent
    QDateTime retryAt; // Fallback: the next try

    bool operator==(const StateDelivery &) const = default;
};

// Everything the bar shows, as one value: the controller keeps it and publishes a copy with
// every change; views read their copy.
struct AgentSnapshot
{
    ConnectionState connection = ConnectionState::SignedOut;
    QString connectionDetail; // why not connected, in words for the agent
    QDateTime nextAttemptAt;  // Reconnecting: when the next try is due
    QString server;           // host[:port]
    QString agentName;
    QString extension;

    CallState call = CallState::None;
    QString callId;
    Direction direction = Direction::Unknown;
    QString remoteNumber;
    QString dialedNumber;
    QDateTime callStartedAt;
    int otherCalls = 0; // held or ringing besides this one

    RecordingState recording = RecordingState::Unknown;
    // What the recording state rests on when no status read shows it (the answer to a command,
    // or why it is unknown), in words; empty when the server's status shows it.
    QString recordingBasis;
    bool duplicateRecording = false;
    bool screenRecording = false;
    bool blackout = false; // the secure pause, which belongs to the agent
    QDateTime blackoutSince;
    QDateTime autoResumeAt; // invalid when auto-resume is off
    QMap<QString, QString> metadata;

    std::optional<PendingCommand> pending;
    std::optional<CommandFailure> failure;
    QDateTime confirmedAt; // when the server last confirmed this state
    StateDelivery delivery;
    std::optional<LastKnownCall> lastKnownCall; // not connected: what was confirmed before
    Capabilities capabilities;

    bool isConnected() const { return connection == ConnectionState::Connected; }
    bool onCall() const { return call != CallState::None; }
    // The server can no longer be asked: what it has not just confirmed is not shown as known.
    // The call it last confirmed is kept as that (lastKnownCall), and nothing more.
    void forgetCall();
    // The connection waits for the agent (a password, a trust decision, a refusal to read).
    bool waitsForAgent() const;
};

class SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotText)

public:
    static QString connection(ConnectionState state);
    static QString delivery(const StateDelivery &delivery); // "live", "polled: why"
    static QString call(CallState state);
    static QString recording(const AgentSnapshot &snapshot);
    // One line for a tooltip or `recbar ctl status`.
    static QString summary(const AgentSnapshot &snapshot);
    static QString duration(qint64 seconds); // 0:42, 12:05, 1:02:03
};

} // namespace recbar

Q_DECLARE_METATYPE(recbar::AgentSnapshot)
