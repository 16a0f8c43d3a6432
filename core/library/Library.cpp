#include "Library.h"

#include "FileNames.h"
#include "FolderScanner.h"
#include "Logging.h"
#include "audio/AudioDecoder.h"
#include "desktop/PrivateFiles.h"
#include "servers/ServerKind.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSettings>
#include <QThreadPool>

namespace recbar {

struct Library::Download
{
    qint64 id = 0;
    RecordingEntry entry;
    QString target;
    std::unique_ptr<QFile> part;
};

namespace {

// `path` is `folder` or somewhere under it: /rec2 is not inside /rec.
bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

// A CSV cell of card number findings: "12000-27000 outside 16 digits luhn ending 6467;..."; never
// more of the digits than the last four.
QString findingsText(const QList<CardFinding> &findings)
{
    QStringList out;
    for (const CardFinding &f : findings)
        out << QStringLiteral("%1-%2 %3 %4 digits %5 ending %6")
                   .arg(f.startMs)
                   .arg(f.endMs)
                   .arg(f.outsidePause ? QStringLiteral("outside") : QStringLiteral("inside"))
                   .arg(f.digits)
                   .arg(f.luhn ? QStringLiteral("luhn") : QStringLiteral("no-luhn"), f.last4);
    return out.join(u';');
}

} // namespace

Library::Library(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_model = std::make_unique<LibraryModel>(m_index);
    connect(&m_cardScans, &CardScanQueue::recordingScanned, this, &Library::refreshSoon);
    connect(&m_cardScans, &CardScanQueue::finished, this, [this] {
        m_refreshTimer.stop();
        m_refreshWanted = false;
        m_model->refresh();
    });
    // Many changes arrive at once while files are copied in: scan once they settle.
    m_rescanTimer.setSingleShot(true);
    m_rescanTimer.setInterval(kSettleMs);
    connect(&m_rescanTimer, &QTimer::timeout, this, [this] {
        for (const auto &[folder, directories] :
             std::exchange(m_dirtyDirectories, {}).asKeyValueRange())
            scan(folder, QStringList(directories.begin(), directories.end()), false);
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this](const QString &changed) {
                for (const QString &folder : folders()) {
                    if (isInside(changed, folder))
                        m_dirtyDirectories[folder].insert(changed);
                }
                m_rescanTimer.start();
            });
    m_watchTimer.setInterval(0);
    connect(&m_watchTimer, &QTimer::timeout, this, [this] {
        const QStringList chunk = m_toWatch.mid(0, kWatchChunk);
        m_toWatch.remove(0, chunk.size());
        const QStringList failed = m_watcher.addPaths(chunk);
        for (const QString &directory : chunk) {
            if (!failed.contains(directory))
                m_watched.insert(directory);
        }
        if (m_toWatch.isEmpty())
            m_watchTimer.stop();
    });
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (std::exchange(m_refreshWanted, false))
            refreshSoon();
    });
}

Library::~Library()
{
    *m_stopping = true;
    m_indexerThread.quit();
    m_indexerThread.wait();
}

Result<void> Library::open(const QString &databasePath, const QString &cacheFolder)
{
    if (!PrivateFiles::makeFolder(QFileInfo(databasePath).absolutePath()) ||
        !PrivateFiles::makeFolder(cacheFolder))
        return fail(tr("Cannot create the library's folders"));
    if (Result<void> opened = m_index.open(databasePath); !opened)
        return opened;
    for (const char *suffix : {"", "-wal", "-shm"})
        PrivateFiles::restrict(databasePath + QLatin1String(suffix));
    m_cache = QDir(cacheFolder).absolutePath();
    // A download cut short by a killed process left a .part: it is not a recording.
    QDirIterator parts(m_cache, {QStringLiteral("*.part")}, QDir::Files);
    while (parts.hasNext())
        QFile::remove(parts.next());
    m_model->refresh();
    startIndexer(databasePath);
    // What changed while RecBar was not running is read now; the scans name what to watch.
    for (const QString &folder : folders())
        rescan(folder);
    return {};
}

