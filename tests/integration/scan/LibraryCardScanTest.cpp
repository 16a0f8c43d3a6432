// The library's card number scan: recsim's calls (one with a card number read out, one with it
// read while paused, one without), written as recsim exports them, listened to by recbar-scan
// as the library runs it, and what it heard in the index, the list and its filter.
#include "CatchCompat.h"
#include "WaitFor.h"
#include "audio/AudioStore.h"
#include "library/Library.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace recbar;

namespace {

struct Calls
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Library library{settings};
    qint64 heard = 0;  // the number read out while recording ran
    qint64 paused = 0; // read out while the agent had paused: silence in the file
    qint64 quiet = 0;  // no number
    const qint64 cardAtMs = 4000;

    Calls()
    {
        REQUIRE(library.open(dir.filePath(QStringLiteral("library.sqlite")),
                             dir.filePath(QStringLiteral("cache"))));
        library.cardScans().setProgram(QStringLiteral(RECBAR_SCAN_PROGRAM));
        recsim::AudioStore store(dir.filePath(QStringLiteral("calls")));
        const auto call = [&](const QString &name, QList<qint64> cards,
                              QList<std::pair<qint64, qint64>> pauses) {
            recsim::AudioPlan plan;
            plan.durationMs = 20'000;
            plan.seed = 11;
            plan.spokenCards = std::move(cards);
            for (const auto &[from, to] : pauses)
                plan.silent.append({from, to});
            QString error;
            const QString file =
                store.file(name, plan, {}, recsim::AudioStore::Format::WavUlaw, &error);
            INFO(error.toStdString());
            REQUIRE_FALSE(file.isEmpty());
            RecordingEntry e;
            e.source = QStringLiteral("folder:") + store.directory();
            e.sourceKey = name;
            e.filePath = file;
            e.onDisk = true;
            e.fileStamp = QStringLiteral("1:1");
            e.durationMs = plan.durationMs;
            e.pausedSpans = std::move(pauses);
            return *library.add(e);
        };
        heard = call(QStringLiteral("heard"), {cardAtMs}, {});
        paused = call(QStringLiteral("paused"), {cardAtMs}, {{2000, 16'000}});
        quiet = call(QStringLiteral("quiet"), {}, {});
    }

    CardScanSummary scan(const QList<qint64> &ids)
    {
        QSignalSpy finished(&library.cardScans(), &CardScanQueue::finished);
        library.cardScans().scan(ids);
        REQUIRE(waitFor([&] { return finished.size() == 1; }, 180'000));
        return finished.takeFirst().at(0).value<CardScanSummary>();
    }
};

} // namespace

TEST_CASE("The library hears the card number read while recording ran, and only that one",
          "[scan][library]")
{
    Calls calls;
    REQUIRE(calls.library.cardScans().available());
    QSignalSpy progress(&calls.library.cardScans(), &CardScanQueue::progress);
    const CardScanSummary summary = calls.scan({calls.heard, calls.paused, calls.quiet});
    INFO(summary.problems.join(QStringLiteral("; ")).toStdString());
    CHECK(summary.problems.isEmpty());
    CHECK_FALSE(summary.cancelled);
    CHECK(summary.scanned.size() == 3);
    CHECK(summary.withOutside == QList<qint64>{calls.heard});
    CHECK(progress.size() >= 3);
    CHECK(progress.last().at(0).toLongLong() == progress.last().at(1).toLongLong());

    const RecordingEntry heard = calls.library.entry(calls.heard).value();
    CHECK(heard.cardsScanned());
    REQUIRE(heard.cardFindings.size() == 1);
    const CardFinding &f = heard.cardFindings.first();
    CHECK(f.outsidePause);
    // How many of its digits are heard right is the recogniser's part (test_scan's first case,
    // bench_cards); here, that a finding of its digits' count and last four is kept.
    CHECK(f.digits >= CardNumberFinder::kMinDigits);
    CHECK(f.last4.size() == 4);
    CHECK(f.startMs >= calls.cardAtMs - 600); // the recogniser's word edges are not exact
    CHECK(f.endMs <= calls.cardAtMs + recsim::kCardClipMs);
    // The paused call's number is silence in the file: nothing to hear, and scanned all the same.
    CHECK(calls.library.entry(calls.paused)->cardsScanned());
    CHECK(calls.library.entry(calls.paused)->cardFindings.isEmpty());
    CHECK(calls.library.entry(calls.quiet)->cardFindings.isEmpty());

    // Never more of the number than its last four: not in the index, nor in an export of it.
    QString report;
    REQUIRE(calls.library.exportTo({calls.heard}, calls.dir.filePath(QStringLiteral("export")),
                                   &report));
    for (const QString &file : {calls.dir.filePath(QStringLiteral("library.sqlite")),
                                calls.dir.filePath(QStringLiteral("library.sqlite-wal")),
                                calls.dir.filePath(QStringLiteral("export/recordings.csv"))}) {
        QFile stored(file);
        REQUIRE(stored.open(QIODevice::ReadOnly));
        const QByteArray bytes = stored.readAll();
        INFO(file.toStdString());
        CHECK_FALSE(bytes.contains("55555555"));
        CHECK_FALSE(bytes.contains("5555 5555"));
    }

    // The supervisor's filter.
    LibraryModel &model = calls.library.model();
    model.setFilter({.cardsOutsidePause = true});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == calls.heard);
    CHECK(model.data(model.index(0, LibraryModel::Cards)).toString() ==
          QStringLiteral("Heard outside a pause"));
}

TEST_CASE("A card number scan stops at once when cancelled, and runs again after",
          "[scan][library]")
{
    Calls calls;
    QSignalSpy finished(&calls.library.cardScans(), &CardScanQueue::finished);
    calls.library.cardScans().scan({calls.heard, calls.paused, calls.quiet});
    calls.library.cardScans().cancel();
    REQUIRE(finished.size() == 1);
    const auto cancelled = finished.takeFirst().at(0).value<CardScanSummary>();
    CHECK(cancelled.cancelled);
    CHECK(cancelled.scanned.isEmpty());
    CHECK_FALSE(calls.library.cardScans().isRunning());
    CHECK_FALSE(calls.library.entry(calls.heard)->cardsScanned());

    const CardScanSummary again = calls.scan({calls.quiet});
    CHECK_FALSE(again.cancelled);
    CHECK(again.scanned == QList<qint64>{calls.quiet});
}

TEST_CASE("A recording whose file changed while it was heard is not marked scanned",
          "[scan][library]")
{
    Calls calls;
    QSignalSpy finished(&calls.library.cardScans(), &CardScanQueue::finished);
    QSignalSpy progress(&calls.library.cardScans(), &CardScanQueue::progress);
    calls.library.cardScans().scan({calls.heard});
    // Sent to recbar-scan once it is ready; the folder is read again before the answer comes:
    // another file now.
    REQUIRE(waitFor([&] { return progress.size() >= 2; }, 60'000));
    RecordingEntry changed = calls.library.entry(calls.heard).value();
    changed.fileStamp = QStringLiteral("2:2");
    REQUIRE(calls.library.add(changed).ok());
    REQUIRE(waitFor([&] { return finished.size() == 1; }, 180'000));
    const auto summary = finished.takeFirst().at(0).value<CardScanSummary>();
    CHECK(summary.scanned.isEmpty());
    CHECK(summary.problems.isEmpty());
    CHECK_FALSE(calls.library.entry(calls.heard)->cardsScanned());
}

TEST_CASE("Without recbar-scan nothing is scanned, and the library says why", "[scan][library]")
{
    Calls calls;
    calls.library.cardScans().setProgram(calls.dir.filePath(QStringLiteral("no-such-program")));
    CHECK_FALSE(calls.library.cardScans().available());
    const CardScanSummary summary = calls.scan({calls.heard});
    REQUIRE(summary.problems.size() == 1);
    CHECK(summary.problems.first().startsWith(QStringLiteral("Speech recognition cannot start")));
    CHECK(summary.scanned.isEmpty());
    CHECK_FALSE(calls.library.entry(calls.heard)->cardsScanned());
}

TEST_CASE("With the setting on, recordings are scanned as they arrive", "[scan][library]")
{
    Calls calls;
    QSignalSpy finished(&calls.library.cardScans(), &CardScanQueue::finished);
    CHECK_FALSE(calls.library.scansNewRecordings());
    CHECK_FALSE(calls.library.cardScans().isRunning()); // never unasked
    calls.library.setScansNewRecordings(true);
    CHECK(calls.settings.value(QStringLiteral("library/scanCardNumbers")).toBool());
    REQUIRE(calls.library.cardScans().isRunning());
    REQUIRE(waitFor([&] { return finished.size() == 1; }, 180'000));
    const auto summary = finished.takeFirst().at(0).value<CardScanSummary>();
    CHECK(summary.scanned.size() == 3);
    CHECK(calls.library.index().notCardScanned()->isEmpty());
}
