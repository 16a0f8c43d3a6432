#include "Notifier.h"

namespace recbar {

std::optional<Notification> Notifier::next(const AgentSnapshot &s)
{
    const std::optional<AgentSnapshot> before = m_previous;
    m_previous = s;
    if (!before)
        return std::nullopt;
    const AgentSnapshot &b = *before;

    if (s.failure && (!b.failure || b.failure->at != s.failure->at))
        return Notification{tr("Recording command failed"), s.failure->message, true};
    if (b.isConnected() && !s.isConnected() && s.connection != ConnectionState::SignedOut)
        return Notification{
            tr("Connection to the recording server lost"),
            tr("The recording state is unknown until it is back. %1").arg(s.connectionDetail),
            true};
    if (!s.isConnected() || !b.isConnected())
        return std::nullopt;
    const auto on = [](RecordingState r) {
        return r == RecordingState::Recording || r == RecordingState::Paused;
    };
    if (!on(b.recording) && on(s.recording))
        return Notification{tr("Recording started"), s.remoteNumber, false};
    if (on(b.recording) && !on(s.recording) && s.onCall())
        return Notification{tr("Recording stopped"), s.remoteNumber, false};
    return std::nullopt;
}

} // namespace recbar
