#include "LibraryWindow.h"

#include "AudioTools.h"
#include "CatchCompat.h"
#include "FitScreens.h"
#include "FoldersDialog.h"
#include "SortHeader.h"
#include "Translations.h"
#include "WaitFor.h"
#include "library/FolderScanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QProxyStyle>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStyleFactory>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimeZone>
#include <QTreeWidget>

using namespace recbar;

namespace {

template <typename T>
T *named(QWidget &parent, const QString &name)
{
    for (T *w : parent.findChildren<T *>()) {
        if (w->accessibleName() == name)
            return w;
    }
    FAIL("no widget named " << name.toStdString());
    return nullptr;
}

// Selects a row and waits until the player has read its recording (or found it unreadable).
void choose(LibraryWindow &window, int row)
{
    window.selectRow(row);
    REQUIRE(waitFor([&] { return !window.player()->engine().isReading(); }));
}

// A library with three local recordings: a good one with a pause noted, a damaged one, and
// one from a server that is not connected.
struct LibraryFixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("recbar.ini")), QSettings::IniFormat};
    Library library{settings};
    WaveformCache waveforms;
    qint64 good = 0;
    qint64 damaged = 0;
    qint64 remote = 0;

    LibraryFixture()
    {
        REQUIRE(library.open(dir.filePath(QStringLiteral("library.sqlite")),
                             dir.filePath(QStringLiteral("cache"))));
        RecordingEntry e;
        e.source = QStringLiteral("folder:") + dir.path();
        e.sourceKey = QStringLiteral("good.wav");
        e.filePath = audiotools::tone(dir.path(), QStringLiteral("good.wav"), "-e u-law", 1, 8.0);
        e.onDisk = true;
        e.startTime = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
        e.durationMs = 8000;
        e.agent = QStringLiteral("bob");
        e.direction = Direction::Inbound;
        e.remoteNumber = QStringLiteral("+15550001111");
        e.pausedSpans = {{3000, 5000}};
        e.notes = QStringLiteral("0:02 greeting");
        good = *library.add(e);

        e.sourceKey = QStringLiteral("damaged.wav");
        e.filePath = dir.filePath(QStringLiteral("damaged.wav"));
        QFile file(e.filePath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("RIFF\x24\0\0\0WAVEfmt garbage that is not a format chunk", 44);
        file.close();
        e.startTime = e.startTime.addSecs(60);
        e.remoteNumber = QStringLiteral("+15550002222");
        e.agent = QStringLiteral("alice");
        e.direction = Direction::Outbound;
        e.pausedSpans.clear();
        e.notes.clear();
        damaged = *library.add(e);

        e.source = QStringLiteral("imagicle:gone:443");
        e.sourceKey = QStringLiteral("guid-1");
        e.filePath.clear();
        e.onDisk = false;
        e.startTime = e.startTime.addSecs(60);
        e.remoteNumber = QStringLiteral("+15550003333");
        remote = *library.add(e);
        library.model().refresh();
    }

    int rowOf(qint64 id)
    {
        LibraryModel &model = library.model();
        for (int row = 0; row < model.rowCount() || model.canFetchMore(); ++row) {
            if (row >= model.rowCount())
                model.fetchMore();
            if (model.idAt(row) == id)
                return row;
        }
        FAIL("no row for " << id);
        return -1;
    }
};

} // namespace

TEST_CASE("The library window filters as the supervisor types", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    CHECK(f.library.model().rowCount() == 3);

    QTest::keyClicks(named<QLineEdit>(window, QStringLiteral("Search")), QStringLiteral("2222"));
    CHECK(f.library.model().rowCount() == 1);
    named<QLineEdit>(window, QStringLiteral("Search"))->clear();
    QTest::keyClicks(named<QLineEdit>(window, QStringLiteral("Agent")), QStringLiteral("ali"));
    CHECK(f.library.model().rowCount() == 2);
    named<QLineEdit>(window, QStringLiteral("Agent"))->clear();
    named<QCheckBox>(window, QStringLiteral("Paused only"))->setChecked(true);
    CHECK(f.library.model().rowCount() == 1);
    CHECK(window.currentFilter().withPauses);
}

TEST_CASE("The filters wrap on a narrow screen and none is cut off", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    const QStringList filters{QStringLiteral("Search"),      QStringLiteral("From date"),
                              QStringLiteral("To date"),     QStringLiteral("Agent"),
                              QStringLiteral("Number"),      QStringLiteral("Direction"),
                              QStringLiteral("Tag"),         QStringLiteral("Call data"),
                              QStringLiteral("Paused only"), QStringLiteral("Not reviewed yet")};
    const auto placed = [&](int width) {
        window.resize(width, 600);
        QApplication::processEvents();
        QList<QRect> rects;
        for (const QString &name : filters) {
            const QWidget *w = named<QWidget>(window, name);
            rects.append(QRect(w->mapTo(&window, QPoint(0, 0)), w->size()));
        }
        return rects;
    };

    // 1,024 pixels less a frame: every filter whole and inside the window, on two rows or more.
    const int narrow = std::max(window.minimumSizeHint().width(), 760);
    CHECK(narrow <= 1000);
    QList<QRect> rects = placed(narrow);
    for (qsizetype i = 0; i < rects.size(); ++i) {
        INFO(filters[i].toStdString());
        CHECK(rects[i].left() >= 0);
        CHECK(rects[i].right() < window.width());
        CHECK(rects[i].width() >= named<QWidget>(window, filters[i])->minimumSizeHint().width());
    }
    CHECK(rects.first().top() < rects.last().top());
    // The list starts below the last row of filters.
    const QWidget *table = named<QWidget>(window, QStringLiteral("Recordings"));
    CHECK(table->mapTo(&window, QPoint(0, 0)).y() >= rects.last().bottom());

    // A wide window keeps them on one row, the search taking the spare width.
    rects = placed(1800);
    for (const QRect &r : rects)
        CHECK(std::abs(r.center().y() - rects.first().center().y()) <= 4);
    CHECK(rects.first().width() > 200);
}

#if defined(Q_OS_LINUX)
namespace {

// The files this process has mapped, as the kernel lists them.
QByteArray mappedFiles()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
}

} // namespace

TEST_CASE("Qt Multimedia and libsndfile are loaded with the first recording opened, not with the "
          "program",
          "[ui][library]")
{
    REQUIRE(mappedFiles().contains("libQt6Core"));
    if (mappedFiles().contains("libsndfile")) {
        // ctest runs each test in a process of its own; run together, an earlier one read audio.
        WARN("audio was read earlier in this process: nothing to check");
        return;
    }
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    CHECK_FALSE(mappedFiles().contains("libQt6Multimedia"));
    CHECK_FALSE(mappedFiles().contains("libsndfile"));
    choose(window, f.rowOf(f.good));
    REQUIRE(window.player()->engine().isOpen());
    CHECK(mappedFiles().contains("recbar-audio-output"));
    CHECK(mappedFiles().contains("libQt6Multimedia"));
    CHECK(mappedFiles().contains("libsndfile"));
}
#endif

