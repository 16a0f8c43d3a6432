#pragma once

#include "../model/SimModel.h"
#include "ApiModule.h"
#include "FinesseXml.h"
#include "Router.h"

#include <QSet>

#include <functional>
#include <variant>

namespace recsim {

// Cisco Finesse REST in XML: User, Dialogs, Dialog (with PUT START_RECORDING), Team and
// SystemInfo. A user with the supervisor role supervises every team of the model.
class FinesseApi : public ApiModule
{
public:
    explicit FinesseApi(SimModel &model);

    QString name() const override { return QStringLiteral("Finesse"); }
    bool bearerOnly() const override { return m_model.settings().finesse.authMode == u"SSO"; }
    bool claims(const QString &path) const override;
    bool isPublic(const HttpRequest &request) const override;
    HttpResponse handle(const HttpRequest &request, User &user) override;
    HttpResponse error(int status, const QString &message) const override;
    HttpResponse apiError(int status, const QString &type, const QString &message,
                          const QString &data = {}) const;

    // Where the failure of a request Finesse accepted goes (the notification service pushes it
    // to the agent as an ApiErrors event).
    using RequestFailed = std::function<void(int agentId, const QString &requestId,
                                             const QString &type, const QString &message)>;
    void onRequestFailed(RequestFailed failed) { m_requestFailed = std::move(failed); }

private:
    bool maySee(const User &user, const Agent &agent) const;
    std::variant<const Agent *, HttpResponse> visibleAgent(const QString &loginId,
                                                           const User &user) const;

    HttpResponse getUser(const QString &id, User &user) const;
    HttpResponse getDialogs(const QString &id, User &user) const;
    HttpResponse getSupervisor(const User &user) const;
    HttpResponse postDialog(const HttpRequest &request, const QString &id, const User &user);
    // The fields of a <Dialog> request body, or the 400 the body earns.
    std::variant<QMap<QString, QString>, HttpResponse> dialogRequest(const QByteArray &body) const;
    HttpResponse getTeam(const QString &id, const User &user) const;
    HttpResponse getDialog(const QString &id, User &user) const;
    HttpResponse putDialog(const HttpRequest &request, const QString &id, User &user);
    HttpResponse systemInfo() const;
    HttpResponse userAuthMode(const QString &user) const;
    // START_RECORDING accepted as `requestId`: the recording starts after the configured delay,
    // or the request fails then.
    void startRecordingLater(const Call &call, const QString &requestId);
    void requestFailed(int agentId, const QString &requestId, const QString &type,
                       const QString &message) const;

    SimModel &m_model;
    FinesseXml m_xml;
    Router m_router;
    quint64 m_requests = 0;
    QHash<QString, QString> m_monitoring; // supervisor -> the call id they silently monitor
    QSet<QString> m_startsPending;        // calls whose START_RECORDING is accepted, not done
    RequestFailed m_requestFailed;
};

} // namespace recsim
