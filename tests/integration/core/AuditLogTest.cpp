#include "audit/AuditLog.h"

#include "BarRig.h"
#include "audit/CommandAudit.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace recbar;

namespace {

QList<QByteArray> linesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().split('\n');
}

void writeLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n'));
}

QString writeThree(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("audit/audit.log"));
    AuditLog log(path);
    for (int i = 1; i <= 3; ++i)
        REQUIRE(log.append(
            QStringLiteral("command"),
            {{QStringLiteral("command"), QStringLiteral("pause")}, {QStringLiteral("n"), i}}));
    return path;
}

} // namespace

TEST_CASE("The audit log is a hash chain that shows any edit", "[audit]")
{
    QTemporaryDir dir;
    const QString path = writeThree(dir);
    AuditLog::Verification v = AuditLog::verify(path);
    CHECK(v.ok);
    CHECK(v.entries == 3);

    // A later run continues the same chain.
    {
        AuditLog again(path);
        REQUIRE(again.append(QStringLiteral("export"),
                             {{QStringLiteral("folder"), QStringLiteral("/tmp/x")}}));
    }
    v = AuditLog::verify(path);
    CHECK(v.ok);
    CHECK(v.entries == 4);
    const QJsonObject fourth = QJsonDocument::fromJson(linesOf(path)[3]).object();
    CHECK(fourth.value(QStringLiteral("seq")).toInteger() == 4);
    CHECK(fourth.value(QStringLiteral("kind")).toString() == QStringLiteral("export"));

    SECTION("a changed value")
    {
        QList<QByteArray> lines = linesOf(path);
        lines[1].replace("\"pause\"", "\"resume\"");
        writeLines(path, lines);
        v = AuditLog::verify(path);
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadLine == 2);
        CHECK(v.entries == 1);
        CHECK(v.problem.contains(QStringLiteral("changed")));
    }
    SECTION("a removed line")
    {
        QList<QByteArray> lines = linesOf(path);
        lines.removeAt(1);
        writeLines(path, lines);
        v = AuditLog::verify(path);
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadLine == 2);
    }
    SECTION("a line rewritten with a fresh hash")
    {
        // Recomputing one line's hash is not enough: the next line names the old one.
        QList<QByteArray> lines = linesOf(path);
        QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        second.insert(QStringLiteral("detail"),
                      QJsonObject{{QStringLiteral("command"), QStringLiteral("resume")}});
        second.remove(QStringLiteral("hash"));
        const QByteArray hash =
            QCryptographicHash::hash(QJsonDocument(second).toJson(QJsonDocument::Compact),
                                     QCryptographicHash::Sha256)
                .toHex();
        second.insert(QStringLiteral("hash"), QString::fromLatin1(hash));
        lines[1] = QJsonDocument(second).toJson(QJsonDocument::Compact);
        writeLines(path, lines);
        v = AuditLog::verify(path);
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadLine == 3);
    }
    SECTION("garbage")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::Append));
        file.write("not json\n");
        file.close();
        v = AuditLog::verify(path);
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadLine == 5);
        CHECK(v.entries == 4);
    }
    CHECK_FALSE(AuditLog::verify(dir.filePath(QStringLiteral("missing.log"))).ok);
}

TEST_CASE("Every command the agent sends is audited with its outcome", "[audit][bar]")
{
    BarRig rig;
    AuditLog log(rig.dir.filePath(QStringLiteral("audit.log")));
    CommandAudit audit(log);
    rig.server.connectedCall(QStringLiteral("bob"));
    Profile profile = rig.profile();
    profile.setField(QStringLiteral("callDataKeys"), QStringLiteral("account=user1"));
    rig.signInAndConnect(profile);
    audit.setController(&rig.controller());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));

    CHECK(rig.run(CommandKind::Start));
    CHECK(rig.run(CommandKind::Pause));
    CHECK_FALSE(rig.run(CommandKind::Pause)); // refused here: already paused
    CHECK(rig.run(CommandKind::Metadata,
                  {{QStringLiteral("account"), QStringLiteral("4111111111111111")}}));

    const AuditLog::Verification v = AuditLog::verify(log.path());
    REQUIRE(v.ok);
    REQUIRE(v.entries == 4);
    const QList<QByteArray> lines = linesOf(log.path());
    const auto detail = [&](int i) {
        return QJsonDocument::fromJson(lines[i])
            .object()
            .value(QStringLiteral("detail"))
            .toObject();
    };
    CHECK(detail(0).value(QStringLiteral("command")).toString() == QStringLiteral("start"));
    CHECK(detail(0).value(QStringLiteral("outcome")).toString() == QStringLiteral("confirmed"));
    CHECK(detail(0).value(QStringLiteral("origin")).toString() == QStringLiteral("test"));
    CHECK(detail(2).value(QStringLiteral("outcome")).toString() == QStringLiteral("failed"));
    CHECK_FALSE(detail(2).value(QStringLiteral("message")).toString().isEmpty());
    CHECK(detail(3).value(QStringLiteral("metadataKeys")).toArray().first().toString() ==
          QStringLiteral("account"));
    // The values of call data never reach the log.
    QFile file(log.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("4111111111111111"));
}