TEST_CASE("Recordings asked for while one is read: only the newest is opened, a closed one never",
          "[ui][library]")
{
    QTemporaryDir dir;
    QStringList files;
    for (int seconds = 1; seconds <= 3; ++seconds)
        files.append(audiotools::tone(dir.path(), QStringLiteral("%1.wav").arg(seconds), "-e u-law",
                                      1, seconds));
    PlayerEngine engine;
    QSignalSpy opened(&engine, &PlayerEngine::opened);
    for (const QString &file : files)
        engine.open(file);
    REQUIRE(waitFor([&] { return !engine.isReading(); }));
    CHECK(opened.size() == 1);
    CHECK(engine.duration() == 3000);

    engine.open(files.first());
    engine.close();
    REQUIRE(waitFor([&] { return !engine.isReading(); }));
    CHECK(opened.size() == 1);
    CHECK_FALSE(engine.isOpen());

    engine.open(dir.filePath(QStringLiteral("missing.wav")));
    QSignalSpy failed(&engine, &PlayerEngine::openFailed);
    REQUIRE(waitFor([&] { return !failed.isEmpty(); }));
    CHECK_FALSE(engine.error().isEmpty());
    CHECK_FALSE(engine.isOpen());
}

TEST_CASE("Choosing a recording opens it in the player with its pauses and notes", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    choose(window, f.rowOf(f.good));
    PlayerWidget &player = *window.player();
    CHECK(player.engine().isOpen());
    CHECK(player.engine().duration() == 8000);
    CHECK(named<QLabel>(window, QStringLiteral("Position"))->text() ==
          QStringLiteral("0:00 / 0:08"));
    CHECK(player.waveform().pausedSpans() == QList<std::pair<qint64, qint64>>{{3000, 5000}});
    CHECK(player.message().isEmpty());

    // The player's keys work from the list: +5 s, and back.
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_Right);
    CHECK(player.engine().position() == 5000);
    QTest::keyClick(window.table(), Qt::Key_Left);
    CHECK(player.engine().position() == 0);
    QTest::keyClick(window.table(), Qt::Key_BracketRight);
    CHECK(player.engine().speed() == 1.25);

    // A click on the waveform jumps there.
    WaveformView &view = player.waveform();
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(view.width() / 2, view.height() / 2));
    CHECK(std::abs(player.engine().position() - 4000) < 8000 / view.width() + 2);

    // The notes are saved as typed, and their "m:ss" lines become markers; the audio stays
    // open.
    auto *notes = named<QPlainTextEdit>(window, QStringLiteral("Notes"));
    notes->setPlainText(QStringLiteral("Checked by sam\n0:06 refund agreed"));
    QTest::keyClicks(named<QLineEdit>(window, QStringLiteral("Tags")),
                     QStringLiteral("coaching, vip"));
    CHECK(player.waveform().markers().size() == 1);
    REQUIRE(waitFor([&] { return !window.hasUnsavedDetails(); }));
    const RecordingEntry stored = f.library.index().entry(f.good).value();
    CHECK(stored.notes == QStringLiteral("Checked by sam\n0:06 refund agreed"));
    CHECK(stored.tags == QStringList{QStringLiteral("coaching"), QStringLiteral("vip")});
    CHECK(window.table()->currentIndex().row() == f.rowOf(f.good)); // still selected
    CHECK(player.engine().isOpen());
    CHECK(player.entry().notes == stored.notes);
}

TEST_CASE("A damaged file says so in the player and stays listed", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    choose(window, f.rowOf(f.damaged));
    CHECK_FALSE(window.player()->engine().isOpen());
    CHECK_FALSE(window.player()->message().isEmpty());
    CHECK(f.library.model().rowCount() == 3);

    // Another recording plays as usual after it.
    choose(window, f.rowOf(f.good));
    CHECK(window.player()->engine().isOpen());
    CHECK(window.player()->message().isEmpty());

    // One on a server that is not connected cannot be fetched, and says why.
    choose(window, f.rowOf(f.remote));
    CHECK_FALSE(window.player()->engine().isOpen());
}

TEST_CASE("The selection survives a refresh of the list", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    choose(window, f.rowOf(f.damaged));
    RecordingEntry newer = f.library.index().entry(f.remote).value();
    newer.sourceKey = QStringLiteral("guid-2");
    newer.startTime = newer.startTime.addDays(1); // sorts first
    REQUIRE(f.library.add(newer).ok());
    f.library.model().refresh();
    REQUIRE(window.table()->currentIndex().isValid());
    CHECK(f.library.model().idAt(window.table()->currentIndex().row()) == f.damaged);
}

