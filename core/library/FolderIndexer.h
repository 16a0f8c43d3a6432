#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace recbar {

class RecordingIndex;

// What a folder's last scan found, for the library's list of folders.
struct FolderReport
{
    qint64 recordings = 0; // in the library from this folder, after the scan
    qint64 read = 0;       // files read by this scan (new or changed)
    qint64 removed = 0;    // rows of files that are gone
    QStringList problems;  // files that could not be read, with why (they stay listed)
    QStringList hidden;    // hidden recordings and folders left out (names starting with ".")
    // A rescan of what changed: the files it read and those gone, so that what was said of them
    // before can be taken back.
    QStringList readKeys;
    QStringList goneKeys;
};

// Reads folders into the library's index on a thread of its own, with its own connection to
// the index's file: listing, reading headers and sidecars, and writing, in batches, so that the
// GUI thread only refreshes its view. A file whose size and time are those last read is not read
// again, so a change in a folder of 100,000 files costs a listing and what changed.
// Lives on the worker thread: call its slots through queued invocations (Library does).
class FolderIndexer : public QObject
{
    Q_OBJECT

public:
    // `stopping`: set from any thread when the library closes; a scan ends at the next file.
    FolderIndexer(QString databasePath, std::shared_ptr<std::atomic_bool> stopping);
    ~FolderIndexer() override;

    // Files written per transaction: a batch lands in the list at once, and a write from the
    // GUI thread (notes) never waits for more than one.
    static constexpr int kBatch = 200;

    // Everything under `directories` (each in `folder`), into the folders inside when
    // `recursive`; the rows of files gone from them are removed.
    void scan(const QString &folder, const QStringList &directories, bool recursive);
    void removeFolder(const QString &folder);

signals:
    void progress(const QString &folder, qint64 done, qint64 total);
    void batchStored(const QString &folder);
    // The scan is over; `directories`: every folder it listed (for watching).
    void finished(const QString &folder, const recbar::FolderReport &report,
                  const QStringList &directories, bool recursive);
    void removed(const QString &folder);
    void failed(const QString &message);

private:
    bool ensureOpen();

    QString m_databasePath;
    std::shared_ptr<std::atomic_bool> m_stopping;
    std::unique_ptr<RecordingIndex> m_index;
};

} // namespace recbar

Q_DECLARE_METATYPE(recbar::FolderReport)
