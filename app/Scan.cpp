#include "Scan.h"

#include "audit/AuditKey.h"
#include "audit/AuditLog.h"
#include "library/FolderScanner.h"
#include "scan/CardScanner.h"
#include "session/CredentialStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <iostream>
#include <string>

namespace recbar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::Scan", text);
}

bool enterable(const QFileInfo &folder)
{
    return folder.isReadable() && folder.isExecutable();
}

// The files to scan: each file named, and every recording under each folder named, in order;
// what cannot be read (a path that is not there, a folder that cannot be entered), with why.
QStringList filesOf(const QStringList &paths, QList<std::pair<QString, QString>> &unreadable)
{
    QStringList patterns;
    for (const QString &suffix : FolderScanner::extensions())
        patterns.append(QStringLiteral("*.") + suffix);
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files.append(path);
            continue;
        }
        if (!info.isDir()) {
            unreadable.append({path, tr("no such file or folder")});
            continue;
        }
        // A folder that cannot be entered would be skipped without a word: said instead.
        QStringList folders{path};
        QDirIterator inside(path, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (inside.hasNext())
            folders.append(inside.next());
        QStringList inFolder;
        for (const QString &folder : std::as_const(folders)) {
            if (!enterable(QFileInfo(folder))) {
                unreadable.append({folder, tr("the folder cannot be read")});
                continue;
            }
            QDirIterator it(folder, patterns, QDir::Files);
            while (it.hasNext())
                inFolder.append(it.next());
        }
        inFolder.sort();
        files += inFolder;
    }
    return files;
}

void printError(QTextStream &out, bool json, const QString &file, const QString &error)
{
    QTextStream(stderr) << "recbar scan: " << file << ": " << error << Qt::endl;
    if (json)
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), error}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
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
    const AuditKey::Answer answer = AuditKey::wait(store, AuditKey::IfMissing::Make);
    if (!answer.problem.isEmpty())
        QTextStream(stderr) << "recbar scan: " << answer.problem << Qt::endl;
    log.setKey(answer.key, answer.made);
    if (const Result<void> written = log.append(QStringLiteral("scan"), detail); !written)
        QTextStream(stderr) << "recbar scan: " << written.error() << Qt::endl;
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// `recbar-scan --pipe`: the library's scans. A request a line on stdin ({"id", "file",
// "paused": [[from, to], ...]}), the answer a line on stdout ({"id", "duration_ms", "channels",
// "findings"} or {"id", "error"}), until stdin ends; first {"ready": true} once the recogniser
// is loaded, or {"error"} and exit 1. The library audits its scans itself.
int runPipe()
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return kScanCannot;
    Result<std::unique_ptr<CardScanner>> scanner = CardScanner::create();
    if (!scanner) {
        out.write(line({{QStringLiteral("error"), scanner.error()}}));
        return kScanCannot;
    }
    out.write(line({{QStringLiteral("ready"), true}}));
    // A line as soon as it comes: a buffered read would wait for more than one request.
    std::string request;
    while (std::getline(std::cin, request)) {
        const QJsonObject json =
            QJsonDocument::fromJson(QByteArray::fromStdString(request)).object();
        const QJsonValue id = json.value(QStringLiteral("id"));
        CardNumberFinder::Spans paused;
        for (const QJsonValue &span : json.value(QStringLiteral("paused")).toArray())
            paused.append({span[0].toInteger(), span[1].toInteger()});
        const Result<CardScanReport> report =
            (*scanner)->scan(json.value(QStringLiteral("file")).toString(), paused);
        if (!report) {
            out.write(
                line({{QStringLiteral("id"), id}, {QStringLiteral("error"), report.error()}}));
            continue;
        }
        QJsonArray findings;
        for (const CardFinding &f : report->findings)
            findings.append(f.toJson());
        out.write(line({{QStringLiteral("id"), id},
                        {QStringLiteral("duration_ms"), report->durationMs},
                        {QStringLiteral("channels"), report->channels},
                        {QStringLiteral("findings"), findings}}));
    }
    return kScanDone;
}

} // namespace

int runScan(const QStringList &arguments)
{
    if (arguments == QStringList{QStringLiteral("--pipe")})
        return runPipe();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList paths = arguments;
    const bool json = paths.removeAll(QStringLiteral("--json")) > 0;
    const bool options = std::any_of(paths.begin(), paths.end(),
                                     [](const QString &p) { return p.startsWith(u'-'); });
    if (paths.isEmpty() || options) {
        err << tr("usage: recbar scan [--json] FILE|FOLDER...") << Qt::endl;
        return kScanCannot;
    }
    Result<std::unique_ptr<CardScanner>> scanner = CardScanner::create();
    if (!scanner) {
        err << "recbar scan: " << scanner.error() << Qt::endl;
        return kScanCannot;
    }
    QList<std::pair<QString, QString>> cannotRead;
    const QStringList files = filesOf(paths, cannotRead);
    int unreadable = int(cannotRead.size());
    for (const auto &[path, why] : cannotRead)
        printError(out, json, path, why);
    int withFindings = 0;
    int outside = 0;
    for (const QString &file : files) {
        const QFileInfo info(file);
        // The paused spans a folder's recording says it has (its sidecar).
        QString problem;
        const RecordingEntry entry = FolderScanner::read(info.absolutePath(), file, &problem);
        const Result<CardScanReport> report = (*scanner)->scan(file, entry.pausedSpans);
        if (!report) {
            ++unreadable;
            printError(out, json, file, report.error());
            continue;
        }
        // The audio was read, so this is the sidecar: without its pauses, "outside a pause"
        // cannot be told. Said, and the file counts as not read.
        if (!problem.isEmpty()) {
            ++unreadable;
            printError(out, json, file, problem);
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
                findings.append(f.toJson());
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
