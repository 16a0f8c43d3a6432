#include "BarRig.h"

#include <QFile>
#include <QLoggingCategory>

using namespace recbar;

namespace {

QStringList g_log;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

} // namespace

TEST_CASE("No password reaches the settings file or the log", "[bar][secrets]")
{
    const QString password = QStringLiteral("bob-demo");
    QLoggingCategory::setFilterRules(QStringLiteral("recbar.*=true\nrecsim.*=true"));
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    {
        BarRig rig;
        rig.server.connectedCall(QStringLiteral("bob"));
        Profile p = rig.profile();
        p.rememberPassword = true; // the keychain may be absent here; the settings must not care
        rig.session.profiles().save(p);
        rig.signInAndConnect(p);
        CHECK(rig.run(CommandKind::Start));
        rig.server.expireSessions(); // force a re-authentication as well
        CHECK(rig.run(CommandKind::Pause));
        rig.settings.sync();
        QFile file(rig.settings.fileName());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        CHECK(stored.contains("serverUrl"));
        CHECK_FALSE(stored.contains(password.toUtf8()));
        CHECK_FALSE(stored.contains(QByteArray("bob:bob-demo").toBase64()));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});
    CHECK_FALSE(g_log.isEmpty()); // the log did run at debug level
    for (const QString &line : std::as_const(g_log)) {
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(password));
        CHECK_FALSE(line.contains(QString::fromLatin1(QByteArray("bob:bob-demo").toBase64())));
        CHECK_FALSE(line.contains(QStringLiteral("Authorization"), Qt::CaseInsensitive));
    }
}
