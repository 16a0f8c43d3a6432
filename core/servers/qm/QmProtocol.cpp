#include "QmProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace recbar::qm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::qm", text);
}

} // namespace

QString commandName(CommandKind kind)
{
    switch (kind) {
    case CommandKind::Start:
        return QStringLiteral("start");
    case CommandKind::Stop:
        return QStringLiteral("stop");
    case CommandKind::Pause:
        return QStringLiteral("pause");
    case CommandKind::Resume:
        return QStringLiteral("resume");
    case CommandKind::Metadata:
        return QStringLiteral("metadata");
    case CommandKind::Tag:
        return QStringLiteral("tag");
    case CommandKind::Restart:
        return QStringLiteral("restart");
    case CommandKind::Delete:
        return QStringLiteral("delete");
    case CommandKind::StartSegment:
        return QStringLiteral("startsegment");
    case CommandKind::StopSegment:
        return QStringLiteral("stopsegment");
    case CommandKind::Login:
        return QStringLiteral("login");
    case CommandKind::Logout:
        return QStringLiteral("logout");
    case CommandKind::StartDuplicate:
    case CommandKind::StopDuplicate:
    case CommandKind::StartScreen:
    case CommandKind::StopScreen:
        break;
    }
    return {};
}

Request request(const QString &command, const Identity &identity, const MetadataPairs &metadata)
{
    QJsonObject body;
    for (const auto &[key, value] : metadata)
        body.insert(key, value);
    body.insert(QStringLiteral("sender_id"), identity.senderId);
    body.insert(QStringLiteral("peripheral_id"), identity.peripheralId);
    if (!identity.extension.isEmpty())
        body.insert(QStringLiteral("extension"), identity.extension);
    return {QStringLiteral("recordingcontrols/rest/") + command,
            QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

std::variant<Reply, QString> parseReply(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        return tr("the answer is not a JSON object");
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("status")).toString() != u"ok")
        return tr("the answer does not say ok");
    Reply reply;
    reply.result = object.value(QStringLiteral("result")).toString();
    if (reply.result.isEmpty())
        return tr("the answer has no result");
    reply.callId = object.value(QStringLiteral("callId")).toString();
    reply.target = object.value(QStringLiteral("target")).toString();
    for (const QJsonValue &key : object.value(QStringLiteral("ignored")).toArray())
        reply.ignored.append(key.toString());
    return reply;
}

QString errorMessage(const QByteArray &body)
{
    const QString message =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
    return message.isEmpty() ? QString::fromUtf8(body.left(200)).simplified() : message;
}

ControlResult interpret(CommandKind kind, const Reply &reply)
{
    ControlResult out;
    const bool none = reply.result == u"none";
    switch (kind) {
    case CommandKind::Start:
    case CommandKind::StartSegment:
        // "none": it was being recorded already, which is what was asked.
        out.recording = RecordingState::Recording;
        if (none)
            out.note = tr("The call was already being recorded");
        break;
    case CommandKind::Restart:
        out.recording = RecordingState::Recording;
        break;
    case CommandKind::Stop:
    case CommandKind::StopSegment:
        out.recording = RecordingState::Off;
        if (none)
            out.note = tr("The call was not being recorded");
        break;
    case CommandKind::Delete:
        out.recording = RecordingState::Off;
        if (none)
            out.note = tr("There was no recording to delete");
        break;
    case CommandKind::Logout:
        out.recording = RecordingState::Off;
        break;
    case CommandKind::Pause:
        // A pause while paused, or of a call not recorded, changes nothing; QM does not say which.
        if (none)
            out.note = tr("No change: the call was already paused or not recorded");
        else
            out.recording = RecordingState::Paused;
        break;
    case CommandKind::Resume:
        if (none)
            out.note = tr("No change: the recording was not paused");
        else
            out.recording = RecordingState::Recording;
        break;
    case CommandKind::Tag:
        if (reply.target == u"active")
            out.recording = RecordingState::Recording; // tagging records an unrecorded call
        else if (none)
            out.note = tr("The last call was not recorded: nothing to tag");
        break;
    case CommandKind::Metadata:
        if (!reply.ignored.isEmpty())
            out.note =
                tr("The recorder does not keep: %1").arg(reply.ignored.join(QStringLiteral(", ")));
        break;
    default:
        break;
    }
    return out;
}

std::variant<Config, QString> parseConfig(const QByteArray &json)
{
    const auto reply = parseReply(json);
    if (const QString *problem = std::get_if<QString>(&reply))
        return *problem;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    Config config;
    config.gateway = object.value(QStringLiteral("recordingMode")).toString() == u"gateway";
    config.desktop = !object.contains(QStringLiteral("serverHost"));
    config.extension = object.value(QStringLiteral("extension")).toString();
    return config;
}

Capabilities capabilities(const std::optional<Config> &config, const Identity &identity)
{
    Capabilities caps({CommandKind::Start, CommandKind::Stop, CommandKind::Pause,
                       CommandKind::Resume, CommandKind::Restart, CommandKind::Tag,
                       CommandKind::Delete, CommandKind::StartSegment, CommandKind::StopSegment,
                       CommandKind::Metadata, CommandKind::Login, CommandKind::Logout});
    caps.setMetadataAfterCall(true);
    const QString none = tr("QM Recording Controls have no duplicate or screen-only recording");
    for (CommandKind kind : {CommandKind::StartDuplicate, CommandKind::StopDuplicate,
                             CommandKind::StartScreen, CommandKind::StopScreen})
        caps.setWhyNot(kind, none);
    if (identity.extension.isEmpty())
        caps.remove(CommandKind::Login,
                    tr("Set your extension in the profile to log in (hot desking)"));
    if (config && config->desktop) {
        const QString why =
            tr("Your calls are recorded on your desktop: the recording applet takes "
               "these commands, not the server");
        for (CommandKind kind : caps.supported())
            caps.remove(kind, why);
    } else if (config && config->gateway) {
        const QString why = tr("Not available with gateway recording");
        for (CommandKind kind : {CommandKind::Restart, CommandKind::StartSegment,
                                 CommandKind::StopSegment, CommandKind::Login, CommandKind::Logout})
            caps.remove(kind, why);
    }
    return caps;
}

} // namespace recbar::qm
