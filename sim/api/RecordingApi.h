#pragma once

#include "../model/SimModel.h"
#include "ApiModule.h"
#include "Router.h"

#include <QJsonObject>

#include <variant>

namespace recsim {

// The JSON Recording API (/api/...): agent status, record, duplicate, blackout, screen.
// Paths and identifier names match case-insensitively, as on the vendor's ASP.NET server.
class RecordingApi : public ApiModule
{
public:
    explicit RecordingApi(SimModel &model);

    QString name() const override { return QStringLiteral("Recording API"); }
    bool claims(const QString &path) const override;
    HttpResponse handle(const HttpRequest &request, User &user) override;
    HttpResponse error(int status, const QString &message) const override;

    QJsonObject agentStatus(const Agent &agent) const;

private:
    struct Command
    {
        Agent *agent = nullptr;
        QJsonObject body;
    };
    std::variant<Command, HttpResponse> command(const HttpRequest &request) const;
    std::variant<Agent *, HttpResponse> findAgent(const QString &identifier,
                                                  const QString &value) const;
    std::variant<QMap<QString, QString>, HttpResponse> callMetadata(const Command &cmd,
                                                                    bool required) const;
    QJsonObject callJson(const Call &call) const;
    QString recordingState(const Recording &recording) const;
    QString screenState(const ScreenRecording &screen) const;

    HttpResponse getAgent(const HttpRequest &request);
    HttpResponse getAll();
    HttpResponse recordStart(const Command &cmd);
    HttpResponse recordStop(const Command &cmd);
    HttpResponse recordUpdate(const Command &cmd);
    HttpResponse duplicate(const Command &cmd, bool start);
    HttpResponse blackoutStart(const Command &cmd);
    HttpResponse blackoutStop(const Command &cmd);
    HttpResponse screenStart(const Command &cmd);
    HttpResponse screenUpdate(const Command &cmd);
    HttpResponse screenStop(const Command &cmd);

    SimModel &m_model;
    Router m_router{Qt::CaseInsensitive};
};

} // namespace recsim
