#pragma once

#include "Capabilities.h"
#include "Command.h"

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
//             CredentialsRejected  <--401 twice-- Reconnecting (backoff 1 s .. 30 s)
//             CertificateUntrusted <--unknown self-signed certificate
//             CertificateChanged   <--pinned certificate replaced
//             Refused              <--403, or plain HTTP without consent
//
// The last four wait for the agent (new password, trust decision, settings); nothing
// retries them by itself.
enum class ConnectionState {
    SignedOut,
    Connecting,
    Connected,
    Reconnecting,
    CredentialsRejected,
    CertificateUntrusted,
    CertificateChanged,
    Refused,
};

enum class CallState { None, Ringing, Talking, Held };
enum class RecordingState { Unknown, Off, Recording, Paused };
enum class Direction { Unknown, Inbound, Outbound };

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

// Everything the bar shows, as one immutable value: the controller replaces it, views read it.
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
    bool duplicateRecording = false;
    bool screenRecording = false;
    bool blackout = false; // the secure pause, which belongs to the agent
    QDateTime blackoutSince;
    QDateTime autoResumeAt; // invalid when auto-resume is off
    QMap<QString, QString> metadata;

    std::optional<PendingCommand> pending;
    std::optional<CommandFailure> failure;
    QDateTime confirmedAt; // when the server last confirmed this state
    Capabilities capabilities;

    bool isConnected() const { return connection == ConnectionState::Connected; }
    bool onCall() const { return call != CallState::None; }
};

class SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotText)

public:
    static QString connection(ConnectionState state);
    static QString call(CallState state);
    static QString recording(const AgentSnapshot &snapshot);
    // One line for a tooltip or `recbar ctl status`.
    static QString summary(const AgentSnapshot &snapshot);
    static QString duration(qint64 seconds); // 0:42, 12:05, 1:02:03
};

} // namespace recbar

Q_DECLARE_METATYPE(recbar::AgentSnapshot)
