#pragma once

#include "domain/AgentSnapshot.h"
#include "library/RecordingEntry.h"
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
    // A server shared by every agent may ask to be read less often than the profile says.
    virtual int minimumIntervalMs() const { return 0; }

signals:
    void polled(const recbar::ObservedState &state);
    void pollFailed(const recbar::ServerError &error);
};

// What a recording server said to a command.
struct ControlResult
{
    ServerError error; // none: the server accepted it
    // What the answer itself says the recording is now, for servers whose state no status
    // read shows (QM, Imagicle): "started", "paused", "already paused" (a 429), ...
    std::optional<RecordingState> recording;
    QString note; // a harmless "no change" worth telling the agent
};

// What carries the agent's commands to the recording server.
class RecordingControl : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual Capabilities capabilities() const = 0;
    // Called once, when the agent signs in: a control may ask the server how it is set up.
    virtual void start() {}
    // Sends the command; exactly one executed() follows.
    virtual void execute(const Command &command) = 0;

signals:
    void executed(const recbar::Command &command, const recbar::ControlResult &result);
    void capabilitiesChanged();
};

// Where a server's finished recordings can be listed and fetched, for the library.
class RecordingsSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // The library's name for this source: "imagicle:host:port".
    virtual QString sourceId() const = 0;
    // Reads the whole list, page by page; then listed() or listFailed().
    virtual void list() = 0;
    // Streams one recording's audio into `sink`; then downloaded() for that key.
    virtual void download(const RecordingEntry &entry, QIODevice *sink) = 0;

signals:
    void listed(const QList<recbar::RecordingEntry> &entries);
    void listFailed(const recbar::ServerError &error);
    // `expectedBytes` is the announced length, -1 when the server did not say.
    void downloaded(const QString &sourceKey, const recbar::ServerError &error,
                    qint64 expectedBytes);
};

// A server kind: its name, and how to build its control and its call-state source for a
// profile (either may be missing: QM has no call state, Finesse only starts recordings).
// Each kind lives in its own folder and adds one line to ServerRegistry.cpp.
struct ServerKind
{
    QString id; // stored in profiles: "recording-api"
    QString displayName;
    std::function<std::unique_ptr<RecordingControl>(const Profile &, HttpSession &)> makeControl;
    std::function<std::unique_ptr<CallStateSource>(const Profile &, HttpSession &)> makeStateSource;
    // What this kind needs from a profile that the profile lacks, in words.
    std::function<QStringList(const Profile &)> problems;
    std::function<std::unique_ptr<RecordingsSource>(const Profile &, HttpSession &)>
        makeRecordingsSource;

    bool providesControl() const { return bool(makeControl); }
    bool providesState() const { return bool(makeStateSource); }
};

class ServerRegistry
{
public:
    static const QList<ServerKind> &kinds();
    static const ServerKind *find(const QString &id);
};

} // namespace recbar