void Library::startIndexer(const QString &databasePath)
{
    if (m_indexer)
        return;
    qRegisterMetaType<FolderReport>();
    m_indexer = new FolderIndexer(databasePath, m_stopping);
    m_indexer->moveToThread(&m_indexerThread);
    connect(&m_indexerThread, &QThread::finished, m_indexer, &QObject::deleteLater);
    connect(m_indexer, &FolderIndexer::progress, this, &Library::scanProgress);
    connect(m_indexer, &FolderIndexer::batchStored, this, [this] { refreshSoon(); });
    connect(m_indexer, &FolderIndexer::finished, this, &Library::onScanned);
    connect(m_indexer, &FolderIndexer::removed, this, [this](const QString &folder) {
        m_model->refresh();
        emit folderRemoved(folder);
    });
    connect(m_indexer, &FolderIndexer::failed, this,
            [](const QString &message) { qCWarning(lcLibrary) << "folder scan:" << message; });
    m_indexerThread.setObjectName(QStringLiteral("recbar-folder-indexer"));
    m_indexerThread.start(QThread::LowPriority);
}

QStringList Library::folders() const
{
    return m_settings.value(QStringLiteral("library/folders")).toStringList();
}

std::optional<FolderReport> Library::folderReport(const QString &folder) const
{
    const auto it = m_reports.find(folder);
    return it == m_reports.end() ? std::nullopt : std::optional(*it);
}

void Library::addFolder(const QString &folder)
{
    const QString path = QDir(folder).absolutePath();
    QStringList list = folders();
    if (!list.contains(path)) {
        list.append(path);
        m_settings.setValue(QStringLiteral("library/folders"), list);
    }
    rescan(path);
}

void Library::removeFolder(const QString &folder)
{
    QStringList list = folders();
    list.removeAll(folder);
    m_settings.setValue(QStringLiteral("library/folders"), list);
    // Its watches go with it (but not those of another folder inside it).
    QStringList unwatch;
    for (const QString &watched : std::as_const(m_watched)) {
        if (isInside(watched, folder) &&
            std::none_of(list.begin(), list.end(),
                         [&](const QString &other) { return isInside(watched, other); }))
            unwatch.append(watched);
    }
    if (!unwatch.isEmpty())
        m_watcher.removePaths(unwatch);
    for (const QString &directory : std::as_const(unwatch))
        m_watched.remove(directory);
    m_toWatch.removeIf([&](const QString &d) { return isInside(d, folder); });
    m_dirtyDirectories.remove(folder);
    m_reports.remove(folder);
    if (m_indexer)
        QMetaObject::invokeMethod(m_indexer,
                                  [indexer = m_indexer, folder] { indexer->removeFolder(folder); });
}

void Library::rescan(const QString &folder)
{
    scan(folder, {folder}, true);
}

void Library::scan(const QString &folder, const QStringList &directories, bool recursive)
{
    if (!m_indexer)
        return;
    QMetaObject::invokeMethod(m_indexer, [indexer = m_indexer, folder, directories, recursive] {
        indexer->scan(folder, directories, recursive);
    });
}

void Library::onScanned(const QString &folder, const FolderReport &report,
                        const QStringList &directories, bool recursive)
{
    if (!folders().contains(folder))
        return; // removed while it was scanned
    FolderReport &kept = m_reports[folder];
    if (recursive) {
        kept = report;
    } else {
        // A rescan of what changed: what it read replaces what was said of those files.
        kept.recordings = report.recordings;
        kept.read = report.read;
        kept.removed = report.removed;
        const QSet<QString> retold(report.readKeys.begin(), report.readKeys.end());
        const QSet<QString> gone(report.goneKeys.begin(), report.goneKeys.end());
        kept.problems.removeIf([&](const QString &problem) {
            const QString key = problem.section(QStringLiteral(": "), 0, 0);
            return retold.contains(key) || gone.contains(key);
        });
        kept.problems += report.problems;
        for (const QString &hidden : report.hidden) {
            if (!kept.hidden.contains(hidden))
                kept.hidden.append(hidden);
        }
    }
    QStringList fresh;
    for (const QString &directory : directories) {
        if (!m_watched.contains(directory) && !m_toWatch.contains(directory))
            fresh.append(directory);
    }
    watch(fresh);
    // Folders that appeared in a changed one were only named: their files are read now.
    if (!recursive && !fresh.isEmpty())
        scan(folder, fresh, true);
    m_refreshTimer.stop();
    m_refreshWanted = false;
    m_model->refresh();
    emit scanned(folder, int(kept.recordings), kept.problems);
    scanNewRecordings();
}

