#include "ImagicleProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace recbar::imagicle {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::Imagicle", text);
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
    const QString id =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return std::nullopt;
    return id;
}

QString errorMessage(CommandKind kind, int status, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
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
    return message.isEmpty() ? QString::fromUtf8(body.left(200)).simplified() : message;
}

ControlResult interpret(CommandKind kind, int status)
{
    ControlResult out;
    const bool redundant = status == 429;
    switch (kind) {
    case CommandKind::Start:
        out.recording = RecordingState::Recording;
        if (redundant)
            out.note = tr("The call was already being recorded");
        break;
    case CommandKind::Stop:
        out.recording = RecordingState::Off;
        break;
    case CommandKind::Pause:
        out.recording = RecordingState::Paused;
        if (redundant)
            out.note = tr("The recording was already paused");
        break;
    case CommandKind::Resume:
        out.recording = RecordingState::Recording;
        if (redundant)
            out.note = tr("The recording was not paused");
        break;
    default:
        break;
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

} // namespace recbar::imagicle
