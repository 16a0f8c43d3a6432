#include "audit/AuditLog.h"

#include "BarRig.h"
#include "audit/CommandAudit.h"
#include "team/TeamBoard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

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

// An entry's fields: the "entry" object of its line.
QJsonObject entryOf(const QByteArray &line)
{
    return QJsonDocument::fromJson(line).object().value(QStringLiteral("entry")).toObject();
}

const QByteArray kKey = QByteArray(32, '\x5a');

QString writeThree(QTemporaryDir &dir, const QByteArray &key = kKey)
{
    const QString path = dir.filePath(QStringLiteral("audit/audit.log"));
    AuditLog log(path);
    log.setKey(key);
    for (int i = 1; i <= 3; ++i)
        REQUIRE(log.append(
            QStringLiteral("command"),
            {{QStringLiteral("command"), QStringLiteral("pause")}, {QStringLiteral("n"), i}}));
    return path;
}

// A line rebuilt around a changed entry, with a mac made the way someone without the key can.
QByteArray forged(const QByteArray &line, const QJsonObject &entry)
{
    const QByteArray bytes = QJsonDocument(entry).toJson(QJsonDocument::Compact);
    const QByteArray mac = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    Q_UNUSED(line)
    return R"({"entry":)" + bytes + R"(,"mac":")" + mac + R"("})";
}

} // namespace

TEST_CASE("The audit log is a keyed chain that shows any edit", "[audit]")
{
    QTemporaryDir dir;
    const QString path = writeThree(dir);
    AuditLog::Verification v = AuditLog::verify(path, kKey);
    CHECK(v.ok);
    CHECK(v.entries == 3);
    CHECK(v.keyedEntries == 3);
    // Without the key the chain is checked, and the keyed macs are said to be unchecked.
    v = AuditLog::verify(path);
    CHECK(v.ok);
    CHECK(v.uncheckedMacs == 3);

    // A later run continues the same chain.
    {
        AuditLog again(path);
        again.setKey(kKey);
        REQUIRE(again.append(QStringLiteral("export"),
                             {{QStringLiteral("folder"), QStringLiteral("/tmp/x")}}));
    }
    v = AuditLog::verify(path, kKey);
    CHECK(v.ok);
    CHECK(v.entries == 4);
    const QJsonObject fourth = entryOf(linesOf(path)[3]);
    CHECK(fourth.value(QStringLiteral("seq")).toInteger() == 4);
    CHECK(fourth.value(QStringLiteral("kind")).toString() == QStringLiteral("export"));

    SECTION("a changed value")
    {
        QList<QByteArray> lines = linesOf(path);
        lines[1].replace("\"pause\"", "\"resume\"");
        writeLines(path, lines);
        v = AuditLog::verify(path, kKey);
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
        v = AuditLog::verify(path, kKey);
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadLine == 2);
    }
    SECTION("the chain rewritten from one line on, without the key")
    {
        // Whoever can write the file can recompute plain hashes, even for every later line;
        // without the keychain's secret the macs do not come out right.
        QList<QByteArray> lines = linesOf(path);
        QByteArray previous = QJsonDocument::fromJson(lines[0])
                                  .object()
                                  .value(QStringLiteral("mac"))
                                  .toString()
                                  .toLatin1();
        for (int i = 1; i < 4; ++i) {
            QJsonObject entry = entryOf(lines[i]);
            if (i == 1)
                entry.insert(QStringLiteral("detail"),
                             QJsonObject{{QStringLiteral("command"), QStringLiteral("resume")}});
            entry.insert(QStringLiteral("prev"), QString::fromLatin1(previous));
            lines[i] = forged(lines[i], entry);
            previous = QJsonDocument::fromJson(lines[i])
                           .object()
                           .value(QStringLiteral("mac"))
                           .toString()
                           .toLatin1();
        }
        writeLines(path, lines);
        v = AuditLog::verify(path, kKey);
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadLine == 2);
        CHECK(v.problem.contains(QStringLiteral("key")));
    }
    SECTION("the exact bytes are what is checked")
    {
        // The same entry written with other spacing is another line.
        QList<QByteArray> lines = linesOf(path);
        lines[2].replace(R"("kind":"command")", R"("kind": "command")");
        writeLines(path, lines);
        CHECK_FALSE(AuditLog::verify(path, kKey).ok);
    }
    SECTION("garbage in the middle")
    {
        QList<QByteArray> lines = linesOf(path);
        lines.insert(2, "not json");
        writeLines(path, lines);
        v = AuditLog::verify(path, kKey);
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadLine == 3);
    }
    CHECK_FALSE(AuditLog::verify(dir.filePath(QStringLiteral("missing.log"))).ok);
}

