// The library's card number queue against stand-ins for recbar-scan (shell scripts speaking its
// --pipe protocol): how it lives through a program that crashes, cannot start, answers another
// question or answers nonsense. The real program on real speech: test_scan.
#include "library/CardScanQueue.h"

#include "CatchCompat.h"
#include "WaitFor.h"
#include "library/RecordingIndex.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace recbar;

namespace {

struct Queue
{
    QTemporaryDir dir;
    RecordingIndex index;
    CardScanQueue queue{index};
    QList<qint64> ids;

    Queue()
    {
        REQUIRE(index.open(dir.filePath(QStringLiteral("library.sqlite"))));
        for (int i = 0; i < 3; ++i) {
            RecordingEntry e;
            e.source = QStringLiteral("folder:") + dir.path();
            e.sourceKey = QStringLiteral("call%1.wav").arg(i);
            e.filePath = dir.filePath(e.sourceKey);
            e.onDisk = true;
            e.fileStamp = QStringLiteral("1:1");
            QFile(e.filePath).open(QIODevice::WriteOnly);
            ids.append(*index.upsert(e));
        }
    }

    // A recbar-scan that runs `body` (sh) after its first words.
    void program(const QByteArray &body)
    {
        const QString path = dir.filePath(QStringLiteral("recbar-scan"));
        QFile script(path);
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n" + body);
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        queue.setProgram(path);
    }

