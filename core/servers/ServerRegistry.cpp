#include "ServerKind.h"
#include "finesse/FinesseKind.h"
#include "imagicle/ImagicleKind.h"
#include "qm/QmKind.h"
#include "recordingapi/RecordingApiKind.h"

namespace recbar {

namespace {

struct Registry
{
    QList<ServerKind> kinds;
    qsizetype shipped = 0; // the first ones: RecBar's own, never removed
};

Registry &registry()
{
    static Registry all = [] {
        // One line per server kind.
        Registry r{.kinds = {
                       recordingApiKind(),
                       qmKind(),
                       finesseKind(),
                       imagicleKind(),
                   }};
        r.shipped = r.kinds.size();
        r.kinds.reserve(32); // kinds added later (tests) never move the ones find() handed out
        return r;
    }();
    return all;
}

} // namespace

const QList<ServerKind> &ServerRegistry::kinds()
{
    return registry().kinds;
}

const ServerKind *ServerRegistry::find(const QString &id)
{
    for (const ServerKind &kind : kinds()) {
        if (kind.id == id)
            return &kind;
    }
    return nullptr;
}

QStringList ServerRegistry::ids()
{
    QStringList out;
    for (const ServerKind &kind : kinds())
        out.append(kind.id);
    return out;
}

const KindField *ServerRegistry::field(const QString &key)
{
    for (const ServerKind &kind : kinds()) {
        for (const KindField &field : kind.fields) {
            if (field.key == key)
                return &field;
        }
    }
    return nullptr;
}

void ServerRegistry::add(ServerKind kind)
{
    if (!find(kind.id))
        registry().kinds.append(std::move(kind));
}

void ServerRegistry::remove(const QString &id)
{
    Registry &r = registry();
    for (qsizetype i = r.kinds.size() - 1; i >= r.shipped; --i) {
        if (r.kinds[i].id == id) {
            r.kinds.removeAt(i);
            return;
        }
    }
}

RecordingEffect documentedEffect(CommandKind kind)
{
    switch (kind) {
    case CommandKind::Start:
    case CommandKind::StartSegment:
    case CommandKind::Tag:
        return RecordingEffect::StartsIfOff;
    case CommandKind::Restart:
        return RecordingEffect::Recording;
    case CommandKind::Stop:
    case CommandKind::StopSegment:
    case CommandKind::Delete:
    case CommandKind::Logout:
        return RecordingEffect::Off;
    case CommandKind::Pause:
        return RecordingEffect::PausesIfOn;
    case CommandKind::Resume:
        return RecordingEffect::ResumesIfPaused;
    case CommandKind::Metadata:
    case CommandKind::StartDuplicate:
    case CommandKind::StopDuplicate:
    case CommandKind::StartScreen:
    case CommandKind::StopScreen:
    case CommandKind::Login:
        return RecordingEffect::Unchanged;
    }
    return RecordingEffect::Unchanged;
}

RecordingState recordingAfter(RecordingEffect effect, RecordingState before)
{
    switch (effect) {
    case RecordingEffect::Unchanged:
        return before;
    case RecordingEffect::Recording:
        return RecordingState::Recording;
    case RecordingEffect::Paused:
        return RecordingState::Paused;
    case RecordingEffect::Off:
        return RecordingState::Off;
    case RecordingEffect::Unknown:
        return RecordingState::Unknown;
    case RecordingEffect::StartsIfOff:
        return before == RecordingState::Paused ? RecordingState::Paused
                                                : RecordingState::Recording;
    case RecordingEffect::PausesIfOn:
        // Unknown before: either it was recorded and is paused now, or nothing is recorded.
        // Both mean nothing is being recorded, which is what "paused" tells the agent.
        return before == RecordingState::Off ? RecordingState::Off : RecordingState::Paused;
    case RecordingEffect::ResumesIfPaused:
        return before == RecordingState::Paused || before == RecordingState::Recording
                   ? RecordingState::Recording
                   : before;
    }
    return before;
}

} // namespace recbar
