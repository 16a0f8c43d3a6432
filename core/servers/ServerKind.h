#pragma once

#include "domain/AgentSnapshot.h"
#include "library/RecordingEntry.h"
#include "session/HttpSession.h"
#include "session/ServerError.h"
#include "session/TokenEndpoint.h"

#include <QObject>
#include <QVariant>

#include <chrono>
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
    CallState call = CallState::None; // Unknown: a call the server describes in words we don't know
    QString callId;
    Direction direction = Direction::Unknown;
    QString remoteNumber;
    QString dialedNumber;
    QDateTime callStartedAt;
    int otherCalls = 0;
    // nullopt: this source cannot see recordings at all; RecordingState::Unknown: it cannot tell
    // for this call (recordingNote says why, in words for the agent).
    std::optional<RecordingState> recording;
    QString recordingNote;
    bool duplicateRecording = false;
    bool screenRecording = false;
    std::optional<bool> blackout; // nullopt: not observable now (e.g. no call)
    QMap<QString, QString> metadata;
};

// Where the agent's call state comes from. Every source can be read (poll); a source whose
// server pushes changes (Finesse's notification service) also delivers the state as it changes,
// and then is read only now and then, to reconcile.
class CallStateSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    // Reads the state once; exactly one of polled() or pollFailed() follows, never before poll()
    // returns (the controller asks at once on start, while the session is still being set up).
    virtual void poll() = 0;
    // A server shared by every agent may ask to be read less often than the profile says.
    virtual std::chrono::milliseconds minimumInterval() const
    {
        return std::chrono::milliseconds::zero();
    }
    // Whether changes are pushed now, and if not why; deliveryChanged() follows every change.
    virtual StateDelivery delivery() const { return {}; }
    // The agent signed out: a push connection is closed.
    virtual void stop() {}

signals:
    void polled(const recbar::ObservedState &state);
    void pollFailed(const recbar::ServerError &error);
    // The whole state after a change the server pushed.
    void pushed(const recbar::ObservedState &state);
    // The push connection answered a keep-alive: events arrive in order on it, so the state last
    // pushed or read is still the server's.
    void pushCurrent();
    // The server pushed the failure of a request it had accepted, naming the request.
    void pushedFailure(const QString &requestId, const QString &message);
    // A pushed event could not be applied: only a read can tell the state now.
    void readNeeded();
    void deliveryChanged();
};

// What carrying out a command did to the call's recording, as the control's answer tells it,
// for when no status read can show it. Some effects depend on the state before (QM's table:
// "Pause: recording paused if recording, else nothing").
enum class RecordingEffect {
    Unchanged,
    Recording,
    Paused,
    Off,
    Unknown,         // the answer proves only that what the bar believed is wrong
    StartsIfOff,     // Record Tag, Start Segment: a paused recording stays paused
    PausesIfOn,      // QM Pause: nothing happens to a call that is not recorded
    ResumesIfPaused, // QM Resume
};
RecordingState recordingAfter(RecordingEffect effect, RecordingState before);
// What a command does to the recording by its documented meaning, where its server's answer
// says no more than "done" (QM's table is this).
RecordingEffect documentedEffect(CommandKind kind);

// What the call-state source showed of the recording at one moment (recording: nullopt when it
// cannot see recordings at all).
struct RecordingSight
{
    std::optional<RecordingState> recording;
    CallState call = CallState::None;
};

