#pragma once

#include "domain/AgentSnapshot.h"
#include "session/ServerError.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace recbar {

class HttpSession;
struct Profile;

// What one status read found. Fields a source cannot observe stay empty (nullopt).
struct ObservedState
{
    QString agentName;
    QString extension;
    CallState call = CallState::None;
    QString callId;
    Direction direction = Direction::Unknown;
    QString remoteNumber;
    QString dialedNumber;
    QDateTime callStartedAt;
    int otherCalls = 0;
    std::optional<RecordingState> recording; // nullopt: this source cannot see recordings
    bool duplicateRecording = false;
    bool screenRecording = false;
    std::optional<bool> blackout; // nullopt: not observable now (e.g. no call)
    QMap<QString, QString> metadata;
};

// Where the agent's call state comes from: polled here; a push transport can replace it.
class CallStateSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Reads the state once; exactly one of polled() or pollFailed() follows.
    virtual void poll() = 0;

signals:
    void polled(const recbar::ObservedState &state);
    void pollFailed(const recbar::ServerError &error);
};

// What carries the agent's commands to the recording server.
class RecordingControl : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual Capabilities capabilities() const = 0;
    // Sends the command; exactly one executed() follows. An error-free result means the
    // server accepted it; the controller still waits for a status read that agrees.
    virtual void execute(const Command &command) = 0;

signals:
    void executed(const recbar::Command &command, const recbar::ServerError &error);
};

// A server kind: its name, and how to build its control and its state source for a profile.
// Each kind lives in its own folder and adds one line to ServerRegistry.cpp.
struct ServerKind
{
    QString id; // stored in profiles: "recording-api"
    QString displayName;
    std::function<std::unique_ptr<RecordingControl>(const Profile &, HttpSession &)> makeControl;
    std::function<std::unique_ptr<CallStateSource>(const Profile &, HttpSession &)> makeStateSource;
};

class ServerRegistry
{
public:
    static const QList<ServerKind> &kinds();
    static const ServerKind *find(const QString &id);
};

} // namespace recbar
