#include "QmApi.h"

#include "JsonBody.h"
#include "QmMetadata.h"
#include "QmSettings.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace recsim {

namespace {

const QString kPrefix = QStringLiteral("/recordingcontrols/rest/");
const QStringList kCommands = {
    QStringLiteral("start"),    QStringLiteral("stop"),         QStringLiteral("tag"),
    QStringLiteral("pause"),    QStringLiteral("resume"),       QStringLiteral("restart"),
    QStringLiteral("delete"),   QStringLiteral("startsegment"), QStringLiteral("stopsegment"),
    QStringLiteral("metadata"), QStringLiteral("login"),        QStringLiteral("logout"),
    QStringLiteral("config")};
// Gateway recording (e.g. MediaSense) cannot do these.
const QStringList kAgentModeOnly = {QStringLiteral("restart"), QStringLiteral("startsegment"),
                                    QStringLiteral("stopsegment"), QStringLiteral("login"),
                                    QStringLiteral("logout")};
// These act on the active call only; the others have their own rules.
const QStringList kActiveOnly = {QStringLiteral("start"),        QStringLiteral("stop"),
                                 QStringLiteral("pause"),        QStringLiteral("resume"),
                                 QStringLiteral("restart"),      QStringLiteral("delete"),
                                 QStringLiteral("startsegment"), QStringLiteral("stopsegment")};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// QM names the agent a command is for by its user id (sender_id).
Agent *agentByQmUser(const SimModel &model, const QString &qmUserId)
{
    const QList<Agent *> agents = model.agents();
    const auto found = std::find_if(agents.begin(), agents.end(),
                                    [&](const Agent *a) { return a->qmUserId == qmUserId; });
    return found == agents.end() ? nullptr : *found;
}

} // namespace

QmApi::QmApi(SimModel &model, QList<MetadataKey> metadataKeys)
    : m_model(model)
    , m_metadataKeys(std::move(metadataKeys))
{}

bool QmApi::claims(const QString &path) const
{
    return path.startsWith(kPrefix) || path == kPrefix.chopped(1);
}

bool QmApi::requiresAuthentication() const
{
    return m_model.settings().qm.auth == u"basic";
}

bool QmApi::gatewayMode() const
{
    return m_model.settings().qm.mode == u"gateway";
}

HttpResponse QmApi::error(int status, const QString &message) const
{
    return HttpResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                          {QStringLiteral("message"), message}}));
}

HttpResponse QmApi::handle(const HttpRequest &request, User &)
{
    const QString name = request.path.mid(kPrefix.size());
    if (!kCommands.contains(name))
        return error(404, QStringLiteral("Unknown recording command \"%1\"").arg(name));
    if (request.method != "POST" && request.method != "GET") {
        HttpResponse response = error(405, QStringLiteral("Use POST"));
        response.setHeader("Allow", "POST, GET");
        return response;
    }
    const auto parsed = parse(request, name);
    if (const HttpResponse *failure = std::get_if<HttpResponse>(&parsed))
        return *failure;
    return run(std::get<Command>(parsed));
}

std::variant<QmApi::Command, HttpResponse> QmApi::parse(const HttpRequest &request,
                                                        const QString &name) const
{
    // CAD sends name/value request data, Finesse a JSON body: accept either, and the query.
    QList<std::pair<QString, QString>> pairs;
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded))
        pairs.append({key, value});
    const QByteArray type = request.contentType();
    const bool json = type.contains("json") || request.body.trimmed().startsWith('{');
    if (json) {
        const auto parsed = parseJsonObject(request.body);
        if (const QString *message = std::get_if<QString>(&parsed))
            return error(400, *message);
        const QJsonObject body = std::get<QJsonObject>(parsed);
        for (auto it = body.begin(); it != body.end(); ++it) {
            const std::optional<QString> value = scalarToString(it.value());
            if (!value)
                return error(400, QStringLiteral("\"%1\" must be a string").arg(it.key()));
            pairs.append({it.key(), *value});
        }
    } else if (!request.body.isEmpty()) {
        const QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            pairs.append({key, value});
    }

    Command command;
    command.name = name;
    QString sender;
    QString peripheral;
    for (const auto &[key, value] : pairs) {
        if (key == u"sender_id")
            sender = value;
        else if (key == u"peripheral_id")
            peripheral = value;
        else if (key == u"extension")
            command.extension = value;
        else
            command.fields.append({key, value});
    }
    if (sender.isEmpty())
        return error(400, QStringLiteral("sender_id is required"));
    if (peripheral.isEmpty())
        return error(400, QStringLiteral("peripheral_id is required"));
    command.agent = agentByQmUser(m_model, sender);
    if (!command.agent)
        return error(404, QStringLiteral("Unknown user \"%1\"").arg(sender));
    if (command.agent->peripheralId != peripheral)
        return error(404,
                     QStringLiteral("User \"%1\" is not on peripheral %2").arg(sender, peripheral));
    if (name != u"login" && !command.extension.isEmpty() &&
        command.extension != command.agent->phone &&
        command.extension != command.agent->hotDeskExtension)
        return error(404, QStringLiteral("Extension %1 does not belong to user \"%2\"")
                              .arg(command.extension, sender));
    return command;
}

