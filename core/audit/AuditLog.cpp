#include "AuditLog.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace recbar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::AuditLog", text);
}

// The hashed part of an entry: everything but the hash, in QJsonObject's sorted key order.
QByteArray hashOf(const QJsonObject &entry)
{
    QJsonObject body = entry;
    body.remove(QStringLiteral("hash"));
    return QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

AuditLog::AuditLog(QString path)
    : m_path(std::move(path))
{}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/audit.log");
}

// Continues the chain where the file ends (the last line's sequence number and hash).
bool AuditLog::resume(QString *error)
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder of %1").arg(m_path);
        return false;
    }
    m_seq = 0;
    m_lastHash = kGenesis;
    QFile existing(m_path);
    if (existing.open(QIODevice::ReadOnly)) {
        // Only the tail is needed: the last complete line.
        const qint64 tail = std::min<qint64>(existing.size(), 64 * 1024);
        existing.seek(existing.size() - tail);
        const QList<QByteArray> lines = existing.read(tail).split('\n');
        for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
            const QJsonObject last = QJsonDocument::fromJson(*it).object();
            if (last.contains(QStringLiteral("hash"))) {
                m_seq = last.value(QStringLiteral("seq")).toInteger();
                m_lastHash = last.value(QStringLiteral("hash")).toString().toLatin1();
                break;
            }
        }
    }
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    m_resumed = true;
    return true;
}

bool AuditLog::append(const QString &kind, const QJsonObject &detail, QString *error)
{
    if (!m_resumed && !resume(error))
        return false;
    QJsonObject entry{
        {QStringLiteral("seq"), m_seq + 1},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("prev"), QString::fromLatin1(m_lastHash)}};
    const QByteArray hash = hashOf(entry);
    entry.insert(QStringLiteral("hash"), QString::fromLatin1(hash));
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(m_path, m_file.errorString());
        qCWarning(lcAudit) << "audit entry not written:" << m_file.errorString();
        return false;
    }
    ++m_seq;
    m_lastHash = hash;
    return true;
}

AuditLog::Verification AuditLog::verify(const QString &path)
{
    Verification v;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        v.problem = tr("Cannot read %1: %2").arg(path, file.errorString());
        return v;
    }
    QByteArray previous = kGenesis;
    qint64 line = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        const auto broken = [&](const QString &problem) {
            v.firstBadLine = line;
            v.problem = tr("Line %1: %2").arg(line).arg(problem);
            return v;
        };
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (!document.isObject())
            return broken(tr("not a JSON object (%1)").arg(parseError.errorString()));
        const QJsonObject entry = document.object();
        if (entry.value(QStringLiteral("seq")).toInteger() != v.entries + 1)
            return broken(tr("entry %1 where %2 was expected (one removed or inserted)")
                              .arg(entry.value(QStringLiteral("seq")).toInteger())
                              .arg(v.entries + 1));
        if (entry.value(QStringLiteral("prev")).toString().toLatin1() != previous)
            return broken(tr("it does not follow the entry before it"));
        const QByteArray hash = entry.value(QStringLiteral("hash")).toString().toLatin1();
        if (hash != hashOf(entry))
            return broken(tr("its content was changed after it was written"));
        previous = hash;
        ++v.entries;
    }
    v.ok = true;
    return v;
}

} // namespace recbar
