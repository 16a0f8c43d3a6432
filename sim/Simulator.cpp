#include "Simulator.h"

#include "api/FinesseApi.h"
#include "api/IdsApi.h"
#include "api/ImagicleApi.h"
#include "api/QmApi.h"
#include "api/RecordingApi.h"
#include "api/RecordingExport.h"
#ifdef RECSIM_HAVE_WEBSOCKETS
#include "notify/NotificationService.h"
#endif

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcSim, "recsim", QtWarningMsg)

namespace recsim {

std::unique_ptr<Simulator> Simulator::create(const SimConfig &config, const QString &dataDir,
                                             QString *error)
{
    QStringList problems;
    QList<FaultRule> rules;
    for (qsizetype i = 0; i < config.faults.size(); ++i) {
        const auto rule = FaultRule::fromJson(config.faults[i].toObject());
        if (const QString *message = std::get_if<QString>(&rule))
            problems.append(QStringLiteral("faults[%1]: %2").arg(i).arg(*message));
        else
            rules.append(std::get<FaultRule>(rule));
    }
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return nullptr;
    }
    std::unique_ptr<Simulator> simulator(new Simulator(config, dataDir));
    for (const FaultRule &rule : std::as_const(rules))
        simulator->m_faults.add(rule);
    return simulator;
}

QString Simulator::resolveDataDir(const QString &requested, std::unique_ptr<QTemporaryDir> &temp)
{
    if (!requested.isEmpty())
        return requested;
    temp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/recsim-XXXXXX"));
    return temp->path();
}

Simulator::Simulator(const SimConfig &config, const QString &dataDir)
    : m_clock(config.clock, config.startTime)
    , m_model(config, &m_clock)
    , m_audio(resolveDataDir(dataDir, m_tempDir))
    , m_media(m_model, m_audio)
    , m_auth(m_model)
    , m_scenario(m_model)
    , m_control(m_model, m_auth, m_faults, m_scenario, m_media, m_requests, m_audio.directory())
    , m_server([this](const HttpRequest &request) { return handle(request); })
{
    // One line per server kind.
    m_apis.push_back(std::make_unique<RecordingApi>(m_model));
    m_apis.push_back(std::make_unique<QmApi>(m_model, config.qmMetadataKeys));
    [[maybe_unused]] auto *finesse =
        static_cast<FinesseApi *>(m_apis.emplace_back(std::make_unique<FinesseApi>(m_model)).get());
    m_apis.push_back(std::make_unique<ImagicleApi>(m_model, m_media));
    m_apis.push_back(std::make_unique<IdsApi>(m_model, m_auth.tokens()));

#ifdef RECSIM_HAVE_WEBSOCKETS
    auto notifications = std::make_unique<NotificationService>(m_model, m_faults, m_auth.tokens());
    NotificationService *service = notifications.get();
    m_server.setUpgrade("/ws", [service](QTcpSocket *socket) { service->accept(socket); });
    finesse->onRequestFailed([service = QPointer(service)](int agentId, const QString &requestId,
                                                           const QString &type,
                                                           const QString &message) {
        if (service) // it ends before the APIs when the simulator does
            service->publishFailure(agentId, requestId, type, message);
    });
    m_faults.setOnChange([service] { service->faultsChanged(); });
    m_endNotificationSessions = [service] { service->closeAll(); };
    m_notificationControl = [service](const HttpRequest &request) {
        return service->handleControl(request);
    };
    m_notifications = std::move(notifications);
#endif

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_model.runDue();
        armTimer();
    });
    connect(&m_model, &SimModel::scheduleChanged, this, &Simulator::armTimer);
    connect(&m_model, &SimModel::recordingDeleted, this,
            [this](const QString &id) { m_audio.remove(id); });
}

Simulator::~Simulator()
{
    close();
    m_faults.setOnChange({});
}