// What a recording server said to a command.
struct ControlResult
{
    ServerError error; // none: the server carried it out (or accepted it: see provisional)
    std::optional<RecordingEffect> recording;
    // Accepted, not yet done: the outcome arrives as a change of state (Finesse's 202).
    bool provisional = false;
    // The server's name for the request, which a pushed failure carries (Finesse's requestId).
    QString requestId;
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
    // Why this call data cannot go to this server (a key it has no place for); empty: it can.
    virtual QString metadataProblem(const MetadataPairs &metadata) const
    {
        Q_UNUSED(metadata)
        return {};
    }
    // The name the call state shows a call data key under (the Recording API's profile maps
    // "account" to user1: "user1" is shown as "account").
    virtual QString callDataName(const QString &key) const { return key; }
    // The agent's call changed (empty: no call): whatever the control kept about the last one
    // (a live recording's id) no longer applies.
    virtual void callChanged(const QString &callId) { Q_UNUSED(callId) }
    // A command this control's server accepted without doing it yet (ControlResult::provisional)
    // whose effect no status read shows: whether the change from `asked` (when it was asked for)
    // to `now` is its outcome. By default nothing but the effect itself settles it.
    virtual bool settles(const RecordingSight &asked, const RecordingSight &now) const
    {
        Q_UNUSED(asked)
        Q_UNUSED(now)
        return false;
    }

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
    // Streams one recording's audio into `sink`, at most `maxBytes`; then downloaded() for
    // that key.
    virtual void download(const RecordingEntry &entry, QIODevice *sink, qint64 maxBytes) = 0;

signals:
    void listed(const QList<recbar::RecordingEntry> &entries);
    void listFailed(const recbar::ServerError &error);
    // `expectedBytes` is the announced length, -1 when the server did not say.
    void downloaded(const QString &sourceKey, const recbar::ServerError &error,
                    qint64 expectedBytes);
};

// What a supervisor acts on for one agent, from the team board.
enum class TeamAction {
    StartRecording, // record the agent's call (with Finesse: silent-monitor it first)
    EndPause,       // end the agent's secure pause
};

// Every agent a server knows, as a supervisor's board reads them, and what a supervisor can do
// about one of them.
class TeamSource : public QObject
{
    Q_OBJECT

public:
    struct Agent
    {
        QString id; // what the server calls the agent by in a command
        ObservedState state;
        QString problem; // not empty: this agent's entry could not be read
    };

    using QObject::QObject;
    // Reads every agent once; exactly one of read() or readFailed() follows.
    virtual void read() = 0;
    // What this server lets a supervisor do from the board, and why not when it does not.
    virtual QString whyNot(TeamAction action) const = 0;
    // Carries it out; exactly one acted() follows (the next read shows whether it took).
    virtual void act(TeamAction action, const QString &agentId) = 0;
    // What the supervisor should know before this action is taken on this agent (a silent
    // monitoring session it opens first), in words; empty: nothing more than its name.
    virtual QString preface(TeamAction, const QString & /*agentId*/) const { return {}; }
    // Whether a read shows a call's recording (the Recording API's list). A source whose reads
    // cannot (Finesse's) confirms a start itself before acted() says it succeeded.
    virtual bool readsShowRecording() const { return true; }
    // For such a source: whether its last start for this agent was only accepted, nothing the
    // server shows having confirmed it (Finesse's 202 on a call that never offered the start).
    virtual bool onlyAccepted(const QString & /*agentId*/) const { return false; }
    // How changes arrive: only by the board's reads, or also pushed between them.
    virtual StateDelivery delivery() const { return {}; }

signals:
    void readDone(const QList<recbar::TeamSource::Agent> &agents);
    void readFailed(const recbar::ServerError &error);
    void acted(recbar::TeamAction action, const QString &agentId, const recbar::ServerError &error);
    // Agents whose state the server pushed since they were last told; the rest as they were.
    void pushed(const QList<recbar::TeamSource::Agent> &agents);
    // Something was pushed that only a read can make sense of (an agent not read yet, one who
    // left a team, an unreadable or skipped event): the board reads now.
    void readNeeded();
    void deliveryChanged();
};

// A setting a server kind needs in a profile (QM's peripheral id, the Recording API's agent
// identifier). The profile store keeps it under `key`, the settings form shows it as declared,
// and the profile's problems come from `check`. Two kinds may declare the same key: the profile
// keeps one value, the form one row (labelled by the control's kind).
struct KindField
{
    enum class Type { Text, Choice, Flag };

    QString key;
    Type type = Type::Text;
    QString label; // with a mnemonic: "&Peripheral id:"
    QString accessibleName;
    QString placeholder;
    QVariant defaultValue = QString();
    QStringList choices;      // Choice: the stored values
    QStringList choiceLabels; // Choice: what the form shows for each (empty: the values)
    // What is wrong with a value, in words; empty when it is fine.
    std::function<QString(const QString &value)> check;
};

