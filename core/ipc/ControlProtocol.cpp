#include "ControlProtocol.h"

#include "LocalPeer.h"
#include "domain/BoundedParse.h"
#include "domain/MetadataRules.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace recbar::control {

namespace {

const char *connectionName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::SignedOut:
        return "signed-out";
    case ConnectionState::Connecting:
        return "connecting";
    case ConnectionState::Connected:
        return "connected";
    case ConnectionState::Reconnecting:
        return "reconnecting";
    case ConnectionState::CredentialsRejected:
        return "credentials-rejected";
    case ConnectionState::SignInNeeded:
        return "sign-in-needed";
    case ConnectionState::CertificateUntrusted:
        return "certificate-untrusted";
    case ConnectionState::CertificateChanged:
        return "certificate-changed";
    case ConnectionState::Refused:
        return "refused";
    }
    return "";
}

const char *callName(CallState state)
{
    switch (state) {
    case CallState::None:
        return "none";
    case CallState::Ringing:
        return "ringing";
    case CallState::Talking:
        return "talking";
    case CallState::Held:
        return "held";
    case CallState::Unknown:
        return "unknown";
    }
    return "";
}

const char *recordingName(RecordingState state)
{
    switch (state) {
    case RecordingState::Unknown:
        return "unknown";
    case RecordingState::Off:
        return "off";
    case RecordingState::Recording:
        return "recording";
    case RecordingState::Paused:
        return "paused";
    }
    return "";
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

const char *concernName(TeamConcern concern)
{
    switch (concern) {
    case TeamConcern::NotRecorded:
        return "not-recorded";
    case TeamConcern::LongPause:
        return "long-pause";
    case TeamConcern::Unknown:
        return "unknown";
    }
    return "";
}

} // namespace

QJsonArray teamJson(const QList<TeamMember> &members)
{
    QJsonArray out;
    for (const TeamMember &m : members) {
        QJsonArray concerns;
        for (TeamConcern concern : m.concerns)
            concerns.append(QLatin1String(concernName(concern)));
        // A server that reports no recording at all (Finesse) is said so, not "unknown".
        const QLatin1String recording = m.gone ? QLatin1String("unknown")
                                        : m.state.recording
                                            ? QLatin1String(recordingName(*m.state.recording))
                                            : QLatin1String("not-reported");
        out.append(QJsonObject{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.state.agentName},
            {QStringLiteral("extension"), m.state.extension},
            // Gone from the server's list: what it was is not what it is.
            {QStringLiteral("call"),
             m.gone ? QLatin1String("unknown") : QLatin1String(callName(m.state.call))},
            {QStringLiteral("since"), time(m.onCallSince)},
            {QStringLiteral("remoteNumber"), m.state.remoteNumber},
            {QStringLiteral("recording"), recording},
            {QStringLiteral("recordingBasis"), m.state.recordingNote},
            {QStringLiteral("pausedSince"), time(m.pausedSince)},
            {QStringLiteral("gone"), m.gone},
            {QStringLiteral("concerns"), concerns},
            {QStringLiteral("failure"), m.failure},
            {QStringLiteral("outcome"), m.outcome},
        });
    }
    return out;
}

QStringList allowedCommands()
{
    return QStringList{word::kStatus, word::kDiagnostics, word::kShow, word::kLibrary,
                       word::kTeam} +
           CommandText::namesReaching(CommandReach::Ctl);
}