TEST_CASE("Markers come from note lines that start with a time", "[ui][library]")
{
    const auto markers = PlayerWidget::markersFrom(QStringLiteral(
        "Call went well\n1:23 customer upset\n  0:05 greeting \n1:02:03 long call\n12 not a time"));
    REQUIRE(markers.size() == 3);
    CHECK(markers[0].ms == 83'000);
    CHECK(markers[0].text == QStringLiteral("customer upset"));
    CHECK(markers[1].ms == 5000);
    CHECK(markers[2].ms == 3'723'000);
}

TEST_CASE("Dragging on the waveform selects a span to loop", "[ui][library]")
{
    WaveformView view;
    view.resize(400, 100);
    view.setDuration(40'000);
    view.show();
    QSignalSpy loops(&view, &WaveformView::loopSelected);
    QSignalSpy seeks(&view, &WaveformView::seekRequested);
    QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(100, 50));
    QTest::mouseMove(&view, QPoint(200, 50));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(200, 50));
    REQUIRE(loops.size() == 1);
    CHECK(loops.first().at(0).toLongLong() == 10'000);
    CHECK(loops.first().at(1).toLongLong() == 20'000);
    CHECK(seeks.isEmpty());
}

TEST_CASE("The details say how long a call was on hold", "[ui][library]")
{
    LibraryFixture f;
    RecordingEntry e;
    e.source = QStringLiteral("folder:") + f.dir.path();
    e.sourceKey = QStringLiteral("held.wav");
    e.filePath = audiotools::tone(f.dir.path(), QStringLiteral("held.wav"), "-e u-law", 1, 8.0);
    e.onDisk = true;
    e.startTime = QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc());
    e.durationMs = 8000;
    e.heldSpans = {{1000, 3400}, {5000, 6200}};
    const qint64 held = *f.library.add(e);
    f.library.model().refresh();
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    choose(window, f.rowOf(held));
    const QString details =
        named<QPlainTextEdit>(window, QStringLiteral("Recording details"))->toPlainText();
    CHECK(details.contains(QStringLiteral("On hold 0:04 in all")));
    CHECK_FALSE(details.contains(QStringLiteral("pause")));
    choose(window, f.rowOf(f.good));
    CHECK_FALSE(named<QPlainTextEdit>(window, QStringLiteral("Recording details"))
                    ->toPlainText()
                    .contains(QStringLiteral("On hold")));
}

TEST_CASE("A card number heard is in the list, the filter, the waveform and the details, and a "
          "click plays from it",
          "[ui][library][cards]")
{
    LibraryFixture f;
    RecordingEntry e = f.library.entry(f.good).value();
    e.id = 0;
    e.sourceKey = QStringLiteral("card.wav");
    e.startTime = e.startTime.addDays(1);
    e.cardsScannedAt = QDateTime::currentDateTimeUtc();
    e.cardFindings = {{.startMs = 5500,
                       .endMs = 7500,
                       .digits = 16,
                       .luhn = true,
                       .last4 = QStringLiteral("6467"),
                       .confidence = 0.81},
                      {.startMs = 3100,
                       .endMs = 4900,
                       .digits = 12,
                       .luhn = false,
                       .last4 = QStringLiteral("0343"),
                       .outsidePause = false,
                       .confidence = 0.6}};
    std::sort(e.cardFindings.begin(), e.cardFindings.end(),
              [](const CardFinding &a, const CardFinding &b) { return a.startMs < b.startMs; });
    // Call data may hold a line break: the finding lines below it must still be found.
    e.metadata.insert(QStringLiteral("Customer note"), QStringLiteral("Call back\nafter five"));
    const qint64 card = *f.library.add(e);
    f.library.model().refresh();
    LibraryWindow window(f.library, f.waveforms);
    window.show();

    // The list: in red where heard outside a pause; the filter keeps only that one.
    const int row = f.rowOf(card);
    LibraryModel &model = f.library.model();
    CHECK(model.data(model.index(row, LibraryModel::Cards)).toString() ==
          QStringLiteral("Heard outside a pause"));
    CHECK(model.data(model.index(f.rowOf(f.good), LibraryModel::Cards)).toString().isEmpty());
    named<QCheckBox>(window, QStringLiteral("Card number heard outside a pause"))->setChecked(true);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.idAt(0) == card);

    // The waveform and the details: when, where, how many digits, how sure; never the number.
    choose(window, 0);
    PlayerWidget &player = *window.player();
    REQUIRE(player.engine().isOpen());
    CHECK(player.waveform().cardFindings() == e.cardFindings);
    auto *details = named<QPlainTextEdit>(window, QStringLiteral("Recording details"));
    const QString text = details->toPlainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("0:05–0:08 card number heard outside a pause: 16 digit")));
    CHECK(text.contains(
        QStringLiteral("passes the Luhn check, ending 6467; the recogniser was 81 % sure")));
    CHECK(text.contains(QStringLiteral("0:03–0:05 card number spoken while paused (kept out)")));
    CHECK(player.waveform().accessibleDescription().contains(
        QStringLiteral("card number heard outside a pause")));

    // A click on a finding's line plays from it; Hear card number goes to the next one.
    const QTextBlock last = details->document()->lastBlock();
    const QRect line = details->cursorRect(QTextCursor(last));
    // Another line plays nothing.
    const QTextBlock agent = details->document()->findBlockByNumber(2);
    REQUIRE(agent.text() == QStringLiteral("Agent: bob"));
    QTest::mouseClick(details->viewport(), Qt::LeftButton, {},
                      details->cursorRect(QTextCursor(agent)).center() + QPoint(20, 0));
    CHECK(player.engine().position() == 0);
    const QTextBlock noteEnd = details->document()->find(QStringLiteral("after five")).block();
    REQUIRE(noteEnd.text() == QStringLiteral("after five"));
    QTest::mouseClick(details->viewport(), Qt::LeftButton, {},
                      details->cursorRect(QTextCursor(noteEnd)).center() + QPoint(20, 0));
    CHECK(player.engine().position() == 0);
    QTest::mouseClick(details->viewport(), Qt::LeftButton, {},
                      details->cursorRect(QTextCursor(last.previous())).center() + QPoint(20, 0));
    CHECK(std::abs(player.engine().position() - 3100) < 300);
    player.engine().pause();
    player.engine().seek(0);
    QTest::mouseClick(details->viewport(), Qt::LeftButton, {}, line.center());
    // Playing, the position runs on (and a sound server's buffer is subtracted).
    CHECK(std::abs(player.engine().position() - 5500) < 300);
    player.engine().pause();
    player.engine().seek(0);
    auto *hear = named<QPushButton>(window, QStringLiteral("Hear card number"));
    REQUIRE(hear->isVisible());
    hear->click();
    CHECK(std::abs(player.engine().position() - 3100) < 300);
    hear->click();
    CHECK(std::abs(player.engine().position() - 5500) < 300);
    player.engine().pause();

    // A recording not scanned says nothing of card numbers, and has no button for them.
    named<QCheckBox>(window, QStringLiteral("Card number heard outside a pause"))
        ->setChecked(false);
    choose(window, f.rowOf(f.good));
    CHECK_FALSE(details->toPlainText().contains(QStringLiteral("card number")));
    CHECK_FALSE(hear->isVisible());
}