bool Library::scansNewRecordings() const
{
    return m_settings.value(QStringLiteral("library/scanCardNumbers"), false).toBool();
}

void Library::setScansNewRecordings(bool on)
{
    m_settings.setValue(QStringLiteral("library/scanCardNumbers"), on);
    scanNewRecordings();
}

// Only on the setting: a scan is never run unasked.
void Library::scanNewRecordings()
{
    if (!scansNewRecordings() || !m_cardScans.available())
        return;
    // Unread, none is scanned now; the next folder change or download asks again.
    if (const Result<QList<qint64>> ids = m_index.notCardScanned(); ids)
        m_cardScans.scanUnlessFailed(*ids);
    else
        qCWarning(lcLibrary) << "recordings to scan for card numbers:" << ids.error();
}

void Library::watch(const QStringList &directories)
{
    if (directories.isEmpty())
        return;
    m_toWatch += directories;
    m_watchTimer.start();
}

// Batches land while a scan runs: the list shows them, but not more than once a second.
void Library::refreshSoon()
{
    if (m_refreshTimer.isActive()) {
        m_refreshWanted = true;
        return;
    }
    m_model->refresh();
    m_refreshTimer.start();
}

Result<qint64> Library::add(const RecordingEntry &entry)
{
    Result<qint64> id = m_index.upsert(entry);
    m_model->refresh();
    return id;
}

Result<void> Library::add(const QList<RecordingEntry> &entries)
{
    Result<void> added = m_index.upsertAll(entries);
    m_model->refresh();
    return added;
}

bool Library::saveDetails(qint64 id, const QStringList &tags, const QString &notes)
{
    const bool ok = m_index.setDetails(id, tags, notes);
    m_model->refresh();
    return ok;
}

bool Library::markReviewed(const QList<qint64> &ids, bool reviewed)
{
    const bool ok = m_index.setReviewed(ids, reviewed ? reviewerName() : QString(),
                                        QDateTime::currentDateTimeUtc());
    m_model->refresh();
    return ok;
}

QString Library::reviewerName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

