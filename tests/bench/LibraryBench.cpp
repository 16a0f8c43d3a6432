// The library's budgets (DESIGN.md): 100,000 recordings open in under 0.5 s, a filter keystroke
// under 50 ms, the waveform of a one-hour G.711 recording under 0.5 s. Each figure is printed
// beside a baseline measured here, on this machine, in the same run:
//   open      baseline: plain QSqlQuery reading the first screen of the same table
//   filter    baseline: one full scan of the table with the same LIKE (what no index can beat)
//   waveform  baseline: libsndfile decoding the whole file and nothing else
//   skip scan baseline: one pass over the hour's peaks finding the loudest (the least any
//             scan for quiet stretches must do)
//   folder    100,000 files in one folder added, then one more; baseline: listing the folder
//             (names and sizes), the least any scan must do; beside it the GUI thread's longest
//             block meanwhile (a 1 ms timer's largest gap)
//   zoomed    the player's waveform of the hour drawn at 1000 px, whole and zoomed to 2 s
//             around its middle; baseline: the same number of lines drawn by a bare QPainter
//   opened    the hour opened as the player opens it (on the window's thread): as G.711, as
//             GSM 6.10, as a 32 kbit/s MP3 from lame with its Info header, and without one at
//             22 kHz (whose length libsndfile guesses wrong from its size, so it is counted);
//             baseline: libsndfile's own sf_open and sf_close
#include "BenchTable.h"
#include "WaveformView.h"
#include "audio/AudioDecoder.h"
#include "audio/SilenceSkips.h"
#include "audio/Waveform.h"
#include "library/Library.h"
#include "library/LibraryModel.h"
#include "library/RecordingIndex.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <sndfile.h>
#include <vector>

using namespace recbar;

namespace {

constexpr int kRows = 100'000;
constexpr int kScreenRows = 40; // what a table shows at once
constexpr int kRuns = 5;

QTextStream out(stdout);

double medianMs(const std::function<void()> &work, int runs = kRuns)
{
    return bench::medianMs(work, runs);
}

using bench::rssKiB;

void store(RecordingIndex &index, const QList<RecordingEntry> &batch)
{
    if (const Result<void> stored = index.upsertAll(batch); !stored)
        qFatal("cannot write the index: %s", qPrintable(stored.error()));
}

void generateIndex(const QString &path)
{
    RecordingIndex index;
    if (const Result<void> opened = index.open(path); !opened)
        qFatal("cannot create the index: %s", qPrintable(opened.error()));
    QRandomGenerator rng(42);
    const QStringList agents{QStringLiteral("alice"), QStringLiteral("bob"),
                             QStringLiteral("carol"), QStringLiteral("dan"),
                             QStringLiteral("erin")};
    const QStringList tags{QStringLiteral("complaint"), QStringLiteral("vip"),
                           QStringLiteral("coaching"), QStringLiteral("refund")};
    const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), QTimeZone::utc());
    QList<RecordingEntry> batch;
    for (int i = 0; i < kRows; ++i) {
        RecordingEntry e;
        e.source = QStringLiteral("imagicle:pbx.example.com:443");
        e.sourceKey = QStringLiteral("rec-%1").arg(i);
        e.startTime = start.addSecs(qint64(i) * 300 + rng.bounded(200));
        e.durationMs = 20'000 + rng.bounded(900'000);
        e.agent = agents[rng.bounded(agents.size())] + QString::number(rng.bounded(200));
        e.direction = rng.bounded(2) ? Direction::Outbound : Direction::Inbound;
        e.localNumber = QString::number(5000 + rng.bounded(400));
        e.remoteNumber =
            QStringLiteral("+1555%1").arg(rng.bounded(10'000'000), 7, 10, QLatin1Char('0'));
        if (rng.bounded(10) == 0)
            e.tags = {tags[rng.bounded(tags.size())]};
        if (rng.bounded(4) == 0)
            e.pausedSpans = {{10'000, 25'000}};
        e.metadata = {
            {QStringLiteral("ticket"), QStringLiteral("T-%1").arg(rng.bounded(1'000'000))}};
        if (rng.bounded(50) == 0)
            e.notes = QStringLiteral("Customer asked for a callback");
        batch.append(e);
        if (batch.size() == 5000) {
            store(index, batch);
            batch.clear();
        }
    }
    store(index, batch);
}

