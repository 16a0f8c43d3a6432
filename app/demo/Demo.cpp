#include "Demo.h"

#include "Simulator.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QTextStream>

namespace recbar {

namespace {

class DemoText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::RecBarApp)
};

// recsim's demo users (sim/README.md): bob, an agent; sam, the supervisor Finesse knows, with a
// phone to monitor calls from. Passwords are the name and "-demo", only ever sent to a recsim on
// this machine.
QString demoUser(const Demo::Options &options)
{
    return options.kind == u"finesse" && options.role == u"supervisor" ? QStringLiteral("sam")
                                                                       : QStringLiteral("bob");
}

} // namespace

Demo::~Demo() = default;

std::unique_ptr<QSettings> Demo::settings()
{
    static QTemporaryDir dir;
    return std::make_unique<QSettings>(dir.filePath(QStringLiteral("demo.ini")),
                                       QSettings::IniFormat);
}

Passwords Demo::passwords() const
{
    // In single sign-on the agent gives RecBar no password: the browser signs them in.
    if (m_singleSignOn)
        return {};
    return {.control = m_profile.user + QStringLiteral("-demo")};
}

Result<std::unique_ptr<Demo>> Demo::start(const Options &options)
{
    // The two kinds whose demo profile needs nothing but bob's login.
    if (options.kind != u"recording-api" && options.kind != u"finesse") {
        return fail(DemoText::tr("--demo-kind takes recording-api or finesse"));
    }
    if (options.role != u"agent" && options.role != u"supervisor") {
        return fail(DemoText::tr("--demo-role takes agent or supervisor"));
    }
    if ((options.auth != u"password" && options.auth != u"sso") ||
        (options.auth == u"sso" && options.kind != u"finesse")) {
        return fail(DemoText::tr("--demo-auth takes password, or sso with the finesse kind"));
    }
    const bool sso = options.auth == u"sso";
    std::unique_ptr<Demo> demo(new Demo);
    demo->m_singleSignOn = sso;
    QUrl server = options.server;
    if (!server.isEmpty()) {
        // The demo's password and plain HTTP are only for a recsim on this machine.
        const QHostAddress host(server.host());
        if (!server.isValid() || server.scheme() != u"http" ||
            !(host.isLoopback() || server.host() == u"localhost")) {
            return fail(DemoText::tr("--demo-server takes a recsim on this machine, such as "
                                     "http://127.0.0.1:8080"));
        }
    } else {
        recsim::SimConfig config = recsim::SimConfig::demo();
        if (sso)
            config.settings.finesse.authMode = QStringLiteral("SSO");
        QString error;
        demo->m_server = recsim::Simulator::create(config, {}, &error);
        if (!demo->m_server)
            return fail(error);
        if (!demo->m_server->listen(QHostAddress::LocalHost, 0))
            return fail(demo->m_server->errorString());
        if (options.scenario != u"none") {
            const QString path = options.scenario.isEmpty()
                                     ? QStringLiteral(":/recsim/demo-scenario.json")
                                     : options.scenario;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(file.errorString());
            if (!demo->m_server->startScenario(file.readAll(), &error))
                return fail(error);
        }
        server = demo->m_server->url();
        QTextStream(stdout) << "recbar demo: recsim listening on " << server.toString() << Qt::endl;
    }

    Profile &p = demo->m_profile;
    p.id = QString::fromLatin1(Profile::kDemoId);
    p.name = DemoText::tr("Demo (recsim)");
    p.serverUrl = server;
    p.user = demoUser(options);
    p.setField(QStringLiteral("agentIdentifierKind"), QStringLiteral("Id"));
    p.setField(QStringLiteral("agentIdentifier"), QStringLiteral("2"));
    // The call data a contact center would name (recsim keeps them under user1 to user3).
    p.setField(QStringLiteral("callDataKeys"),
               QStringLiteral("account=user1, customer=user2, case=user3"));
    p.allowPlainHttp = true; // loopback only
    p.rememberPassword = false;
    p.controlKind = options.kind;
    p.stateKind = options.kind;
    p.role = options.role;
    p.recordingsKind = QStringLiteral("imagicle"); // recsim serves that API too
    // Finesse's notification service is on recsim's port too, for a demo switched to Finesse.
    QUrl notifications = server;
    notifications.setScheme(server.scheme() == u"https" ? QStringLiteral("wss")
                                                        : QStringLiteral("ws"));
    notifications.setPath(QStringLiteral("/ws"));
    p.setField(QStringLiteral("finesseNotificationUrl"), notifications.toString());
    if (sso) {
        // recsim's identity service, on its port too; the sign-in mode is Finesse's to say.
        const auto at = [&server](const char *path) {
            return server.resolved(QUrl(QString::fromLatin1(path))).toString();
        };
        p.setField(QStringLiteral("idsAuthorizeUrl"), at("/ids/v1/oauth/authorize"));
        p.setField(QStringLiteral("idsTokenUrl"), at("/ids/v1/oauth/token"));
        p.setField(QStringLiteral("idsRevokeUrl"), at("/ids/v1/oauth/revoke"));
        p.setField(QStringLiteral("idsClientId"), QStringLiteral("recbar"));
    }
    if (options.pollMs > 0) {
        p.pollOnCallMs = std::max(options.pollMs, int(Profile::kMinPollOnCall.count()));
        p.pollIdleMs = std::max(options.pollMs, int(Profile::kMinPollIdle.count()));
    }
    return demo;
}

} // namespace recbar