TEST_CASE("A line torn by a crash is noted by the next entry, and the chain goes on", "[audit]")
{
    QTemporaryDir dir;
    const QString path = writeThree(dir);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::Append));
        file.write(R"({"entry":{"seq":4,"time":"2026-)"); // the power went here
    }
    AuditLog::Verification v = AuditLog::verify(path, kKey);
    CHECK(v.ok); // an unfinished last line is what a crash leaves
    CHECK(v.tornLines == 1);
    {
        AuditLog again(path);
        again.setKey(kKey);
        REQUIRE(again.append(QStringLiteral("command"), {{QStringLiteral("n"), 4}}));
        REQUIRE(again.append(QStringLiteral("command"), {{QStringLiteral("n"), 5}}));
    }
    v = AuditLog::verify(path, kKey);
    INFO(v.problem.toStdString());
    CHECK(v.ok);
    CHECK(v.tornLines == 1);
    CHECK(v.entries == 6); // three, the repair, two more
    const QList<QByteArray> lines = linesOf(path);
    CHECK(entryOf(lines[4]).value(QStringLiteral("kind")).toString() == QStringLiteral("repair"));
    // A torn line nobody noted is a break.
    QList<QByteArray> edited = lines;
    edited.removeAt(4);
    writeLines(path, edited);
    CHECK_FALSE(AuditLog::verify(path, kKey).ok);
}

TEST_CASE("An audit log that cannot be written says so, and nothing else stops", "[audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.log"));
    REQUIRE(QDir().mkpath(path)); // a folder where the file should be
    AuditLog log(path);
    QStringList failures;
    QObject::connect(&log, &AuditLog::failed,
                     [&](const QString &message) { failures.append(message); });
    const Result<void> refused = log.append(QStringLiteral("command"), {});
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(refused.error().isEmpty());
    CHECK(failures.size() == 1);
    CHECK(log.lastError() == refused.error());
    // Once it can be written again, it is, and the trouble is over.
    REQUIRE(QDir(path).removeRecursively());
    CHECK(log.append(QStringLiteral("command"), {}).ok());
    CHECK(log.lastError().isEmpty());
}

TEST_CASE("Entries wait for the keychain's key, then are written keyed", "[audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.log"));
    AuditLog log(path, true);
    REQUIRE(log.append(QStringLiteral("command"), {{QStringLiteral("n"), 1}}));
    CHECK_FALSE(QFile::exists(path));
    log.setKey(kKey);
    const AuditLog::Verification v = AuditLog::verify(path, kKey);
    CHECK(v.ok);
    CHECK(v.keyedEntries == 1);
}

TEST_CASE("Two programs appending to one audit log keep one chain", "[audit]")
{
    // The bar and recbar scan, each with the log open: each entry follows the other's.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.log"));
    AuditLog bar(path);
    AuditLog scan(path);
    bar.setKey(kKey);
    scan.setKey(kKey);
    for (int i = 0; i < 3; ++i) {
        REQUIRE(bar.append(QStringLiteral("command"), {{QStringLiteral("n"), i}}).ok());
        REQUIRE(scan.append(QStringLiteral("scan"), {{QStringLiteral("n"), i}}).ok());
    }
    const AuditLog::Verification v = AuditLog::verify(path, kKey);
    INFO(v.problem.toStdString());
    CHECK(v.ok);
    CHECK(v.entries == 6);
    CHECK(v.keyedEntries == 6);
}

TEST_CASE("Entries held for the key are added once, by whichever program gets the key first",
          "[audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.log"));
    {
        AuditLog keyed(path);
        keyed.setKey(kKey);
        REQUIRE(keyed.append(QStringLiteral("command"), {{QStringLiteral("n"), 0}}).ok());
    }
    {
        AuditLog withoutKey(path);
        withoutKey.setKey({}); // the keychain did not answer: kept aside
        REQUIRE(withoutKey.append(QStringLiteral("command"), {{QStringLiteral("n"), 1}}).ok());
    }
    REQUIRE(QFile::exists(path + QStringLiteral(".pending")));
    AuditLog first(path);
    AuditLog second(path);
    first.setKey(kKey);
    second.setKey(kKey);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".pending")));
    const AuditLog::Verification v = AuditLog::verify(path, kKey);
    CHECK(v.ok);
    CHECK(v.entries == 2);
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
        return entryOf(lines[i]).value(QStringLiteral("detail")).toObject();
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

