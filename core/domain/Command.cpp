#include "Command.h"

namespace recbar {

namespace {

struct Names
{
    CommandKind kind;
    const char *name;
    CommandReach reach;
};

// The one list of command names, and how far from the bar each may come from: recbar ctl and
// links take only what is marked so, and nothing that destroys a recording.
constexpr Names kNames[] = {
    {CommandKind::Start, "start", CommandReach::Link},
    {CommandKind::Stop, "stop", CommandReach::Link},
    {CommandKind::Pause, "pause", CommandReach::Link},
    {CommandKind::Resume, "resume", CommandReach::Link},
    {CommandKind::Metadata, "metadata", CommandReach::Link},
    {CommandKind::StartDuplicate, "duplicate-start", CommandReach::Ctl},
    {CommandKind::StopDuplicate, "duplicate-stop", CommandReach::Ctl},
    {CommandKind::StartScreen, "screen-start", CommandReach::Ctl},
    {CommandKind::StopScreen, "screen-stop", CommandReach::Ctl},
    {CommandKind::Tag, "tag", CommandReach::Link},
    {CommandKind::Restart, "restart", CommandReach::Bar},
    {CommandKind::Delete, "delete", CommandReach::Bar},
    {CommandKind::StartSegment, "segment-start", CommandReach::Bar},
    {CommandKind::StopSegment, "segment-stop", CommandReach::Bar},
    {CommandKind::Login, "login", CommandReach::Bar},
    {CommandKind::Logout, "logout", CommandReach::Bar},
};

} // namespace

QString CommandText::name(CommandKind kind)
{
    for (const Names &n : kNames) {
        if (n.kind == kind)
            return QString::fromLatin1(n.name);
    }
    return {};
}

std::optional<CommandKind> CommandText::fromName(const QString &name)
{
    for (const Names &n : kNames) {
        if (name == QLatin1String(n.name))
            return n.kind;
    }
    return std::nullopt;
}

QStringList CommandText::namesReaching(CommandReach reach)
{
    QStringList out;
    for (const Names &n : kNames) {
        if (int(n.reach) >= int(reach))
            out.append(QString::fromLatin1(n.name));
    }
    return out;
}

QList<CommandKind> CommandText::all()
{
    QList<CommandKind> out;
    for (const Names &n : kNames)
        out.append(n.kind);
    return out;
}

std::optional<CommandKind> CommandText::undo(CommandKind kind)
{
    switch (kind) {
    case CommandKind::Start:
        return CommandKind::Stop;
    case CommandKind::Pause:
        return CommandKind::Resume;
    case CommandKind::Resume:
        return CommandKind::Pause;
    case CommandKind::StartDuplicate:
        return CommandKind::StopDuplicate;
    case CommandKind::StartScreen:
        return CommandKind::StopScreen;
    case CommandKind::StartSegment:
        return CommandKind::StopSegment;
    case CommandKind::Login:
        return CommandKind::Logout;
    case CommandKind::Logout:
        return CommandKind::Login;
    case CommandKind::Stop:
    case CommandKind::StopDuplicate:
    case CommandKind::StopScreen:
    case CommandKind::StopSegment:
    case CommandKind::Metadata:
    case CommandKind::Tag:
    case CommandKind::Restart:
    case CommandKind::Delete:
        return std::nullopt;
    }
    return std::nullopt;
}

QString CommandText::label(CommandKind kind)
{
    switch (kind) {
    case CommandKind::Start:
        return tr("Start recording");
    case CommandKind::Stop:
        return tr("Stop recording");
    case CommandKind::Pause:
        return tr("Pause recording");
    case CommandKind::Resume:
        return tr("Resume recording");
    case CommandKind::Metadata:
        return tr("Add call data");
    case CommandKind::StartDuplicate:
        return tr("Start duplicate recording");
    case CommandKind::StopDuplicate:
        return tr("Stop duplicate recording");
    case CommandKind::StartScreen:
        return tr("Start screen recording");
    case CommandKind::StopScreen:
        return tr("Stop screen recording");
    case CommandKind::Tag:
        return tr("Tag the call");
    case CommandKind::Restart:
        return tr("Restart the recording");
    case CommandKind::Delete:
        return tr("Delete the recording");
    case CommandKind::StartSegment:
        return tr("Start a segment");
    case CommandKind::StopSegment:
        return tr("Stop the segment");
    case CommandKind::Login:
        return tr("Log in to the recorder");
    case CommandKind::Logout:
        return tr("Log out of the recorder");
    }
    return {};
}

QString CommandText::shortLabel(CommandKind kind)
{
    switch (kind) {
    case CommandKind::Start:
        return tr("Record");
    case CommandKind::Stop:
        return tr("Stop");
    case CommandKind::Pause:
        return tr("Pause");
    case CommandKind::Resume:
        return tr("Resume");
    case CommandKind::Metadata:
        return tr("Call data…");
    case CommandKind::StartDuplicate:
        return tr("Duplicate");
    case CommandKind::StopDuplicate:
        return tr("Stop duplicate");
    case CommandKind::StartScreen:
        return tr("Screen");
    case CommandKind::StopScreen:
        return tr("Stop screen");
    case CommandKind::Tag:
        return tr("Tag");
    case CommandKind::Restart:
        return tr("Restart");
    case CommandKind::Delete:
        return tr("Delete");
    case CommandKind::StartSegment:
        return tr("Segment");
    case CommandKind::StopSegment:
        return tr("End segment");
    case CommandKind::Login:
        return tr("Log in");
    case CommandKind::Logout:
        return tr("Log out");
    }
    return {};
}

QString CommandText::progress(CommandKind kind)
{
    switch (kind) {
    case CommandKind::Start:
        return tr("Starting the recording…");
    case CommandKind::Stop:
        return tr("Stopping the recording…");
    case CommandKind::Pause:
        return tr("Pausing the recording…");
    case CommandKind::Resume:
        return tr("Resuming the recording…");
    case CommandKind::Metadata:
        return tr("Saving the call data…");
    case CommandKind::StartDuplicate:
        return tr("Starting the duplicate recording…");
    case CommandKind::StopDuplicate:
        return tr("Stopping the duplicate recording…");
    case CommandKind::StartScreen:
        return tr("Starting the screen recording…");
    case CommandKind::StopScreen:
        return tr("Stopping the screen recording…");
    case CommandKind::Tag:
        return tr("Tagging the call…");
    case CommandKind::Restart:
        return tr("Restarting the recording…");
    case CommandKind::Delete:
        return tr("Deleting the recording…");
    case CommandKind::StartSegment:
        return tr("Starting a segment…");
    case CommandKind::StopSegment:
        return tr("Stopping the segment…");
    case CommandKind::Login:
        return tr("Logging in to the recorder…");
    case CommandKind::Logout:
        return tr("Logging out of the recorder…");
    }
    return {};
}

} // namespace recbar