#ifdef Q_OS_UNIX
TEST_CASE("The recording on screen shows what a scan of it heard as soon as the scan ends",
          "[ui][library][cards]")
{
    LibraryFixture f;
    // A stand-in for recbar-scan that hears one card number in whatever it is given.
    const QString program = f.dir.filePath(QStringLiteral("recbar-scan"));
    QFile script(program);
    REQUIRE(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho '{\"ready\":true}'\n"
                 "while read line; do\n"
                 "  id=$(echo \"$line\" | sed 's/.*\"id\":\\([0-9]*\\).*/\\1/')\n"
                 "  echo \"{\\\"id\\\":$id,\\\"findings\\\":[{\\\"start_ms\\\":5500,"
                 "\\\"end_ms\\\":7500,\\\"digits\\\":16,\\\"luhn\\\":true,"
                 "\\\"last4\\\":\\\"4444\\\",\\\"outside_pause\\\":true}]}\"\n"
                 "done\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    f.library.cardScans().setProgram(program);

    LibraryWindow window(f.library, f.waveforms);
    window.show();
    choose(window, f.rowOf(f.good));
    PlayerWidget &player = *window.player();
    REQUIRE(player.engine().isOpen());
    auto *hear = named<QPushButton>(window, QStringLiteral("Hear card number"));
    CHECK_FALSE(hear->isVisible());
    QSignalSpy finished(&f.library.cardScans(), &CardScanQueue::finished);
    window.scanForCardNumbers(); // the selection: this one
    REQUIRE(waitFor([&] { return finished.size() == 1; }, 20'000));
    REQUIRE(waitFor([&] { return !player.waveform().cardFindings().isEmpty(); }));
    CHECK(player.entry().cardFindings == player.waveform().cardFindings());
    CHECK(player.engine().isOpen()); // the same audio, not opened again
    CHECK(hear->isVisible());
    CHECK(named<QPlainTextEdit>(window, QStringLiteral("Recording details"))
              ->toPlainText()
              .contains(QStringLiteral("card number heard outside a pause")));
    CHECK(window.statusBar()->currentMessage().startsWith(
        QStringLiteral("A card number was heard outside a pause in 1 of 1 recording")));
}
#endif

TEST_CASE("The list shows each file's name, and the details name it", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    const int row = f.rowOf(f.good);
    CHECK(f.library.model().data(f.library.model().index(row, LibraryModel::FileName)) ==
          QStringLiteral("good.wav"));
    choose(window, row);
    CHECK(named<QPlainTextEdit>(window, QStringLiteral("Recording details"))
              ->toPlainText()
              .contains(QStringLiteral("File: good.wav")));
    QTest::keyClicks(named<QLineEdit>(window, QStringLiteral("Search")),
                     QStringLiteral("damaged.wav"));
    CHECK(f.library.model().rowCount() == 1);
}

TEST_CASE("Columns fit what they show, and the sort arrow follows the order", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    QTableView *table = window.table();
    const QFontMetrics metrics = table->fontMetrics();
    CHECK(table->columnWidth(LibraryModel::Duration) >
          metrics.horizontalAdvance(QStringLiteral("9:59:59")));
    const QString date =
        f.library.model().data(f.library.model().index(0, LibraryModel::Start)).toString();
    CHECK(table->columnWidth(LibraryModel::Start) > metrics.horizontalAdvance(date));
    // The newest first: the arrow points down.
    CHECK(table->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
    // Whatever each style calls "up", the arrow drawn for newest first points down.
    for (const QString &name : QStyleFactory::keys()) {
        INFO(name.toStdString());
        std::unique_ptr<QStyle> style(QStyleFactory::create(name));
        CHECK(SortHeader::drawsDown(style.get(),
                                    SortHeader::arrowFor(Qt::DescendingOrder, style.get())));
        CHECK_FALSE(SortHeader::drawsDown(style.get(),
                                          SortHeader::arrowFor(Qt::AscendingOrder, style.get())));
    }
}

TEST_CASE("Mark reviewed keeps who and when, and the queue filter drops the row", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    named<QCheckBox>(window, QStringLiteral("Not reviewed yet"))->setChecked(true);
    CHECK(f.library.model().rowCount() == 3);
    choose(window, f.rowOf(f.good));
    QPushButton *mark = nullptr;
    for (QPushButton *b : window.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Mark &reviewed"))
            mark = b;
    }
    REQUIRE(mark);
    mark->click();
    const RecordingEntry stored = f.library.index().entry(f.good).value();
    CHECK(stored.reviewedBy == Library::reviewerName());
    CHECK(std::abs(stored.reviewedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    CHECK(f.library.model().rowCount() == 2);
    // The next one in the queue is selected.
    CHECK(window.table()->currentIndex().isValid());
}

TEST_CASE("N drops a note at the playhead and puts the cursor there", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    choose(window, f.rowOf(f.good));
    window.player()->engine().seek(5000);
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_N);
    auto *notes = named<QPlainTextEdit>(window, QStringLiteral("Notes"));
    CHECK(notes->toPlainText() == QStringLiteral("0:02 greeting\n0:05 "));
    CHECK(notes->hasFocus());
    CHECK(notes->textCursor().atEnd());
    CHECK(window.player()->waveform().markers().size() == 2);
}

TEST_CASE("A two-channel call is heard as last chosen for it, and shows both sides",
          "[ui][library][channels]")
{
    LibraryFixture f;
    RecordingEntry e = f.library.entry(f.good).value();
    e.id = 0;
    e.sourceKey = QStringLiteral("stereo.wav");
    e.filePath = audiotools::tone(f.dir.path(), QStringLiteral("stereo.wav"), "-b 16", 2, 4.0);
    e.startTime = e.startTime.addSecs(-60);
    const qint64 stereo = *f.library.add(e);
    f.library.model().refresh();
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    choose(window, f.rowOf(stereo));
    PlayerWidget &player = *window.player();
    auto *hear = named<QComboBox>(window, QStringLiteral("Sides heard"));
    CHECK(hear->isVisible());
    REQUIRE(waitFor([&] { return f.waveforms.cached(e.filePath) != nullptr; }));
    CHECK(f.waveforms.cached(e.filePath)->channels == 2);
    hear->setCurrentIndex(2);
    CHECK(player.channelMix().solo == ChannelMix::Solo::Second);
    CHECK(f.library.entry(stereo)->channelMix == QStringLiteral("second"));

    // Another recording (mono: no choice to make), then back: the choice is still there.
    choose(window, f.rowOf(f.good));
    CHECK_FALSE(hear->isVisible());
    choose(window, f.rowOf(stereo));
    CHECK(hear->currentIndex() == 2);
}

TEST_CASE("Skip silence shows what it skips, and + and - zoom around the playhead",
          "[ui][library][skip]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    choose(window, f.rowOf(f.good)); // a pause from 3 s to 5 s in 8 s
    PlayerWidget &player = *window.player();
    REQUIRE(waitFor([&] { return f.waveforms.cached(player.entry().filePath) != nullptr; }));
    WaveformView &view = player.waveform();
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_S);
    CHECK(named<QCheckBox>(window, QStringLiteral("Skip silence"))->isChecked());
    CHECK(view.skippedSpans() == QList<std::pair<qint64, qint64>>{{3000, 5000}});
    QTest::keyClick(window.table(), Qt::Key_S);
    CHECK(view.skippedSpans().isEmpty());

    player.engine().seek(6000);
    view.setPosition(6000);
    QTest::keyClick(window.table(), Qt::Key_Plus);
    CHECK(view.zoom() > 1.4);
    const auto [from, to] = view.visibleRange();
    CHECK(from <= 6000);
    CHECK(to > 6000);
    CHECK(to - from < 8000);
    QTest::keyClick(window.table(), Qt::Key_Minus);
    CHECK(view.zoom() == 1.0);
}

namespace {

QPushButton *button(QWidget &window, const QString &text)
{
    for (QPushButton *b : window.findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

// The fixture's good recording, `count` times more, a minute apart and older, each on disk.
QList<qint64> addCopies(LibraryFixture &f, int count)
{
    RecordingEntry e = f.library.entry(f.good).value();
    QList<RecordingEntry> copies;
    for (int i = 0; i < count; ++i) {
        e.id = 0;
        e.sourceKey = QStringLiteral("copy-%1.wav").arg(i, 4, 10, QLatin1Char('0'));
        e.startTime = e.startTime.addSecs(-60);
        e.remoteNumber = QStringLiteral("+1555100%1").arg(i, 4, 10, QLatin1Char('0'));
        e.notes.clear();
        copies.append(e);
    }
    REQUIRE(f.library.add(copies));
    QList<qint64> ids;
    for (const RecordingEntry &c : std::as_const(copies))
        ids.append(f.library.index().entry(c.source, c.sourceKey)->id);
    return ids;
}

} // namespace

TEST_CASE("Notes and tags are saved as they are typed, and never lost by choosing another",
          "[ui][library][notes]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *notes = named<QPlainTextEdit>(window, QStringLiteral("Notes"));
    auto *tags = named<QLineEdit>(window, QStringLiteral("Tags"));

    // N, a note typed, another recording picked at once: the note is there.
    choose(window, f.rowOf(f.good));
    window.player()->engine().seek(5000);
    window.table()->setFocus();
    QTest::keyClick(window.table(), Qt::Key_N);
    REQUIRE(notes->hasFocus());
    QTest::keyClicks(notes, QStringLiteral("customer upset"));
    choose(window, f.rowOf(f.damaged));
    CHECK(notes->toPlainText().isEmpty()); // the other one's (none)
    const QString typed = QStringLiteral("0:02 greeting\n0:05 customer upset");
    REQUIRE(waitFor([&] { return f.library.entry(f.good)->notes == typed; }));
    choose(window, f.rowOf(f.good));
    CHECK(notes->toPlainText() == typed);
    CHECK(window.player()->waveform().markers().size() == 2);

    // Tags too, and a pause in typing is enough: nothing else needs doing.
    tags->setFocus();
    QTest::keyClicks(tags, QStringLiteral("coaching, vip"));
    CHECK(window.hasUnsavedDetails());
    REQUIRE(waitFor([&] { return !window.hasUnsavedDetails(); }));
    CHECK(f.library.entry(f.good)->tags ==
          QStringList{QStringLiteral("coaching"), QStringLiteral("vip")});
    // Saving refreshed the list; the field kept its cursor and what is typed next.
    QTest::keyClicks(tags, QStringLiteral(", callback"));
    CHECK(tags->text() == QStringLiteral("coaching, vip, callback"));
    // Leaving the field saves it at once.
    window.table()->setFocus();
    CHECK_FALSE(window.hasUnsavedDetails());
    CHECK(f.library.entry(f.good)->tags.size() == 3);

    // The index cannot be written (another program holds it): what was typed stays, on
    // screen and for its recording, says so, and is saved once the index is free.
    QSqlDatabase other =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    other.setDatabaseName(f.dir.filePath(QStringLiteral("library.sqlite")));
    REQUIRE(other.open());
    QSqlQuery lock(other);
    REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("written while locked"));
    choose(window, f.rowOf(f.damaged));
    REQUIRE(waitFor(
        [&] {
            return window.statusBar()->currentMessage().contains(
                QStringLiteral("could not be saved"));
        },
        15'000));
    CHECK(window.hasUnsavedDetails());
    choose(window, f.rowOf(f.good));
    CHECK(notes->toPlainText() == typed + QStringLiteral("\nwritten while locked"));
    REQUIRE(lock.exec(QStringLiteral("ROLLBACK")));
    other.close();
    REQUIRE(waitFor([&] { return !window.hasUnsavedDetails(); }, 20'000));
    CHECK(f.library.entry(f.good)->notes == typed + QStringLiteral("\nwritten while locked"));

    // A recording that leaves the library (its file gone) while its note waits: that is said,
    // and the save is not tried for ever.
    choose(window, f.rowOf(f.damaged));
    QTest::keyClicks(notes, QStringLiteral("about to go"));
    REQUIRE(window.hasUnsavedDetails());
    QSqlQuery gone(f.library.index().database());
    REQUIRE(gone.exec(QStringLiteral("DELETE FROM recordings WHERE id = %1").arg(f.damaged)));
    REQUIRE(waitFor([&] { return !window.hasUnsavedDetails(); }));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("left the library")));
}

TEST_CASE("A multi-selection and the scroll position survive refreshes of the list",
          "[ui][library][selection]")
{
    LibraryFixture f;
    const QList<qint64> copies = addCopies(f, 600);
    LibraryWindow window(f.library, f.waveforms);
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTableView *table = window.table();
    LibraryModel &model = f.library.model();
    // Far down the list (past the first rows read), four recordings chosen with Ctrl.
    const int first = f.rowOf(copies[400]);
    choose(window, first);
    for (int step : {2, 5, 9}) {
        const QModelIndex more = model.index(first + step, 0);
        table->selectionModel()->setCurrentIndex(more, QItemSelectionModel::Select |
                                                           QItemSelectionModel::Rows);
    }
    table->scrollTo(model.index(first - 3, 0), QAbstractItemView::PositionAtTop);
    const QList<qint64> chosen = window.selectedIds();
    REQUIRE(chosen.size() == 4);
    const qint64 current = model.idAt(table->currentIndex().row());
    const auto topId = [&] { return model.idAt(table->indexAt(QPoint(0, 0)).row()); };
    const qint64 top = topId();

    // A recording lands on top of the list (a download, the server's list), a folder's scan
    // adds its batch, and a note is saved: each rebuilds the model.
    RecordingEntry newer = f.library.entry(f.good).value();
    newer.id = 0;
    newer.sourceKey = QStringLiteral("newest.wav");
    newer.startTime = newer.startTime.addDays(1);
    REQUIRE(f.library.add(newer).ok());
    CHECK(window.selectedIds() == chosen);
    CHECK(model.idAt(table->currentIndex().row()) == current);
    CHECK(topId() == top);

    const QString folder = f.dir.filePath(QStringLiteral("incoming"));
    QDir().mkpath(folder);
    audiotools::tone(folder, QStringLiteral("20260305-090000_bob_+15550009999_in.wav"), "-e u-law",
                     1, 0.5);
    QSignalSpy scanned(&f.library, &Library::scanned);
    f.library.addFolder(folder);
    REQUIRE(waitFor([&] { return scanned.size() == 1; }));
    CHECK(window.selectedIds() == chosen);
    CHECK(topId() == top);

    QTest::keyClicks(named<QLineEdit>(window, QStringLiteral("Tags")), QStringLiteral("batch"));
    const bool savedIt = waitFor([&] { return !window.hasUnsavedDetails(); });
    INFO(window.statusBar()->currentMessage().toStdString());
    REQUIRE(savedIt);
    CHECK(window.selectedIds() == chosen);
    CHECK(topId() == top);

    // The export then takes all four.
    const QString out = f.dir.filePath(QStringLiteral("export"));
    QString report;
    REQUIRE(f.library.exportTo(window.selectedIds(), out, &report));
    CHECK(QDir(out).entryList({QStringLiteral("*.wav")}, QDir::Files).size() == 4);
}

TEST_CASE("Mark reviewed and Save stay in place whatever the details say", "[ui][library]")
{
    LibraryFixture f;
    RecordingEntry busy = f.library.entry(f.good).value();
    busy.id = 0;
    busy.sourceKey = QStringLiteral("busy.wav");
    busy.startTime = busy.startTime.addSecs(-3600);
    for (int i = 0; i < 14; ++i)
        busy.metadata.insert(
            QStringLiteral("field%1").arg(i),
            QStringLiteral("a value long enough to wrap onto a second line %1").arg(i));
    busy.reasonCode = QStringLiteral("ESCALATED");
    busy.heldSpans = {{1000, 2000}};
    busy.metadata.insert(
        QStringLiteral("ticket"),
        QStringLiteral("https://crm.example.com/tickets/0123456789abcdef0123456789"));
    const qint64 id = *f.library.add(busy);
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QPushButton *mark = button(window, QStringLiteral("Mark &reviewed"));
    QPushButton *save = button(window, QStringLiteral("Saved"));
    const auto where = [&](QWidget *w) { return QRect(w->mapTo(&window, QPoint()), w->size()); };

    choose(window, f.rowOf(f.good));
    QApplication::processEvents();
    const QRect markPlace = where(mark);
    const QRect savePlace = where(save);
    for (qint64 other : {id, f.remote, f.damaged}) {
        choose(window, f.rowOf(other));
        QApplication::processEvents();
        INFO(other << " " << where(mark).x() << "," << where(mark).y() << " was " << markPlace.x()
                   << "," << markPlace.y());
        CHECK(where(mark).topLeft() == markPlace.topLeft());
        CHECK(where(save).topRight() == savePlace.topRight());
        CHECK(window.rect().contains(where(mark)));
    }
    // The long details scroll rather than push anything out of the window, and wrap rather
    // than cut a long name.
    choose(window, f.rowOf(id));
    QApplication::processEvents();
    auto *details = named<QPlainTextEdit>(window, QStringLiteral("Recording details"));
    CHECK(details->verticalScrollBar()->maximum() > 0);
    CHECK(details->horizontalScrollBar()->maximum() == 0);
    CHECK(window.rect().contains(where(details)));
    CHECK(window.rect().contains(where(named<QPlainTextEdit>(window, QStringLiteral("Notes")))));
}

namespace {

// Speech and digital silence in turns, as some recorders write between turns: `parts` are
// seconds, sounding first, then silent, and so on.
QString withGaps(const QString &folder, const QString &name, const QList<double> &parts)
{
    QStringList pieces;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString piece = QDir(folder).filePath(QStringLiteral("piece%1.wav").arg(i));
        QStringList arguments{QStringLiteral("-n"),    QStringLiteral("-r"),
                              QStringLiteral("8000"),  QStringLiteral("-c"),
                              QStringLiteral("1"),     QStringLiteral("-e"),
                              QStringLiteral("u-law"), piece};
        if (i % 2 == 0)
            arguments << QStringLiteral("synth") << QString::number(parts[i])
                      << QStringLiteral("sine") << QStringLiteral("440") << QStringLiteral("vol")
                      << QStringLiteral("0.5");
        else
            arguments << QStringLiteral("trim") << QStringLiteral("0") << QString::number(parts[i]);
        QString log;
        INFO(log.toStdString());
        REQUIRE(audiotools::run(QStringLiteral("sox"), arguments, &log));
        pieces.append(piece);
    }
    const QString path = QDir(folder).filePath(name);
    QString log;
    INFO(log.toStdString());
    REQUIRE(audiotools::run(QStringLiteral("sox"), pieces + QStringList{path}, &log));
    for (const QString &piece : std::as_const(pieces))
        QFile::remove(piece);
    return path;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Where a span is drawn: the colour just under the marker strip (16 px), above the peaks.
QColor bandColour(WaveformView &view, qint64 ms)
{
    const QImage image = view.grab().toImage();
    const int x = int(double(ms) / double(view.visibleRange().second) * view.width());
    return image.pixelColor(x, 17);
}

} // namespace

TEST_CASE(
    "Silence in the audio is shown as silence, never as a pause, and hold has a colour of its own",
    "[ui][library][pauses]")
{
    LibraryFixture f;
    const QString folder = f.dir.filePath(QStringLiteral("calls"));
    QDir().mkpath(folder);
    // Turns with 1 s and 1.2 s of digital silence between them, nothing saying it was paused.
    const QString gaps = QStringLiteral("20260302-100000_dan_+15550004444_in.wav");
    withGaps(folder, gaps, {1.5, 1.0, 1.5, 1.2, 1.5});
    // A recorder's file: paused from 1 s to 2 s, on hold from 3 s to 4.5 s.
    const QString recorded = QStringLiteral("20260302-110000_eve_+15550005555_out.wav");
    audiotools::tone(folder, recorded, "-e u-law", 1, 6.0);
    writeFile(folder + QStringLiteral("/20260302-110000_eve_+15550005555_out.json"),
              R"({"paused_spans": [[1000, 2000]], "held_spans": [[3000, 4500]]})");
    QSignalSpy scanned(&f.library, &Library::scanned);
    f.library.addFolder(folder);
    REQUIRE(waitFor([&] { return scanned.size() == 1; }));
    const QString source = FolderScanner::sourceOf(folder);
    const qint64 silent = f.library.index().entry(source, gaps)->id;
    const qint64 paused = f.library.index().entry(source, recorded)->id;

    LibraryWindow window(f.library, f.waveforms);
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    choose(window, f.rowOf(silent));
    PlayerWidget &player = *window.player();
    WaveformView &view = player.waveform();
    REQUIRE(waitFor([&] { return !view.silentSpans().isEmpty(); }));
    // Both gaps found, as silence; none as a pause, in the player, the list or the index.
    REQUIRE(view.silentSpans().size() == 2);
    CHECK(std::abs(view.silentSpans()[0].first - 1500) <= 40);
    CHECK(std::abs(view.silentSpans()[1].second - 5200) <= 40);
    CHECK(view.pausedSpans().isEmpty());
    CHECK(view.accessibleDescription().contains(QStringLiteral("silent from 0:01")));
    CHECK_FALSE(view.accessibleDescription().contains(QStringLiteral("paused")));
    CHECK_FALSE(named<QPlainTextEdit>(window, QStringLiteral("Recording details"))
                    ->toPlainText()
                    .contains(QStringLiteral("Paused")));
    CHECK(f.library.entry(silent)->pausedSpans.isEmpty());
    const int row = f.rowOf(silent);
    CHECK(f.library.model()
              .data(f.library.model().index(row, LibraryModel::Pauses))
              .toString()
              .isEmpty());
    named<QCheckBox>(window, QStringLiteral("Paused only"))->setChecked(true);
    QList<qint64> pausedOnly;
    for (int r = 0; r < f.library.model().rowCount(); ++r)
        pausedOnly.append(f.library.model().idAt(r));
    CHECK(pausedOnly.contains(paused));
    CHECK_FALSE(pausedOnly.contains(silent));
    named<QCheckBox>(window, QStringLiteral("Paused only"))->setChecked(false);

    // The recorder's pause and hold: as it says, each its colour, no silence besides.
    choose(window, f.rowOf(paused));
    REQUIRE(waitFor([&] { return f.waveforms.cached(player.entry().filePath) != nullptr; }));
    QApplication::processEvents();
    CHECK(view.pausedSpans() == QList<std::pair<qint64, qint64>>{{1000, 2000}});
    CHECK(view.heldSpans() == QList<std::pair<qint64, qint64>>{{3000, 4500}});
    CHECK(view.silentSpans().isEmpty());
    CHECK(named<QPlainTextEdit>(window, QStringLiteral("Recording details"))
              ->toPlainText()
              .contains(QStringLiteral("Paused 1 time(s), 0:01 in all")));
    const QColor pauseDrawn = bandColour(view, 1500);
    const QColor holdDrawn = bandColour(view, 3750);
    const QColor plain = bandColour(view, 5500);
    INFO(pauseDrawn.name().toStdString()
         << " " << holdDrawn.name().toStdString() << " " << plain.name().toStdString());
    CHECK(pauseDrawn != holdDrawn);
    CHECK(pauseDrawn != plain);
    CHECK(holdDrawn != plain);
    CHECK(pauseDrawn.red() > pauseDrawn.blue()); // amber
    CHECK(holdDrawn.blue() > holdDrawn.green()); // violet
}

// Run by the test below, in a process of its own with the screen it sets (offscreen).
TEST_CASE("The library window fits the screen it opens on", "[.library-fits]")
{
    const QSize expected(qEnvironmentVariableIntValue("RECBAR_FIT_WIDTH"),
                         qEnvironmentVariableIntValue("RECBAR_FIT_HEIGHT"));
    LibraryFixture f;
    RecordingEntry busy = f.library.entry(f.good).value();
    busy.id = 0;
    busy.sourceKey = QStringLiteral("20260302-080000_alice.smith_+15550007777_in_rec123456.wav");
    busy.filePath = audiotools::tone(f.dir.path(), busy.sourceKey, "-b 16", 2, 6.0);
    busy.channelRoles = {QStringLiteral("agent"), QStringLiteral("customer")};
    busy.startTime = busy.startTime.addSecs(3600);
    busy.reasonCode = QStringLiteral("ESCALATED");
    busy.heldSpans = {{1000, 2500}};
    for (int i = 0; i < 10; ++i)
        busy.metadata.insert(QStringLiteral("field%1").arg(i), QStringLiteral("value %1").arg(i));
    const qint64 id = *f.library.add(busy);

    LibraryWindow window(f.library, f.waveforms);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QRect screen = window.screen()->availableGeometry();
    INFO("screen " << screen.width() << "x" << screen.height() << " at "
                   << window.devicePixelRatio() << "x");
    REQUIRE(screen.size() == expected); // the process got the screen it was meant to
    choose(window, f.rowOf(id));
    REQUIRE(waitFor([&] { return f.waveforms.cached(busy.filePath) != nullptr; }));
    QApplication::processEvents();

    CHECK(screen.contains(window.frameGeometry()));
    const QStringList problems = clipped(window);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    // A waveform to read, not a strip; the details whole, wrapped and scrolled if need be.
    CHECK(named<QPlainTextEdit>(window, QStringLiteral("Recording details"))
              ->horizontalScrollBar()
              ->maximum() == 0);
    WaveformView &view = window.player()->waveform();
    CHECK(view.height() >= view.minimumSizeHint().height());
    CHECK(view.height() >= 6 * view.fontMetrics().height());
    // The search is the widest filter.
    const int search = named<QLineEdit>(window, QStringLiteral("Search"))->width();
    for (const QString &name : {QStringLiteral("Agent"), QStringLiteral("Number"),
                                QStringLiteral("Tag"), QStringLiteral("Call data")})
        CHECK(named<QLineEdit>(window, name)->width() < search);

    // The list of folders too.
    FoldersDialog *folders = window.showFolders();
    REQUIRE(QTest::qWaitForWindowExposed(folders));
    CHECK(screen.contains(folders->frameGeometry()));
    const QStringList dialogProblems = clipped(*folders);
    INFO(dialogProblems.join(u'\n').toStdString());
    CHECK(dialogProblems.isEmpty());
}

TEST_CASE("The library window fits 1024x768 at 100 % and 1280x800 at 200 %", "[ui][library][fit]")
{
    fitsInChild("The library window fits the screen it opens on");
}

TEST_CASE("Counts read as English does, and the status bar counts what is shown",
          "[ui][library][plurals]")
{
    // What RecBar installs at start: English gets its plural forms.
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto counted = [](const char *text, int n) {
        return QCoreApplication::translate("recbar::LibraryWindow", text, nullptr, n);
    };
    CHECK(counted("%n recording(s)", 1) == QStringLiteral("1 recording"));
    CHECK(counted("%n recording(s)", 2) == QStringLiteral("2 recordings"));
    CHECK(counted("%n recording(s)", 0) == QStringLiteral("0 recordings"));
    CHECK(counted("Paused %n time(s), %1 in all", 1) == QStringLiteral("Paused 1 time, %1 in all"));

    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    auto *count = named<QLabel>(window, QStringLiteral("Recordings shown"));
    CHECK(count->text() == QStringLiteral("3 recordings"));
    QTest::keyClicks(named<QLineEdit>(window, QStringLiteral("Search")), QStringLiteral("2222"));
    REQUIRE(waitFor([&] { return count->text() == QStringLiteral("1 of 3 recordings"); }));
    named<QLineEdit>(window, QStringLiteral("Search"))->clear();
    REQUIRE(waitFor([&] { return count->text() == QStringLiteral("3 recordings"); }));
    choose(window, f.rowOf(f.good));
    CHECK(named<QPlainTextEdit>(window, QStringLiteral("Recording details"))
              ->toPlainText()
              .contains(QStringLiteral("Paused 1 time, 0:02 in all")));
}

TEST_CASE("A two-channel call's sides are named by who speaks there, else left and right",
          "[ui][library][channels]")
{
    LibraryFixture f;
    RecordingEntry e = f.library.entry(f.good).value();
    e.id = 0;
    e.sourceKey = QStringLiteral("named.wav");
    e.filePath = audiotools::tone(f.dir.path(), QStringLiteral("named.wav"), "-b 16", 2, 2.0);
    e.channelRoles = {QStringLiteral("customer"), QStringLiteral("agent")};
    const qint64 named2 = *f.library.add(e);
    e.sourceKey = QStringLiteral("plain.wav");
    e.filePath = audiotools::tone(f.dir.path(), QStringLiteral("plain.wav"), "-b 16", 2, 2.0);
    e.channelRoles.clear();
    const qint64 plain = *f.library.add(e);
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    auto *hear = named<QComboBox>(window, QStringLiteral("Sides heard"));
    WaveformView &view = window.player()->waveform();

    choose(window, f.rowOf(named2));
    CHECK(hear->itemText(1) == QStringLiteral("Customer only (left)"));
    CHECK(hear->itemText(2) == QStringLiteral("Agent only (right)"));
    CHECK(view.laneName(0) == QStringLiteral("customer"));
    CHECK(view.laneName(1) == QStringLiteral("agent"));
    QStringList sideNames;
    for (QLabel *label : window.player()->findChildren<QLabel *>())
        sideNames.append(label->text());
    CHECK(sideNames.contains(QStringLiteral("Customer")));
    CHECK(sideNames.contains(QStringLiteral("Agent")));

    choose(window, f.rowOf(plain));
    CHECK(hear->itemText(1) == QStringLiteral("Left side only"));
    CHECK(hear->itemText(2) == QStringLiteral("Right side only"));
    CHECK(view.laneName(0) == QStringLiteral("left"));
    CHECK(view.laneName(1) == QStringLiteral("right"));
}

namespace {

// Notes how each cell's text is to be elided, by column, as the view paints it.
class ElideWatch : public QProxyStyle
{
public:
    QHash<int, Qt::TextElideMode> modes;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        if (element == CE_ItemViewItem) {
            const auto *item = static_cast<const QStyleOptionViewItem *>(option);
            const_cast<ElideWatch *>(this)->modes.insert(item->index.column(), item->textElideMode);
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }
};

} // namespace

TEST_CASE("The File column is cut in the middle, never at the end", "[ui][library]")
{
    LibraryFixture f;
    ElideWatch watch; // a widget does not own the style it is given: this outlives the window
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    window.table()->setStyle(&watch);
    // Those two in view, the others out of the way.
    for (int column = 0; column < LibraryModel::ColumnCount; ++column)
        window.table()->setColumnHidden(column, column != LibraryModel::FileName &&
                                                    column != LibraryModel::Notes);
    window.table()->viewport()->grab();
    CHECK(watch.modes.value(LibraryModel::FileName) == Qt::ElideMiddle);
    CHECK(watch.modes.value(LibraryModel::Notes) == Qt::ElideRight);
}

TEST_CASE("The watched folders are listed with what their scans found, and can be removed",
          "[ui][library][folders]")
{
    LibraryFixture f;
    const QString folder = f.dir.filePath(QStringLiteral("share"));
    QDir().mkpath(folder);
    audiotools::tone(folder, QStringLiteral("20260303-090000_bob_+15550001212_in.wav"), "-e u-law",
                     1, 0.5);
    const QString cut = audiotools::tone(folder, QStringLiteral("cut.wav"), "-e u-law", 1, 2.0);
    QFile::resize(cut, QFileInfo(cut).size() / 2);
    writeFile(folder + QStringLiteral("/broken.wav"), "RIFF....WAVEnot really");
    audiotools::tone(folder, QStringLiteral(".hidden.wav"), "-e u-law", 1, 0.5);
    // Enough files for the scan to say how far it has got, batch by batch.
    for (int i = 0; i < 450; ++i)
        QFile(folder + QStringLiteral("/empty-%1.wav").arg(i, 3, 10, QLatin1Char('0')))
            .open(QIODevice::WriteOnly);

    LibraryWindow window(f.library, f.waveforms);
    window.show();
    auto *bar = named<QProgressBar>(window, QStringLiteral("Folder scan"));
    CHECK_FALSE(bar->isVisible());
    QStringList shown;
    QObject::connect(&f.library, &Library::scanProgress, &window, [&] {
        if (bar->isVisible())
            shown.append(bar->text());
    });
    QSignalSpy scanned(&f.library, &Library::scanned);
    f.library.addFolder(folder);
    REQUIRE(waitFor([&] { return scanned.size() == 1; }, 30'000));
    INFO(shown.join(QStringLiteral(" | ")).toStdString());
    CHECK(shown.size() >= 2);
    CHECK(shown.contains(QStringLiteral("share: 200 of 453")));
    CHECK_FALSE(bar->isVisible());

    // The cut file is marked in the list before it is opened.
    const int cutRow = f.rowOf(
        f.library.index().entry(FolderScanner::sourceOf(folder), QStringLiteral("cut.wav"))->id);
    CHECK(f.library.model().data(f.library.model().index(cutRow, LibraryModel::Where)) ==
          QStringLiteral("Cut off"));
    choose(window, cutRow);
    CHECK(named<QPlainTextEdit>(window, QStringLiteral("Recording details"))
              ->toPlainText()
              .contains(QStringLiteral("Cut off")));

    FoldersDialog *dialog = window.showFolders();
    QTreeWidget *tree = dialog->tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem *item = tree->topLevelItem(0);
    CHECK(item->text(0) == QDir::toNativeSeparators(folder));
    CHECK(item->text(1) == QStringLiteral("453"));
    CHECK(item->text(2) == QStringLiteral("451")); // the broken file and the 450 empty ones
    CHECK(item->text(3) == QStringLiteral("1"));
    QStringList children;
    for (int i = 0; i < item->childCount(); ++i)
        children.append(item->child(i)->text(0));
    CHECK(children.contains(QStringLiteral("Hidden, left out: .hidden.wav")));
    CHECK(std::any_of(children.begin(), children.end(), [](const QString &c) {
        return c.startsWith(QStringLiteral("Unreadable: broken.wav: "));
    }));

    // Removing asks first; "Cancel" keeps it.
    tree->setCurrentItem(item);
    QMessageBox *question = dialog->removeChosen();
    REQUIRE(question);
    CHECK(question->informativeText().contains(QStringLiteral("453 recording")));
    CHECK(question->textFormat() == Qt::PlainText); // a folder's name is never markup
    question->button(QMessageBox::Cancel)->click();
    CHECK(f.library.folders() == QStringList{folder});
    question = dialog->removeChosen();
    REQUIRE(question);
    for (QAbstractButton *b : question->buttons()) {
        if (b->text() == QStringLiteral("Remove"))
            b->click();
    }
    CHECK(f.library.folders().isEmpty());
    REQUIRE(waitFor([&] { return f.library.model().rowCount() == 3; }));
    CHECK(tree->topLevelItemCount() == 0);
}
