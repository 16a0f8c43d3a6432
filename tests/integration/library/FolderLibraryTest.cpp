#include "AudioTools.h"
#include "CatchCompat.h"
#include "RecsimProcess.h"
#include "WaitFor.h"
#include "audio/SilenceSkips.h"
#include "audio/Waveform.h"
#include "domain/DisplayText.h"
#include "library/FileNames.h"
#include "library/FolderScanner.h"
#include "library/Library.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sndfile.h>

using namespace recbar;

namespace {

// A WAV with LIST/INFO tags, written with libsndfile as some recorders do.
void writeTaggedWav(const QString &path, const char *artist, const char *comment, const char *date)
{
    SF_INFO info{};
    info.samplerate = 8000;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_ULAW;
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    REQUIRE(file);
    sf_set_string(file, SF_STR_ARTIST, artist);
    sf_set_string(file, SF_STR_COMMENT, comment);
    sf_set_string(file, SF_STR_DATE, date);
    std::vector<short> samples(12000, 1000);
    sf_write_short(file, samples.data(), sf_count_t(samples.size()));
    sf_close(file);
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

const RecordingEntry *byKey(const QList<RecordingEntry> &entries, const QString &key)
{
    for (const RecordingEntry &e : entries) {
        if (e.sourceKey == key)
            return &e;
    }
    return nullptr;
}

} // namespace

TEST_CASE("File names from other systems give their date, and a sequence number is no number",
          "[library][folder]")
{
    QTemporaryDir dir;
    audiotools::tone(dir.path(), QStringLiteral("2026-03-02_queue7_0001.wav"), "-b 16", 1, 0.5);
    audiotools::tone(dir.path(), QStringLiteral("2026-03-02T10-15-00_8100_out.wav"), "-b 16", 1,
                     0.5);
    const FolderScanner::Result result = FolderScanner::scan(dir.path());
    const RecordingEntry *queued =
        byKey(result.entries, QStringLiteral("2026-03-02_queue7_0001.wav"));
    REQUIRE(queued);
    CHECK(queued->startTime == QDateTime(QDate(2026, 3, 2), QTime(0, 0)).toUTC());
    CHECK(queued->remoteNumber.isEmpty());
    const RecordingEntry *timed =
        byKey(result.entries, QStringLiteral("2026-03-02T10-15-00_8100_out.wav"));
    REQUIRE(timed);
    CHECK(timed->startTime == QDateTime(QDate(2026, 3, 2), QTime(10, 15)).toUTC());
    CHECK(timed->remoteNumber == QStringLiteral("8100"));
    CHECK(timed->direction == Direction::Outbound);
}

TEST_CASE("A folder scan reads sidecars, WAV tags and file names", "[library][folder]")
{
    QTemporaryDir dir;
    const QString folder = dir.path();
    audiotools::tone(folder, QStringLiteral("20260301-101500_bob_+15551234567_in.wav"), "-e u-law");
    audiotools::tone(folder, QStringLiteral("call2.wav"), "-e a-law", 2, 3.0);
    writeText(dir.filePath(QStringLiteral("call2.json")), R"({
        "start_time": "2026-03-02T14:00:05Z", "agent": "carol", "direction": "outbound",
        "local_number": "805003", "remote_number": "+15557770000", "reason_code": "TAGGED",
        "tags": ["complaint", "", 7], "metadata": {"account": 2500, "customer": "Ann"},
        "paused_spans": [[500, 1500], [2000, 1900], "x"], "notes": "Card read out at 0:01"})");
    writeTaggedWav(dir.filePath(QStringLiteral("tagged.wav")), "dan", "Second call",
                   "2026-02-27T08:15:00Z");
    QDir(folder).mkdir(QStringLiteral("old"));
    audiotools::mp3Tone(dir.filePath(QStringLiteral("old")), QStringLiteral("archive.mp3"), 1.0);
    writeText(dir.filePath(QStringLiteral("broken.wav")), "RIFF....WAVEnot really");
    audiotools::tone(folder, QStringLiteral("badjson.wav"), "-b 16");
    writeText(dir.filePath(QStringLiteral("badjson.json")), "{ not json");
    writeText(dir.filePath(QStringLiteral("half.mp3.part")), "partial");
    writeText(dir.filePath(QStringLiteral("readme.txt")), "not audio");

    const FolderScanner::Result result = FolderScanner::scan(folder);
    CHECK(result.entries.size() == 6);

