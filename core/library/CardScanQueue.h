#pragma once

#include "RecordingEntry.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <deque>
#include <optional>

namespace recbar {

class RecordingIndex;

// What one run of the queue did, for the status bar and the audit log.
struct CardScanSummary
{
    QList<qint64> scanned;     // recordings listened to, their findings stored
    QList<qint64> withOutside; // of which a card number was heard outside a pause
    QStringList problems;      // "file: why", for each recording that could not be scanned
    int notOnDisk = 0;         // on a server only, or gone: nothing to listen to
    bool cancelled = false;
};

// Listens to recordings for spoken card numbers, a file at a time, in a program of its own
// (recbar-scan --pipe): the recogniser never runs in the bar's process, a scan never blocks its
// window, and a cancel stops it at once. What was heard goes into the index as each file is
// done, for the audio and pauses it was heard in.
class CardScanQueue : public QObject
{
    Q_OBJECT

public:
    explicit CardScanQueue(RecordingIndex &index, QObject *parent = nullptr);
    ~CardScanQueue() override;

    // recbar-scan; without one (a build without speech recognition) nothing can be scanned.
    void setProgram(const QString &program) { m_program = program; }
    bool available() const;

    // Adds recordings to what is being scanned (those on disk; each once).
    void scan(const QList<qint64> &ids);
    // The same, but not those that could not be scanned before (unchanged since): what scans
    // unasked does not try the same broken file again and again.
    void scanUnlessFailed(const QList<qint64> &ids);
    void cancel();
    // The recording's file was replaced (downloaded again): if it is being heard, that is the
    // old audio, so the answer is not kept and the recording is heard again later in the run.
    // (A server's recording has no file stamp that would tell the index.)
    void fileReplaced(qint64 id);
    bool isRunning() const { return m_total > 0; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

    // How long one recording may take before recbar-scan is taken to hang on it: twice its
    // length (the recogniser is several times faster than real time), and a minute at least.
    static std::chrono::milliseconds allowedFor(qint64 durationMs);

signals:
    void progress(qint64 done, qint64 total);
    void recordingScanned(qint64 id);
    void finished(const recbar::CardScanSummary &summary);

private:
    void startProgram();
    void sendNext();
    void readAnswers();
    void answer(const QByteArray &line);
    void programEnded();
    void failed(const RecordingEntry &entry, const QString &why);
    void finish(bool cancelled);

    RecordingIndex &m_index;
    QString m_program;
    QPointer<QProcess> m_process;
    bool m_ready = false;
    std::deque<qint64> m_queue;
    QSet<qint64> m_queued;
    std::optional<RecordingEntry> m_current; // the row as it was sent
    bool m_currentReplaced = false;
    QTimer m_watchdog{this};
    QSet<std::pair<qint64, QString>> m_failed; // id and file stamp, this session
    qint64 m_done = 0;
    qint64 m_total = 0;
    CardScanSummary m_summary;
};

} // namespace recbar