void Library::setServer(std::unique_ptr<RecordingsSource> source)
{
    m_server = std::move(source);
    // Downloads in flight went through the old source: they will not finish.
    for (const auto &d : std::exchange(m_downloads, {})) {
        const QString partPath = d->part->fileName();
        d->part->close();
        QFile::remove(partPath);
        emit downloadFinished(d->id, false, tr("Signed out before the download finished"));
    }
    emit serverChanged(bool(m_server));
    if (!m_server)
        return;
    connect(m_server.get(), &RecordingsSource::listed, this,
            [this](const QList<RecordingEntry> &entries) {
                // Merged by (source, id): a refresh updates rows, never duplicates them.
                if (const Result<void> merged = m_index.upsertAll(entries); !merged) {
                    emit serverFailed(merged.error());
                    return;
                }
                m_model->refresh();
                emit serverListed(int(entries.size()));
            });
    connect(m_server.get(), &RecordingsSource::listFailed, this,
            [this](const ServerError &error) { emit serverFailed(error.describe()); });
    connect(m_server.get(), &RecordingsSource::downloaded, this,
            [this](const QString &key, const ServerError &error, qint64 expected) {
                std::shared_ptr<Download> d;
                for (const auto &candidate : std::as_const(m_downloads)) {
                    if (candidate->entry.sourceKey == key)
                        d = candidate;
                }
                if (!d)
                    return;
                m_downloads.remove(d->id);
                const QString partPath = d->part->fileName();
                // A full disk shows here, not as a network error: the writes were buffered.
                const bool written = d->part->flush() && d->part->error() == QFileDevice::NoError;
                const QString writeError = d->part->errorString();
                const qint64 received = d->part->size();
                d->part->close();
                QString problem;
                AudioState state = AudioState::Fine;
                if (!written)
                    problem = tr("Cannot save the download in %1: %2")
                                  .arg(QDir::toNativeSeparators(m_cache), writeError);
                else if (!error.ok())
                    problem = error.describe();
                else if (received == 0)
                    problem = tr("The server sent an empty file");
                else if (expected >= 0 && received != expected)
                    problem =
                        tr("The download stopped after %1 of %2 bytes").arg(received).arg(expected);
                else if (const auto decoded = AudioDecoder::open(partPath); !decoded)
                    problem = tr("The downloaded file is not playable: %1").arg(decoded.error());
                else if ((*decoded)->truncated())
                    state = AudioState::CutOff; // whole as sent: the server's file is cut
                if (problem.isEmpty()) {
                    QFile::remove(d->target);
                    if (!QFile::rename(partPath, d->target))
                        problem = tr("Cannot move the download into place");
                }
                if (!problem.isEmpty()) {
                    QFile::remove(partPath); // nothing half-written stays
                    emit downloadFinished(d->id, false, problem);
                    return;
                }
                m_cardScans.fileReplaced(d->id);
                m_index.setFile(d->id, d->target, true, state);
                m_model->refresh();
                emit downloadFinished(d->id, true, {});
                scanNewRecordings();
            });
}

qint64 Library::maxDownloadBytes() const
{
    // A one-hour G.711 WAV is 29 MB, an eight-hour one 230 MB: 1 GiB unless set otherwise.
    const qint64 mib =
        m_settings.value(QStringLiteral("library/maxDownloadMiB"), 1024).toLongLong();
    return std::clamp<qint64>(mib, 1, 64 * 1024) * 1024 * 1024;
}

void Library::refreshServer()
{
    if (m_server)
        m_server->list();
}

void Library::download(qint64 id)
{
    const std::optional<RecordingEntry> entry = m_index.entry(id);
    if (!entry || !m_server || entry->source != m_server->sourceId() || m_downloads.contains(id)) {
        emit downloadFinished(id, false,
                              tr("This recording cannot be fetched from the current server"));
        return;
    }
    const QString name =
        FileNames::forDownload(entry->downloadName, entry->sourceKey, QStringLiteral("mp3"));
    QString target = FileNames::inside(m_cache, name);
    // The id in the name keeps names apart; two servers' recordings with one id still must not
    // share a file.
    if (!target.isEmpty() && m_index.rowUsingFile(target, id) != 0)
        target = FileNames::inside(m_cache, QFileInfo(name).completeBaseName() +
                                                QStringLiteral("_%1.mp3").arg(id));
    if (target.isEmpty()) {
        emit downloadFinished(id, false, tr("The server's file name is not usable"));
        return;
    }
    auto d = std::make_shared<Download>();
    d->id = id;
    d->entry = *entry;
    d->target = target;
    d->part = std::make_unique<QFile>(target + QStringLiteral(".part"));
    if (!d->part->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        emit downloadFinished(
            id, false, tr("Cannot write %1: %2").arg(d->part->fileName(), d->part->errorString()));
        return;
    }
    PrivateFiles::restrict(d->part->fileName());
    m_downloads.insert(id, d);
    m_server->download(*entry, d->part.get(), maxDownloadBytes());
}

