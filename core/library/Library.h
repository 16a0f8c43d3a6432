#pragma once

#include "LibraryModel.h"
#include "RecordingIndex.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

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
    bool open(const QString &databasePath, const QString &cacheFolder, QString *error);
    // Reads; every write goes through the operations below, which keep the model current.
    const RecordingIndex &index() const { return m_index; }
    std::optional<RecordingEntry> entry(qint64 id) const { return m_index.entry(id); }
    LibraryModel &model() { return *m_model; }

    // Recordings the caller found (an import, a test's): the row id, or 0 with a message.
    qint64 add(const RecordingEntry &entry, QString *error = nullptr);
    bool add(const QList<RecordingEntry> &entries, QString *error = nullptr);
    // The agent's tags and notes of one recording, saved together or not at all.
    bool saveDetails(qint64 id, const QStringList &tags, const QString &notes);
    // How a two-channel recording was last listened to (ChannelMix::toString), kept for it;
    // not shown in the list, so the list is not read again.
    bool setChannelMix(qint64 id, const QString &mix) { return m_index.setChannelMix(id, mix); }
    // Marks recordings reviewed by this computer's user, now; or not reviewed again.
    bool markReviewed(const QList<qint64> &ids, bool reviewed);
    // Who a review is put down to: the name this computer's user signed in with.
    static QString reviewerName();
    // Pauses the player found in the audio, so "Paused only" finds the recording.
    void setPausedSpans(qint64 id, const QList<std::pair<qint64, qint64>> &spans);
    QString cacheFolder() const { return m_cache; }

    QStringList folders() const;
    // The directories watched for new files: each folder and the folders inside it.
    QStringList watchedDirectories() const { return m_watcher.directories(); }
    void addFolder(const QString &folder);
    void removeFolder(const QString &folder);
    void rescan(const QString &folder);

    void setServer(std::unique_ptr<RecordingsSource> source);
    bool hasServer() const { return bool(m_server); }
    void refreshServer();
    // Fetches a server recording into the cache: NAME.part, renamed once complete and checked.
    void download(qint64 id);
    bool isDownloading(qint64 id) const { return m_downloads.contains(id); }
    // The largest download accepted (settings: library/maxDownloadMiB, default 1024).
    qint64 maxDownloadBytes() const;

    // Copies the recordings that are on disk and writes a CSV of all their fields.
    bool exportTo(const QList<qint64> &ids, const QString &folder, QString *report);

signals:
    void scanned(const QString &folder, int count, const QStringList &problems);
    void serverChanged(bool present);
    void serverListed(int count);
    void serverFailed(const QString &message);
    void downloadFinished(qint64 id, bool ok, const QString &message);
    void exported(const QList<qint64> &ids, const QString &folder, int copied);

private:
    // Files are copied in as many changes at once: a folder is scanned once they settle.
    static constexpr int kSettleMs = 1000;

    void store(const QString &source, const QList<RecordingEntry> &entries,
               const QStringList &keep);
    void watch(const QString &folder);

    QSettings &m_settings;
    RecordingIndex m_index;
    std::unique_ptr<LibraryModel> m_model;
    QString m_cache;
    QFileSystemWatcher m_watcher;
    QTimer m_rescanTimer{this}; // a child, so diagnostics count it
    QStringList m_dirtyFolders;
    std::unique_ptr<RecordingsSource> m_server;
    struct Download;
    QHash<qint64, std::shared_ptr<Download>> m_downloads;
};

} // namespace recbar
