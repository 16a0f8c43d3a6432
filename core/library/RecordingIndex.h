#pragma once

#include "RecordingEntry.h"
#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace recbar {

// The library's SQLite index: one file, WAL, versioned schema with migrations, one writer (the
// thread that opened it). Lists are read through LibraryModel, a window at a time.
class RecordingIndex
{
public:
    static constexpr int kSchemaVersion = 6;

    RecordingIndex();
    ~RecordingIndex();

    // What an SQLite failure means to the user, in their words.
    static QString describe(const QSqlError &error);
    RecordingIndex(const RecordingIndex &) = delete;
    RecordingIndex &operator=(const RecordingIndex &) = delete;

    // Opens (or creates) the file and migrates it to the current schema.
    Result<void> open(const QString &path);
    void close();
    QSqlDatabase database() const;
    // Two read-only connections of their own for the list, which keeps a statement open while
    // it is read a window at a time (LibraryModel reads on each in turn).
    QSqlDatabase listDatabase(int slot) const;
    QString connectionName() const { return m_connection; }
    int schemaVersion() const;

    // Inserts or updates by (source, sourceKey), keeping the notes and tags if the update has
    // none or the supervisor has edited them. Returns the row id.
    Result<qint64> upsert(const RecordingEntry &entry);
    // Many at once, in one transaction.
    Result<void> upsertAll(const QList<RecordingEntry> &entries);
    std::optional<RecordingEntry> entry(qint64 id) const;
    // Whether the row is there; nothing when the index cannot be read to tell.
    std::optional<bool> contains(qint64 id) const;
    std::optional<RecordingEntry> entry(const QString &source, const QString &sourceKey) const;
    // The supervisor's tags and notes of a recording, together; from then on they are theirs.
    bool setDetails(qint64 id, const QStringList &tags, const QString &notes);
    bool setFile(qint64 id, const QString &path, bool onDisk, AudioState state = AudioState::Fine);
    // Another row whose file is `path` (0 when none): a download never takes a file in use.
    qint64 rowUsingFile(const QString &path, qint64 except) const;
    bool setChannelMix(qint64 id, const QString &mix);
    // Marks recordings reviewed by `who` at `when`, or (an empty `who`) not reviewed.
    bool setReviewed(const QList<qint64> &ids, const QString &who, const QDateTime &when);
    // What a scan for spoken card numbers heard in a recording's audio, kept if its file and
    // pauses are still those of `scanned` (the row as it was scanned): false when either
    // changed meanwhile.
    Result<bool> setCardScan(const RecordingEntry &scanned, const QDateTime &when,
                             const QList<CardFinding> &findings);
    // Recordings on disk not scanned for card numbers since their file or pauses last changed.
    Result<QList<qint64>> notCardScanned() const;
    // Rows of a source whose keys are not in `keep` (files that are gone).
    int removeMissing(const QString &source, const QStringList &keep);
    // Rows of a source with these keys (files that are gone), in one transaction.
    Result<void> removeKeys(const QString &source, const QStringList &keys);
    // Every row of a source.
    Result<void> removeSource(const QString &source);
    // A source's keys with each one's file stamp (RecordingEntry::fileStamp).
    QHash<QString, QString> stamps(const QString &source) const;
    qint64 count(const QString &source) const;
    qint64 count() const;

    static QString searchText(const RecordingEntry &entry);

private:
    Result<void> migrate();
    Result<void> refreshNamesAndSearch();
    Result<void> write(const RecordingEntry &entry);

    QString m_connection;
};

} // namespace recbar
