#include "CardScanQueue.h"

#include "Logging.h"
#include "RecordingIndex.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace recbar {

using namespace std::chrono_literals;

CardScanQueue::CardScanQueue(RecordingIndex &index, QObject *parent)
    : QObject(parent)
    , m_index(index)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill(); // programEnded() blames the recording it hung on
    });
}

CardScanQueue::~CardScanQueue()
{
    // Stopped here (one scanning, or one finishing after its input ended), not left behind.
    for (QProcess *process : findChildren<QProcess *>(Qt::FindDirectChildrenOnly)) {
        process->disconnect();
        process->kill();
        process->waitForFinished(1000);
    }
}

bool CardScanQueue::available() const
{
    return !m_program.isEmpty() && QFileInfo(m_program).isExecutable();
}

std::chrono::milliseconds CardScanQueue::allowedFor(qint64 durationMs)
{
    return std::max<std::chrono::milliseconds>(60s, std::chrono::milliseconds(2 * durationMs));
}

void CardScanQueue::scan(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (m_queued.contains(id) || (m_current && m_current->id == id))
            continue;
        m_queued.insert(id);
        m_queue.push_back(id);
        ++m_total;
    }
    if (m_queue.empty() && !m_current)
        return;
    emit progress(m_done, m_total);
    if (!m_process)
        startProgram();
}

void CardScanQueue::scanUnlessFailed(const QList<qint64> &ids)
{
    QList<qint64> untried;
    for (qint64 id : ids) {
        const std::optional<RecordingEntry> entry = m_index.entry(id);
        if (entry && !m_failed.contains({id, entry->fileStamp}))
            untried.append(id);
    }
    scan(untried);
}

void CardScanQueue::cancel()
{
    if (isRunning())
        finish(true);
}

void CardScanQueue::fileReplaced(qint64 id)
{
    if (m_current && m_current->id == id)
        m_currentReplaced = true;
}

void CardScanQueue::startProgram()
{
    m_ready = false;
    m_process = new QProcess(this);
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &CardScanQueue::readAnswers);
    connect(m_process, &QProcess::finished, this, &CardScanQueue::programEnded);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            programEnded();
    });
    // The recogniser loads in well under a second; a program that never says it is ready is
    // stopped like one that hangs on a file.
    m_watchdog.start(allowedFor(0));
    m_process->start(m_program, {QStringLiteral("--pipe")});
}

// The next recording on disk to recbar-scan, one at a time; none left, the run is over.
void CardScanQueue::sendNext()
{
    if (m_current)
        return; // one question at a time: its answer sends the next
    while (!m_queue.empty()) {
        const qint64 id = m_queue.front();
        m_queue.pop_front();
        m_queued.remove(id);
        std::optional<RecordingEntry> entry = m_index.entry(id);
        if (!entry || !entry->onDisk || entry->filePath.isEmpty()) {
            ++m_done; // gone, or never downloaded: nothing to listen to
            ++m_summary.notOnDisk;
            continue;
        }
        QJsonArray paused;
        for (const auto &[from, to] : entry->pausedSpans)
            paused.append(QJsonArray{from, to});
        m_current = std::move(entry);
        m_currentReplaced = false;
        m_watchdog.start(allowedFor(m_current->durationMs));
        m_process->write(QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                   {QStringLiteral("file"), m_current->filePath},
                                                   {QStringLiteral("paused"), paused}})
                             .toJson(QJsonDocument::Compact) +
                         '\n');
        emit progress(m_done, m_total);
        return;
    }
    emit progress(m_done, m_total);
    finish(false);
}

void CardScanQueue::readAnswers()
{
    while (m_process && m_process->canReadLine())
        answer(m_process->readLine());
}

