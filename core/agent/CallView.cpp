#include "CallView.h"

#include "domain/DisplayText.h"

namespace recbar::CallView {

void show(const ObservedState &o, AgentSnapshot &s, const QDateTime &now)
{
    const bool sameCall = s.callId == o.callId && !o.callId.isEmpty();
    s.agentName = DisplayText::visible(o.agentName);
    s.extension = DisplayText::number(o.extension);
    s.call = o.call;
    s.callId = o.callId;
    s.direction = o.direction;
    s.remoteNumber = DisplayText::number(o.remoteNumber);
    s.dialedNumber = DisplayText::number(o.dialedNumber);
    s.otherCalls = o.otherCalls;
    s.lastKnownCall.reset();
    if (o.call == CallState::None)
        s.callStartedAt = {};
    else if (o.callStartedAt.isValid())
        s.callStartedAt = o.callStartedAt;
    else if (!sameCall)
        s.callStartedAt = now; // the source does not say; the first sight is the best we know
    s.duplicateRecording = o.duplicateRecording;
    s.screenRecording = o.screenRecording;
    s.metadata = o.metadata;
    s.confirmedAt = now;
}

} // namespace recbar::CallView