TEST_CASE("A supervisor's action on an agent is audited with the agent and who asked",
          "[audit][team]")
{
    BarRig boss;
    AuditLog log(boss.dir.filePath(QStringLiteral("audit.log")));
    CommandAudit audit(log);
    boss.server.connectedCall(QStringLiteral("bob"));
    Profile profile = boss.profile(QStringLiteral("alice"), QStringLiteral("1"));
    profile.role = QStringLiteral("supervisor");
    boss.signInAndConnect(profile);
    TeamOptions options;
    options.readWhileOpen = std::chrono::milliseconds(200);
    TeamBoard board(boss.session.makeTeamSource(), options);
    audit.setTeam(&board);
    board.setOpen(true);
    board.start();
    const QString bob = QStringLiteral("2");
    REQUIRE(waitFor([&] { return board.member(bob) && board.member(bob)->onCall(); }));
    int finished = 0;
    QObject::connect(&board, &TeamBoard::actionFinished, [&] { ++finished; });
    REQUIRE(board.act(TeamAction::StartRecording, bob, CommandOrigin::kTeam));
    REQUIRE(waitFor([&] { return finished == 1; }, 5000));
    CHECK_FALSE(board.act(TeamAction::EndPause, bob, CommandOrigin::kCtl)); // not paused

    const AuditLog::Verification v = AuditLog::verify(log.path());
    REQUIRE(v.ok);
    REQUIRE(v.entries == 2);
    const QList<QByteArray> lines = linesOf(log.path());
    const QJsonObject started = entryOf(lines[0]).value(QStringLiteral("detail")).toObject();
    CHECK(started.value(QStringLiteral("command")) == QStringLiteral("start"));
    CHECK(started.value(QStringLiteral("agent")) == bob);
    CHECK(started.value(QStringLiteral("role")) == QStringLiteral("supervisor"));
    CHECK(started.value(QStringLiteral("origin")) == QStringLiteral("team"));
    CHECK(started.value(QStringLiteral("outcome")) == QStringLiteral("confirmed"));
    const QJsonObject refused = entryOf(lines[1]).value(QStringLiteral("detail")).toObject();
    CHECK(refused.value(QStringLiteral("command")) == QStringLiteral("resume"));
    CHECK(refused.value(QStringLiteral("origin")) == QStringLiteral("ctl"));
    CHECK(refused.value(QStringLiteral("outcome")) == QStringLiteral("refused"));
    CHECK(refused.value(QStringLiteral("message")) ==
          QStringLiteral("The agent is not in a secure pause"));
}

TEST_CASE("A refusal repeated in a loop is one entry and a count, not one entry each",
          "[audit][bar]")
{
    BarRig rig;
    AuditLog log(rig.dir.filePath(QStringLiteral("audit.log")));
    std::optional<CommandAudit> audit(std::in_place, log);
    rig.server.connectedCall(QStringLiteral("bob"));
    rig.signInAndConnect(rig.profile());
    audit->setController(&rig.controller());
    REQUIRE(waitFor([&] { return rig.snapshot().call == CallState::Talking; }));
    CHECK(rig.run(CommandKind::Start));
    // A web page asks for the same refused thing 5,000 times (recording already runs).
    for (int i = 0; i < 5000; ++i)
        CHECK(rig.controller().request(CommandKind::Start, {}, QStringLiteral("url")) == 0);
    CHECK(rig.run(CommandKind::Pause)); // something else: the repeats are counted first
    audit.reset();

    const AuditLog::Verification v = AuditLog::verify(log.path());
    REQUIRE(v.ok);
    CHECK(v.entries == 4); // start, the first refusal, its 4,999 repeats, pause
    const QList<QByteArray> lines = linesOf(log.path());
    const QJsonObject repeats = entryOf(lines[2]).value(QStringLiteral("detail")).toObject();
    CHECK(repeats.value(QStringLiteral("repeated")).toInteger() == 4999);
    CHECK(repeats.value(QStringLiteral("origin")).toString() == u"url");
    CHECK(entryOf(lines[3])
              .value(QStringLiteral("detail"))
              .toObject()
              .value(QStringLiteral("command")) == QStringLiteral("pause"));
    CHECK(QFileInfo(log.path()).size() < 4000);
}

