#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <utility>

namespace recsim {

inline constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max();

// A half-open time interval [start, end) in epoch milliseconds; end == kOpenEnd while open.
struct Span
{
    qint64 start = 0;
    qint64 end = kOpenEnd;

    bool contains(qint64 t) const { return start <= t && t < end; }
    bool isOpen() const { return end == kOpenEnd; }
};

struct User
{
    QString name;
    QString password;
    int level = 1;     // Imagicle permission level: 10 is "Complete Management"
    QStringList roles; // "agent", "supervisor", "admin"
    std::optional<int> agentId;
    QString extension; // a supervisor's own phone (Finesse's silent monitoring starts there)

    bool hasRole(const QString &role) const { return roles.contains(role); }
};

struct Agent
{
    // Configuration
    int id = 0;
    int businessUnit = 0;
    QString phone; // extension / directory number
    QString systemUsername;
    QString crmUsername;
    std::optional<QString> username;
    QString deviceId;
    QString deviceAlias;
    QString deviceName; // Imagicle device, e.g. SEP001122334455
    QString firstName;
    QString lastName;
    QString teamId;
    QString teamName;
    QString loginId;  // Finesse login id, also the recsim user name
    QString qmUserId; // QM sender_id
    QString peripheralId;
    QString recordingMethod = QStringLiteral("server"); // server, network, desktop
    bool autoRecord = false;
    bool monitorable = true;
    bool imagicleAutomatic = false;
    int wrapUpSec = 0;

    // Live state
    QString baseState = QStringLiteral("READY"); // READY, NOT_READY or LOGOUT, set by /sim/
    QString finesseState = QStringLiteral("READY");
    qint64 stateChangeMs = 0;
    QString hotDeskExtension; // the phone signed in at (hot desking), besides `phone`
    QList<Span> blackouts;    // end already capped at the maximum blackout length
    QString lastCallId;       // QM "last call": the previous recorded call
    QStringList liveCallIds;  // oldest first
    QString wrapUpCallId;     // the dropped call the agent is wrapping up
    qint64 wrapUpUntilMs = 0;
    QList<QString> desktopScreenIds; // screen recordings without a call
};

enum class CallState { Ringing, Active, Held, Ended };
enum class Direction { Unknown, Inbound, Outbound };

struct Call
{
    QString id;           // Finesse dialog id
    QString callInstance; // SIP-style call id
    int agentId = 0;
    Direction direction = Direction::Inbound;
    QString remoteNumber;
    QString dialedNumber; // DNIS for inbound, the called number for outbound
    QString queueName;
    QString callType = QStringLiteral("ACD_IN");
    bool included = true; // matches the QM inclusion list
    CallState state = CallState::Ringing;
    qint64 createdMs = 0;
    qint64 answeredMs = 0;
    qint64 endedMs = 0;
    qint64 wrapUpUntilMs = 0;
    QList<std::pair<qint64, CallState>> history;
    QMap<QString, QString> metadata; // set through the APIs
    bool deleted = false;            // QM Delete: beats every later command
    QList<QString> recordingIds;
    QList<QString> screenIds;

    bool isLive() const { return state != CallState::Ended; }
    bool isConnected() const { return state == CallState::Active || state == CallState::Held; }
};

enum class RecordingOrigin { Automatic, RecordingApi, Qm, Imagicle, Finesse, History };

// How long the customer takes to read out a card number (resources/card-number.ul).
inline constexpr qint64 kCardClipMs = 10'000;

struct Recording
{
    QString id; // GUID
    QString referenceNumber;
    QString callId;
    int agentId = 0;
    bool isDuplicate = false;
    RecordingOrigin origin = RecordingOrigin::Automatic;
    qint64 startMs = 0;
    qint64 stopMs = 0;  // 0 while running
    QList<Span> pauses; // Pause / Resume on the recording itself (QM, Imagicle)
    QString reasonCode;
    QStringList tags;
    bool deleted = false;
    bool segment = false; // started by QM Start Segment
    // When the customer reads out a card number (model time), in history calls that have one:
    // what the library's card number scan is there to find.
    std::optional<qint64> spokenCardMs;

    bool isRunning() const { return stopMs == 0 && !deleted; }
    bool isPausedAt(qint64 t) const { return !pauses.isEmpty() && pauses.last().contains(t); }
};

struct ScreenRecording
{
    QString id;
    int agentId = 0;
    QString callId; // empty for a desktop-only session
    qint64 startMs = 0;
    qint64 stopMs = 0;
    QMap<QString, QString> metadata;

    bool isRunning() const { return stopMs == 0; }
};

struct MetadataKey
{
    enum class Type { Text, Number, Date };
    QString name;
    Type type = Type::Text;
};

} // namespace recsim
