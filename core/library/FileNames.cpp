#include "FileNames.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace recbar {

QString FileNames::safe(const QString &suggested, const QString &fallback, const QString &extension)
{
    // Only the last path element counts, whatever separators the server used.
    QString name = suggested.section(u'/', -1).section(u'\\', -1);
    QString out;
    for (const QChar c : std::as_const(name)) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u'_';
        out.append(ok ? c : u'_');
    }
    while (out.contains(QStringLiteral("..")))
        out.replace(QStringLiteral(".."), QStringLiteral("."));
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    out = out.left(100);
    if (out.isEmpty() || out == u"_")
        out = safe(fallback.isEmpty() ? QStringLiteral("recording") : fallback,
                   QStringLiteral("recording"), {});
    // Windows opens devices, not files, under these names, whatever the extension.
    static const QRegularExpression device(
        QStringLiteral("^(con|prn|aux|nul|com\\d|lpt\\d)(\\.|$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (device.match(out).hasMatch())
        out.prepend(u'_');
    if (!extension.isEmpty() && !out.endsWith(u'.' + extension, Qt::CaseInsensitive))
        out += u'.' + extension;
    return out;
}

QString FileNames::forDownload(const QString &suggested, const QString &recordingId,
                               const QString &extension)
{
    QString stem = safe(suggested, recordingId, {});
    if (stem.endsWith(u'.' + extension, Qt::CaseInsensitive))
        stem.chop(extension.size() + 1);
    QString id = safe(recordingId, QStringLiteral("recording"), {});
    if (id.size() > 40 ||
        id != recordingId) // long, or changed by the cleaning: its hash keeps it unique
        id = id.left(24) + u'-' +
             QString::fromLatin1(
                 QCryptographicHash::hash(recordingId.toUtf8(), QCryptographicHash::Sha256)
                     .toHex()
                     .left(12));
    const QString name = stem.contains(id) ? stem : stem.left(60) + u'_' + id;
    return name + u'.' + extension;
}

QString FileNames::inside(const QString &folder, const QString &name)
{
    const QString base = QDir(folder).absolutePath();
    const QString path = QDir::cleanPath(QDir(base).absoluteFilePath(name));
    if (!path.startsWith(base + u'/') || QFileInfo(name).isAbsolute())
        return {};
    return path;
}

} // namespace recbar