Result<Request> parseRequest(const QByteArray &line)
{
    if (line.size() > kMaxLine)
        return fail(QStringLiteral("request too long"));
    const auto parsed = parseJson(line, kMaxLine);
    if (!parsed || !parsed->isObject())
        return fail(QStringLiteral("not a JSON object"));
    const QJsonDocument &document = *parsed;
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("v")).toInt() != kVersion)
        return fail(QStringLiteral("unsupported protocol version"));
    Request request;
    request.command = object.value(QStringLiteral("command")).toString();
    if (!allowedCommands().contains(request.command))
        return fail(QStringLiteral("unknown command \"%1\"").arg(request.command.left(40)));
    const QJsonValue origin = object.value(QStringLiteral("origin"));
    if (!origin.isUndefined()) {
        if (origin != CommandOrigin::kCtl && origin != CommandOrigin::kUrl)
            return fail(QStringLiteral("unknown origin"));
        request.origin = origin.toString();
    }
    const QJsonValue metadata = object.value(QStringLiteral("metadata"));
    if (!metadata.isUndefined() && !metadata.isArray())
        return fail(QStringLiteral("metadata must be an array of [key, value] pairs"));
    for (const QJsonValue &pair : metadata.toArray()) {
        const QJsonArray items = pair.toArray();
        if (items.size() != 2 || !items[0].isString() || !items[1].isString())
            return fail(QStringLiteral("metadata must be an array of [key, value] pairs"));
        request.metadata.append({items[0].toString(), items[1].toString()});
    }
    request.teamAction = object.value(QStringLiteral("teamAction")).toString();
    request.agent = object.value(QStringLiteral("agent")).toString();
    if (request.command == word::kTeam) {
        if (!request.teamAction.isEmpty() && request.teamAction != kTeamStart &&
            request.teamAction != kTeamResume && request.teamAction != kTeamShow)
            return fail(QStringLiteral("team takes start, resume or show"));
        const bool namesAgent = !request.teamAction.isEmpty() && request.teamAction != kTeamShow;
        if (namesAgent == request.agent.isEmpty())
            return fail(QStringLiteral("team start and resume name one agent, show none"));
        if (request.agent.size() > 200)
            return fail(QStringLiteral("agent id too long"));
    } else if (!request.teamAction.isEmpty() || !request.agent.isEmpty()) {
        return fail(QStringLiteral("only team names an agent"));
    }
    if (request.command == u"metadata") {
        if (request.metadata.isEmpty())
            return fail(QStringLiteral("metadata needs at least one KEY=VALUE"));
        const auto problems = MetadataRules::check(request.metadata);
        if (!problems.isEmpty())
            return fail(problems.first().message);
    } else if (!request.metadata.isEmpty()) {
        return fail(QStringLiteral("only the metadata command carries metadata"));
    }
    return request;
}

QByteArray formatRequest(const Request &request)
{
    QJsonArray metadata;
    for (const auto &[key, value] : request.metadata)
        metadata.append(QJsonArray{key, value});
    QJsonObject object{{QStringLiteral("v"), kVersion},
                       {QStringLiteral("command"), request.command}};
    if (!metadata.isEmpty())
        object.insert(QStringLiteral("metadata"), metadata);
    if (request.origin != CommandOrigin::kCtl)
        object.insert(QStringLiteral("origin"), request.origin);
    if (!request.teamAction.isEmpty())
        object.insert(QStringLiteral("teamAction"), request.teamAction);
    if (!request.agent.isEmpty())
        object.insert(QStringLiteral("agent"), request.agent);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

Result<Response> parseResponse(const QByteArray &line)
{
    const auto parsed = parseJson(line, kMaxResponse);
    if (!parsed || !parsed->isObject())
        return fail(QStringLiteral("the bar's answer is not a JSON object"));
    const QJsonDocument &document = *parsed;
    const QJsonObject object = document.object();
    if (!object.value(QStringLiteral("ok")).isBool())
        return fail(QStringLiteral("the bar's answer has no \"ok\""));
    return Response{object.value(QStringLiteral("ok")).toBool(),
                    object.value(QStringLiteral("message")).toString(),
                    object.value(QStringLiteral("status")).toObject()};
}

QByteArray formatResponse(const Response &response)
{
    QJsonObject object{{QStringLiteral("ok"), response.ok},
                       {QStringLiteral("message"), response.message}};
    if (!response.status.isEmpty())
        object.insert(QStringLiteral("status"), response.status);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

Result<MetadataPairs> parseMetadataArguments(const QStringList &arguments)
{
    MetadataPairs pairs;
    for (const QString &argument : arguments) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals <= 0)
            return fail(QStringLiteral("expected KEY=VALUE, got \"%1\"").arg(argument));
        pairs.append({argument.left(equals), argument.mid(equals + 1)});
    }
    if (pairs.isEmpty())
        return fail(QStringLiteral("metadata needs at least one KEY=VALUE"));
    const auto problems = MetadataRules::check(pairs);
    if (!problems.isEmpty()) {
        const auto &p = problems.first();
        return fail(p.row >= 0 ? QStringLiteral("%1: %2").arg(pairs[p.row].first, p.message)
                               : p.message);
    }
    return pairs;
}