void CardScanQueue::answer(const QByteArray &line)
{
    const QJsonObject json = QJsonDocument::fromJson(line).object();
    const QString error = json.value(QStringLiteral("error")).toString();
    if (!m_ready) {
        if (!json.value(QStringLiteral("ready")).toBool()) {
            m_summary.problems.append(
                tr("Speech recognition cannot start: %1")
                    .arg(error.isEmpty() ? tr("recbar-scan did not answer") : error));
            finish(false);
            return;
        }
        m_ready = true;
        sendNext();
        return;
    }
    if (!m_current || json.value(QStringLiteral("id")).toInteger() != m_current->id)
        return; // not an answer to what was asked: the question stands
    m_watchdog.stop();
    const RecordingEntry scanned = *std::exchange(m_current, std::nullopt);
    if (m_currentReplaced) {
        m_queued.insert(scanned.id);
        m_queue.push_back(scanned.id);
        sendNext();
        return;
    }
    ++m_done;
    QList<CardFinding> findings;
    QString problem = error;
    for (const QJsonValue &value : json.value(QStringLiteral("findings")).toArray()) {
        Result<CardFinding> finding = CardFinding::fromJson(value.toObject());
        if (!finding) {
            problem = finding.error();
            break;
        }
        findings.append(*finding);
    }
    bool stored = false;
    if (problem.isEmpty()) {
        const Result<bool> kept =
            m_index.setCardScan(scanned, QDateTime::currentDateTimeUtc(), findings);
        if (!kept)
            problem = kept.error();
        stored = kept.valueOr(false);
        // Not stored: the file or its pauses changed while it was heard; it stays not scanned.
    }
    if (stored) {
        m_summary.scanned.append(scanned.id);
        if (std::any_of(findings.begin(), findings.end(),
                        [](const CardFinding &f) { return f.outsidePause; }))
            m_summary.withOutside.append(scanned.id);
    }
    if (!problem.isEmpty())
        failed(scanned, problem);
    sendNext();
    if (stored)
        emit recordingScanned(scanned.id);
}

void CardScanQueue::failed(const RecordingEntry &entry, const QString &why)
{
    qCInfo(lcLibrary) << "card scan of recording" << entry.id << "failed:" << why;
    m_failed.insert({entry.id, entry.fileStamp});
    m_summary.problems.append(tr("%1: %2").arg(entry.fileName(), why));
}

// The program stopped while it had work: the recording it was listening to is said to have
// stopped it (or to have taken too long), and the rest go on in a new one; one that never
// became ready stops the run.
void CardScanQueue::programEnded()
{
    if (!m_process)
        return;
    m_watchdog.stop();
    const QString why =
        m_process->error() == QProcess::FailedToStart ? m_process->errorString()
        : m_process->exitStatus() == QProcess::CrashExit
            ? tr("recbar-scan stopped on it (crashed, or took longer than twice its length)")
            : tr("recbar-scan stopped (exit %1)").arg(m_process->exitCode());
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    if (!m_ready) {
        m_summary.problems.append(tr("Speech recognition cannot start: %1").arg(why));
        finish(false);
        return;
    }
    if (m_current && m_currentReplaced) {
        // It stopped on the old audio: the new file is not to blame, and is heard again.
        m_queued.insert(m_current->id);
        m_queue.push_back(std::exchange(m_current, std::nullopt)->id);
    } else if (m_current) {
        ++m_done;
        failed(*std::exchange(m_current, std::nullopt), why);
    }
    if (m_queue.empty()) {
        finish(false);
        return;
    }
    emit progress(m_done, m_total);
    startProgram();
}

void CardScanQueue::finish(bool cancelled)
{
    m_watchdog.stop();
    if (m_process) {
        QProcess *process = std::exchange(m_process, nullptr);
        process->disconnect(this);
        // Done: its input ends and it exits; cancelled: stopped at once.
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        connect(process, &QProcess::errorOccurred, process, &QObject::deleteLater);
        if (cancelled)
            process->kill();
        else
            process->closeWriteChannel();
    }
    m_ready = false;
    m_current.reset();
    m_queue.clear();
    m_queued.clear();
    m_done = 0;
    m_total = 0;
    CardScanSummary summary = std::exchange(m_summary, {});
    summary.cancelled = cancelled;
    emit finished(summary);
}

} // namespace recbar