bool Simulator::listen(const QHostAddress &address, quint16 port,
                       const std::optional<QSslConfiguration> &tls)
{
    if (!m_server.listen(address, port, tls))
        return false;
    qCInfo(lcSim).noquote() << "listening on" << url().toString();
    return true;
}

void Simulator::close()
{
    m_server.close();
    if (m_endNotificationSessions)
        m_endNotificationSessions(); // a server down ends its notification sessions too
}

int Simulator::exportRecordings(const QString &folder, QString *error)
{
    return RecordingExport(m_model, m_media).write(folder, error);
}

QUrl Simulator::url() const
{
    QUrl url;
    url.setScheme(m_server.isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    const QHostAddress address = m_server.address();
    const bool any = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
                     address == QHostAddress::AnyIPv6;
    url.setHost(any ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(m_server.port());
    url.setPath(QStringLiteral("/"));
    return url;
}

bool Simulator::startScenario(const QByteArray &json, QString *error)
{
    const auto scenario = ScenarioRunner::parse(json, m_model);
    if (const QString *message = std::get_if<QString>(&scenario)) {
        *error = *message;
        return false;
    }
    m_scenario.start(std::get<Scenario>(scenario));
    return true;
}

void Simulator::armTimer()
{
    if (m_clock.mode() != SimClock::Mode::Real)
        return;
    const std::optional<qint64> due = m_model.nextDue();
    if (!due) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*due - m_model.now(), 0, 3'600'000);
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(int(wait));
}

HttpResponse Simulator::handle(const HttpRequest &request)
{
    m_model.runDue();
    if (request.path.startsWith(QStringLiteral("/sim/notifications"))) {
        if (m_notificationControl)
            return m_notificationControl(request);
        return HttpResponse::text(404, QStringLiteral("this recsim was built without Qt "
                                                      "WebSockets: no notification service\n"));
    }
    if (request.path == u"/sim" || request.path.startsWith(QStringLiteral("/sim/")))
        return m_control.handle(request);

    ApiModule *api = nullptr;
    for (const auto &candidate : m_apis) {
        if (candidate->claims(request.path)) {
            api = candidate.get();
            break;
        }
    }
    if (!api)
        return HttpResponse::text(404, QStringLiteral("recsim serves /api/, /recordingcontrols/, "
                                                      "/finesse/, /fw/, /ids/ and /sim/\n"));

    const FaultSet::Plan plan = m_faults.take(request);
    HttpResponse response;
    if (plan.status) {
        response = api->error(*plan.status, QStringLiteral("Injected fault"));
    } else if (!api->requiresAuthentication() || api->isPublic(request)) {
        response = api->handle(request, m_anonymous);
    } else {
        const SessionAuth::Result auth = m_auth.authenticate(request);
        // Finesse in single sign-on takes the IdS's tokens only; in hybrid mode, either.
        const bool ssoOnly = api->bearerOnly();
        if (auth.kind != SessionAuth::Result::Kind::Ok) {
            response = api->error(401, auth.bearer ? QStringLiteral("The access token is not "
                                                                    "valid (expired or revoked)")
                                                   : auth.message());
            response.setHeader("WWW-Authenticate", auth.bearer || ssoOnly
                                                       ? "Bearer realm=\"recsim\""
                                                       : "Basic realm=\"recsim\"");
        } else if (ssoOnly && !auth.bearer) {
            response = api->error(401, QStringLiteral("This Finesse signs in through single "
                                                      "sign-on: send an access token"));
            response.setHeader("WWW-Authenticate", "Bearer realm=\"recsim\"");
        } else {
            response = api->handle(request, *auth.user);
        }
        if (!auth.setCookie.isEmpty())
            response.setHeader("Set-Cookie", auth.setCookie);
    }
    m_requests.add(request, response.status);
    emit answered(request.method, request.path, response.status);
    FaultSet::apply(plan, response);
    return response;
}

} // namespace recsim
