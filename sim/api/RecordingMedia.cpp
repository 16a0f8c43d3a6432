#include "RecordingMedia.h"

namespace recsim {

AudioPlan RecordingMedia::plan(const Recording &recording) const
{
    AudioPlan plan;
    plan.durationMs = m_model.durationMs(recording);
    plan.silent = m_model.pausedSpans(recording);
    plan.held = m_model.heldSpans(recording);
    plan.seed = qHash(recording.id);
    if (recording.spokenCardMs)
        plan.spokenCards = {*recording.spokenCardMs - recording.startMs};
    return plan;
}

QString RecordingMedia::file(const Recording &recording, AudioStore::Format format,
                             QString *error) const
{
    const Call *call = m_model.call(recording.callId);
    const Agent *agent = m_model.agent(recording.agentId);
    AudioTags tags;
    if (call && agent) {
        tags.title =
            QStringLiteral("Call %1 %2 %3")
                .arg(call->direction == Direction::Outbound ? agent->phone : call->remoteNumber,
                     QStringLiteral("->"),
                     call->direction == Direction::Outbound ? call->remoteNumber : agent->phone);
        tags.artist = agent->loginId;
    }
    tags.comment = QStringLiteral("recsim recording %1").arg(recording.id);
    tags.date = QDateTime::fromMSecsSinceEpoch(recording.startMs).toUTC().toString(Qt::ISODate);
    return m_store.file(recording.id, plan(recording), tags, format, error);
}

} // namespace recsim
