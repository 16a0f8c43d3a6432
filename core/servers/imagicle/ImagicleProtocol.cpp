#include "ImagicleProtocol.h"

#include "domain/BoundedParse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace recbar::imagicle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::imagicle", text);
}

} // namespace

QByteArray startBody(const QString &directoryNumber)
{
    if (directoryNumber.isEmpty())
        return {};
    return QJsonDocument(QJsonObject{{QStringLiteral("directoryNumber"), directoryNumber}})
        .toJson(QJsonDocument::Compact);
}

std::optional<QString> startedId(const QByteArray &json)
{
    const QString id = jsonObject(json).value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return std::nullopt;
    return id;
}

QString errorMessage(CommandKind kind, int status, const QByteArray &body)
{
    const QJsonObject object = jsonObject(body);
    if (status == 400 && kind == CommandKind::Start && object.contains(QStringLiteral("reason"))) {
        switch (object.value(QStringLiteral("reason")).toInt(-1)) {
        case 0:
            return tr("no such device or directory number");
        case 1:
            return tr("this line cannot be monitored");
        case 2:
            return tr("the recording mode is not valid");
        case 3:
            return tr("this user has no extension");
        case 4:
            return tr("this device is recorded automatically");
        default:
            break;
        }
    }
    if (status == 403)
        return tr("recording control needs the Complete Management (level 10) right");
    if (status == 409)
        return kind == CommandKind::Start ? tr("there is no connected call")
                                          : tr("there is no such live recording");
    if (status == 504)
        return tr("the recording service does not answer");
    const QString message = object.value(QStringLiteral("message")).toString();
    return message.isEmpty() ? plainExcerpt(body) : message;
}

ControlResult interpret(CommandKind kind, int status)
{
    ControlResult out;
    const bool redundant = status == 429;
    switch (kind) {
    case CommandKind::Start:
        out.recording = RecordingEffect::Recording;
        if (redundant)
            out.note = tr("The call was already being recorded");
        break;
    case CommandKind::Stop:
        out.recording = RecordingEffect::Off;
        break;
    case CommandKind::Pause:
        out.recording = RecordingEffect::Paused;
        if (redundant)
            out.note = tr("The recording was already paused");
        break;
    case CommandKind::Resume:
        out.recording = RecordingEffect::Recording;
        if (redundant)
            out.note = tr("The recording was not paused");
        break;
    case CommandKind::Metadata:
    case CommandKind::StartDuplicate:
    case CommandKind::StopDuplicate:
    case CommandKind::StartScreen:
    case CommandKind::StopScreen:
    case CommandKind::Tag:
    case CommandKind::Restart:
    case CommandKind::Delete:
    case CommandKind::StartSegment:
    case CommandKind::StopSegment:
    case CommandKind::Login:
    case CommandKind::Logout:
        break; // never sent: capabilities() refuses them first
    }
    return out;
}

Capabilities capabilities()
{
    Capabilities caps(
        {CommandKind::Start, CommandKind::Stop, CommandKind::Pause, CommandKind::Resume});
    const QString why = tr("Imagicle can start, stop, pause and resume a recording, nothing more");
    for (CommandKind kind : CommandText::all()) {
        if (!caps.supports(kind))
            caps.setWhyNot(kind, why);
    }
    return caps;
}

QString recordingsPath(int page)
{
    return kBase + QStringLiteral("Recordings?page=%1&pageSize=%2").arg(page).arg(kPageSize);
}

QString mediaPath(const QString &recordingId)
{
    return kBase + QStringLiteral("Recordings/%1/Media")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(recordingId)));
}

std::optional<qint64> parseIsoDuration(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^PT(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?(?:(\\d{1,9}(?:\\.\\d{1,9})?)S)?$"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch() || text == u"PT")
        return std::nullopt;
    return qint64(m.captured(1).toLongLong() * 3'600'000 + m.captured(2).toLongLong() * 60'000 +
                  std::llround(m.captured(3).toDouble() * 1000));
}

Result<Page> parseRecordings(const QByteArray &json, const QString &source)
{
    const auto parsed = parseJson(json);
    if (!parsed)
        return parsed.failure();
    const QJsonDocument &document = *parsed;
    if (!document.isObject())
        return fail(tr("the recordings list is not a JSON object"));
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("totalCount")).isDouble() ||
        !object.value(QStringLiteral("recordings")).isArray())
        return fail(tr("the recordings list lacks totalCount or recordings"));
    Page page;
    page.totalCount = object.value(QStringLiteral("totalCount")).toInteger();
    for (const QJsonValue &item : object.value(QStringLiteral("recordings")).toArray()) {
        const QJsonObject r = item.toObject();
        RecordingEntry e;
        e.source = source;
        e.sourceKey = r.value(QStringLiteral("id")).toString();
        if (e.sourceKey.isEmpty())
            continue; // nothing to fetch it by
        e.startTime = QDateTime::fromString(r.value(QStringLiteral("startTime")).toString(),
                                            Qt::ISODateWithMs)
                          .toUTC();
        e.durationMs = parseIsoDuration(r.value(QStringLiteral("duration")).toString()).value_or(0);
        e.direction = directionFromNumber(r.value(QStringLiteral("direction")).toInt());
        e.localNumber = r.value(QStringLiteral("localPartyNumber")).toString();
        e.remoteNumber = r.value(QStringLiteral("remotePartyNumber")).toString();
        e.agent = r.value(QStringLiteral("ownerUsername")).toString();
        const QString reference = r.value(QStringLiteral("referenceNumber")).toVariant().toString();
        e.downloadName = (reference.isEmpty() ? e.sourceKey : reference) + QStringLiteral(".mp3");
        page.entries.append(e);
    }
    return page;
}

} // namespace recbar::imagicle
