#include "ServerKind.h"
#include "finesse/FinesseKind.h"
#include "imagicle/ImagicleKind.h"
#include "qm/QmKind.h"
#include "recordingapi/RecordingApiKind.h"

namespace recbar {

namespace {

const ServerRegistry *g_current = nullptr;

} // namespace

QList<ServerKind> ServerRegistry::shippedKinds()
{
    // One line per server kind.
    return {
        recordingApiKind(),
        qmKind(),
        finesseKind(),
        imagicleKind(),
    };
}

ServerRegistry::ServerRegistry(QList<ServerKind> kinds)
    : m_kinds(std::move(kinds))
    , m_before(g_current)
    , m_installed(true)
{
    g_current = this;
}

ServerRegistry::ServerRegistry(Empty) {}

ServerRegistry::~ServerRegistry()
{
    if (!m_installed)
        return;
    Q_ASSERT(g_current == this); // registries end in the order opposite to their making
    g_current = m_before;
}

const ServerRegistry &ServerRegistry::current()
{
    if (g_current)
        return *g_current;
    static const ServerRegistry none{Empty{}};
    return none;
}

const ServerKind *ServerRegistry::find(const QString &id) const
{
    for (const ServerKind &kind : m_kinds) {
        if (kind.id == id)
            return &kind;
    }
    return nullptr;
}

QStringList ServerRegistry::ids() const
{
    QStringList out;
    for (const ServerKind &kind : m_kinds)
        out.append(kind.id);
    return out;
}

const KindField *ServerRegistry::field(const QString &key) const
{
    for (const ServerKind &kind : m_kinds) {
        for (const KindField &field : kind.fields) {
            if (field.key == key)
                return &field;
        }
    }
    return nullptr;
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