// The call a command acts on: the one being recorded, else the earliest live call
// (the guide: "begins recording the first call sent to the agent, based on start times").
Call *QmApi::targetCall(const Agent &agent) const
{
    const QList<Call *> live = m_model.liveCalls(agent);
    for (Call *call : live) {
        if (m_model.runningRecording(*call))
            return call;
    }
    return live.isEmpty() ? nullptr : live.first();
}

HttpResponse QmApi::result(const Command &command, const QString &result, const Call *call,
                           QJsonObject extra) const
{
    // The guide documents the status codes, not a body: each reading is a dialect.
    const QString &dialect = m_model.settings().qm.replies;
    if (dialect == u"empty")
        return HttpResponse::empty(200);
    if (dialect == u"status")
        return HttpResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}));
    extra.insert(QStringLiteral("status"), QStringLiteral("ok"));
    extra.insert(QStringLiteral("command"), command.name);
    extra.insert(QStringLiteral("result"), result);
    if (call)
        extra.insert(QStringLiteral("callId"), call->id);
    return HttpResponse::json(200, QJsonDocument(extra));
}

HttpResponse QmApi::run(const Command &command)
{
    const QString &name = command.name;
    if (name == u"config")
        return config(command);
    if (gatewayMode() && kAgentModeOnly.contains(name))
        return error(501, QStringLiteral("%1 is not supported with gateway recording").arg(name));
    if (command.agent->recordingMethod == u"desktop")
        return error(409, QStringLiteral("User \"%1\" is recorded on the desktop; send commands to "
                                         "the recording applet, not the server")
                              .arg(command.agent->qmUserId));
    if (name == u"login")
        return login(command);

    Call *call = targetCall(*command.agent);
    if (name == u"logout")
        return logout(command, call);
    if (name == u"metadata")
        return metadata(command, call);
    if (name == u"tag")
        return tag(command, call);

    if (kActiveOnly.contains(name) && !call)
        return error(409, QStringLiteral("%1 needs an active call; user \"%2\" has none")
                              .arg(name, command.agent->qmUserId));
    if (name == u"start")
        return start(command, call);
    if (name == u"stop")
        return stop(command, call);
    if (name == u"pause" || name == u"resume")
        return pause(command, call, name == u"pause");
    if (name == u"restart")
        return restart(command, call);
    if (name == u"delete")
        return remove(command, call);
    return segment(command, call, name == u"startsegment");
}

HttpResponse QmApi::start(const Command &command, Call *call)
{
    if (call->deleted)
        return error(409, QStringLiteral("The call was deleted and cannot be recorded"));
    if (m_model.runningRecording(*call))
        return result(command, QStringLiteral("none"), call);
    m_model.startRecording(call, RecordingOrigin::Qm);
    return result(command, QStringLiteral("started"), call);
}

HttpResponse QmApi::stop(const Command &command, Call *call)
{
    Recording *recording = m_model.runningRecording(*call);
    if (!recording)
        return result(command, QStringLiteral("none"), call);
    m_model.stopRecording(recording);
    return result(command, QStringLiteral("stopped"), call);
}