    const RecordingEntry *named =
        byKey(result.entries, QStringLiteral("20260301-101500_bob_+15551234567_in.wav"));
    REQUIRE(named);
    CHECK(named->source == QStringLiteral("folder:") + folder);
    CHECK(named->startTime == QDateTime(QDate(2026, 3, 1), QTime(10, 15)).toUTC());
    CHECK(named->remoteNumber == QStringLiteral("+15551234567"));
    CHECK(named->direction == Direction::Inbound);
    CHECK(named->durationMs == 2000);
    CHECK(named->onDisk);
    CHECK(QFile::exists(named->filePath));

    const RecordingEntry *sidecar = byKey(result.entries, QStringLiteral("call2.wav"));
    REQUIRE(sidecar);
    CHECK(sidecar->startTime == QDateTime(QDate(2026, 3, 2), QTime(14, 0, 5), QTimeZone::utc()));
    CHECK(sidecar->durationMs == 3000);
    CHECK(sidecar->agent == QStringLiteral("carol"));
    CHECK(sidecar->direction == Direction::Outbound);
    CHECK(sidecar->localNumber == QStringLiteral("805003"));
    CHECK(sidecar->remoteNumber == QStringLiteral("+15557770000"));
    CHECK(sidecar->reasonCode == QStringLiteral("TAGGED"));
    CHECK(sidecar->tags == QStringList{QStringLiteral("complaint")});
    CHECK(sidecar->metadata.value(QStringLiteral("account")) == QStringLiteral("2500"));
    CHECK(sidecar->metadata.value(QStringLiteral("customer")) == QStringLiteral("Ann"));
    REQUIRE(sidecar->pausedSpans.size() == 1); // the backwards and malformed spans are dropped
    CHECK(sidecar->pausedSpans.first() == std::pair<qint64, qint64>{500, 1500});
    CHECK(sidecar->notes == QStringLiteral("Card read out at 0:01"));

    const RecordingEntry *tagged = byKey(result.entries, QStringLiteral("tagged.wav"));
    REQUIRE(tagged);
    CHECK(tagged->agent == QStringLiteral("dan"));
    CHECK(tagged->notes == QStringLiteral("Second call"));
    CHECK(tagged->startTime == QDateTime(QDate(2026, 2, 27), QTime(8, 15), QTimeZone::utc()));
    CHECK(tagged->durationMs == 1500);

    const RecordingEntry *archived = byKey(result.entries, QStringLiteral("old/archive.mp3"));
    REQUIRE(archived);
    CHECK(std::abs(archived->durationMs - 1000) <= 150);

    // The unreadable stay listed, each with its reason.
    const RecordingEntry *broken = byKey(result.entries, QStringLiteral("broken.wav"));
    REQUIRE(broken);
    CHECK(broken->durationMs == 0);
    CHECK(byKey(result.entries, QStringLiteral("badjson.wav")));
    REQUIRE(result.problems.size() == 2);
    CHECK(result.problems.filter(QStringLiteral("broken.wav")).size() == 1);
    CHECK(result.problems.filter(QStringLiteral("sidecar is not JSON")).size() == 1);
}

TEST_CASE("A watched folder follows files coming and going", "[library][folder]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("recbar.ini")), QSettings::IniFormat);
    const QString folder = dir.filePath(QStringLiteral("calls"));
    QDir().mkpath(folder);
    audiotools::tone(folder, QStringLiteral("one.wav"), "-e u-law");

    Library library(settings);
    REQUIRE(library.open(dir.filePath(QStringLiteral("data/library.sqlite")),
                         dir.filePath(QStringLiteral("cache"))));
    QSignalSpy scanned(&library, &Library::scanned);
    library.addFolder(folder);
    REQUIRE(waitFor([&] { return scanned.size() == 1; }));
    CHECK(scanned.first().at(1).toInt() == 1);
    CHECK(library.model().rowCount() == 1);
    CHECK(library.folders() == QStringList{folder});

    REQUIRE(waitFor([&] { return library.watchedDirectories().contains(folder); }));
    audiotools::tone(folder, QStringLiteral("two.wav"), "-e u-law");
    REQUIRE(waitFor([&] { return library.model().rowCount() == 2; }, 8000));
    QFile::remove(QDir(folder).filePath(QStringLiteral("one.wav")));
    REQUIRE(waitFor([&] { return library.model().rowCount() == 1; }, 8000));

    // The folder is remembered: a new Library on the same settings scans it at once.
    // Nothing changed, so it reads nothing; and its scan is over before the folder goes (two
    // libraries on one index, as here, would otherwise race: its scan could list the file
    // again after the other removed it).
    Library again(settings);
    QSignalSpy againScanned(&again, &Library::scanned);
    REQUIRE(again.open(dir.filePath(QStringLiteral("data/library.sqlite")),
                       dir.filePath(QStringLiteral("cache"))));
    CHECK(again.model().rowCount() == 1);
    REQUIRE(waitFor([&] { return againScanned.size() == 1; }));
    CHECK(again.folderReport(folder)->read == 0);

    library.removeFolder(folder);
    CHECK(library.folders().isEmpty());
    CHECK(waitFor([&] { return library.model().rowCount() == 0; }));
}