// The parts a kind can build for a profile; any may be missing (QM has no call state, Finesse
// keeps no recordings list).
enum class KindPart {
    Control = 0x1,
    State = 0x2,
    Recordings = 0x4,
    Team = 0x8, // every agent's state, for a supervisor
};
Q_DECLARE_FLAGS(KindParts, KindPart)
Q_DECLARE_OPERATORS_FOR_FLAGS(KindParts)

// What a kind built on one server: the parts asked for, each where the kind provides it.
struct KindBuild
{
    std::unique_ptr<RecordingControl> control;
    std::unique_ptr<CallStateSource> state;
    std::unique_ptr<RecordingsSource> recordings;
    std::unique_ptr<TeamSource> team;
};

// How a kind's users sign in through their company's identity provider instead of with a
// password, where its API takes an OAuth 2.0 access token (Finesse in single sign-on).
struct SingleSignOn
{
    // What the server says of a user before anyone signs in: true, single sign-on; false, a
    // password; nullopt, it could not tell (and `problem` says why).
    using Answer = std::function<void(std::optional<bool> sso, const QString &problem)>;
    std::function<void(HttpSession &, const QString &user, QObject *context, Answer)> detect;
    // The identity service and RecBar's client there, from the profile (or the kind's defaults).
    std::function<OAuthClient(const Profile &)> client;
    // The profile's choice: "auto" (ask the server), "password" or "sso".
    static constexpr char kModeKey[] = "signIn";
};

// A server kind: its name, its profile settings, and how to build its parts for a profile.
// One factory builds every part asked of one server together, so parts that share something
// (Finesse's control and call state read the same agent) are handed it there. Each kind lives
// in its own folder and adds one line to ServerRegistry::shippedKinds().
struct ServerKind
{
    using Factory = std::function<KindBuild(const Profile &, HttpSession &, KindParts wanted)>;

    // How to tell, without credentials, that a server speaks this kind's API: one request, and
    // what in its answer only this API would say.
    struct Probe
    {
        HttpCall call;
        std::function<bool(const HttpAnswer &)> recognizes;
    };

    QString id; // stored in profiles: "recording-api"
    QString displayName;
    // Whether its API takes a user name and password. A kind whose documents name none (QM)
    // is sent none, so an agent's password never reaches a server that did not ask for it.
    bool needsCredentials = true;
    QList<KindField> fields;
    KindParts parts;
    Factory build;
    std::optional<Probe> probe;
    std::optional<SingleSignOn> singleSignOn;

    bool providesControl() const { return parts.testFlag(KindPart::Control); }
    bool providesState() const { return parts.testFlag(KindPart::State); }
    bool providesRecordings() const { return parts.testFlag(KindPart::Recordings); }
    bool providesTeam() const { return parts.testFlag(KindPart::Team); }
};

// The server kinds RecBar knows. The program builds one after installing its translations (the
// kinds' names and labels are translated as it is built) and keeps it for as long as it runs; a
// test builds its own, with kinds of its own. It never changes once built, so what find() hands
// out stays valid while it lives. While one lives, ServerRegistry::current() is it (the newest when
// one is made inside another's lifetime), as QCoreApplication::instance() is the application:
// profiles, which are plain values copied everywhere, find their kinds there.
class ServerRegistry
{
public:
    // RecBar's own kinds, built now.
    static QList<ServerKind> shippedKinds();

    explicit ServerRegistry(QList<ServerKind> kinds = shippedKinds());
    ~ServerRegistry();
    ServerRegistry(const ServerRegistry &) = delete;
    ServerRegistry &operator=(const ServerRegistry &) = delete;

    // The registry alive now; a program that made none has no kinds.
    static const ServerRegistry &current();

    const QList<ServerKind> &kinds() const { return m_kinds; }
    const ServerKind *find(const QString &id) const;
    // The ids, for messages about an id that is none of them.
    QStringList ids() const;
    // The declaration of a profile field, from whichever kind declares it first.
    const KindField *field(const QString &key) const;

private:
    struct Empty
    {
    };
    explicit ServerRegistry(Empty);

    QList<ServerKind> m_kinds;
    const ServerRegistry *m_before = nullptr; // current() again once this one ends
    bool m_installed = false;
};

} // namespace recbar