QJsonObject snapshotJson(const AgentSnapshot &s)
{
    const auto direction = [](Direction d) {
        return d == Direction::Inbound    ? QStringLiteral("inbound")
               : d == Direction::Outbound ? QStringLiteral("outbound")
                                          : QString();
    };
    QJsonObject out{
        {QStringLiteral("connection"), QLatin1String(connectionName(s.connection))},
        {QStringLiteral("connectionDetail"), s.connectionDetail},
        {QStringLiteral("server"), s.server},
        {QStringLiteral("agent"), s.agentName},
        {QStringLiteral("extension"), s.extension},
        // Not connected, nobody knows whether there is a call: never "none".
        {QStringLiteral("call"),
         s.isConnected() ? QLatin1String(callName(s.call)) : QLatin1String("unknown")},
        {QStringLiteral("callId"), s.callId},
        {QStringLiteral("direction"), direction(s.direction)},
        {QStringLiteral("remoteNumber"), s.remoteNumber},
        {QStringLiteral("dialedNumber"), s.dialedNumber},
        {QStringLiteral("otherCalls"), s.otherCalls},
        {QStringLiteral("callStartedAt"), time(s.callStartedAt)},
        {QStringLiteral("recording"), QLatin1String(recordingName(s.recording))},
        {QStringLiteral("recordingBasis"), s.recordingBasis},
        {QStringLiteral("blackout"), s.blackout},
        {QStringLiteral("blackoutSince"), time(s.blackoutSince)},
        {QStringLiteral("autoResumeAt"), time(s.autoResumeAt)},
        {QStringLiteral("duplicateRecording"), s.duplicateRecording},
        {QStringLiteral("screenRecording"), s.screenRecording},
        {QStringLiteral("confirmedAt"), time(s.confirmedAt)},
        {QStringLiteral("summary"), SnapshotText::summary(s)},
    };
    QJsonObject metadata;
    for (auto it = s.metadata.begin(); it != s.metadata.end(); ++it)
        metadata.insert(it.key(), it.value());
    out.insert(QStringLiteral("metadata"), metadata);
    if (s.lastKnownCall)
        out.insert(
            QStringLiteral("lastKnownCall"),
            QJsonObject{{QStringLiteral("call"), QLatin1String(callName(s.lastKnownCall->call))},
                        {QStringLiteral("callId"), s.lastKnownCall->callId},
                        {QStringLiteral("direction"), direction(s.lastKnownCall->direction)},
                        {QStringLiteral("remoteNumber"), s.lastKnownCall->remoteNumber},
                        {QStringLiteral("confirmedAt"), time(s.lastKnownCall->confirmedAt)}});
    const auto deliveryName = [](StateDelivery::Mode mode) {
        switch (mode) {
        case StateDelivery::Mode::Polled:
            return QStringLiteral("polled");
        case StateDelivery::Mode::Connecting:
            return QStringLiteral("connecting");
        case StateDelivery::Mode::Pushed:
            return QStringLiteral("pushed");
        case StateDelivery::Mode::Fallback:
            return QStringLiteral("fallback");
        }
        return QString();
    };
    // How the state shown gets here: pushed, or polled (and then why, and when push is retried).
    QJsonObject updates{{QStringLiteral("mode"), deliveryName(s.delivery.mode)}};
    if (!s.delivery.detail.isEmpty())
        updates.insert(QStringLiteral("detail"), s.delivery.detail);
    if (s.delivery.retryAt.isValid())
        updates.insert(QStringLiteral("retryAt"), time(s.delivery.retryAt));
    out.insert(QStringLiteral("updates"), updates);
    if (s.pending)
        out.insert(QStringLiteral("pending"), CommandText::name(s.pending->command.kind));
    if (s.failure)
        out.insert(QStringLiteral("failure"), s.failure->message);
    return out;
}

Result<QString> socketName()
{
    const QString override = qEnvironmentVariable("RECBAR_CONTROL_SOCKET");
    if (!override.isEmpty())
        return override;
#ifdef Q_OS_WIN
    // A pipe name unique to the user; the server's DACL admits only the user's SID.
    const QByteArray who = qEnvironmentVariable("USERNAME").toUtf8() + QDir::homePath().toUtf8();
    return QStringLiteral("recbar-control-") +
           QString::fromLatin1(
               QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
#else
    // XDG_RUNTIME_DIR is private to the user (0700) where it exists; it is checked all the same.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists() && makePrivateFolder(runtime).ok())
        return QDir(runtime).filePath(QStringLiteral("recbar-control"));
    // Else a folder of the user's own, never a predictable name in a shared /tmp.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                           QStringLiteral("/recbar-control");
    QDir().mkpath(QFileInfo(folder).absolutePath());
    if (const Result<void> made = makePrivateFolder(folder); !made)
        return made.failure();
    return folder + QStringLiteral("/socket");
#endif
}

} // namespace recbar::control