namespace {

// A line as someone without the key writes one: the entry's plain SHA-256 as its mac.
QByteArray unkeyedLine(QJsonObject entry)
{
    entry.insert(QStringLiteral("keyed"), false);
    return forged({}, entry);
}

// A line in the format before entries were keyed: the hash over the entry in sorted-key JSON.
QByteArray legacyLine(QJsonObject entry)
{
    entry.remove(QStringLiteral("keyed"));
    entry.remove(QStringLiteral("hash"));
    const QByteArray hash =
        QCryptographicHash::hash(QJsonDocument(entry).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex();
    entry.insert(QStringLiteral("hash"), QString::fromLatin1(hash));
    return QJsonDocument(entry).toJson(QJsonDocument::Compact);
}

QByteArray macOfLine(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    return (o.contains(QStringLiteral("hash")) ? o.value(QStringLiteral("hash"))
                                               : o.value(QStringLiteral("mac")))
        .toString()
        .toLatin1();
}

// Every line from `from` on rewritten by `rewrite`, the chain redone, one outcome flipped.
void rewriteFrom(const QString &path, int from, QByteArray (*rewrite)(QJsonObject))
{
    QList<QByteArray> lines = linesOf(path);
    lines.removeAll(QByteArray());
    QByteArray previous = from == 0 ? QByteArray(AuditLog::kGenesis) : macOfLine(lines[from - 1]);
    for (qsizetype i = from; i < lines.size(); ++i) {
        QJsonObject entry = entryOf(lines[i]);
        if (i == from)
            entry.insert(QStringLiteral("detail"),
                         QJsonObject{{QStringLiteral("command"), QStringLiteral("pause")},
                                     {QStringLiteral("outcome"), QStringLiteral("confirmed")}});
        entry.insert(QStringLiteral("prev"), QString::fromLatin1(previous));
        lines[i] = rewrite(entry);
        previous = macOfLine(lines[i]);
    }
    writeLines(path, lines);
}

} // namespace

TEST_CASE("A keyed audit log rewritten without the key does not verify", "[audit]")
{
    QTemporaryDir dir;
    const QString path = writeThree(dir);
    REQUIRE(AuditLog::verify(path, kKey).ok);

    SECTION("as unkeyed entries, the chain redone")
    {
        rewriteFrom(path, 0, unkeyedLine);
        const AuditLog::Verification v = AuditLog::verify(path, kKey);
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadLine == 1);
        CHECK(v.problem.contains(QStringLiteral("no HMAC")));
        // Without the key, a plain hash chain is all there is: intact, and said to rest on no key.
        const AuditLog::Verification keyless = AuditLog::verify(path);
        CHECK(keyless.ok);
        CHECK(keyless.unkeyedEntries == 3);
        CHECK(keyless.keyedEntries == 0);
    }
    SECTION("the first line kept, the rest in the legacy format")
    {
        rewriteFrom(path, 1, legacyLine);
        const AuditLog::Verification v = AuditLog::verify(path, kKey);
        CHECK_FALSE(v.ok);
        CHECK(v.firstBadLine == 2);
    }
    SECTION("and a bar started on the rewritten log does not vouch for it")
    {
        rewriteFrom(path, 0, unkeyedLine);
        {
            AuditLog log(path);
            log.setKey(kKey); // the key existed before: it was not made now
            REQUIRE(log.append(QStringLiteral("command"), {{QStringLiteral("n"), 4}}));
        }
        CHECK_FALSE(AuditLog::verify(path, kKey).ok);
    }
}

