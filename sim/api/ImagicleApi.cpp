#include "ImagicleApi.h"

#include "ImagicleFilter.h"
#include "ImagicleSettings.h"
#include "JsonBody.h"

#include <QFile>
#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace recsim {

namespace {

const QString kBase = QStringLiteral("/fw/Apps/Recorder/WebAPI/");
const QString kUuid = QStringLiteral("([^/]+)");

HttpResponse noContent()
{
    return HttpResponse::empty(204);
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

// Imagicle names a phone by its device name (SEP and the MAC address), in any case.
Agent *agentByDeviceName(const SimModel &model, const QString &deviceName)
{
    const QList<Agent *> agents = model.agents();
    const auto found = std::find_if(agents.begin(), agents.end(), [&](const Agent *a) {
        return a->deviceName.compare(deviceName, Qt::CaseInsensitive) == 0;
    });
    return found == agents.end() ? nullptr : *found;
}

} // namespace

ImagicleApi::ImagicleApi(SimModel &model, const RecordingMedia &media)
    : m_model(model)
    , m_media(media)
{
    m_router.add("POST", kBase + QStringLiteral("LiveRecordings"),
                 [this](const HttpRequest &r, const QRegularExpressionMatch &, User *user) {
                     return startLive(r, *user);
                 });
    m_router.add("PUT", kBase + QStringLiteral("LiveRecordings/Pause"),
                 [this](const HttpRequest &r, const QRegularExpressionMatch &, User *user) {
                     return pauseLine(r, true, *user);
                 });
    m_router.add("PUT", kBase + QStringLiteral("LiveRecordings/Resume"),
                 [this](const HttpRequest &r, const QRegularExpressionMatch &, User *user) {
                     return pauseLine(r, false, *user);
                 });
    m_router.add("DELETE", kBase + QStringLiteral("LiveRecordings/") + kUuid,
                 [this](const HttpRequest &, const QRegularExpressionMatch &m, User *user) {
                     return stopLive(m.captured(1), *user);
                 });
    m_router.add("PUT",
                 kBase + QStringLiteral("LiveRecordings/") + kUuid + QStringLiteral("/Pause"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &m, User *user) {
                     return pauseLive(m.captured(1), true, *user);
                 });
    m_router.add("PUT",
                 kBase + QStringLiteral("LiveRecordings/") + kUuid + QStringLiteral("/Resume"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &m, User *user) {
                     return pauseLive(m.captured(1), false, *user);
                 });
    m_router.add("GET", kBase + QStringLiteral("Recordings"),
                 [this](const HttpRequest &r, const QRegularExpressionMatch &, User *user) {
                     return list(r, *user);
                 });
    m_router.add("GET", kBase + QStringLiteral("Recordings/") + kUuid + QStringLiteral("/Media"),
                 [this](const HttpRequest &, const QRegularExpressionMatch &m, User *user) {
                     return this->media(m.captured(1), *user);
                 });
}

bool ImagicleApi::claims(const QString &path) const
{
    return path.startsWith(QStringLiteral("/fw/"), Qt::CaseInsensitive);
}

HttpResponse ImagicleApi::handle(const HttpRequest &request, User &user)
{
    return m_router.dispatch(request, &user, [this](int status, const QString &message) {
        return error(status, message);
    });
}

HttpResponse ImagicleApi::error(int status, const QString &message) const
{
    return HttpResponse::json(status,
                              QJsonDocument(QJsonObject{{QStringLiteral("message"), message}}));
}

HttpResponse ImagicleApi::reasonError(int reason, const QString &message) const
{
    return HttpResponse::json(400,
                              QJsonDocument(QJsonObject{{QStringLiteral("reason"), reason},
                                                        {QStringLiteral("message"), message}}));
}

bool ImagicleApi::maySeeAll(const User &user) const
{
    return user.hasRole(QStringLiteral("supervisor")) || user.hasRole(QStringLiteral("admin"));
}

// Live recordings --------------------------------------------------------------------------

HttpResponse ImagicleApi::startLive(const HttpRequest &request, User &user)
{
    if (!mayControl(user))
        return error(403, QStringLiteral("Starting a recording needs the Complete Management "
                                         "(level 10) right for Call Recording"));
    const auto parsed = parseJsonObject(request.body);
    if (const QString *message = std::get_if<QString>(&parsed))
        return error(400, *message);
    const QJsonObject body = std::get<QJsonObject>(parsed);

    const QJsonValue mode = body.value(QStringLiteral("mode"));
    if (!mode.isUndefined() && !mode.isNull() &&
        (!mode.isDouble() || (mode.toDouble() != 0 && mode.toDouble() != 1)))
        return reasonError(2, QStringLiteral("mode must be 0 (media forking) or 1 (dial-in)"));
    const QJsonValue deviceName = body.value(QStringLiteral("deviceName"));
    const QJsonValue directoryNumber = body.value(QStringLiteral("directoryNumber"));
    for (const QJsonValue &value : {deviceName, directoryNumber}) {
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return reasonError(0, QStringLiteral("deviceName and directoryNumber must be strings"));
    }

    Agent *agent = nullptr;
    if (deviceName.isString() || directoryNumber.isString()) {
        if (deviceName.isString())
            agent = agentByDeviceName(m_model, deviceName.toString());
        if (directoryNumber.isString()) {
            Agent *byNumber = m_model.agentByPhone(directoryNumber.toString());
            if (agent && byNumber != agent)
                agent = nullptr;
            else if (!deviceName.isString())
                agent = byNumber;
        }
        if (!agent)
            return reasonError(0, QStringLiteral("No such device or directory number"));
    } else {
        agent = m_model.agentForUser(user);
        if (!agent || agent->phone.isEmpty())
            return reasonError(3, QStringLiteral("User %1 has no extension").arg(user.name));
    }
    if (!agent->monitorable)
        return reasonError(1, QStringLiteral("Line %1 cannot be monitored").arg(agent->phone));
    if (agent->imagicleAutomatic)
        return reasonError(
            4, QStringLiteral("Device of line %1 is on automatic recording").arg(agent->phone));

    Call *call = m_model.activeCall(*agent);
    if (!call || !call->isConnected() || call->deleted)
        return error(409, QStringLiteral("Line %1 has no connected call").arg(agent->phone));
    if (m_model.runningRecording(*call))
        return error(429, QStringLiteral("Line %1 is already being recorded").arg(agent->phone));
    const Recording *recording = m_model.startRecording(call, RecordingOrigin::Imagicle);
    return HttpResponse::json(201,
                              QJsonDocument(QJsonObject{{QStringLiteral("id"), recording->id}}));
}

HttpResponse ImagicleApi::stopLive(const QString &id, User &user)
{
    if (!mayControl(user))
        return error(403, QStringLiteral("Stopping a recording needs level 10"));
    if (!isUuid(id))
        return error(400, QStringLiteral("\"%1\" is not a recording id").arg(id));
    if (m_model.settings().imagicle.serviceDown)
        return error(504, QStringLiteral("The recording service does not answer"));
    Recording *recording = m_model.recording(id);
    if (!recording || !recording->isRunning())
        return error(409, QStringLiteral("%1 is not a live recording").arg(id));
    m_model.stopRecording(recording);
    return noContent();
}

HttpResponse ImagicleApi::pauseLive(const QString &id, bool pause, User &user)
{
    if (!mayControl(user))
        return error(403, QStringLiteral("Pausing a recording needs level 10"));
    Recording *recording = m_model.recording(id);
    if (!recording || !recording->isRunning())
        return error(409, QStringLiteral("No live recording %1").arg(id));
    const bool changed =
        pause ? m_model.pauseRecording(recording) : m_model.resumeRecording(recording);
    if (!changed)
        return error(429, pause ? QStringLiteral("The recording is already paused")
                                : QStringLiteral("The recording is not paused"));
    return noContent();
}

HttpResponse ImagicleApi::pauseLine(const HttpRequest &request, bool pause, User &user)
{
    if (!mayControl(user))
        return error(403, QStringLiteral("Pausing a recording needs level 10"));
    const QString number =
        request.query.queryItemValue(QStringLiteral("directoryNumber"), QUrl::FullyDecoded);
    if (number.isEmpty())
        return error(400, QStringLiteral("directoryNumber is required"));
    const Agent *agent = m_model.agentByPhone(number);
    const Call *call = agent ? m_model.activeCall(*agent) : nullptr;
    Recording *recording = call ? m_model.runningRecording(*call) : nullptr;
    if (!recording)
        return error(409, QStringLiteral("No live recording on line %1").arg(number));
    return pauseLive(recording->id, pause, user);
}

// Recordings list and media ------------------------------------------------------------------

QList<const Recording *> ImagicleApi::visibleRecordings(const User &user) const
{
    const bool all = maySeeAll(user);
    const Agent *own = m_model.agentForUser(user);
    QList<const Recording *> out;
    for (const Recording *recording : m_model.recordings()) {
        if (recording->deleted || recording->isRunning() || recording->isDuplicate)
            continue;
        if (!all && (!own || recording->agentId != own->id))
            continue;
        out.append(recording);
    }
    return out;
}

QJsonObject ImagicleApi::recordingJson(const Recording &recording) const
{
    const Call *call = m_model.call(recording.callId);
    const Agent *agent = m_model.agent(recording.agentId);
    const int direction = !call                                    ? 0
                          : call->direction == Direction::Inbound  ? 1
                          : call->direction == Direction::Outbound ? 2
                                                                   : 0;
    return {
        {QStringLiteral("id"), recording.id},
        {QStringLiteral("referenceNumber"), recording.referenceNumber},
        {QStringLiteral("startTime"),
         QDateTime::fromMSecsSinceEpoch(recording.startMs).toUTC().toString(Qt::ISODate)},
        {QStringLiteral("duration"), imagicle::isoDuration(m_model.durationMs(recording))},
        {QStringLiteral("direction"), direction},
        {QStringLiteral("localPartyNumber"), agent ? agent->phone : QString()},
        {QStringLiteral("remotePartyNumber"), call ? call->remoteNumber : QString()},
        {QStringLiteral("ownerUsername"), agent ? agent->loginId : QString()},
    };
}

HttpResponse ImagicleApi::list(const HttpRequest &request, User &user) const
{
    QString problem;
    auto integer = [&](const QString &key, int fallback, int min, int max) {
        if (!request.query.hasQueryItem(key))
            return fallback;
        bool ok = false;
        const int value = request.query.queryItemValue(key).toInt(&ok);
        if (!ok || value < min || value > max) {
            problem = QStringLiteral("%1 must be a whole number from %2 to %3")
                          .arg(key)
                          .arg(min)
                          .arg(max);
            return fallback;
        }
        return value;
    };
    const int page = integer(QStringLiteral("page"), 0, 0, 1'000'000);
    const int pageSize = integer(QStringLiteral("pageSize"), 20, 1, 500);

    // startTime bounds when a recording began, endTime when it ended.
    std::optional<imagicle::TimeFilter> startFilter;
    std::optional<imagicle::TimeFilter> endFilter;
    for (auto [key, target] : {std::pair{QStringLiteral("startTime"), &startFilter},
                               std::pair{QStringLiteral("endTime"), &endFilter}}) {
        if (!request.query.hasQueryItem(key))
            continue;
        const auto parsed =
            imagicle::parseTimeFilter(request.query.queryItemValue(key, QUrl::FullyDecoded));
        if (const QString *message = std::get_if<QString>(&parsed))
            problem = key + QStringLiteral(": ") + *message;
        else
            *target = std::get<imagicle::TimeFilter>(parsed);
    }

    QList<std::pair<QString, imagicle::StringFilter>> strings;
    for (const QString &key :
         {QStringLiteral("localPartyNumber"), QStringLiteral("remotePartyNumber"),
          QStringLiteral("ownerUsername")}) {
        if (!request.query.hasQueryItem(key))
            continue;
        const auto parsed =
            imagicle::parseStringFilter(request.query.queryItemValue(key, QUrl::FullyDecoded));
        if (const QString *message = std::get_if<QString>(&parsed))
            problem = key + QStringLiteral(": ") + *message;
        else
            strings.append({key, std::get<imagicle::StringFilter>(parsed)});
    }
    std::optional<int> direction;
    if (request.query.hasQueryItem(QStringLiteral("direction"))) {
        QString text = request.query.queryItemValue(QStringLiteral("direction"));
        if (text.startsWith(QStringLiteral("equals:")))
            text = text.mid(7);
        bool ok = false;
        direction = text.toInt(&ok);
        if (!ok || *direction < 0 || *direction > 2)
            problem = QStringLiteral("direction must be 0 (unknown), 1 (in) or 2 (out)");
    }
    if (!problem.isEmpty())
        return error(400, problem);

    QList<const Recording *> recordings = visibleRecordings(user);
    std::sort(recordings.begin(), recordings.end(), [](const Recording *a, const Recording *b) {
        return a->startMs != b->startMs ? a->startMs > b->startMs : a->id < b->id;
    });
    qsizetype total = 0;
    const qsizetype first = qsizetype(page) * pageSize;
    QJsonArray pageItems;
    for (const Recording *recording : std::as_const(recordings)) {
        const QJsonObject json = recordingJson(*recording);
        const auto at = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toUTC(); };
        if (startFilter && !startFilter->matches(at(recording->startMs)))
            continue;
        if (endFilter && !endFilter->matches(at(recording->stopMs)))
            continue;
        if (direction && json.value(QStringLiteral("direction")).toInt() != *direction)
            continue;
        const bool stringsMatch = std::all_of(strings.begin(), strings.end(), [&](const auto &f) {
            return f.second.matches(json.value(f.first).toString());
        });
        if (!stringsMatch)
            continue;
        if (total >= first && pageItems.size() < pageSize)
            pageItems.append(json);
        ++total;
    }
    return HttpResponse::json(200, QJsonDocument(QJsonObject{
                                       {QStringLiteral("totalCount"), total},
                                       {QStringLiteral("recordings"), pageItems},
                                   }));
}

HttpResponse ImagicleApi::media(const QString &id, User &user) const
{
    const Recording *recording = m_model.recording(id);
    if (!recording || !visibleRecordings(user).contains(recording))
        return error(404, QStringLiteral("No recording %1").arg(id));
    QString problem;
    const QString path = m_media.file(*recording, AudioStore::Format::Mp3, &problem);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return error(500, QStringLiteral("The recording's audio could not be produced: %1")
                              .arg(problem.isEmpty() ? file.errorString() : problem));
    m_model.audit(user.name, QStringLiteral("download"), recording->id);
    HttpResponse response = HttpResponse::binary(200, "audio/mpeg", file.readAll());
    // The reference may be any text (see /sim/recordings/{id}/reference); the header stays one
    // line.
    QByteArray name = recording->referenceNumber.toUtf8();
    name.replace('\r', ' ').replace('\n', ' ').replace('"', '\'');
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".mp3\"");
    return response;
}

void ImagicleSettings::read(JsonReader &in)
{
    serviceDown = in.boolean(QStringLiteral("imagicleServiceDown"), serviceDown);
}

void ImagicleSettings::write(QJsonObject &out) const
{
    out.insert(QStringLiteral("imagicleServiceDown"), serviceDown);
}

} // namespace recsim
