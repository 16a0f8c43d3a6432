#include "Scan.h"

#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "domain/Timing.h"
#include "library/FolderScanner.h"
#include "scan/CardScanner.h"
#include "session/CredentialStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace recbar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::Scan", text);
}

// The files to scan: each file named, and every recording under each folder named, in order.
QStringList filesOf(const QStringList &paths, QStringList &missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inFolder;
            QStringList patterns;
            for (const QString &suffix : FolderScanner::extensions())
                patterns.append(QStringLiteral("*.") + suffix);
            QDirIterator it(path, patterns, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                inFolder.append(it.next());
            inFolder.sort();
            files += inFolder;
        } else if (info.isFile()) {
            files.append(path);
        } else {
            missing.append(path);
        }
    }
    return files;
}

QJsonObject findingJson(const CardFinding &f)
{
    return {{QStringLiteral("start_ms"), f.startMs},
            {QStringLiteral("end_ms"), f.endMs},
            {QStringLiteral("digits"), f.digits},
            {QStringLiteral("luhn"), f.luhn},
            {QStringLiteral("last4"), f.last4},
            {QStringLiteral("outside_pause"), f.outsidePause},
            {QStringLiteral("channel"), f.channel},
            {QStringLiteral("confidence"), qRound(f.confidence * 100) / 100.0}};
}

QString clock(qint64 ms)
{
    return QStringLiteral("%1:%2").arg(ms / 60'000).arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'));
}

// Every scan is audited: who scanned what and what was found (never the digits).
void audit(const QJsonObject &detail)
{
    AuditLog log(AuditLog::defaultPath(), true);
    CredentialStore store;
    QEventLoop loop;
    bool answered = false;
    AuditKey::load(store, &loop, [&](const QByteArray &key, bool made, const QString &problem) {
        if (!problem.isEmpty())
            QTextStream(stderr) << "recbar scan: " << problem << Qt::endl;
        log.setKey(key, made);
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(timing::kKeychainAnswer, &loop, &QEventLoop::quit);
    if (!answered)
        loop.exec();
    if (!answered)
        log.setKey({});
    if (const Result<void> written = log.append(QStringLiteral("scan"), detail); !written)
        QTextStream(stderr) << "recbar scan: " << written.error() << Qt::endl;
}

} // namespace

int runScan(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList paths = arguments;
    const bool json = paths.removeAll(QStringLiteral("--json")) > 0;
    if (paths.isEmpty() || paths.contains(QStringLiteral("--help"))) {
        err << tr("usage: recbar scan [--json] FILE|FOLDER...") << Qt::endl;
        return kScanCannot;
    }
    Result<std::unique_ptr<CardScanner>> scanner = CardScanner::create();
    if (!scanner) {
        err << "recbar scan: " << scanner.error() << Qt::endl;
        return kScanCannot;
    }
    QStringList missing;
    const QStringList files = filesOf(paths, missing);
    int unreadable = 0;
    for (const QString &path : missing) {
        err << "recbar scan: " << tr("%1: no such file or folder").arg(path) << Qt::endl;
        ++unreadable;
    }
    int withFindings = 0;
    int outside = 0;
    for (const QString &file : files) {
        const QFileInfo info(file);
        // The paused spans a folder's recording says it has (its sidecar or INFO).
        QString ignored;
        const RecordingEntry entry = FolderScanner::read(info.absolutePath(), file, &ignored);
        const Result<CardScanReport> report = (*scanner)->scan(file, entry.pausedSpans);
        if (!report) {
            ++unreadable;
            err << "recbar scan: " << file << ": " << report.error() << Qt::endl;
            if (json)
                out << QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                                 {QStringLiteral("error"), report.error()}})
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
            continue;
        }
        const int heardOutside =
            int(std::count_if(report->findings.begin(), report->findings.end(),
                              [](const CardFinding &f) { return f.outsidePause; }));
        withFindings += report->findings.isEmpty() ? 0 : 1;
        outside += heardOutside;
        if (json) {
            QJsonArray findings;
            for (const CardFinding &f : report->findings)
                findings.append(findingJson(f));
            out << QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                             {QStringLiteral("duration_ms"), report->durationMs},
                                             {QStringLiteral("channels"), report->channels},
                                             {QStringLiteral("findings"), findings}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
            continue;
        }
        if (report->findings.isEmpty()) {
            out << file << ": " << tr("no card number heard") << Qt::endl;
            continue;
        }
        for (const CardFinding &f : report->findings) {
            out << file << ": " << clock(f.startMs) << "-" << clock(f.endMs) << " "
                << (f.outsidePause ? tr("card number heard outside a pause")
                                   : tr("card number heard inside a pause (kept out)"))
                << ", " << tr("%1 digits").arg(f.digits) << ", "
                << (f.luhn ? tr("passes the Luhn check") : tr("fails the Luhn check")) << ", "
                << tr("ending %1").arg(f.last4) << Qt::endl;
        }
    }
    audit({{QStringLiteral("paths"), QJsonArray::fromStringList(paths)},
           {QStringLiteral("files"), files.size()},
           {QStringLiteral("unreadable"), unreadable},
           {QStringLiteral("filesWithFindings"), withFindings},
           {QStringLiteral("findingsOutsidePause"), outside}});
    return unreadable > 0 ? kScanUnreadable : kScanDone;
}

} // namespace recbar
