#pragma once

#include "../model/ScenarioRunner.h"
#include "../model/SimModel.h"
#include "FaultSet.h"
#include "RecordingMedia.h"
#include "RequestLog.h"
#include "Router.h"
#include "SessionAuth.h"

#include <QJsonObject>

namespace recsim {

// The simulator's own control surface under /sim/ (no authentication): read the model, drive
// calls, move the clock, inject faults, expire sessions, change settings, run scenarios.
class ControlApi
{
public:
    ControlApi(SimModel &model, SessionAuth &auth, FaultSet &faults, ScenarioRunner &scenario,
               const RecordingMedia &media, RequestLog &requests, QString dataDirectory);

    HttpResponse handle(const HttpRequest &request);

    QJsonObject modelJson(const QString &agentFilter = {}) const;
    QJsonObject recordingJson(const Recording &recording) const;

private:
    static HttpResponse error(int status, const QString &message);
    static HttpResponse json(int status, const QJsonObject &object);
    QJsonObject agentJson(const Agent &agent) const;
    QJsonObject callJson(const Call &call) const;

    HttpResponse createCall(const HttpRequest &request);
    HttpResponse crowd(const HttpRequest &request);
    HttpResponse callAction(const HttpRequest &request, const QString &id, const QString &action);
    HttpResponse agentState(const HttpRequest &request, const QString &id);
    HttpResponse audio(const QString &id) const;
    HttpResponse setTags(const HttpRequest &request, const QString &id);
    HttpResponse setReference(const HttpRequest &request, const QString &id);
    HttpResponse advanceClock(const HttpRequest &request);
    HttpResponse addFault(const HttpRequest &request);
    HttpResponse expireSessions(const HttpRequest &request);
    HttpResponse patchSettings(const HttpRequest &request);
    HttpResponse updateUser(const HttpRequest &request, const QString &name);
    HttpResponse startScenario(const HttpRequest &request);

    SimModel &m_model;
    SessionAuth &m_auth;
    FaultSet &m_faults;
    ScenarioRunner &m_scenario;
    const RecordingMedia &m_media;
    RequestLog &m_requests;
    QString m_dataDirectory;
    Router m_router;
};

} // namespace recsim
