#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <array>
#include <atomic>
#include <memory>

namespace recbar {

// The peaks of a recording, one low/high pair per 20 ms across all channels: enough to draw
// an hour-long call at any width, small enough to keep (180,000 pairs per hour). A
// two-channel call (the agent on one side, the customer on the other) keeps each side too.
struct Waveform
{
    static constexpr int kBucketMs = 20;

    int sampleRate = 0;
    qint64 frames = 0;
    int channels = 1;
    QList<float> low;
    QList<float> high;
    // Two-channel recordings only: the peaks of each side.
    std::array<QList<float>, 2> sideLow;
    std::array<QList<float>, 2> sideHigh;

    qint64 durationMs() const { return sampleRate ? frames * 1000 / sampleRate : 0; }
    bool isEmpty() const { return high.isEmpty(); }
    // The peak over [fromMs, toMs): the largest absolute sample.
    float peak(qint64 fromMs, qint64 toMs) const;
    // Stretches of digital silence of at least minMs: a pause or a blackout cuts the audio so,
    // but so do some recorders between turns, so this is silence, never evidence of a pause.
    // Line noise and room tone stay above the threshold (about -54 dBFS).
    QList<std::pair<qint64, qint64>> silentSpans(qint64 minMs = 800,
                                                 float threshold = 0.002f) const;

    static Result<Waveform> build(const QString &path, const std::atomic_bool *cancel = nullptr);
};

// Waveforms computed off the GUI thread and kept (a few, by file and modification time).
class WaveformCache : public QObject
{
    Q_OBJECT

public:
    explicit WaveformCache(QObject *parent = nullptr);
    ~WaveformCache() override;

    // Emits ready() or failed() later; at once (queued) when cached.
    void request(const QString &path);
    const Waveform *cached(const QString &path) const;

signals:
    void ready(const QString &path);
    void failed(const QString &path, const QString &message);

private:
    struct Entry
    {
        QDateTime modified;
        qint64 size = 0;
        Waveform waveform;
        qint64 lastUse = 0;
    };
    QString key(const QString &path) const;

    QHash<QString, Entry> m_entries;
    QHash<QString, std::shared_ptr<std::atomic_bool>> m_running;
    qint64 m_uses = 0;
    static constexpr int kKeep = 16;
};

} // namespace recbar
