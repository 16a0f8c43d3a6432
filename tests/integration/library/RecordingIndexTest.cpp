#include "library/RecordingIndex.h"

#include "CatchCompat.h"
#include "library/LibraryModel.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace recbar;

namespace {

RecordingEntry sample(const QString &key)
{
    RecordingEntry e;
    e.source = QStringLiteral("server:test");
    e.sourceKey = key;
    e.startTime = QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc());
    e.durationMs = 95'000;
    e.agent = QStringLiteral("bob");
    e.direction = Direction::Inbound;
    e.localNumber = QStringLiteral("5003");
    e.remoteNumber = QStringLiteral("+15550001111");
    e.reasonCode = QStringLiteral("TAGGED");
    e.tags = {QStringLiteral("complaint"), QStringLiteral("vip")};
    e.metadata = {{QStringLiteral("account"), QStringLiteral("2500")}};
    e.pausedSpans = {{10'000, 14'000}, {60'000, 61'500}};
    e.notes = QStringLiteral("Refund promised");
    e.downloadName = key + QStringLiteral(".mp3");
    return e;
}

// A library file as the first version of RecBar wrote it.
void writeVersion1(const QString &path)
{
    const QString connection = QStringLiteral("v1-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "CREATE TABLE recordings (id INTEGER PRIMARY KEY, source TEXT NOT NULL,"
            " source_key TEXT NOT NULL, file_path TEXT, on_disk INTEGER NOT NULL DEFAULT 0,"
            " start_time INTEGER, duration_ms INTEGER NOT NULL DEFAULT 0,"
            " agent TEXT NOT NULL DEFAULT '', direction INTEGER NOT NULL DEFAULT 0,"
            " local_number TEXT NOT NULL DEFAULT '', remote_number TEXT NOT NULL DEFAULT '',"
            " notes TEXT NOT NULL DEFAULT '', UNIQUE(source, source_key))")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO recordings (source, source_key, file_path, on_disk, start_time,"
            " duration_ms, agent, direction, local_number, remote_number, notes) VALUES"
            " ('folder:/calls', 'a.wav', '/calls/a.wav', 1, 1772442000000, 61000, 'alice',"
            " 2, '7000', '+15559990000', 'Asked for a callback'),"
            " ('folder:/calls', 'b.wav', '/calls/b.wav', 1, 1772445600000, 5000, 'bob',"
            " 1, '5003', '+15558880000', '')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

int rowsFor(LibraryModel &model, const LibraryFilter &filter)
{
    model.setFilter(filter);
    model.refresh(); // the same filter again reads what changed since
    while (model.canFetchMore())
        model.fetchMore();
    return model.rowCount();
}

} // namespace

TEST_CASE("The index stores every field and merges by source and key", "[library][index]")
{
    QTemporaryDir dir;
    RecordingIndex index;
    REQUIRE(index.open(dir.filePath(QStringLiteral("library.sqlite"))));
    CHECK(index.schemaVersion() == RecordingIndex::kSchemaVersion);
    QSqlQuery mode(index.database());
    REQUIRE(mode.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toString() == QStringLiteral("wal"));
    mode.finish(); // an open statement would hold what this connection writes from the list's

    const RecordingEntry original = sample(QStringLiteral("r1"));
    const qint64 id = *index.upsert(original);
    REQUIRE(id > 0);
    RecordingEntry stored = index.entry(id).value();
    RecordingEntry expected = original;
    expected.id = id;
    CHECK(stored == expected);

    // The server lists it again with fresh fields but no notes or tags: one row, the supervisor's
    // notes and tags kept, and still found by them.
    REQUIRE(index.setDetails(id, original.tags, QStringLiteral("Escalated to billing")));
    RecordingEntry again = original;
    again.notes.clear();
    again.tags.clear();
    again.durationMs = 96'000;
    CHECK(*index.upsert(again) == id);
    CHECK(index.count() == 1);
    stored = index.entry(id).value();
    CHECK(stored.durationMs == 96'000);
    CHECK(stored.notes == QStringLiteral("Escalated to billing"));
    CHECK(stored.tags == QStringList{QStringLiteral("complaint"), QStringLiteral("vip")});
    LibraryModel model(index);
    CHECK(rowsFor(model, {.text = QStringLiteral("billing")}) == 1);
    CHECK(rowsFor(model, {.text = QStringLiteral("vip")}) == 1);

    // A file on disk stays on disk when a list without it comes again.
    REQUIRE(index.setFile(id, dir.filePath(QStringLiteral("r1.mp3")), true));
    REQUIRE(index.upsert(again).ok());
    CHECK(index.entry(id)->onDisk);
    CHECK(index.entry(id)->filePath == dir.filePath(QStringLiteral("r1.mp3")));

    // Pauses are what the source says, now: a list without them leaves none (nothing else
    // writes them: silence in the audio is no pause).
    again.pausedSpans = {{1000, 3000}};
    REQUIRE(index.upsert(again).ok());
    CHECK(index.entry(id)->pausedSpans == QList<std::pair<qint64, qint64>>{{1000, 3000}});
    CHECK(rowsFor(model, {.withPauses = true}) == 1);
    again.pausedSpans.clear();
    REQUIRE(index.upsert(again).ok());
    CHECK(index.entry(id)->pausedSpans.isEmpty());
    CHECK(rowsFor(model, {.withPauses = true}) == 0);

    REQUIRE(*index.upsert(sample(QStringLiteral("r2"))) > 0);
    CHECK(index.removeMissing(QStringLiteral("server:test"), {QStringLiteral("r2")}) == 1);
    CHECK_FALSE(index.entry(id).has_value());
}

TEST_CASE("A version 1 library is migrated with its rows", "[library][index]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    writeVersion1(path);

    RecordingIndex index;
    REQUIRE(index.open(path));
    CHECK(index.schemaVersion() == RecordingIndex::kSchemaVersion);
    CHECK(index.count() == 2);
    const RecordingEntry a =
        index.entry(QStringLiteral("folder:/calls"), QStringLiteral("a.wav")).value();
    CHECK(a.agent == QStringLiteral("alice"));
    CHECK(a.direction == Direction::Outbound);
    CHECK(a.durationMs == 61'000);
    CHECK(a.notes == QStringLiteral("Asked for a callback"));
    CHECK(a.startTime == QDateTime::fromMSecsSinceEpoch(1772442000000, QTimeZone::utc()));
    CHECK(a.tags.isEmpty());
    CHECK(a.pausedSpans.isEmpty());
    // The old rows are searchable, and new fields can be written.
    LibraryModel model(index);
    CHECK(rowsFor(model, {.text = QStringLiteral("callback")}) == 1);
    CHECK(rowsFor(model, {.number = QStringLiteral("8880")}) == 1);
    // Their file names too (version 3), and none is reviewed yet.
    CHECK(a.fileName() == QStringLiteral("a.wav"));
    CHECK(rowsFor(model, {.text = QStringLiteral("a.wav")}) == 1);
    CHECK(rowsFor(model, {.notReviewed = true}) == 2);
    // And none is scanned for card numbers yet (version 6): to be listened to, not shown clean.
    CHECK_FALSE(a.cardsScanned());
    CHECK(rowsFor(model, {.cardsOutsidePause = true}) == 0);
    CHECK(index.notCardScanned()->size() == 2);
    REQUIRE(index.setDetails(a.id, {QStringLiteral("callback")}, a.notes));
    CHECK(rowsFor(model, {.tag = QStringLiteral("callback")}) == 1);

    // Opening again is a no-op.
    index.close();
    RecordingIndex reopened;
    REQUIRE(reopened.open(path));
    CHECK(reopened.count() == 2);
}

TEST_CASE("A file with no call data is known by its name: shown, sorted and searched",
          "[library][index]")
{
    QTemporaryDir dir;
    RecordingIndex index;
    REQUIRE(index.open(dir.filePath(QStringLiteral("lib.sqlite"))));
    const auto plain = [&](const QString &name) {
        RecordingEntry e;
        e.source = QStringLiteral("folder:/export");
        e.sourceKey = name;
        e.filePath = QStringLiteral("/export/") + name;
        e.onDisk = true;
        e.startTime = QDateTime::currentDateTimeUtc();
        return index.upsert(e);
    };
    const qint64 b = *plain(QStringLiteral("2026-03-02_queue7_0002.mp3"));
    REQUIRE(*plain(QStringLiteral("2026-03-01_queue7_0001.wav")) > 0);
    REQUIRE(b > 0);
    LibraryModel model(index);
    CHECK(rowsFor(model, {.text = QStringLiteral("queue7")}) == 2);
    CHECK(rowsFor(model, {.text = QStringLiteral("0002.mp3")}) == 1);
    model.setFilter({});
    model.sort(LibraryModel::FileName, Qt::AscendingOrder);
    CHECK(model.data(model.index(0, LibraryModel::FileName)).toString() ==
          QStringLiteral("2026-03-01_queue7_0001.wav"));
    model.sort(LibraryModel::FileName, Qt::DescendingOrder);
    CHECK(model.idAt(0) == b);
}

TEST_CASE("A review is kept with who and when, filtered and undone", "[library][index]")
{
    QTemporaryDir dir;
    RecordingIndex index;
    REQUIRE(index.open(dir.filePath(QStringLiteral("lib.sqlite"))));
    const qint64 first = *index.upsert(sample(QStringLiteral("r1")));
    const qint64 second = *index.upsert(sample(QStringLiteral("r2")));
    REQUIRE(first > 0);
    REQUIRE(second > 0);
    const QDateTime when = QDateTime(QDate(2026, 11, 30), QTime(9, 15), QTimeZone::utc());
    REQUIRE(index.setReviewed({first}, QStringLiteral("sam"), when));
    CHECK(index.entry(first)->reviewedBy == QStringLiteral("sam"));
    CHECK(index.entry(first)->reviewedAt == when);
    CHECK_FALSE(index.entry(second)->reviewedAt.isValid());
    LibraryModel model(index);
    CHECK(rowsFor(model, {.notReviewed = true}) == 1);
    model.setFilter({});
    bool shown = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.idAt(row) == first)
            shown = model.data(model.index(row, LibraryModel::Reviewed))
                        .toString()
                        .startsWith(QStringLiteral("sam, "));
    }
    CHECK(shown);
    // A list from the server again keeps the review.
    REQUIRE(*index.upsert(sample(QStringLiteral("r1"))) == first);
    CHECK(index.entry(first)->reviewedBy == QStringLiteral("sam"));
    REQUIRE(index.setReviewed({first}, QString(), when));
    CHECK_FALSE(index.entry(first)->reviewedAt.isValid());
    CHECK(rowsFor(model, {.notReviewed = true}) == 2);
}

TEST_CASE("A library it cannot use is refused with a reason and left alone", "[library][index]")
{
    QTemporaryDir dir;

    SECTION("written by a newer RecBar")
    {
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        {
            RecordingIndex index;
            REQUIRE(index.open(path));
            QSqlQuery q(index.database());
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 9")));
        }
        RecordingIndex index;
        const Result<void> refused = index.open(path);
        CHECK_FALSE(refused.ok());
        CHECK(refused.error().contains(QStringLiteral("newer RecBar")));
        CHECK(index.schemaVersion() == 9);
    }

    SECTION("not a database at all")
    {
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        RecordingIndex index;
        const Result<void> refused = index.open(path);
        CHECK_FALSE(refused.ok());
        CHECK_FALSE(refused.error().isEmpty());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == QByteArray(8192, 'x'));
    }
}

TEST_CASE("Card numbers a scan heard are kept for the audio and pauses they were heard in",
          "[library][index][cards]")
{
    QTemporaryDir dir;
    RecordingIndex index;
    REQUIRE(index.open(dir.filePath(QStringLiteral("library.sqlite"))));
    RecordingEntry e = sample(QStringLiteral("r1"));
    e.source = QStringLiteral("folder:/calls");
    e.filePath = QStringLiteral("/calls/r1.wav");
    e.onDisk = true;
    e.fileStamp = QStringLiteral("1000:5");
    e.id = *index.upsert(e);
    RecordingEntry quiet = e;
    quiet.sourceKey = QStringLiteral("r2");
    quiet.filePath = QStringLiteral("/calls/r2.wav");
    quiet.id = *index.upsert(quiet);
    RecordingEntry paused = quiet;
    paused.sourceKey = QStringLiteral("r3");
    paused.filePath = QStringLiteral("/calls/r3.wav");
    paused.id = *index.upsert(paused);
    LibraryModel model(index);
    CHECK(index.notCardScanned()->size() == 3);
    CHECK(rowsFor(model, {}) == 3);
    CHECK(model.data(model.index(0, LibraryModel::Cards)).toString().isEmpty());

    const CardFinding outside{.startMs = 20'000,
                              .endMs = 31'000,
                              .digits = 16,
                              .luhn = true,
                              .last4 = QStringLiteral("6467"),
                              .confidence = 0.72};
    CardFinding inside = outside;
    inside.outsidePause = false;
    const QDateTime when = QDateTime(QDate(2026, 12, 7), QTime(12, 0), QTimeZone::utc());
    CHECK(*index.setCardScan(e, when, {outside}));
    CHECK(*index.setCardScan(quiet, when, {}));
    CHECK(*index.setCardScan(paused, when, {inside}));
    const RecordingEntry stored = index.entry(e.id).value();
    CHECK(stored.cardsScannedAt == when);
    CHECK(stored.cardFindings == QList<CardFinding>{outside});
    CHECK(index.notCardScanned()->isEmpty());

    // The list: which were heard outside a pause, which kept out, which clean; and the filter.
    REQUIRE(rowsFor(model, {.cardsOutsidePause = true}) == 1);
    CHECK(model.idAt(0) == e.id);
    const QModelIndex cell = model.index(0, LibraryModel::Cards);
    CHECK(model.data(cell).toString() == QStringLiteral("Heard outside a pause"));
    CHECK(model.data(cell, LibraryModel::CardsOutsideRole).toInt() == 1);
    REQUIRE(rowsFor(model, {.text = QStringLiteral("r3")}) == 1);
    CHECK(model.data(model.index(0, LibraryModel::Cards)).toString() ==
          QStringLiteral("Kept out by a pause"));
    REQUIRE(rowsFor(model, {.text = QStringLiteral("r2")}) == 1);
    CHECK(model.data(model.index(0, LibraryModel::Cards)).toString() ==
          QStringLiteral("None heard"));
    CHECK(model.data(model.index(0, LibraryModel::Cards), LibraryModel::CardsOutsideRole).toInt() ==
          0);

    // The folder read again, unchanged: still scanned. Its file changed, or its pauses: what was
    // heard is for other audio or other pauses, and the recording is to be scanned again.
    RecordingEntry same = e;
    same.notes = QStringLiteral("read again");
    REQUIRE(index.upsert(same).ok());
    CHECK(index.entry(e.id)->cardsScanned());
    RecordingEntry changed = e;
    changed.fileStamp = QStringLiteral("2000:6");
    REQUIRE(index.upsert(changed).ok());
    CHECK_FALSE(index.entry(e.id)->cardsScanned());
    CHECK(index.entry(e.id)->cardFindings.isEmpty());
    CHECK(rowsFor(model, {.cardsOutsidePause = true}) == 0);
    RecordingEntry repaused = quiet;
    repaused.pausedSpans = {{0, 1000}};
    REQUIRE(index.upsert(repaused).ok());
    CHECK_FALSE(index.entry(quiet.id)->cardsScanned());
    CHECK(*index.notCardScanned() == QList<qint64>{e.id, quiet.id});

    // A scan of the file as it was is not kept for the file as it is.
    CHECK_FALSE(*index.setCardScan(e, when, {outside}));
    CHECK_FALSE(index.entry(e.id)->cardsScanned());
    CHECK(*index.setCardScan(changed, when, {outside}));
    CHECK(index.entry(e.id)->cardsScanned());
}

TEST_CASE("The table filters and sorts in SQL", "[library][model]")
{
    QTemporaryDir dir;
    RecordingIndex index;
    REQUIRE(index.open(dir.filePath(QStringLiteral("library.sqlite"))));
    QList<RecordingEntry> entries;
    for (int i = 0; i < 60; ++i) {
        RecordingEntry e = sample(QStringLiteral("r%1").arg(i));
        e.startTime = QDateTime(QDate(2026, 3, 1 + i % 10), QTime(10, i % 60), QTimeZone::utc());
        e.durationMs = 1000 * (i + 1);
        e.agent = i % 3 == 0 ? QStringLiteral("alice") : QStringLiteral("bob");
        e.direction = i % 2 ? Direction::Outbound : Direction::Inbound;
        e.remoteNumber = QStringLiteral("+1555000%1").arg(i, 4, 10, QLatin1Char('0'));
        e.tags = i % 5 == 0 ? QStringList{QStringLiteral("vip")} : QStringList{};
        e.metadata = {{QStringLiteral("ticket"), QStringLiteral("T-%1").arg(i)}};
        e.pausedSpans = i % 4 == 0 ? QList<std::pair<qint64, qint64>>{{0, 500}}
                                   : QList<std::pair<qint64, qint64>>{};
        e.notes = i == 7 ? QStringLiteral("100% refund_now") : QString();
        entries.append(e);
    }
    REQUIRE(index.upsertAll(entries));

    LibraryModel model(index);
    CHECK(rowsFor(model, {}) == 60);
    CHECK(rowsFor(model, {.agent = QStringLiteral("ALICE")}) == 20);
    CHECK(rowsFor(model, {.direction = Direction::Outbound}) == 30);
    CHECK(rowsFor(model, {.number = QStringLiteral("0042")}) == 1);
    CHECK(rowsFor(model, {.tag = QStringLiteral("vip")}) == 12);
    CHECK(rowsFor(model, {.tag = QStringLiteral("vi")}) == 0); // whole tags only
    CHECK(rowsFor(model, {.metadata = QStringLiteral("t-13")}) == 1);
    CHECK(rowsFor(model, {.withPauses = true}) == 15);
    CHECK(rowsFor(model, {.from = QDate(2026, 3, 3), .to = QDate(2026, 3, 4)}) == 12);
    CHECK(rowsFor(model, {.text = QStringLiteral("alice vip")}) == 4); // every word must match
    // LIKE's wildcards in the user's text are taken literally.
    CHECK(rowsFor(model, {.text = QStringLiteral("100%")}) == 1);
    CHECK(rowsFor(model, {.text = QStringLiteral("d%w")}) == 0);
    CHECK(rowsFor(model, {.text = QStringLiteral("d_n")}) == 1);
    CHECK(rowsFor(model, {.text = QStringLiteral("d_no_")}) == 0);
    CHECK(rowsFor(model, {.text = QStringLiteral("' OR 1=1 --")}) == 0);

    rowsFor(model, {});
    model.sort(LibraryModel::Duration, Qt::AscendingOrder);
    CHECK(model.data(model.index(0, LibraryModel::Duration)).toString() == QStringLiteral("0:01"));
    model.sort(LibraryModel::Duration, Qt::DescendingOrder);
    CHECK(model.data(model.index(0, LibraryModel::Duration)).toString() == QStringLiteral("1:00"));
    const qint64 id = model.idAt(0);
    CHECK(index.entry(id)->durationMs == 60'000);
    CHECK(model.data(model.index(0, 0), LibraryModel::IdRole).toLongLong() == id);
    CHECK(model.data(model.index(0, LibraryModel::Direction)).toString() == QStringLiteral("Out"));
    CHECK(model.data(model.index(0, LibraryModel::Tags)).toString().isEmpty());
    CHECK(model.data(model.index(0, LibraryModel::Where)).toString() ==
          QStringLiteral("On the server"));
    CHECK(model.data(model.index(0, LibraryModel::Notes)).toString().isEmpty());
    CHECK(model.headerData(LibraryModel::Remote, Qt::Horizontal, Qt::DisplayRole).toString() ==
          QStringLiteral("Number"));
    CHECK(model.allIds().size() == 60);
    REQUIRE(rowsFor(model, {.text = QStringLiteral("refund_now")}) == 1);
    CHECK(model.data(model.index(0, LibraryModel::Notes)).toString() ==
          QStringLiteral("100% refund_now"));
    CHECK(model.allIds().size() == 1);
}

TEST_CASE("Notes are saved while the list is read a window at a time and another writes",
          "[library][index]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    RecordingIndex index;
    REQUIRE(index.open(path));
    QList<RecordingEntry> many;
    for (int i = 0; i < 600; ++i)
        many.append(sample(QStringLiteral("r%1").arg(i)));
    REQUIRE(index.upsertAll(many));
    // The list has read its first window and keeps its statement open for the rest.
    LibraryModel model(index);
    model.refresh();
    REQUIRE(model.canFetchMore());
    const qint64 id = model.idAt(0);

    // The folder indexer, on its own connection, writes a batch.
    RecordingIndex indexer;
    REQUIRE(indexer.open(path));
    REQUIRE(*indexer.upsert(sample(QStringLiteral("from-a-folder"))) > 0);

    CHECK(index.setDetails(id, {QStringLiteral("vip")}, QStringLiteral("typed meanwhile")));
    CHECK(index.entry(id)->notes == QStringLiteral("typed meanwhile"));
    model.fetchMore();
    CHECK(model.rowCount() > 256);
}
