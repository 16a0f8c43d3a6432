#include "RecordingExport.h"

#include "JsonBody.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace recsim {

namespace {

QJsonArray spansJson(const QList<Span> &spans)
{
    QJsonArray out;
    for (const Span &span : spans)
        out.append(QJsonArray{span.start, span.end});
    return out;
}

} // namespace

int RecordingExport::write(const QString &folder, QString *error) const
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot make the folder %1").arg(folder);
        return -1;
    }
    const QDir dir(folder);
    int written = 0;
    for (const Recording *recording : m_model.recordings()) {
        const Call *call = m_model.call(recording->callId);
        const Agent *agent = m_model.agent(recording->agentId);
        if (recording->deleted || recording->isRunning() || !call || !agent)
            continue;
        const bool outbound = call->direction == Direction::Outbound;
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(recording->startMs).toUTC();
        // 20260301-101500_bob_+15551234567_in: what the file name says, the sidecar says too.
        const QString base =
            QStringLiteral("%1_%2_%3_%4_rec%5")
                .arg(start.toString(QStringLiteral("yyyyMMdd-HHmmss")), agent->loginId,
                     call->remoteNumber, outbound ? QStringLiteral("out") : QStringLiteral("in"),
                     recording->referenceNumber);
        const QString audio = m_media.file(*recording, AudioStore::Format::WavUlaw, error);
        if (audio.isEmpty())
            return -1;
        const QString target = dir.filePath(base + QStringLiteral(".wav"));
        QFile::remove(target);
        if (!QFile::copy(audio, target)) {
            *error = QStringLiteral("cannot write %1").arg(target);
            return -1;
        }
        const QJsonObject sidecar{
            {QStringLiteral("start_time"), start.toString(Qt::ISODateWithMs)},
            {QStringLiteral("duration_ms"), m_model.durationMs(*recording)},
            {QStringLiteral("agent"), agent->loginId},
            {QStringLiteral("direction"), outbound ? QStringLiteral("out") : QStringLiteral("in")},
            {QStringLiteral("local_number"), agent->phone},
            {QStringLiteral("remote_number"), call->remoteNumber},
            {QStringLiteral("reason_code"), recording->reasonCode},
            {QStringLiteral("tags"), QJsonArray::fromStringList(recording->tags)},
            {QStringLiteral("metadata"), stringMapJson(call->metadata)},
            {QStringLiteral("paused_spans"), spansJson(m_model.pausedSpans(*recording))},
            {QStringLiteral("held_spans"), spansJson(m_model.heldSpans(*recording))},
        };
        QFile json(dir.filePath(base + QStringLiteral(".json")));
        if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            json.write(QJsonDocument(sidecar).toJson()) < 0 || !json.flush()) {
            *error = QStringLiteral("cannot write %1").arg(json.fileName());
            return -1;
        }
        ++written;
    }
    return written;
}

} // namespace recsim