HttpResponse QmApi::tag(const Command &command, Call *call)
{
    if (!call) {
        // No active call: the last recorded call's reason code becomes TAGGED, if there is one.
        Call *last = m_model.lastCall(*command.agent);
        if (!last)
            return error(409, QStringLiteral("tag needs an active or last call; user \"%1\" has "
                                             "none")
                                  .arg(command.agent->qmUserId));
        const QList<Recording *> recordings = m_model.recordingsOf(*last);
        for (Recording *recording : recordings)
            recording->reasonCode = QStringLiteral("TAGGED");
        return result(command,
                      recordings.isEmpty() ? QStringLiteral("none") : QStringLiteral("tagged"),
                      last, {{QStringLiteral("target"), QStringLiteral("last")}});
    }
    if (call->deleted)
        return error(409,
                     QStringLiteral("The call was deleted; Record Tag cannot record it again"));
    Recording *recording = m_model.runningRecording(*call);
    const bool started = !recording;
    if (started)
        recording = m_model.startRecording(call, RecordingOrigin::Qm);
    recording->reasonCode = QStringLiteral("TAGGED");
    return result(command, started ? QStringLiteral("started") : QStringLiteral("tagged"), call,
                  {{QStringLiteral("target"), QStringLiteral("active")}});
}

HttpResponse QmApi::pause(const Command &command, Call *call, bool pause)
{
    Recording *recording = m_model.runningRecording(*call);
    // Pause while paused, Resume while not paused, and either while not recording: no effect.
    const bool changed = recording && (pause ? m_model.pauseRecording(recording)
                                             : m_model.resumeRecording(recording));
    if (!changed)
        return result(command, QStringLiteral("none"), call);
    return result(command, pause ? QStringLiteral("paused") : QStringLiteral("resumed"), call);
}

HttpResponse QmApi::restart(const Command &command, Call *call)
{
    if (call->deleted)
        return error(409, QStringLiteral("The call was deleted and cannot be recorded"));
    Recording *recording = m_model.runningRecording(*call);
    const bool started = !recording;
    if (started)
        recording = m_model.startRecording(call, RecordingOrigin::Qm);
    else
        m_model.restartRecording(recording); // what was recorded so far is discarded
    recording->reasonCode = QStringLiteral("TAGGED");
    return result(command, started ? QStringLiteral("started") : QStringLiteral("restarted"), call);
}

HttpResponse QmApi::remove(const Command &command, Call *call)
{
    if (!m_model.runningRecording(*call))
        return result(command, QStringLiteral("none"), call);
    m_model.deleteCall(call);
    return result(command, QStringLiteral("deleted"), call);
}

HttpResponse QmApi::segment(const Command &command, Call *call, bool start)
{
    Recording *recording = m_model.runningRecording(*call);
    if (start) {
        if (call->deleted)
            return error(409, QStringLiteral("The call was deleted and cannot be recorded"));
        if (recording)
            return result(command, QStringLiteral("none"), call);
        m_model.startRecording(call, RecordingOrigin::Qm)->segment = true;
        return result(command, QStringLiteral("started"), call);
    }
    if (!recording)
        return result(command, QStringLiteral("none"), call);
    m_model.stopRecording(recording); // saved as its own contact; the next segment is new
    return result(command, QStringLiteral("stopped"), call);
}

HttpResponse QmApi::metadata(const Command &command, Call *call)
{
    QString target = QStringLiteral("active");
    if (!call) {
        call = m_model.lastCall(*command.agent);
        target = QStringLiteral("last");
    }
    if (!call)
        return error(409, QStringLiteral("metadata needs an active or last call; user \"%1\" has "
                                         "none")
                              .arg(command.agent->qmUserId));
    if (call->deleted)
        return error(409, QStringLiteral("The call was deleted; its metadata cannot be changed"));
    if (command.fields.isEmpty())
        return error(400, QStringLiteral("metadata needs at least one key/value pair"));
    const qm::MetadataChange change =
        qm::applyMetadata(call->metadata, command.fields, m_metadataKeys);
    if (!change.errors.isEmpty())
        return error(400, change.errors.join(QStringLiteral("; ")));
    call->metadata = change.result;
    m_model.touch(call->agentId);
    return result(command, QStringLiteral("attached"), call,
                  {{QStringLiteral("target"), target},
                   {QStringLiteral("applied"), toArray(change.applied)},
                   {QStringLiteral("removed"), toArray(change.removed)},
                   {QStringLiteral("ignored"), toArray(change.ignored)}});
}