TEST_CASE("Export copies the audio and writes a CSV of every field", "[library][export]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("recbar.ini")), QSettings::IniFormat);
    Library library(settings);
    REQUIRE(library.open(dir.filePath(QStringLiteral("library.sqlite")),
                         dir.filePath(QStringLiteral("cache"))));

    RecordingEntry local;
    local.source = QStringLiteral("folder:/x");
    local.sourceKey = QStringLiteral("a.wav");
    local.filePath = audiotools::tone(dir.path(), QStringLiteral("a.wav"), "-e u-law");
    local.onDisk = true;
    local.startTime = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    local.durationMs = 2000;
    local.agent = QStringLiteral("bob");
    local.direction = Direction::Inbound;
    local.remoteNumber = QStringLiteral("+15550001111");
    local.tags = {QStringLiteral("a"), QStringLiteral("b")};
    local.metadata = {{QStringLiteral("customer"), QStringLiteral("Ann \"the\" customer")}};
    local.pausedSpans = {{100, 900}};
    local.notes = QStringLiteral("=HYPERLINK(\"http://evil\")");
    RecordingEntry remote = local;
    remote.source = QStringLiteral("imagicle:host");
    remote.sourceKey = QStringLiteral("guid-1");
    remote.onDisk = false;
    remote.filePath.clear();
    remote.notes.clear();
    remote.agent = QStringLiteral("\t=1+1"); // a tab first: some spreadsheets skip it
    RecordingEntry scanned = local;
    scanned.cardsScannedAt = QDateTime::currentDateTimeUtc();
    scanned.cardFindings = {{.startMs = 1200,
                             .endMs = 1900,
                             .digits = 16,
                             .luhn = true,
                             .last4 = QStringLiteral("6467"),
                             .confidence = 0.8}};
    const qint64 a = *library.add(scanned);
    const qint64 b = *library.add(remote);
    REQUIRE(library.markReviewed({a}, true));

    const QString out = dir.filePath(QStringLiteral("export"));
    QString report;
    REQUIRE(library.exportTo({a, b}, out, &report));
    CHECK(report.contains(QStringLiteral("1 recording(s) copied")));
    CHECK(report.contains(QStringLiteral("1 not on disk")));
    const QString copied = QDir(out).filePath(QStringLiteral("%1_a.wav").arg(a));
    CHECK(QFileInfo(copied).size() == QFileInfo(local.filePath).size());

    QFile csv(QDir(out).filePath(QStringLiteral("recordings.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("file,start,duration_s,agent,direction")));
    CHECK(lines[1].startsWith(
        QStringLiteral("\"%1_a.wav\",\"2026-03-02T09:00:00Z\",\"2.0\",\"bob\",\"in\"").arg(a)));
    CHECK(lines[1].contains(QStringLiteral("\"a;b\"")));
    CHECK(lines[1].contains(QStringLiteral("\"100-900\"")));
    CHECK(lines[1].contains(
        QStringLiteral("Ann \\\"\"the\\\"\" customer"))); // JSON-escaped, then CSV-doubled
    // A spreadsheet does not run the notes as a formula.
    CHECK(lines[1].contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\")\"")));
    // Then the file's own name, and who reviewed it when; then the card numbers a scan heard,
    // never more of their digits than the last four (none for one not scanned).
    CHECK(lines[0].endsWith(QStringLiteral(",notes,original_file,reviewed_by,reviewed_at,"
                                           "cards_scanned_at,cards_outside_pause,"
                                           "cards_inside_pause,card_findings")));
    CHECK(lines[1].contains(QStringLiteral("\"a.wav\",\"%1\",\"20").arg(Library::reviewerName())));
    CHECK(lines[1].endsWith(
        QStringLiteral(",\"1\",\"0\",\"1200-1900 outside 16 digits luhn ending 6467\"")));
    CHECK(lines[2].endsWith(QStringLiteral(",\"\",\"\",\"\",\"\",\"\",\"\"")));
    CHECK(lines[2].startsWith(QStringLiteral("\"\",")));
    CHECK(lines[2].contains(QStringLiteral("\"'\t=1+1\"")));
}

TEST_CASE("Server file names cannot leave the cache folder", "[library][names]")
{
    const QString fallback = QStringLiteral("guid-1");
    CHECK(FileNames::safe(QStringLiteral("1234.mp3"), fallback, QStringLiteral("mp3")) ==
          QStringLiteral("1234.mp3"));
    for (const char *hostile :
         {"../../etc/passwd", "..\\..\\Windows\\win.ini", "/etc/cron.d/x", "C:\\boot.ini", "..",
          ".", ".hidden.mp3", "a/../../b.mp3", "name\nwith\rbreaks.mp3", "con.mp3\0x",
          "%2e%2e%2fescape.mp3", ""}) {
        INFO(hostile);
        const QString name =
            FileNames::safe(QString::fromUtf8(hostile), fallback, QStringLiteral("mp3"));
        CHECK_FALSE(name.isEmpty());
        CHECK_FALSE(name.contains(u'/'));
        CHECK_FALSE(name.contains(u'\\'));
        CHECK_FALSE(name.startsWith(u'.'));
        CHECK_FALSE(name.startsWith(QStringLiteral("con."), Qt::CaseInsensitive));
        CHECK(name.endsWith(QStringLiteral(".mp3")));
        const QString path = FileNames::inside(QStringLiteral("/tmp/cache"), name);
        CHECK(path.startsWith(QStringLiteral("/tmp/cache/")));
    }
    CHECK(FileNames::inside(QStringLiteral("/tmp/cache"), QStringLiteral("../x")).isEmpty());
}

TEST_CASE("A change in one folder rescans that folder only, and a removed folder is not watched",
          "[library][folders]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Library library(settings);
    REQUIRE(library.open(dir.filePath(QStringLiteral("library.sqlite")),
                         dir.filePath(QStringLiteral("cache"))));
    const QString rec = dir.filePath(QStringLiteral("rec"));
    const QString rec2 = dir.filePath(QStringLiteral("rec2")); // "/rec" is a prefix of it
    REQUIRE(QDir().mkpath(rec + QStringLiteral("/sub")));
    REQUIRE(QDir().mkpath(rec2));
    QSignalSpy scanned(&library, &Library::scanned);
    library.addFolder(rec);
    library.addFolder(rec2);
    REQUIRE(waitFor([&] { return scanned.size() == 2; }));
    scanned.clear();

    // Watches are added a turn of the event loop after the scan that named the folders.
    REQUIRE(waitFor([&] { return library.watchedDirectories().contains(rec2); }));
    QFile(rec2 + QStringLiteral("/new.wav")).open(QIODevice::WriteOnly);
    REQUIRE(waitFor([&] { return !scanned.isEmpty(); }, 5000));
    // One indexer thread scans in order: a third folder's scan, asked for now, ends after every
    // rescan the change above started.
    const QString rec3 = dir.filePath(QStringLiteral("rec3"));
    REQUIRE(QDir().mkpath(rec3));
    library.addFolder(rec3);
    REQUIRE(waitFor([&] { return scanned.last().at(0).toString() == rec3; }));
    QStringList folders;
    for (const QList<QVariant> &signal : scanned)
        folders.append(signal.at(0).toString());
    CHECK(folders == QStringList{rec2, rec3});

    CHECK(library.watchedDirectories().contains(rec + QStringLiteral("/sub")));
    library.removeFolder(rec);
    for (const QString &watched : library.watchedDirectories())
        CHECK_FALSE((watched == rec || watched.startsWith(rec + u'/')));
    CHECK(library.watchedDirectories().contains(rec2));
}

// The test above scans on worker threads that end with the process. Built with MinGW-w64, Qt 6.4's
// thread_local JIT stack for regular expressions used to fault as such a thread ended, leaving
// the C runtime's key lock taken: the process then hung after main() (about one run in two under
// Wine), and so did the bar after "Quit" once it had scanned a folder. Each run is a process of
// its own, since the fault shows only at its end.
TEST_CASE("A process whose library scanned folders on worker threads ends", "[library][exit]")
{
    for (int run = 0; run < 5; ++run) {
        QProcess probe;
        probe.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        probe.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("A change in one folder rescans*")});
        const bool ended = probe.waitForFinished(30'000);
        if (!ended)
            probe.kill();
        INFO("run " << run);
        REQUIRE(ended);
        CHECK(probe.exitCode() == 0);
    }
}

