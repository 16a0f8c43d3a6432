#pragma once

#include "CardScanQueue.h"
#include "FolderIndexer.h"
#include "LibraryModel.h"
#include "RecordingIndex.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

class QSettings;

namespace recbar {

class RecordingsSource;

// The recordings library: local folders (scanned, watched) and a server's list in one SQLite
// index, the table model over it, downloads into the cache folder, and export.
class Library : public QObject
{
    Q_OBJECT

public:
    Library(QSettings &settings, QObject *parent = nullptr);
    ~Library() override;

    // Opens the index and the cache folder; removes downloads a killed process left behind.
    Result<void> open(const QString &databasePath, const QString &cacheFolder);
    // Reads; every write goes through the operations below, which keep the model current.
    const RecordingIndex &index() const { return m_index; }
    std::optional<RecordingEntry> entry(qint64 id) const { return m_index.entry(id); }
    LibraryModel &model() { return *m_model; }

    // Recordings the caller found (an import, a test's): the row id.
    Result<qint64> add(const RecordingEntry &entry);
    Result<void> add(const QList<RecordingEntry> &entries);
    // The agent's tags and notes of one recording, saved together or not at all.
    bool saveDetails(qint64 id, const QStringList &tags, const QString &notes);
    // How a two-channel recording was last listened to (ChannelMix::toString), kept for it;
    // not shown in the list, so the list is not read again.
    bool setChannelMix(qint64 id, const QString &mix) { return m_index.setChannelMix(id, mix); }
    // Marks recordings reviewed by this computer's user, now; or not reviewed again.
    bool markReviewed(const QList<qint64> &ids, bool reviewed);
    // Who a review is put down to: the name this computer's user signed in with.
    static QString reviewerName();
    QString cacheFolder() const { return m_cache; }

    QStringList folders() const;
    // The directories watched for new files: each folder and the folders inside it.
    QStringList watchedDirectories() const { return m_watcher.directories(); }
    // Scanned on the indexer's thread; the list fills as batches land (scanProgress), then
    // scanned(). A change in a watched folder re-reads only what changed in it.
    void addFolder(const QString &folder);
    void removeFolder(const QString &folder);
    void rescan(const QString &folder);
    // What the folder's scans found: its recordings, unreadable files, hidden ones left out.
    std::optional<FolderReport> folderReport(const QString &folder) const;

    void setServer(std::unique_ptr<RecordingsSource> source);
    bool hasServer() const { return bool(m_server); }
    void refreshServer();
    // Fetches a server recording into the cache: NAME.part, renamed once complete and checked.
    void download(qint64 id);
    bool isDownloading(qint64 id) const { return m_downloads.contains(id); }
    // The largest download accepted (settings: library/maxDownloadMiB, default 1024).
    qint64 maxDownloadBytes() const;

    // Spoken card numbers: recordings listened to on request (recbar-scan, set by the app), and
    // with the setting on, every recording on disk not scanned yet, then each as it arrives
    // (those that could not be scanned are not tried again unasked).
    CardScanQueue &cardScans() { return m_cardScans; }
    bool scansNewRecordings() const;
    void setScansNewRecordings(bool on);

    // Copies the recordings that are on disk and writes a CSV of all their fields.
    bool exportTo(const QList<qint64> &ids, const QString &folder, QString *report);

signals:
    void scanProgress(const QString &folder, qint64 done, qint64 total);
    void scanned(const QString &folder, int count, const QStringList &problems);
    void folderRemoved(const QString &folder);
    void serverChanged(bool present);
    void serverListed(int count);
    void serverFailed(const QString &message);
    void downloadFinished(qint64 id, bool ok, const QString &message);
    void exported(const QList<qint64> &ids, const QString &folder, int copied);

private:
    // Files are copied in as many changes at once: a folder is scanned once they settle.
    static constexpr int kSettleMs = 500;
    // While a scan writes, the view is refreshed at most this often.
    static constexpr int kRefreshMs = 1000;
    // Watches are added this many at a time, a turn of the event loop apart.
    static constexpr int kWatchChunk = 500;

    void startIndexer(const QString &databasePath);
    void scan(const QString &folder, const QStringList &directories, bool recursive);
    void onScanned(const QString &folder, const FolderReport &report,
                   const QStringList &directories, bool recursive);
    void watch(const QStringList &directories);
    void refreshSoon();
    void scanNewRecordings();

    QSettings &m_settings;
    RecordingIndex m_index;
    std::unique_ptr<LibraryModel> m_model;
    CardScanQueue m_cardScans{m_index, this};
    QString m_cache;
    QFileSystemWatcher m_watcher;
    QSet<QString> m_watched;
    QStringList m_toWatch;
    QTimer m_watchTimer{this}; // children, so diagnostics count them
    QTimer m_rescanTimer{this};
    QTimer m_refreshTimer{this};
    bool m_refreshWanted = false;
    QHash<QString, QSet<QString>> m_dirtyDirectories; // by folder
    QHash<QString, FolderReport> m_reports;
    QThread m_indexerThread;
    FolderIndexer *m_indexer = nullptr; // lives on m_indexerThread
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
    std::unique_ptr<RecordingsSource> m_server;
    struct Download;
    QHash<qint64, std::shared_ptr<Download>> m_downloads;
};

} // namespace recbar
