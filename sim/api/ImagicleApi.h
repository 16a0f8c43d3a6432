#pragma once

#include "../model/SimModel.h"
#include "ApiModule.h"
#include "RecordingMedia.h"
#include "Router.h"

#include <QJsonObject>

namespace recsim {

// Imagicle Call Recording Web API (/fw/Apps/Recorder/WebAPI/...): live recordings with
// pause/resume (429 on redundant calls), the recordings list and MP3 media.
class ImagicleApi : public ApiModule
{
public:
    ImagicleApi(SimModel &model, const RecordingMedia &media);

    QString name() const override { return QStringLiteral("Imagicle"); }
    bool claims(const QString &path) const override;
    HttpResponse handle(const HttpRequest &request, User &user) override;
    HttpResponse error(int status, const QString &message) const override;

    static constexpr int kManagementLevel = 10;

private:
    HttpResponse reasonError(int reason, const QString &message) const;
    bool mayControl(const User &user) const { return user.level >= kManagementLevel; }
    bool maySeeAll(const User &user) const;
    QList<const Recording *> visibleRecordings(const User &user) const;
    QJsonObject recordingJson(const Recording &recording) const;

    HttpResponse startLive(const HttpRequest &request, User &user);
    HttpResponse stopLive(const QString &id, User &user);
    HttpResponse pauseLive(const QString &id, bool pause, User &user);
    HttpResponse pauseLine(const HttpRequest &request, bool pause, User &user);
    HttpResponse list(const HttpRequest &request, User &user) const;
    HttpResponse media(const QString &id, User &user) const;

    SimModel &m_model;
    const RecordingMedia &m_media;
    Router m_router{Qt::CaseInsensitive};
};

} // namespace recsim