TEST_CASE("Entries written before the log had a key are vouched for by an upgrade entry", "[audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.log"));
    SECTION("no keychain at first, then a key is made")
    {
        {
            AuditLog log(path);
            log.setKey({});
            for (int i = 1; i <= 3; ++i)
                REQUIRE(log.append(QStringLiteral("command"), {{QStringLiteral("n"), i}}));
        }
        {
            AuditLog log(path);
            log.setKey(kKey, true);
            REQUIRE(log.append(QStringLiteral("command"), {{QStringLiteral("n"), 4}}));
        }
        const QList<QByteArray> lines = linesOf(path);
        const QJsonObject upgrade = entryOf(lines[3]);
        CHECK(upgrade.value(QStringLiteral("kind")).toString() == u"upgrade");
        CHECK(upgrade.value(QStringLiteral("keyed")).toBool());
        CHECK(upgrade.value(QStringLiteral("detail"))
                  .toObject()
                  .value(QStringLiteral("unkeyedEntries"))
                  .toInteger() == 3);
        const AuditLog::Verification v = AuditLog::verify(path, kKey);
        INFO(v.problem.toStdString());
        CHECK(v.ok);
        CHECK(v.entries == 5);
        CHECK(v.unkeyedEntries == 3);
        CHECK(v.keyedEntries == 2);
        CHECK(v.upgradeEntry == 4);

        // The vouched-for beginning cannot be changed either: the upgrade entry chains it.
        rewriteFrom(path, 1, unkeyedLine);
        CHECK_FALSE(AuditLog::verify(path, kKey).ok);
    }
    SECTION("a legacy log of an earlier RecBar, already chained into keyed entries")
    {
        QList<QByteArray> lines;
        QByteArray previous = AuditLog::kGenesis;
        for (int i = 1; i <= 2; ++i) {
            lines.append(
                legacyLine({{QStringLiteral("seq"), i},
                            {QStringLiteral("time"), QStringLiteral("2026-01-01T00:00:00Z")},
                            {QStringLiteral("kind"), QStringLiteral("command")},
                            {QStringLiteral("detail"), QJsonObject()},
                            {QStringLiteral("prev"), QString::fromLatin1(previous)}}));
            previous = macOfLine(lines.last());
        }
        // What the earlier RecBar wrote next: a keyed entry, with no upgrade entry.
        const QByteArray bytes =
            QJsonDocument(
                QJsonObject{{QStringLiteral("seq"), 3},
                            {QStringLiteral("time"), QStringLiteral("2026-02-01T00:00:00Z")},
                            {QStringLiteral("kind"), QStringLiteral("command")},
                            {QStringLiteral("detail"), QJsonObject()},
                            {QStringLiteral("prev"), QString::fromLatin1(previous)},
                            {QStringLiteral("keyed"), true}})
                .toJson(QJsonDocument::Compact);
        lines.append(
            R"({"entry":)" + bytes + R"(,"mac":")" +
            QMessageAuthenticationCode::hash(bytes, kKey, QCryptographicHash::Sha256).toHex() +
            R"("})");
        writeLines(path, lines + QList<QByteArray>{QByteArray()});
        CHECK_FALSE(AuditLog::verify(path, kKey).ok); // the rule is stricter now
        {
            AuditLog log(path);
            log.setKey(kKey); // the first start with this RecBar
            REQUIRE(log.append(QStringLiteral("command"), {{QStringLiteral("n"), 5}}));
        }
        QList<QByteArray> written = linesOf(path);
        written.removeAll(QByteArray());
        REQUIRE(written.size() == 5);
        CHECK(entryOf(written[3]).value(QStringLiteral("kind")).toString() == u"upgrade");
        const AuditLog::Verification v = AuditLog::verify(path, kKey);
        INFO(v.problem.toStdString());
        CHECK(v.ok);
        CHECK(v.unkeyedEntries == 2);
        CHECK(v.upgradeEntry == 4);
        CHECK(v.keyedEntries == 3);
    }
}

TEST_CASE("While the keychain does not answer, a keyed log's entries are kept aside, then added "
          "keyed",
          "[audit]")
{
    QTemporaryDir dir;
    const QString path = writeThree(dir);
    QStringList held;
    {
        AuditLog log(path);
        QObject::connect(&log, &AuditLog::held,
                         [&](const QString &message) { held.append(message); });
        log.setKey({});
        REQUIRE(log.append(QStringLiteral("command"), {{QStringLiteral("n"), 4}}));
        REQUIRE(log.append(QStringLiteral("command"), {{QStringLiteral("n"), 5}}));
    }
    CHECK_FALSE(held.isEmpty());
    CHECK(AuditLog::verify(path, kKey).entries == 3); // nothing without the key after it
    CHECK(QFile::exists(path + QStringLiteral(".pending")));
    {
        AuditLog log(path);
        log.setKey(kKey);
    }
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".pending")));
    const AuditLog::Verification v = AuditLog::verify(path, kKey);
    INFO(v.problem.toStdString());
    CHECK(v.ok);
    CHECK(v.entries == 5);
    CHECK(v.keyedEntries == 5);
    const QJsonObject late = entryOf(linesOf(path)[3]);
    CHECK(late.value(QStringLiteral("detail")).toObject().value(QStringLiteral("n")).toInt() == 4);
    CHECK(late.contains(QStringLiteral("writtenAt")));
}