// What a view does on a reset: the row count it knows so far and the visible cells.
void readScreen(LibraryModel &model)
{
    const int rows = std::min(kScreenRows, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < LibraryModel::ColumnCount; ++column)
            model.data(model.index(row, column));
    }
}

// What the library window does when it opens.
struct OpenLibrary
{
    RecordingIndex index;
    LibraryModel model{index};

    explicit OpenLibrary(const QString &path)
    {
        if (const Result<void> opened = index.open(path); !opened)
            qFatal("cannot open the index: %s", qPrintable(opened.error()));
        model.refresh();
        readScreen(model);
    }
};

void writeHourOfUlaw(const QString &path)
{
    SF_INFO info{};
    info.samplerate = 8000;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_ULAW;
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        qFatal("cannot write %s", qPrintable(path));
    std::vector<short> block(8000);
    QRandomGenerator rng(7);
    for (int second = 0; second < 3600; ++second) {
        // Speech-like bursts with pauses of digital silence every few minutes.
        const bool paused = second % 240 >= 220;
        for (int i = 0; i < 8000; ++i)
            block[size_t(i)] = paused
                                   ? 0
                                   : short(std::sin(i * 0.05 + second) * 9000 * ((i / 1600) % 2) +
                                           rng.bounded(200) - 100);
        sf_write_short(file, block.data(), sf_count_t(block.size()));
    }
    sf_close(file);
}

using bench::Row;

// The hour as the player opens it: what AudioDecoder::open adds to libsndfile's own open (its
// layout check, and the count or the probe of the last frame that makes the length true).
void openRows(QList<Row> &rows, const QString &hourUlaw, const QString &dir)
{
    const QString gsm = dir + QStringLiteral("/hour-gsm.wav");
    const QString mp3 = dir + QStringLiteral("/hour.mp3");
    const QString bareMp3 = dir + QStringLiteral("/hour-bare.mp3");
    if (QProcess::execute(QStringLiteral("sox"), {hourUlaw, QStringLiteral("-e"),
                                                  QStringLiteral("gsm-full-rate"), gsm}) != 0 ||
        QProcess::execute(QStringLiteral("sh"),
                          {QStringLiteral("-c"),
                           QStringLiteral("sox \"$0\" -t wav -e signed-integer -b 16 - | "
                                          "lame --quiet -b 32 - \"$1\" && "
                                          "sox \"$0\" -t wav -e signed-integer -b 16 - | "
                                          "lame --quiet -t -b 32 --resample 22.05 - \"$2\""),
                           hourUlaw, mp3, bareMp3}) != 0)
        qFatal("sox and lame are needed to make the hour as GSM and MP3");
    const QList<std::pair<QString, QString>> files = {
        {QStringLiteral("opened, 1 h G.711"), hourUlaw},
        {QStringLiteral("opened, 1 h GSM 6.10"), gsm},
        {QStringLiteral("opened, 1 h MP3 (lame)"), mp3},
        {QStringLiteral("opened, 1 h MP3 (22 kHz, no Info)"), bareMp3},
    };
    for (const auto &file : files) {
        const QString &path = file.second;
        const double openMs = medianMs(
            [&] {
                if (!AudioDecoder::open(path))
                    qFatal("cannot open %s", qPrintable(path));
            },
            3);
        const double baseline = medianMs(
            [&] {
                SF_INFO info{};
                sf_close(sf_open(QFile::encodeName(path).constData(), SFM_READ, &info));
            },
            3);
        rows.append({file.first, openMs, baseline, 50});
    }
}

using bench::longestBlockMs;

