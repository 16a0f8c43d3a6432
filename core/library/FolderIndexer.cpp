#include "FolderIndexer.h"

#include "FolderScanner.h"
#include "Logging.h"
#include "RecordingIndex.h"

#include <QDir>

namespace recbar {

namespace {

// Whether `key` lies in `directory` (relative to the folder, "" for the folder itself): directly,
// or anywhere below it when `recursive`.
bool isUnder(const QString &key, const QString &directory, bool recursive)
{
    if (!directory.isEmpty() && !key.startsWith(directory + u'/'))
        return false;
    const qsizetype rest = directory.isEmpty() ? 0 : directory.size() + 1;
    return recursive || key.indexOf(u'/', rest) < 0;
}

} // namespace

FolderIndexer::FolderIndexer(QString databasePath, std::shared_ptr<std::atomic_bool> stopping)
    : m_databasePath(std::move(databasePath))
    , m_stopping(std::move(stopping))
{}

FolderIndexer::~FolderIndexer() = default;

// Opened on first use, so on the worker thread: an SQL connection belongs to its thread.
bool FolderIndexer::ensureOpen()
{
    if (m_index)
        return true;
    auto index = std::make_unique<RecordingIndex>();
    if (const Result<void> opened = index->open(m_databasePath); !opened) {
        emit failed(opened.error());
        return false;
    }
    m_index = std::move(index);
    return true;
}

void FolderIndexer::scan(const QString &folder, const QStringList &directories, bool recursive)
{
    if (!ensureOpen())
        return;
    const QString source = FolderScanner::sourceOf(folder);
    const QDir root(folder);
    FolderReport report;
    QHash<QString, QString> listed;
    QStringList listedDirectories;
    // Where files can have gone from: each directory (and below it if recursive, or if it is
    // gone itself).
    QList<std::pair<QString, bool>> scopes;
    for (const QString &directory : directories) {
        const QString relative = root.relativeFilePath(directory);
        const bool exists = QFileInfo(directory).isDir();
        scopes.append({relative == u"." ? QString() : relative, recursive || !exists});
        if (!exists)
            continue;
        const FolderScanner::Listing listing = FolderScanner::list(folder, directory, recursive);
        listed.insert(listing.stamps);
        listedDirectories += listing.directories;
        report.hidden += listing.hidden;
    }

    // What the index holds under these directories, and which of it is gone or changed.
    const QHash<QString, QString> known = m_index->stamps(source);
    QStringList gone;
    for (auto it = known.begin(); it != known.end(); ++it) {
        const bool inScope = std::any_of(scopes.begin(), scopes.end(), [&](const auto &scope) {
            return isUnder(it.key(), scope.first, scope.second);
        });
        if (inScope && !listed.contains(it.key()))
            gone.append(it.key());
    }
    QStringList toRead;
    for (auto it = listed.begin(); it != listed.end(); ++it) {
        if (known.value(it.key()) != it.value())
            toRead.append(it.key());
    }
    toRead.sort(); // a folder fills in order, not at random

    QList<RecordingEntry> batch;
    const auto store = [&] {
        if (!batch.isEmpty()) {
            if (const Result<void> stored = m_index->upsertAll(batch); !stored) {
                qCWarning(lcLibrary) << "library update failed:" << stored.error();
                emit failed(stored.error());
            }
        }
        batch.clear();
        emit progress(folder, report.read, toRead.size());
        emit batchStored(folder);
    };
    for (const QString &key : std::as_const(toRead)) {
        if (*m_stopping)
            return;
        QString problem;
        batch.append(FolderScanner::read(folder, root.filePath(key), &problem));
        if (!problem.isEmpty())
            report.problems.append(QStringLiteral("%1: %2").arg(key, problem));
        ++report.read;
        if (!recursive)
            report.readKeys.append(key);
        if (batch.size() >= kBatch)
            store();
    }
    if (!batch.isEmpty() || toRead.isEmpty())
        store();
    if (!gone.isEmpty()) {
        if (const Result<void> removed = m_index->removeKeys(source, gone); removed) {
            report.removed = gone.size();
            if (!recursive)
                report.goneKeys = gone;
        } else {
            emit failed(removed.error());
        }
        emit batchStored(folder);
    }
    report.recordings = m_index->count(source);
    emit finished(folder, report, listedDirectories, recursive);
}

void FolderIndexer::removeFolder(const QString &folder)
{
    if (!ensureOpen())
        return;
    if (const Result<void> removed = m_index->removeSource(FolderScanner::sourceOf(folder));
        !removed)
        emit failed(removed.error());
    emit removed(folder);
}

} // namespace recbar
