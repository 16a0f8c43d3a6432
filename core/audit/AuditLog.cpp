#include "AuditLog.h"

#include "Logging.h"
#include "desktop/PrivateFiles.h"
#include "domain/BoundedParse.h"
#include "domain/Timing.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QStandardPaths>

#include <tuple>

namespace recbar {

namespace {

constexpr QByteArrayView kLineStart = R"({"entry":)";
constexpr QByteArrayView kMacStart = R"(,"mac":")";
constexpr qsizetype kMacHex = 64;
constexpr qsizetype kMaxLine = 64 * 1024;
constexpr int kMaxWaiting = 1000;

QByteArray macOf(const QByteArray &entry, const QByteArray &key)
{
    if (key.isEmpty())
        return QCryptographicHash::hash(entry, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(entry, key, QCryptographicHash::Sha256).toHex();
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// A line of this format: the entry's exact bytes and its mac; nullopt for anything else.
struct Line
{
    QByteArray entry;
    QByteArray mac;
    QJsonObject fields;
};
std::optional<Line> split(const QByteArray &text)
{
    const qsizetype tail = kMacStart.size() + kMacHex + 2; // ,"mac":"<hex>"}
    if (!text.startsWith(kLineStart) || text.size() < kLineStart.size() + tail ||
        !text.endsWith("\"}"))
        return std::nullopt;
    const qsizetype macAt = text.size() - tail;
    if (text.mid(macAt, kMacStart.size()) != kMacStart)
        return std::nullopt;
    Line line;
    line.entry = text.mid(kLineStart.size(), macAt - kLineStart.size());
    line.mac = text.mid(macAt + kMacStart.size(), kMacHex);
    const auto parsed = parseJson(line.entry, kMaxLine);
    if (!parsed || !parsed->isObject())
        return std::nullopt;
    line.fields = parsed->object();
    return line;
}

// Lines written before entries were keyed: the hash over the entry in sorted-key JSON.
QByteArray legacyHashOf(const QJsonObject &entry)
{
    QJsonObject body = entry;
    body.remove(QStringLiteral("hash"));
    return sha256(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

AuditLog::AuditLog(QString path, bool awaitKey, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_keyKnown(!awaitKey)
{}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/audit.log");
}

void AuditLog::setKey(const QByteArray &key, bool made)
{
    m_key = key;
    m_keyKnown = true;
    if (!m_key.isEmpty() && (m_resumed || resume())) {
        writeUpgrade(made);
        addHeld();
    }
    // A failure has been reported through failed(): the entries after it are still tried.
    for (const Waiting &w : std::exchange(m_waiting, {}))
        std::ignore = write(w.kind, w.detail, w.time);
}

// The first time a key is had for this log: an entry written with it that says how many
// entries before it were written without one. Written only where nobody without the key can
// have made those entries: the key was made just now, or they are already chained into a keyed
// entry (a log of an earlier RecBar). A log with entries and no keyed one, under a key that
// existed before, may be a rewrite: it is left for verify() to report.
void AuditLog::writeUpgrade(bool made)
{
    QFile file(m_path);
    qint64 entries = 0;
    qint64 unkeyedFirst = 0;
    bool anyKeyed = false;
    if (file.open(QIODevice::ReadOnly)) {
        // Our own lines, written compact with sorted keys: a substring tells what a full parse
        // would, at a fraction of the cost (verify() parses and checks every line).
        while (!file.atEnd()) {
            const QByteArray text = file.readLine(kMaxLine + 2).trimmed();
            if (text.isEmpty() || (!text.startsWith(kLineStart) && !text.contains("\"hash\"")))
                continue;
            ++entries;
            if (text.contains(R"("keyed":true,"kind":"upgrade")"))
                return; // done before
            if (text.contains(R"("keyed":true,)")) {
                if (unkeyedFirst == 0)
                    return; // keyed from its first entry: nothing to vouch for
                anyKeyed = true;
            } else if (!anyKeyed) {
                ++unkeyedFirst;
            }
        }
    }
    if (unkeyedFirst == 0)
        return;
    if (!anyKeyed && !made) {
        qCWarning(lcAudit) << "the audit log has" << entries
                           << "entries and none carries the key that exists for this user: "
                              "they are not vouched for";
        return;
    }
    std::ignore =
        write(QStringLiteral("upgrade"), {{QStringLiteral("unkeyedEntries"), unkeyedFirst}},
              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
}

void AuditLog::hold(const QString &kind, const QJsonObject &detail, const QString &time)
{
    QFile pending(pendingPath());
    const QByteArray line = QJsonDocument(QJsonObject{{QStringLiteral("kind"), kind},
                                                      {QStringLiteral("detail"), detail},
                                                      {QStringLiteral("time"), time}})
                                .toJson(QJsonDocument::Compact) +
                            '\n';
    if (!pending.open(QIODevice::WriteOnly | QIODevice::Append) ||
        pending.write(line) != line.size() || !pending.flush()) {
        std::ignore = report(
            AuditLog::tr("Cannot write %1: %2").arg(pending.fileName(), pending.errorString()));
        return;
    }
    PrivateFiles::restrict(pending.fileName());
    emit held(AuditLog::tr("the keychain did not give the audit log's key: entries are kept "
                           "aside and added to the log once it does"));
}

// Entries kept aside while the key could not be had, added now with their own times.
void AuditLog::addHeld()
{
    // Taken whole first, so that of two processes given the key only one adds them.
    const QString taken =
        pendingPath() + QStringLiteral(".%1").arg(QCoreApplication::applicationPid());
    if (!QFile::rename(pendingPath(), taken))
        return;
    QFile pending(taken);
    if (!pending.open(QIODevice::ReadOnly))
        return;
    QList<QByteArray> lines = pending.readAll().split('\n');
    pending.close();
    while (!lines.isEmpty()) {
        const QJsonObject held = jsonObject(lines.first(), kMaxLine);
        if (!held.isEmpty() && !write(held.value(QStringLiteral("kind")).toString(),
                                      held.value(QStringLiteral("detail")).toObject(),
                                      held.value(QStringLiteral("time")).toString(), true)) {
            // What is not in the log yet stays aside for the next time.
            QFile back(pendingPath());
            if (back.open(QIODevice::WriteOnly | QIODevice::Append) &&
                back.write(lines.join('\n') + '\n') > 0 && back.flush())
                QFile::remove(taken);
            return;
        }
        lines.removeFirst();
    }
    QFile::remove(pending.fileName());
}

Failure<QString> AuditLog::report(const QString &message)
{
    m_lastError = message;
    qCWarning(lcAudit) << "audit entry not written:" << message;
    emit failed(message);
    return fail(message);
}

// Continues the chain where the file ends: the last whole entry's sequence number and mac, and
// a torn line after it, if any, to be noted before the next entry.
Result<void> AuditLog::resume()
{
    if (!PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath()))
        return report(AuditLog::tr("Cannot create the folder of %1").arg(m_path));
    m_seq = 0;
    m_lastMac = kGenesis;
    m_lastKeyed = false;
    m_torn.clear();
    QFile existing(m_path);
    if (existing.open(QIODevice::ReadOnly) && existing.size() > 0) {
        // Only the tail is needed: the last complete line, and what follows it.
        const qint64 tail = std::min<qint64>(existing.size(), 4 * kMaxLine);
        existing.seek(existing.size() - tail);
        QByteArray bytes = existing.read(tail);
        if (!bytes.endsWith('\n')) {
            const qsizetype cut = bytes.lastIndexOf('\n');
            m_torn = bytes.mid(cut + 1);
            bytes.truncate(cut + 1);
        }
        const QList<QByteArray> lines = bytes.split('\n');
        for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
            if (const std::optional<Line> line = split(*it)) {
                m_seq = line->fields.value(QStringLiteral("seq")).toInteger();
                m_lastMac = line->mac;
                m_lastKeyed = line->fields.value(QStringLiteral("keyed")).toBool();
                break;
            }
            const QJsonObject legacy = jsonObject(*it, kMaxLine);
            if (legacy.contains(QStringLiteral("hash"))) {
                m_seq = legacy.value(QStringLiteral("seq")).toInteger();
                m_lastMac = legacy.value(QStringLiteral("hash")).toString().toLatin1();
                m_lastKeyed = false;
                break;
            }
        }
    }
    m_file.close();
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return report(AuditLog::tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
    PrivateFiles::restrict(m_path);
    m_end = m_file.size();
    m_resumed = true;
    return {};
}

Result<void> AuditLog::append(const QString &kind, const QJsonObject &detail)
{
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!m_keyKnown) {
        if (m_waiting.size() < kMaxWaiting)
            m_waiting.append({kind, detail, time});
        return {};
    }
    return write(kind, detail, time);
}

Result<void> AuditLog::write(const QString &kind, const QJsonObject &detail, const QString &time,
                             bool late)
{
    // Another process of the user's (recbar scan beside the bar) may append too: one at a time,
    // each continuing the chain from where the file ends now, not where it ended for it.
    if (!PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath()))
        return report(AuditLog::tr("Cannot create the folder of %1").arg(m_path));
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(int(timing::kAuditLock.count())))
        return report(lock.error() == QLockFile::LockFailedError
                          ? AuditLog::tr("Cannot write %1: another program holds it").arg(m_path)
                          : AuditLog::tr("Cannot write %1: its lock cannot be made").arg(m_path));
    if (m_resumed && QFileInfo(m_path).size() != m_end)
        m_resumed = false;
    if (!m_resumed) {
        if (Result<void> resumed = resume(); !resumed)
            return resumed;
    }
    if (!keyed() && m_lastKeyed) {
        hold(kind, detail, time); // never an entry without the key after one with it
        return {};
    }
    QByteArray out;
    const auto add = [&](const QString &entryKind, const QJsonObject &entryDetail) {
        QJsonObject entry{{QStringLiteral("seq"), m_seq + 1},
                          {QStringLiteral("time"), time},
                          {QStringLiteral("kind"), entryKind},
                          {QStringLiteral("detail"), entryDetail},
                          {QStringLiteral("prev"), QString::fromLatin1(m_lastMac)},
                          {QStringLiteral("keyed"), keyed()}};
        if (late) // kept aside while the keychain did not answer
            entry.insert(QStringLiteral("writtenAt"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        const QByteArray bytes = QJsonDocument(entry).toJson(QJsonDocument::Compact);
        const QByteArray mac = macOf(bytes, m_key);
        out += kLineStart.toByteArray() + bytes + kMacStart.toByteArray() + mac + "\"}\n";
        ++m_seq;
        m_lastMac = mac;
    };
    const qint64 seqBefore = m_seq;
    const QByteArray macBefore = m_lastMac;
    const bool repairing = !m_torn.isEmpty();
    if (repairing) {
        // The torn line stays as it is (it is evidence); a new line notes it.
        out += '\n';
        add(QStringLiteral("repair"),
            {{QStringLiteral("tornBytes"), m_torn.size()},
             {QStringLiteral("tornSha256"), QString::fromLatin1(sha256(m_torn))}});
    }
    add(kind, detail);
    if (m_file.write(out) != out.size() || !m_file.flush()) {
        m_seq = seqBefore;
        m_lastMac = macBefore;
        m_resumed = false; // the file's end is unknown now: read it again next time
        return report(AuditLog::tr("Cannot write %1: %2").arg(m_path, m_file.errorString()));
    }
    m_end = m_file.size();
    m_torn.clear();
    m_lastKeyed = keyed();
    m_lastError.clear();
    return {};
}

AuditLog::Verification AuditLog::verify(const QString &path, const QByteArray &key)
{
    Verification v;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        v.problem = AuditLog::tr("Cannot read %1: %2").arg(path, file.errorString());
        return v;
    }
    QByteArray previous = kGenesis;
    qint64 lineNumber = 0;
    bool sawKeyed = false;
    qint64 firstUnkeyedLine = 0;
    QList<qint64> upgrades; // what each upgrade entry (checked with the key) vouches for
    QList<qint64> upgradeSeqs;
    std::optional<QByteArray> torn; // a line that is no entry, waiting for its repair
    qint64 tornLine = 0;
    const auto broken = [&](qint64 at, const QString &problem) {
        v.firstBadLine = at;
        v.problem = AuditLog::tr("Line %1: %2").arg(at).arg(problem);
        return v;
    };
    while (!file.atEnd()) {
        QByteArray text = file.readLine(kMaxLine + 2);
        ++lineNumber;
        if (text.endsWith('\n'))
            text.chop(1);
        if (text.isEmpty())
            continue;
        const std::optional<Line> line = split(text);
        const QJsonObject legacy = line ? QJsonObject() : jsonObject(text, kMaxLine);
        if (!line && !legacy.contains(QStringLiteral("hash"))) {
            if (torn)
                return broken(tornLine, AuditLog::tr("not an entry"));
            torn = text;
            tornLine = lineNumber;
            continue;
        }
        const QJsonObject fields = line ? line->fields : legacy;
        if (torn) {
            // Only a repair entry that names these very bytes accounts for a torn line.
            if (fields.value(QStringLiteral("kind")).toString() != u"repair" ||
                fields.value(QStringLiteral("detail"))
                        .toObject()
                        .value(QStringLiteral("tornSha256"))
                        .toString()
                        .toLatin1() != sha256(*torn))
                return broken(tornLine, AuditLog::tr("not an entry"));
            ++v.tornLines;
            torn.reset();
        }
        if (fields.value(QStringLiteral("seq")).toInteger() != v.entries + 1)
            return broken(lineNumber,
                          AuditLog::tr("entry %1 where %2 was expected (one removed or inserted)")
                              .arg(fields.value(QStringLiteral("seq")).toInteger())
                              .arg(v.entries + 1));
        if (fields.value(QStringLiteral("prev")).toString().toLatin1() != previous)
            return broken(lineNumber, AuditLog::tr("it does not follow the entry before it"));
        QByteArray mac;
        const bool unkeyed = !line || !fields.value(QStringLiteral("keyed")).toBool();
        if (unkeyed) {
            // With the key at hand, an entry without it after entries that had it is a rewrite.
            if (sawKeyed && !key.isEmpty())
                return broken(lineNumber, AuditLog::tr("written without the log's key after "
                                                       "entries that had it"));
            ++v.unkeyedEntries;
            if (firstUnkeyedLine == 0)
                firstUnkeyedLine = lineNumber;
        }
        if (!line) {
            mac = legacy.value(QStringLiteral("hash")).toString().toLatin1();
            if (mac != legacyHashOf(legacy))
                return broken(lineNumber,
                              AuditLog::tr("its content was changed after it was written"));
        } else {
            mac = line->mac;
            const bool isKeyed = fields.value(QStringLiteral("keyed")).toBool();
            if (isKeyed && key.isEmpty()) {
                ++v.uncheckedMacs;
            } else if (macOf(line->entry, isKeyed ? key : QByteArray()) != mac) {
                return broken(lineNumber,
                              isKeyed ? AuditLog::tr("its content was changed after it was "
                                                     "written, or it was written without the "
                                                     "log's key")
                                      : AuditLog::tr("its content was changed after it was "
                                                     "written"));
            } else if (isKeyed) {
                ++v.keyedEntries;
                if (fields.value(QStringLiteral("kind")).toString() == u"upgrade") {
                    upgrades.append(fields.value(QStringLiteral("detail"))
                                        .toObject()
                                        .value(QStringLiteral("unkeyedEntries"))
                                        .toInteger(-1));
                    upgradeSeqs.append(fields.value(QStringLiteral("seq")).toInteger());
                }
            }
            sawKeyed |= isKeyed;
        }
        previous = mac;
        ++v.entries;
    }
    if (torn) {
        // An unfinished last line is what a crash leaves; the next append notes it.
        ++v.tornLines;
    }
    if (!key.isEmpty() && v.unkeyedEntries > 0) {
        // Entries without the key stand only as the log's beginning, vouched for by an upgrade
        // entry that only the key could write.
        const qsizetype at = upgrades.indexOf(v.unkeyedEntries);
        if (at < 0) {
            v.entries = 0; // they are the log's beginning: nothing before them is good
            return broken(firstUnkeyedLine,
                          AuditLog::tr("%n entries from here have no HMAC, and no entry written "
                                       "with the log's key accounts for them (a log rewritten "
                                       "without the key looks like this)",
                                       nullptr, int(v.unkeyedEntries)));
        }
        v.upgradeEntry = upgradeSeqs[at];
    }
    v.ok = true;
    return v;
}

} // namespace recbar
