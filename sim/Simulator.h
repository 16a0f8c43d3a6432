#pragma once

#include "api/ApiModule.h"
#include "api/ControlApi.h"
#include "api/FaultSet.h"
#include "api/RecordingMedia.h"
#include "api/SessionAuth.h"
#include "audio/AudioStore.h"
#include "http/HttpServer.h"
#include "model/ScenarioRunner.h"
#include "model/SimClock.h"
#include "model/SimConfig.h"
#include "model/SimModel.h"

#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace recsim {

// recsim as a library: one model, the four server APIs and /sim/ on one HTTP(S) port.
// Used by the recsim executable and embedded by `recbar --demo` and the tests.
class Simulator : public QObject
{
    Q_OBJECT

public:
    // Returns nullptr and a message when the configuration's fault rules are invalid.
    static std::unique_ptr<Simulator> create(const SimConfig &config, const QString &dataDir,
                                             QString *error);
    ~Simulator() override;

    bool listen(const QHostAddress &address, quint16 port,
                const std::optional<QSslConfiguration> &tls = std::nullopt);
    void close();
    QString errorString() const { return m_server.errorString(); }
    QUrl url() const;
    bool startScenario(const QByteArray &json, QString *error);
    SimModel &model() { return m_model; }
    QString dataDirectory() const { return m_audio.directory(); }
    // The finished recordings as audio files with sidecars (RecordingExport); how many, or -1.
    int exportRecordings(const QString &folder, QString *error);

    HttpResponse handle(const HttpRequest &request);

signals:
    // Each request to a server API, as it is answered (before any injected delay): what a test
    // waits for instead of time ("two more reads, and still nothing").
    void answered(const QByteArray &method, const QString &path, int status);

private:
    Simulator(const SimConfig &config, const QString &dataDir);
    static QString resolveDataDir(const QString &requested, std::unique_ptr<QTemporaryDir> &temp);
    void armTimer();

    std::unique_ptr<QTemporaryDir> m_tempDir;
    SimClock m_clock;
    SimModel m_model;
    AudioStore m_audio;
    RecordingMedia m_media;
    SessionAuth m_auth;
    FaultSet m_faults;
    RequestLog m_requests;
    User m_anonymous; // who asks an API that takes no credentials
    ScenarioRunner m_scenario;
    ControlApi m_control;
    std::vector<std::unique_ptr<ApiModule>> m_apis;
    // The Finesse notification service at /ws, absent from a build without Qt WebSockets: owned
    // here (gone before the model it reads), reached through what the simulator needs of it.
    std::unique_ptr<QObject> m_notifications;
    std::function<void()> m_endNotificationSessions;
    std::function<HttpResponse(const HttpRequest &)> m_notificationControl;
    HttpServer m_server;
    QTimer m_timer;
};

} // namespace recsim