HttpResponse QmApi::login(const Command &command)
{
    if (command.extension.isEmpty())
        return error(400, QStringLiteral("login needs an extension"));
    const Agent *owner = m_model.agentByPhone(command.extension);
    if (owner && owner != command.agent)
        return error(
            409, QStringLiteral("Extension %1 is in use by another user").arg(command.extension));
    m_model.signInAtPhone(command.agent, command.extension);
    return result(command, QStringLiteral("loggedIn"), nullptr,
                  {{QStringLiteral("extension"), command.extension}});
}

HttpResponse QmApi::logout(const Command &command, Call *call)
{
    m_model.signOutOfPhone(command.agent);
    return result(command, QStringLiteral("loggedOut"), call);
}

HttpResponse QmApi::config(const Command &command) const
{
    const Agent &agent = *command.agent;
    QJsonArray keys;
    for (const MetadataKey &key : m_metadataKeys) {
        const QString type = key.type == MetadataKey::Type::Number ? QStringLiteral("number")
                             : key.type == MetadataKey::Type::Date ? QStringLiteral("date")
                                                                   : QStringLiteral("text");
        keys.append(QJsonObject{{QStringLiteral("key"), key.name}, {QStringLiteral("type"), type}});
    }
    QJsonObject out{
        {QStringLiteral("userId"), agent.qmUserId},
        {QStringLiteral("peripheralId"), agent.peripheralId},
        {QStringLiteral("extension"),
         agent.hotDeskExtension.isEmpty() ? agent.phone : agent.hotDeskExtension},
        {QStringLiteral("recordingMode"), m_model.settings().qm.mode},
        {QStringLiteral("recordingType"),
         gatewayMode() ? QStringLiteral("gateway") : agent.recordingMethod},
        {QStringLiteral("metadataKeys"), keys},
        {QStringLiteral("maxMetadataPerCall"), qm::kMaxMetadataPerCall},
    };
    // A user recorded on the desktop has no serverHost: commands go to the local applet.
    if (agent.recordingMethod != u"desktop")
        out.insert(QStringLiteral("serverHost"), m_model.settings().serverHost);
    const QString &shape = m_model.settings().qm.config;
    if (shape == u"plain") {
        out.remove(QStringLiteral("recordingMode"));
        return HttpResponse::json(200, QJsonDocument(out));
    }
    if (shape == u"nested") {
        out.remove(QStringLiteral("recordingMode"));
        return HttpResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("configuration"), out}}));
    }
    out.insert(QStringLiteral("status"), QStringLiteral("ok"));
    out.insert(QStringLiteral("command"), command.name);
    out.insert(QStringLiteral("result"), QStringLiteral("config"));
    return HttpResponse::json(200, QJsonDocument(out));
}

void QmSettings::read(JsonReader &in)
{
    mode = in.string(QStringLiteral("qmMode"), mode);
    if (mode != u"agent" && mode != u"gateway")
        in.error(QStringLiteral("qmMode"), QStringLiteral("must be \"agent\" or \"gateway\""));
    in.oneOf(QStringLiteral("qmReplies"), replies,
             {QStringLiteral("detailed"), QStringLiteral("status"), QStringLiteral("empty")});
    in.oneOf(QStringLiteral("qmConfig"), config,
             {QStringLiteral("detailed"), QStringLiteral("plain"), QStringLiteral("nested")});
    in.oneOf(QStringLiteral("qmAuth"), auth, {QStringLiteral("none"), QStringLiteral("basic")});
}

void QmSettings::write(QJsonObject &out) const
{
    out.insert(QStringLiteral("qmMode"), mode);
    out.insert(QStringLiteral("qmReplies"), replies);
    out.insert(QStringLiteral("qmConfig"), config);
    out.insert(QStringLiteral("qmAuth"), auth);
}

} // namespace recsim
