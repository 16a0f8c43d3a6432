#include "LibraryWindow.h"

#include "AudioTools.h"
#include "CatchCompat.h"
#include "SortHeader.h"
#include "WaitFor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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
        QString error;
        REQUIRE(library.open(dir.filePath(QStringLiteral("library.sqlite")),
                             dir.filePath(QStringLiteral("cache")), &error));
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
        good = library.add(e);

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
        damaged = library.add(e);

        e.source = QStringLiteral("imagicle:gone:443");
        e.sourceKey = QStringLiteral("guid-1");
        e.filePath.clear();
        e.onDisk = false;
        e.startTime = e.startTime.addSecs(60);
        e.remoteNumber = QStringLiteral("+15550003333");
        remote = library.add(e);
        library.model().refresh();
    }

    int rowOf(qint64 id)
    {
        for (int row = 0; row < library.model().rowCount(); ++row) {
            if (library.model().idAt(row) == id)
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

TEST_CASE("Choosing a recording opens it in the player with its pauses and notes", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    window.selectRow(f.rowOf(f.good));
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

    // The notes are saved, and their "m:ss" lines become markers; the audio stays open.
    auto *notes = named<QPlainTextEdit>(window, QStringLiteral("Notes"));
    notes->setPlainText(QStringLiteral("Checked by sam\n0:06 refund agreed"));
    QTest::keyClicks(named<QLineEdit>(window, QStringLiteral("Tags")),
                     QStringLiteral("coaching, vip"));
    QPushButton *save = nullptr;
    for (QPushButton *b : window.findChildren<QPushButton *>()) {
        if (b->text() == QStringLiteral("Save notes and tags"))
            save = b;
    }
    REQUIRE(save);
    save->click();
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
    window.selectRow(f.rowOf(f.damaged));
    CHECK_FALSE(window.player()->engine().isOpen());
    CHECK_FALSE(window.player()->message().isEmpty());
    CHECK(f.library.model().rowCount() == 3);

    // Another recording plays as usual after it.
    window.selectRow(f.rowOf(f.good));
    CHECK(window.player()->engine().isOpen());
    CHECK(window.player()->message().isEmpty());

    // One on a server that is not connected cannot be fetched, and says why.
    window.selectRow(f.rowOf(f.remote));
    CHECK_FALSE(window.player()->engine().isOpen());
}

TEST_CASE("The selection survives a refresh of the list", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    window.selectRow(f.rowOf(f.damaged));
    RecordingEntry newer = f.library.index().entry(f.remote).value();
    newer.sourceKey = QStringLiteral("guid-2");
    newer.startTime = newer.startTime.addDays(1); // sorts first
    f.library.add(newer);
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
    const qint64 held = f.library.add(e);
    f.library.model().refresh();
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    window.selectRow(f.rowOf(held));
    const QString details = named<QLabel>(window, QStringLiteral("Recording details"))->text();
    CHECK(details.contains(QStringLiteral("On hold 0:04 in all")));
    CHECK_FALSE(details.contains(QStringLiteral("pause")));
    window.selectRow(f.rowOf(f.good));
    CHECK_FALSE(named<QLabel>(window, QStringLiteral("Recording details"))
                    ->text()
                    .contains(QStringLiteral("On hold")));
}

TEST_CASE("The list shows each file's name, and the details name it", "[ui][library]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    const int row = f.rowOf(f.good);
    CHECK(f.library.model().data(f.library.model().index(row, LibraryModel::FileName)) ==
          QStringLiteral("good.wav"));
    window.selectRow(row);
    CHECK(named<QLabel>(window, QStringLiteral("Recording details"))
              ->text()
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
    window.selectRow(f.rowOf(f.good));
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
    window.selectRow(f.rowOf(f.good));
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
    const qint64 stereo = f.library.add(e);
    f.library.model().refresh();
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    window.selectRow(f.rowOf(stereo));
    PlayerWidget &player = *window.player();
    auto *hear = named<QComboBox>(window, QStringLiteral("Sides heard"));
    CHECK(hear->isVisible());
    REQUIRE(waitFor([&] { return f.waveforms.cached(e.filePath) != nullptr; }));
    CHECK(f.waveforms.cached(e.filePath)->channels == 2);
    hear->setCurrentIndex(2);
    CHECK(player.channelMix().solo == ChannelMix::Solo::Second);
    CHECK(f.library.entry(stereo)->channelMix == QStringLiteral("second"));

    // Another recording (mono: no choice to make), then back: the choice is still there.
    window.selectRow(f.rowOf(f.good));
    CHECK_FALSE(hear->isVisible());
    window.selectRow(f.rowOf(stereo));
    CHECK(hear->currentIndex() == 2);
}

TEST_CASE("Skip silence shows what it skips, and + and - zoom around the playhead",
          "[ui][library][skip]")
{
    LibraryFixture f;
    LibraryWindow window(f.library, f.waveforms);
    window.show();
    window.selectRow(f.rowOf(f.good)); // a pause from 3 s to 5 s in 8 s
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