// A supervisor's share of six months: a folder of 100,000 files (empty ones: what costs here is
// listing, comparing and writing, not decoding), added to the library; then one file more.
void folderRows(QList<Row> &rows, const QString &base)
{
    const QString folder = base + QStringLiteral("/share");
    QDir().mkpath(folder);
    for (int i = 0; i < kRows; ++i)
        QFile(folder + QStringLiteral("/call-%1.wav").arg(i, 6, 10, QLatin1Char('0')))
            .open(QIODevice::WriteOnly);
    const double listBaseline = medianMs(
        [&] {
            QDirIterator it(folder, QDir::Files);
            while (it.hasNext()) {
                it.next();
                (void)it.fileInfo().size();
            }
        },
        1);
    QSettings settings(base + QStringLiteral("/folder.ini"), QSettings::IniFormat);
    Library library(settings);
    if (const Result<void> opened =
            library.open(base + QStringLiteral("/folder.sqlite"), base + QStringLiteral("/cache"));
        !opened)
        qFatal("cannot open the library: %s", qPrintable(opened.error()));
    int listed = 0;
    QObject::connect(&library, &Library::scanned,
                     [&](const QString &, int count, const QStringList &) { listed = count; });
    QElapsedTimer clock;
    clock.start();
    library.addFolder(folder);
    const double blocked = longestBlockMs([&] { return listed >= kRows; }, 600'000);
    const double scanMs = double(clock.elapsed());
    // Watches are added a chunk at a time after the scan: let them land.
    longestBlockMs([&] { return library.watchedDirectories().contains(folder); }, 10'000);

    QFile(folder + QStringLiteral("/call-new.wav")).open(QIODevice::WriteOnly);
    clock.restart();
    const double blockedAfter = longestBlockMs([&] { return listed > kRows; }, 30'000);
    const double newFileMs = listed > kRows ? double(clock.elapsed()) : -1;
    rows.append({QStringLiteral("folder of 100,000 scanned"), scanMs, listBaseline, 0});
    rows.append({QStringLiteral("  GUI thread blocked, longest"), blocked, 0, 50});
    rows.append({QStringLiteral("a new file in it listed"), newFileMs, listBaseline, 2000});
    rows.append({QStringLiteral("  GUI thread blocked, longest"), blockedAfter, 0, 50});
}

} // namespace

int main(int argc, char *argv[])
{
    // Widgets drawn into images: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("library.sqlite"));
    QList<Row> rows;

    QElapsedTimer timer;
    timer.start();
    generateIndex(database);
    const double generateMs = double(timer.elapsed());
    const qint64 rssBefore = rssKiB();

    // Open: the index, the model, the first screen.
    const double openMs = medianMs([&] { OpenLibrary opened(database); });
    const double openBaseline = medianMs([&] {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
            db.setDatabaseName(database);
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM recordings ORDER BY start_time DESC LIMIT %1")
                       .arg(kScreenRows));
            while (q.next())
                q.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    });
    rows.append({QStringLiteral("open 100,000 recordings"), openMs, openBaseline, 500});

    OpenLibrary library(database);
    RecordingIndex &index = library.index;
    LibraryModel &model = library.model;
    const qint64 rssOpen = rssKiB();

    // Filter as you type: each keystroke of a number, of a word, of a word no row has. A
    // keystroke is the step from the text before it to the text with it.
    std::vector<double> keystrokes;
    for (const QString &text :
         {QStringLiteral("5550123"), QStringLiteral("callback"), QStringLiteral("zzqx")}) {
        for (qsizetype length = 1; length <= text.size(); ++length) {
            std::vector<double> runs;
            for (int run = 0; run < kRuns; ++run) {
                model.setFilter({.text = text.left(length - 1)});
                readScreen(model);
                QElapsedTimer keystroke;
                keystroke.start();
                model.setFilter({.text = text.left(length)});
                readScreen(model);
                runs.push_back(double(keystroke.nsecsElapsed()) / 1e6);
            }
            std::sort(runs.begin(), runs.end());
            keystrokes.push_back(runs[runs.size() / 2]);
        }
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    const double filterMedian = keystrokes[keystrokes.size() / 2];
    const double filterWorst = keystrokes.back();
    const double scanBaseline = medianMs([&] {
        QSqlQuery q(index.database());
        q.prepare(QStringLiteral("SELECT count(*) FROM recordings WHERE search_text LIKE ?"));
        q.addBindValue(QStringLiteral("%zzqx%"));
        q.exec();
        q.next();
    });
    rows.append({QStringLiteral("filter keystroke, median"), filterMedian, scanBaseline, 50});
    rows.append({QStringLiteral("filter keystroke, worst"), filterWorst, scanBaseline, 50});

    // Waveform of an hour of G.711.
    const QString hour = dir.filePath(QStringLiteral("hour.wav"));
    writeHourOfUlaw(hour);
    qsizetype silences = 0;
    const double waveformMs = medianMs(
        [&] {
            if (const auto built = Waveform::build(hour))
                silences = built->silentSpans().size();
        },
        3);
    const double decodeBaseline = medianMs(
        [&] {
            SF_INFO info{};
            SNDFILE *file = sf_open(QFile::encodeName(hour).constData(), SFM_READ, &info);
            std::vector<float> block(8192);
            while (sf_readf_float(file, block.data(), 8192) > 0) {
            }
            sf_close(file);
        },
        3);
    rows.append({QStringLiteral("waveform, 1 h G.711"), waveformMs, decodeBaseline, 500});
    openRows(rows, hour, dir.path());

    // Skip silence over the hour, and its waveform drawn whole and zoomed in.
    auto built = Waveform::build(hour);
    const Waveform &wave = *built;
    qsizetype skips = 0;
    const double skipMs = medianMs([&] { skips = SilenceSkips::compute(wave, {}, {}).size(); });
    float loudest = 0;
    const double peakBaseline = medianMs([&] {
        loudest = 0;
        for (qsizetype i = 0; i < wave.high.size(); ++i)
            loudest = std::max({loudest, wave.high[i], -wave.low[i]});
    });
    rows.append({QStringLiteral("skip-silence scan, 1 h"), skipMs, peakBaseline, 100});

    WaveformView view;
    view.resize(1000, 120);
    view.setWaveform(&wave);
    view.setPosition(wave.durationMs() / 2);
    QImage canvas(view.size(), QImage::Format_ARGB32_Premultiplied);
    const double wholeMs = medianMs([&] { view.render(&canvas); });
    while (view.zoom() < double(wave.durationMs()) / 2000.0 - 1)
        view.zoomIn();
    const double zoomedMs = medianMs([&] { view.render(&canvas); });
    const double linesBaseline = medianMs([&] {
        QPainter p(&canvas);
        for (int x = 0; x < canvas.width(); ++x)
            p.drawLine(QPointF(x + 0.5, 20 + x % 40), QPointF(x + 0.5, 100 - x % 40));
    });
    rows.append({QStringLiteral("waveform drawn, 1 h whole"), wholeMs, linesBaseline, 100});
    rows.append({QStringLiteral("waveform drawn, zoomed to 2 s"), zoomedMs, linesBaseline, 100});

    folderRows(rows, dir.path());

    out << "RecBar library benchmark: " << kRows << " generated recordings (in "
        << qRound(generateMs) << " ms), medians of " << kRuns << " runs\n\n";
    QJsonArray json = bench::printTable(out, rows);
    out << "\nmemory: " << rssBefore / 1024 << " MiB before opening, " << rssOpen / 1024
        << " MiB with 100,000 rows open (rows are read a window at a time)\n";
    out << "keystrokes measured: " << keystrokes.size()
        << "; silent spans found in the hour: " << silences
        << "; skipped with Skip silence: " << skips << "; zoom " << qRound(view.zoom()) << "x\n";
    out << "JSON " << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