TEST_CASE("A folder recsim exports carries its held and paused spans into the library",
          "[library][folder]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("export"));
    QProcess recsim;
    recsim.start(RecsimProcess::executable(),
                 {QStringLiteral("--config"), RecsimProcess::defaultConfig(),
                  QStringLiteral("--export-recordings"), folder});
    REQUIRE(recsim.waitForFinished(120'000));
    INFO(recsim.readAllStandardError().toStdString());
    REQUIRE(recsim.exitCode() == 0);

    const FolderScanner::Result result = FolderScanner::scan(folder);
    CHECK(result.problems.isEmpty());
    REQUIRE(result.entries.size() == 15); // 3 of history for each of the configuration's 5 agents
    int held = 0;
    for (const RecordingEntry &e : result.entries) {
        INFO(e.sourceKey.toStdString());
        QFile file(QDir(folder).filePath(QFileInfo(e.sourceKey).completeBaseName() +
                                         QStringLiteral(".json")));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject sidecar = QJsonDocument::fromJson(file.readAll()).object();
        CHECK(e.agent == sidecar.value(QStringLiteral("agent")).toString());
        CHECK(e.remoteNumber == sidecar.value(QStringLiteral("remote_number")).toString());
        CHECK(e.heldSpans.size() == sidecar.value(QStringLiteral("held_spans")).toArray().size());
        CHECK(e.pausedSpans.size() ==
              sidecar.value(QStringLiteral("paused_spans")).toArray().size());
        CHECK(std::abs(e.durationMs - sidecar.value(QStringLiteral("duration_ms")).toInteger()) <
              50);
        if (e.heldSpans.isEmpty())
            continue;
        ++held;
        // Hold music is not silence, yet Skip silence jumps over it as over a pause.
        auto waveform = Waveform::build(e.filePath);
        REQUIRE(waveform.ok());
        const Waveform &w = *waveform;
        // Not a structured binding: the lambda below captures them (clang before 16 cannot).
        const qint64 from = e.heldSpans.first().first;
        const qint64 to = e.heldSpans.first().second;
        CHECK(w.peak(from + 500, to - 500) >
              SilenceSkips::kRelativeQuiet * w.peak(0, e.durationMs));
        const Spans skips = SilenceSkips::compute(w, e.pausedSpans, e.heldSpans);
        CHECK(std::any_of(skips.begin(), skips.end(),
                          [&](const auto &s) { return s.first <= from && s.second >= to; }));
    }
    CHECK(held > 0);
}

TEST_CASE("What a folder's files say cannot spoof a number or a name, nor reach past the "
          "recording",
          "[library][folder][hostile]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    QDir().mkpath(folder);
    audiotools::tone(folder, QStringLiteral("spoof.wav"), "-e u-law", 1, 0.25);
    writeText(folder + QStringLiteral("/spoof.json"), R"({
        "remote_number": "+1555\u202e1234567", "agent": "mallory\u202etneg",
        "duration_ms": 1e308,
        "held_spans": [[0, 9223372036854775807]], "paused_spans": [[-100, 100], [300, 400]]})");
    audiotools::tone(folder, QStringLiteral("evil\u202EVAW.exe.wav"), "-e u-law");
    audiotools::tone(folder, QStringLiteral(".hidden.wav"), "-e u-law");

    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Library library(settings);
    REQUIRE(library.open(dir.filePath(QStringLiteral("library.sqlite")),
                         dir.filePath(QStringLiteral("cache"))));
    QSignalSpy scanned(&library, &Library::scanned);
    library.addFolder(folder);
    REQUIRE(waitFor([&] { return scanned.size() == 1; }));
    REQUIRE(library.model().rowCount() == 2);

    const std::optional<RecordingEntry> spoof =
        library.index().entry(FolderScanner::sourceOf(folder), QStringLiteral("spoof.wav"));
    REQUIRE(spoof);
    CHECK(spoof->durationMs == 250); // the audio's, not the sidecar's
    CHECK(spoof->heldSpans == QList<std::pair<qint64, qint64>>{{0, 250}});
    CHECK(spoof->pausedSpans == QList<std::pair<qint64, qint64>>{{0, 100}}); // the other is past
    CHECK(spoof->remoteNumber == u"+15551234567");

    LibraryModel &model = library.model();
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < LibraryModel::ColumnCount; ++column)
            shown.append(model.data(model.index(row, column)).toString());
    }
    CHECK(shown.contains(QStringLiteral("+15551234567")));
    CHECK(shown.contains(QStringLiteral("mallory[U+202E]tneg")));
    CHECK(shown.contains(QStringLiteral("evil[U+202E]VAW.exe.wav")));
    for (const QString &text : std::as_const(shown))
        CHECK_FALSE(std::any_of(text.begin(), text.end(), DisplayText::isBidiControl));

    // A hidden file is not listed, and the folder says so.
    const std::optional<FolderReport> report = library.folderReport(folder);
    REQUIRE(report);
    CHECK(report->hidden == QStringList{QStringLiteral(".hidden.wav")});
}