bool Library::exportTo(const QList<qint64> &ids, const QString &folder, QString *report)
{
    if (!QDir().mkpath(folder)) {
        *report = tr("Cannot create %1").arg(folder);
        return false;
    }
    QFile csv(QDir(folder).filePath(QStringLiteral("recordings.csv")));
    if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *report = tr("Cannot write %1: %2").arg(csv.fileName(), csv.errorString());
        return false;
    }
    const auto field = [](QString text) {
        // Quoted, quotes doubled; a leading =, +, -, @, tab, CR or LF is neutralised for
        // spreadsheets (each can start a formula).
        if (!text.isEmpty() && QStringLiteral("=+-@\t\r\n").contains(text.front()))
            text.prepend(u'\'');
        return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    };
    QByteArray out =
        "file,start,duration_s,agent,direction,local_number,remote_number,reason_code,tags,"
        "metadata,paused_spans,notes,original_file,reviewed_by,reviewed_at,"
        "cards_scanned_at,cards_outside_pause,cards_inside_pause,card_findings\r\n";
    int copied = 0;
    int missing = 0;
    QStringList failed;
    for (qint64 id : ids) {
        const std::optional<RecordingEntry> e = m_index.entry(id);
        if (!e)
            continue;
        QString file;
        if (e->onDisk && QFile::exists(e->filePath)) {
            const QString name = FileNames::safe(
                QStringLiteral("%1_%2").arg(id).arg(QFileInfo(e->filePath).fileName()),
                QString::number(id), {});
            // An earlier export's copy of the same recording is replaced, never taken as done.
            const QString target = QDir(folder).filePath(name);
            QFile::remove(target);
            if (QFile::copy(e->filePath, target)) {
                file = name;
                ++copied;
            } else {
                failed.append(QFileInfo(e->filePath).fileName());
            }
        } else {
            ++missing;
        }
        QJsonObject metadata;
        for (auto it = e->metadata.begin(); it != e->metadata.end(); ++it)
            metadata.insert(it.key(), it.value());
        QStringList spans;
        for (const auto &[from, to] : e->pausedSpans)
            spans << QStringLiteral("%1-%2").arg(from).arg(to);
        const QStringList row{
            field(file),
            field(e->startTime.toString(Qt::ISODate)),
            field(QString::number(e->durationMs / 1000.0, 'f', 1)),
            field(e->agent),
            field(e->direction == Direction::Inbound    ? QStringLiteral("in")
                  : e->direction == Direction::Outbound ? QStringLiteral("out")
                                                        : QString()),
            field(e->localNumber),
            field(e->remoteNumber),
            field(e->reasonCode),
            field(e->tags.join(u';')),
            field(QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact))),
            field(spans.join(u';')),
            field(e->notes),
            field(e->fileName()),
            field(e->reviewedBy),
            field(e->reviewedAt.isValid() ? e->reviewedAt.toString(Qt::ISODate) : QString()),
            field(e->cardsScanned() ? e->cardsScannedAt.toString(Qt::ISODate) : QString()),
            field(e->cardsScanned() ? QString::number(e->cardsOutsidePause()) : QString()),
            field(e->cardsScanned()
                      ? QString::number(e->cardFindings.size() - e->cardsOutsidePause())
                      : QString()),
            field(findingsText(e->cardFindings))};
        out += row.join(u',').toUtf8() + "\r\n";
    }
    // A CSV that did not reach the disk is no export, and is not audited as one.
    if (csv.write(out) != out.size() || !csv.flush()) {
        *report = tr("Cannot write %1: %2").arg(csv.fileName(), csv.errorString());
        csv.close();
        csv.remove();
        return false;
    }
    csv.close();
    emit exported(ids, folder, copied);
    *report = tr("%n recording(s) copied", nullptr, copied);
    if (missing > 0)
        *report += tr("; %n not on disk (listed in the CSV without a file)", nullptr, missing);
    if (!failed.isEmpty())
        *report += tr("; not copied: %1").arg(failed.join(QStringLiteral(", ")));
    return failed.isEmpty();
}

} // namespace recbar
