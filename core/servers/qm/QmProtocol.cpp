#include "QmProtocol.h"

#include "domain/BoundedParse.h"

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

namespace {

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // ["..."] -> "..."
}

// A key named serverHost anywhere in the object, at any reasonable depth.
bool containsKey(const QJsonObject &object, QStringView key, int depth = 0)
{
    if (depth > 4)
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return true;
        if (it.value().isObject() && containsKey(it.value().toObject(), key, depth + 1))
            return true;
    }
    return false;
}

} // namespace

Request request(const QString &command, const Identity &identity, const MetadataPairs &metadata)
{
    QList<std::pair<QString, QString>> fields = metadata;
    if (!identity.extension.isEmpty())
        fields.append({QStringLiteral("extension"), identity.extension});
    fields.append({QStringLiteral("sender_id"), identity.senderId});
    fields.append({QStringLiteral("peripheral_id"), identity.peripheralId});
    QByteArray body = "{";
    for (const auto &[key, value] : fields) {
        if (body.size() > 1)
            body += ',';
        body += jsonString(key) + ':' + jsonString(value);
    }
    body += '}';
    return {QStringLiteral("recordingcontrols/rest/") + command, body};
}

ControlResult interpret(CommandKind kind, const QByteArray &body)
{
    ControlResult out;
    // Table 2 of the guide: what a command does to a call that is, or is not, being recorded.
    out.recording = documentedEffect(kind);
    // An optional detail: {"result": "none"} says the documented no-op happened.
    const QJsonObject object = jsonObject(body);
    const QString result = object.value(QStringLiteral("result")).toString();
    const bool none = result == u"none";
    switch (kind) {
    case CommandKind::Start:
    case CommandKind::StartSegment:
        if (none)
            out.note = tr("The call was already being recorded");
        break;
    case CommandKind::Stop:
    case CommandKind::StopSegment:
        if (none)
            out.note = tr("The call was not being recorded");
        break;
    case CommandKind::Delete:
        if (none)
            out.note = tr("There was no recording to delete");
        break;
    case CommandKind::Pause:
        if (none) {
            // Already paused, or not recorded: QM does not say which.
            out.recording = RecordingEffect::Unchanged;
            out.note = tr("No change: the call was already paused or not recorded");
        }
        break;
    case CommandKind::Resume:
        if (none) {
            out.recording = RecordingEffect::Unchanged;
            out.note = tr("No change: the recording was not paused");
        }
        break;
    case CommandKind::Tag:
        if (object.value(QStringLiteral("target")).toString() == u"last") {
            out.recording = RecordingEffect::Unchanged;
            if (none)
                out.note = tr("The last call was not recorded: nothing to tag");
        }
        break;
    case CommandKind::Metadata: {
        QStringList ignored;
        for (const QJsonValue &key : object.value(QStringLiteral("ignored")).toArray())
            ignored.append(key.toString());
        if (!ignored.isEmpty())
            out.note = tr("The recorder does not keep: %1").arg(ignored.join(QStringLiteral(", ")));
        break;
    }
    case CommandKind::StartDuplicate:
    case CommandKind::StopDuplicate:
    case CommandKind::StartScreen:
    case CommandKind::StopScreen:
    case CommandKind::Restart:
    case CommandKind::Login:
    case CommandKind::Logout:
        break; // the documented effect says it all
    }
    return out;
}

QString errorMessage(const QByteArray &body)
{
    const QString message = jsonObject(body).value(QStringLiteral("message")).toString();
    return message.isEmpty() ? plainExcerpt(body) : plainExcerpt(message.toUtf8());
}

std::optional<Config> parseConfig(const QByteArray &json)
{
    const auto parsed = parseJson(json);
    if (!parsed || !parsed->isObject())
        return std::nullopt;
    Config config;
    config.desktop = !containsKey(parsed->object(), u"serverHost");
    return config;
}

Capabilities capabilities(const std::optional<Config> &config, const Identity &identity,
                          bool gateway)
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
    } else if (gateway) {
        const QString why = tr("Not available with gateway recording");
        for (CommandKind kind : {CommandKind::Restart, CommandKind::StartSegment,
                                 CommandKind::StopSegment, CommandKind::Login, CommandKind::Logout})
            caps.remove(kind, why);
    }
    return caps;
}

} // namespace recbar::qm