    CardScanSummary run(const QList<qint64> &which)
    {
        QSignalSpy finished(&queue, &CardScanQueue::finished);
        queue.scan(which);
        REQUIRE(waitFor([&] { return finished.size() == 1; }, 30'000));
        CHECK_FALSE(queue.isRunning());
        return finished.takeFirst().at(0).value<CardScanSummary>();
    }
};

#ifdef Q_OS_UNIX
// The id of the request in $line.
constexpr char kId[] = "id=$(echo \"$line\" | sed 's/.*\"id\":\\([0-9]*\\).*/\\1/')\n";

#endif

} // namespace

#ifdef Q_OS_UNIX
TEST_CASE("A recbar-scan that stops on a file blames that file, and the rest go on in a new one",
          "[library][cards]")
{
    Queue q;
    q.program("echo '{\"ready\":true}'\nread line\nexit 3\n");
    const CardScanSummary summary = q.run(q.ids);
    REQUIRE(summary.problems.size() == 3);
    CHECK(summary.problems.first() == QStringLiteral("call0.wav: recbar-scan stopped (exit 3)"));
    CHECK(summary.scanned.isEmpty());
    CHECK_FALSE(summary.cancelled);

    // Not tried again unasked while the files are unchanged; asked, they are.
    QSignalSpy finished(&q.queue, &CardScanQueue::finished);
    q.queue.scanUnlessFailed(q.ids);
    CHECK_FALSE(q.queue.isRunning());
    CHECK(finished.isEmpty());
    RecordingEntry changed = q.index.entry(q.ids[1]).value();
    changed.fileStamp = QStringLiteral("2:2");
    REQUIRE(q.index.upsert(changed).ok());
    q.queue.scanUnlessFailed(q.ids);
    CHECK(q.queue.total() == 1);
    REQUIRE(waitFor([&] { return finished.size() == 1; }, 30'000));
}

TEST_CASE("A recbar-scan that never says it is ready stops the run with why", "[library][cards]")
{
    Queue q;
    q.program("echo '{\"error\":\"no speech model\"}'\nexit 1\n");
    const CardScanSummary summary = q.run(q.ids);
    CHECK(summary.problems ==
          QStringList{QStringLiteral("Speech recognition cannot start: no speech model")});
    CHECK(summary.scanned.isEmpty());
    for (qint64 id : q.ids)
        CHECK_FALSE(q.index.entry(id)->cardsScanned());
}

TEST_CASE("Answers to another question, errors and findings no scan could make are not kept",
          "[library][cards]")
{
    Queue q;
    // First a stray answer, then per request: an error, a finding with five last digits, and a
    // finding as a scan gives it.
    q.program(QByteArray("echo '{\"ready\":true}'\n") + "n=0\n" + "while read line; do\n" + kId +
              "  echo '{\"id\":999,\"findings\":[]}'\n"
              "  n=$((n+1))\n"
              "  case $n in\n"
              "  1) echo \"{\\\"id\\\":$id,\\\"error\\\":\\\"Cannot open it\\\"}\" ;;\n"
              "  2) echo \"{\\\"id\\\":$id,\\\"findings\\\":[{\\\"start_ms\\\":1,\\\"end_ms\\\":9,"
              "\\\"digits\\\":16,\\\"last4\\\":\\\"54444\\\"}]}\" ;;\n"
              "  *) echo \"{\\\"id\\\":$id,\\\"findings\\\":[{\\\"start_ms\\\":1000,"
              "\\\"end_ms\\\":9000,\\\"digits\\\":16,\\\"luhn\\\":true,\\\"last4\\\":\\\"4444\\\","
              "\\\"outside_pause\\\":true,\\\"channel\\\":-1,\\\"confidence\\\":0.9}]}\" ;;\n"
              "  esac\n"
              "done\n");
    const CardScanSummary summary = q.run(q.ids);
    REQUIRE(summary.problems.size() == 2);
    CHECK(summary.problems[0] == QStringLiteral("call0.wav: Cannot open it"));
    CHECK(summary.problems[1] ==
          QStringLiteral("call1.wav: A card number finding that makes no sense"));
    CHECK(summary.scanned == QList<qint64>{q.ids[2]});
    CHECK(summary.withOutside == QList<qint64>{q.ids[2]});
    CHECK_FALSE(q.index.entry(q.ids[0])->cardsScanned());
    CHECK_FALSE(q.index.entry(q.ids[1])->cardsScanned());
    const RecordingEntry heard = q.index.entry(q.ids[2]).value();
    REQUIRE(heard.cardFindings.size() == 1);
    CHECK(heard.cardFindings.first().last4 == QStringLiteral("4444"));
}

TEST_CASE("A recording downloaded again while it is heard is heard again, its old audio's "
          "answer not kept",
          "[library][cards]")
{
    Queue q;
    const QString go = q.dir.filePath(QStringLiteral("go"));
    // The first answer waits for the test's word and ends in 1111; the next ends in 2222.
    q.program(QByteArray("echo '{\"ready\":true}'\n") + "n=0\n" + "while read line; do\n" + kId +
              "  n=$((n+1))\n"
              "  while [ ! -e '" +
              QFile::encodeName(go) +
              "' ]; do sleep 0.05; done\n"
              "  echo \"{\\\"id\\\":$id,\\\"findings\\\":[{\\\"start_ms\\\":1000,"
              "\\\"end_ms\\\":9000,\\\"digits\\\":16,\\\"luhn\\\":true,"
              "\\\"last4\\\":\\\"$n$n$n$n\\\",\\\"outside_pause\\\":true,"
              "\\\"channel\\\":-1,\\\"confidence\\\":0.9}]}\"\n"
              "done\n");
    QSignalSpy finished(&q.queue, &CardScanQueue::finished);
    QSignalSpy progress(&q.queue, &CardScanQueue::progress);
    q.queue.scan({q.ids[0]});
    REQUIRE(waitFor([&] { return progress.size() >= 2; }, 10'000)); // the question is asked
    q.queue.fileReplaced(q.ids[1]); // another recording: changes nothing
    q.queue.fileReplaced(q.ids[0]);
    QFile(go).open(QIODevice::WriteOnly);
    REQUIRE(waitFor([&] { return finished.size() == 1; }, 30'000));
    const CardScanSummary summary = finished.takeFirst().at(0).value<CardScanSummary>();
    CHECK(summary.scanned == QList<qint64>{q.ids[0]});
    CHECK(summary.problems.isEmpty());
    const RecordingEntry heard = q.index.entry(q.ids[0]).value();
    REQUIRE(heard.cardFindings.size() == 1);
    CHECK(heard.cardFindings.first().last4 == QStringLiteral("2222"));
    // One recording all along: never more done than there is.
    for (const QList<QVariant> &signal : progress) {
        CHECK(signal.at(0).toLongLong() <= 1);
        CHECK(signal.at(1).toLongLong() == 1);
    }
}

TEST_CASE("A recbar-scan that stops on the old audio of a recording downloaded again does not "
          "blame the new file",
          "[library][cards]")
{
    Queue q;
    const QString go = q.dir.filePath(QStringLiteral("go"));
    const QString stopped = q.dir.filePath(QStringLiteral("stopped"));
    // The first program waits for the test's word and exits; the next answers.
    q.program("echo '{\"ready\":true}'\n"
              "if [ ! -e '" +
              QFile::encodeName(stopped) +
              "' ]; then\n"
              "  touch '" +
              QFile::encodeName(stopped) +
              "'\n"
              "  read line\n"
              "  while [ ! -e '" +
              QFile::encodeName(go) +
              "' ]; do sleep 0.05; done\n"
              "  exit 3\n"
              "fi\n"
              "while read line; do\n" +
              QByteArray(kId) +
              "  echo \"{\\\"id\\\":$id,\\\"findings\\\":[]}\"\n"
              "done\n");
    QSignalSpy finished(&q.queue, &CardScanQueue::finished);
    QSignalSpy progress(&q.queue, &CardScanQueue::progress);
    q.queue.scan({q.ids[0]});
    REQUIRE(waitFor([&] { return progress.size() >= 2; }, 10'000));
    q.queue.fileReplaced(q.ids[0]);
    QFile(go).open(QIODevice::WriteOnly);
    REQUIRE(waitFor([&] { return finished.size() == 1; }, 30'000));
    const CardScanSummary summary = finished.takeFirst().at(0).value<CardScanSummary>();
    CHECK(summary.problems.isEmpty());
    CHECK(summary.scanned == QList<qint64>{q.ids[0]});
    CHECK(q.index.entry(q.ids[0])->cardsScanned());
}

TEST_CASE("A queue destroyed mid-scan leaves no program behind", "[library][cards]")
{
    qint64 pid = 0;
    {
        Queue q;
        q.program("echo '{\"ready\":true}'\nread line\nexec sleep 30\n");
        QSignalSpy progress(&q.queue, &CardScanQueue::progress);
        q.queue.scan(q.ids);
        REQUIRE(waitFor([&] { return progress.size() >= 2; }, 10'000)); // the first is sent
        const QList<QProcess *> running = q.queue.findChildren<QProcess *>();
        REQUIRE(running.size() == 1);
        pid = running.first()->processId();
        REQUIRE(pid > 0);
    }
    CHECK_FALSE(QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
}
#endif