TEST_CASE("A big folder fills the list in batches, and a change in it reads only what changed",
          "[library][folder][big]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    QDir().mkpath(folder);
    constexpr int kFiles = 1000;
    for (int i = 0; i < kFiles; ++i)
        QFile(folder + QStringLiteral("/call-%1.wav").arg(i, 4, 10, QLatin1Char('0')))
            .open(QIODevice::WriteOnly);
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Library library(settings);
    REQUIRE(library.open(dir.filePath(QStringLiteral("library.sqlite")),
                         dir.filePath(QStringLiteral("cache"))));
    QSignalSpy progress(&library, &Library::scanProgress);
    QSignalSpy scanned(&library, &Library::scanned);
    library.addFolder(folder);
    REQUIRE(waitFor([&] { return scanned.size() == 1; }, 30'000));
    CHECK(scanned.first().at(1).toInt() == kFiles);
    CHECK(progress.size() >= kFiles / FolderIndexer::kBatch); // it said how far it had got
    CHECK(progress.last().at(1).toLongLong() == kFiles);
    REQUIRE(library.folderReport(folder));
    CHECK(library.folderReport(folder)->read == kFiles);
    CHECK(library.folderReport(folder)->problems.size() == kFiles); // empty files: unreadable

    // One file more: only it is read; one file gone: only its row goes.
    REQUIRE(waitFor([&] { return library.watchedDirectories().contains(folder); }));
    scanned.clear();
    audiotools::tone(folder, QStringLiteral("new.wav"), "-e u-law");
    REQUIRE(waitFor([&] { return !scanned.isEmpty(); }, 5000));
    CHECK(scanned.last().at(1).toInt() == kFiles + 1);
    CHECK(library.folderReport(folder)->read == 1);
    scanned.clear();
    REQUIRE(QFile::remove(folder + QStringLiteral("/call-0000.wav")));
    REQUIRE(waitFor([&] { return !scanned.isEmpty(); }, 5000));
    CHECK(scanned.last().at(1).toInt() == kFiles);
    CHECK(library.folderReport(folder)->read == 0);
    CHECK(library.folderReport(folder)->removed == 1);
    // What the removed file's problem was is no longer said.
    CHECK(library.folderReport(folder)->problems.filter(QStringLiteral("call-0000")).isEmpty());
}

TEST_CASE("The agent in a file name is read, and a queue, a direction or a number is not",
          "[library][folder][names]")
{
    QTemporaryDir dir;
    const struct
    {
        const char *name;
        const char *agent;
        const char *number;
    } names[] = {
        // The README's own example, and what recsim --export-recordings writes.
        {"20260301-101500_bob_+15551234567_in.wav", "bob", "+15551234567"},
        {"20261126-054813_bob_+15555323975_in_rec100049.wav", "bob", "+15555323975"},
        {"20260301-101500_alice.smith_+15551234567_outbound.wav", "alice.smith", "+15551234567"},
        {"20260301-101500_+15551234567_carol_out.wav", "carol", "+15551234567"},
        {"2026-03-01T10-15-00_Zoë_5551234567.wav", "Zoë", "5551234567"},
        // A login with an underscore, and a date and time apart: neither half is a number.
        {"20260301_101500_john_doe_+15551234567.wav", "john_doe", "+15551234567"},
        {"20260301-101500_bob_support_+15551234567.wav", "bob", "+15551234567"},
        // Queues, groups, departments, directions and numbers are nobody.
        {"2026-03-02_queue7_0001.wav", "", ""},
        {"2026-03-02T10-15-00_8100_out.wav", "", "8100"},
        {"2026-03-01_sales_+15551234567_in.wav", "", "+15551234567"},
        {"2026-03-01_q12_+15551234567.wav", "", "+15551234567"},
        {"2026-03-01_sales-queue_+15551234567.wav", "", "+15551234567"},
        {"20260301-101500_Inbound_+15551234567.wav", "", "+15551234567"},
        {"20260301-101500_ext1001_+15551234567.wav", "", "+15551234567"},
        {"20260301-101500_a1b2c3d4_+15551234567.wav", "", "+15551234567"},
        // FreePBX's own names, and a name with no date: nothing is guessed.
        {"out-5551234567-1001-20260301-101500-1709288100.123.wav", "", ""},
        {"q-5000-5551234567-20260301-101500-1709288100.45.wav", "", ""},
        {"meeting_notes.wav", "", ""},
        // Two names apart: which is the agent is not known, so neither is taken.
        {"20260301-101500_bob_+15551234567_mary.wav", "", "+15551234567"},
    };
    for (const auto &n : names) {
        INFO(n.name);
        const QString path = dir.filePath(QString::fromUtf8(n.name));
        QFile(path).open(QIODevice::WriteOnly); // the name is all that is read here
        QString problem;
        const RecordingEntry e = FolderScanner::read(dir.path(), path, &problem);
        CHECK(e.agent == QString::fromUtf8(n.agent));
        CHECK(e.remoteNumber == QString::fromUtf8(n.number));
    }

    // A sidecar's agent, or the WAV's own, is read before the file name's.
    audiotools::tone(dir.path(), QStringLiteral("20260301-101500_bob_+15551234567_out.wav"),
                     "-e u-law", 1, 0.25);
    writeText(dir.filePath(QStringLiteral("20260301-101500_bob_+15551234567_out.json")),
              R"({"agent": "robert"})");
    writeTaggedWav(dir.filePath(QStringLiteral("20260301-101500_carol_+15551234567_in.wav")),
                   "caroline", "", "2026-03-01T10:15:00Z");
    QString problem;
    CHECK(FolderScanner::read(
              dir.path(), dir.filePath(QStringLiteral("20260301-101500_bob_+15551234567_out.wav")),
              &problem)
              .agent == QStringLiteral("robert"));
    CHECK(FolderScanner::read(
              dir.path(), dir.filePath(QStringLiteral("20260301-101500_carol_+15551234567_in.wav")),
              &problem)
              .agent == QStringLiteral("caroline"));
}

TEST_CASE("A sidecar names who speaks on each side, and a cut-off file is marked in the list",
          "[library][folder]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("calls"));
    QDir().mkpath(folder);
    audiotools::tone(folder, QStringLiteral("named.wav"), "-b 16", 2, 0.5);
    writeText(folder + QStringLiteral("/named.json"), R"({"channels": ["customer", "Agent"]})");
    audiotools::tone(folder, QStringLiteral("odd.wav"), "-b 16", 2, 0.5);
    writeText(folder + QStringLiteral("/odd.json"), R"({"channels": ["supervisor", 7, "agent"]})");
    const QString cut = audiotools::tone(folder, QStringLiteral("cut.wav"), "-e u-law", 1, 2.0);
    QFile::resize(cut, QFileInfo(cut).size() / 2);
    writeText(folder + QStringLiteral("/noise.wav"), "RIFF....WAVEnot really");

    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Library library(settings);
    REQUIRE(library.open(dir.filePath(QStringLiteral("library.sqlite")),
                         dir.filePath(QStringLiteral("cache"))));
    QSignalSpy scanned(&library, &Library::scanned);
    library.addFolder(folder);
    REQUIRE(waitFor([&] { return scanned.size() == 1; }));
    const QString source = FolderScanner::sourceOf(folder);
    CHECK(library.index().entry(source, QStringLiteral("named.wav"))->channelRoles ==
          QStringList{QStringLiteral("customer"), QStringLiteral("agent")});
    CHECK(library.index().entry(source, QStringLiteral("odd.wav"))->channelRoles ==
          QStringList{QString(), QString()}); // neither said: left and right
    CHECK(library.index().entry(source, QStringLiteral("cut.wav"))->audioState ==
          AudioState::CutOff);
    CHECK(library.index().entry(source, QStringLiteral("noise.wav"))->audioState ==
          AudioState::Unreadable);
    CHECK(library.index().entry(source, QStringLiteral("named.wav"))->audioState ==
          AudioState::Fine);

    // The list says so, before any is opened.
    LibraryModel &model = library.model();
    QMap<QString, QString> audio;
    for (int row = 0; row < model.rowCount(); ++row)
        audio.insert(model.data(model.index(row, LibraryModel::FileName)).toString(),
                     model.data(model.index(row, LibraryModel::Where)).toString());
    CHECK(audio.value(QStringLiteral("cut.wav")) == QStringLiteral("Cut off"));
    CHECK(audio.value(QStringLiteral("noise.wav")) == QStringLiteral("Unreadable"));
    CHECK(audio.value(QStringLiteral("named.wav")) == QStringLiteral("On disk"));
}

namespace {

// A library file as schema 4 left it, from one the current code wrote: the columns 5 and 6 added
// dropped, and what the old player wrote put back: the silence it found, as pauses.
void makeVersion4(const QString &path, const QString &silentKey, const QString &notedKey)
{
    const QString connection = QStringLiteral("v4-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const char *column :
             {"channel_roles", "audio_state", "details_edited", "cards_scanned_at", "cards_outside",
              "cards_inside", "card_findings"})
            REQUIRE(q.exec(QStringLiteral("ALTER TABLE recordings DROP COLUMN ") +
                           QLatin1String(column)));
        q.prepare(QStringLiteral("UPDATE recordings SET paused_spans = '[[1000,2000]]',"
                                 " has_pauses = 1 WHERE source_key = ? OR source_key = 'guid-1'"));
        q.addBindValue(silentKey);
        REQUIRE(q.exec());
        q.prepare(QStringLiteral("UPDATE recordings SET notes = 'Supervisor: callback promised'"
                                 " WHERE source_key = ?"));
        q.addBindValue(notedKey);
        REQUIRE(q.exec());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 4")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

TEST_CASE("An upgraded library forgets the pauses silence made, and reads its folders' own again",
          "[library][folder][index]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("calls"));
    QDir().mkpath(folder);
    // A recorder's file with a pause in its sidecar, and the README's example with none: the
    // old player had written the silence it found in the second as a pause.
    const QString recorded = QStringLiteral("recorded.wav");
    const QString silent = QStringLiteral("20260301-101500_bob_+15551234567_in.wav");
    audiotools::tone(folder, recorded, "-e u-law", 1, 3.0);
    writeText(folder + QStringLiteral("/recorded.json"),
              R"({"paused_spans": [[500, 1500]], "notes": "from the recorder"})");
    audiotools::tone(folder, silent, "-e u-law", 1, 3.0);
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    {
        Library old(settings);
        REQUIRE(old.open(path, dir.filePath(QStringLiteral("cache"))));
        QSignalSpy scanned(&old, &Library::scanned);
        old.addFolder(folder);
        REQUIRE(waitFor([&] { return scanned.size() == 1; }));
        RecordingEntry server;
        server.source = QStringLiteral("imagicle:host:443");
        server.sourceKey = QStringLiteral("guid-1");
        REQUIRE(*old.add(server) > 0);
    }
    makeVersion4(path, silent, recorded);

    Library library(settings);
    QSignalSpy scanned(&library, &Library::scanned);
    REQUIRE(library.open(path, dir.filePath(QStringLiteral("cache"))));
    CHECK(library.index().schemaVersion() == RecordingIndex::kSchemaVersion);
    const QString source = FolderScanner::sourceOf(folder);
    // At once, nothing the audio suggested is called a pause any more.
    CHECK(library.index()
              .entry(QStringLiteral("imagicle:host:443"), QStringLiteral("guid-1"))
              ->pausedSpans.isEmpty());
    CHECK(library.index().entry(source, silent)->pausedSpans.isEmpty());

    // The folder's files are read again at start: the recorder's pause is back, the file name's
    // agent is read, and the supervisor's notes stay theirs.
    REQUIRE(waitFor([&] { return scanned.size() == 1; }));
    CHECK(library.folderReport(folder)->read == 2);
    const RecordingEntry again = library.index().entry(source, recorded).value();
    CHECK(again.pausedSpans == QList<std::pair<qint64, qint64>>{{500, 1500}});
    CHECK(again.notes == QStringLiteral("Supervisor: callback promised"));
    const RecordingEntry named = library.index().entry(source, silent).value();
    CHECK(named.pausedSpans.isEmpty());
    CHECK(named.agent == QStringLiteral("bob"));
    LibraryModel &model = library.model();
    model.setFilter({.withPauses = true});
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == again.id);
    model.setFilter({.text = QStringLiteral("callback")});
    CHECK(model.rowCount() == 1);
}
