#pragma once

#include "../model/SimModel.h"
#include "ApiModule.h"
#include "Router.h"

#include <QJsonObject>

#include <variant>

namespace recsim {

// QM Recording Controls (/recordingcontrols/rest/<command>): JSON or form bodies carrying
// sender_id and peripheral_id, the command table of the QM integration guide, and agent vs
// gateway recording mode.
class QmApi : public ApiModule
{
public:
    // `metadataKeys`: the call data the QM server is configured with (its Config lists them).
    QmApi(SimModel &model, QList<MetadataKey> metadataKeys);

    QString name() const override { return QStringLiteral("QM Recording Controls"); }
    bool claims(const QString &path) const override;
    HttpResponse handle(const HttpRequest &request, User &user) override;
    HttpResponse error(int status, const QString &message) const override;
    bool requiresAuthentication() const override;

private:
    struct Command
    {
        QString name;
        Agent *agent = nullptr;
        QList<std::pair<QString, QString>> fields; // everything but the reserved ones
        QString extension;
    };
    std::variant<Command, HttpResponse> parse(const HttpRequest &request,
                                              const QString &name) const;
    HttpResponse run(const Command &command);
    HttpResponse result(const Command &command, const QString &result, const Call *call,
                        QJsonObject extra = {}) const;
    Call *targetCall(const Agent &agent) const;
    bool gatewayMode() const;

    HttpResponse start(const Command &command, Call *call);
    HttpResponse stop(const Command &command, Call *call);
    HttpResponse tag(const Command &command, Call *call);
    HttpResponse pause(const Command &command, Call *call, bool pause);
    HttpResponse restart(const Command &command, Call *call);
    HttpResponse remove(const Command &command, Call *call);
    HttpResponse segment(const Command &command, Call *call, bool start);
    HttpResponse metadata(const Command &command, Call *call);
    HttpResponse login(const Command &command);
    HttpResponse logout(const Command &command, Call *call);
    HttpResponse config(const Command &command) const;

    SimModel &m_model;
    QList<MetadataKey> m_metadataKeys;
};

} // namespace recsim
