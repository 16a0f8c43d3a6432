#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace recbar {

// Everything an agent can ask of a recording server. A server kind supports a subset.
enum class CommandKind {
    Start,
    Stop,
    Pause,
    Resume,
    Metadata,
    StartDuplicate,
    StopDuplicate,
    StartScreen,
    StopScreen,
    Tag,
    Restart, // discards what was recorded of the call and records again
    Delete,  // deletes the call's recording and its data: the agent confirms first
    StartSegment,
    StopSegment,
    Login, // hot desking: ties the agent to an extension for the next call
    Logout,
};

using MetadataPairs = QList<std::pair<QString, QString>>;

// How far from the bar a command may be given: only in the bar (its buttons, menus, tray), also
// by `recbar ctl` on the user's own socket, or also by a `recbar:` link a web page can open.
enum class CommandReach { Bar, Ctl, Link };

struct Command
{
    quint64 id = 0; // assigned by the controller
    CommandKind kind = CommandKind::Start;
    MetadataPairs metadata; // Metadata only
    QString origin;         // one of CommandOrigin's: for the log and the audit
};

// Where a command came from, as the log and the audit log say it.
namespace CommandOrigin {
inline constexpr QLatin1String kBar("bar");   // a button, menu or the tray
inline constexpr QLatin1String kKey("key");   // the bar's keyboard shortcut
inline constexpr QLatin1String kCtl("ctl");   // recbar ctl
inline constexpr QLatin1String kUrl("url");   // a recbar: link
inline constexpr QLatin1String kTeam("team"); // the supervisor's team window
inline constexpr QLatin1String kUndo("undo");
inline constexpr QLatin1String kAutoResume("auto-resume");
inline constexpr QLatin1String kAlwaysOn("always-on");
} // namespace CommandOrigin

class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(CommandText)

public:
    // A stable name for the command line and the control socket: "start", "pause", ...
    static QString name(CommandKind kind);
    static std::optional<CommandKind> fromName(const QString &name);
    // The names of the commands that may come from at least this far.
    static QStringList namesReaching(CommandReach reach);
    // What a button or menu says: "Start recording", "Pause", ...
    static QString label(CommandKind kind);
    // The same on a small button: "Record", "Pause", ...
    static QString shortLabel(CommandKind kind);
    // What the agent is told while it waits: "Pausing...", ...
    static QString progress(CommandKind kind);
    static QList<CommandKind> all();
    // What takes a command back, where anything can: a start is stopped, a pause resumed. A stop
    // cannot be (the server ends that recording; a new one is another recording), nor a tag,
    // call data, a restart or a delete.
    static std::optional<CommandKind> undo(CommandKind kind);
};

} // namespace recbar
