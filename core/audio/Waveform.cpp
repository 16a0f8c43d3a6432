#include "Waveform.h"

#include "AudioDecoder.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <vector>

namespace recbar {

float Waveform::peak(qint64 fromMs, qint64 toMs) const
{
    const qsizetype first = std::clamp<qsizetype>(fromMs / kBucketMs, 0, high.size());
    const qsizetype last =
        std::clamp<qsizetype>((toMs + kBucketMs - 1) / kBucketMs, first, high.size());
    float out = 0;
    for (qsizetype i = first; i < last; ++i)
        out = std::max({out, high[i], -low[i]});
    return out;
}

QList<std::pair<qint64, qint64>> Waveform::silentSpans(qint64 minMs, float threshold) const
{
    QList<std::pair<qint64, qint64>> spans;
    qsizetype runStart = -1;
    const auto close = [&](qsizetype end) {
        if (runStart >= 0) {
            const qint64 from = qint64(runStart) * kBucketMs;
            const qint64 to = std::min(qint64(end) * kBucketMs, durationMs());
            if (to - from >= minMs)
                spans.append({from, to});
        }
        runStart = -1;
    };
    for (qsizetype i = 0; i < high.size(); ++i) {
        const bool silent = std::max(high[i], -low[i]) < threshold;
        if (silent && runStart < 0)
            runStart = i;
        else if (!silent)
            close(i);
    }
    close(high.size());
    return spans;
}

Result<Waveform> Waveform::build(const QString &path, const std::atomic_bool *cancel)
{
    auto opened = AudioDecoder::open(path);
    if (!opened)
        return opened.failure();
    AudioDecoder &decoder = **opened;
    Waveform w;
    w.sampleRate = decoder.sampleRate();
    w.frames = decoder.frames();
    const qint64 bucketFrames = std::max<qint64>(1, qint64(w.sampleRate) * kBucketMs / 1000);
    const qsizetype buckets = qsizetype((w.frames + bucketFrames - 1) / bucketFrames);
    w.low.fill(0.f, buckets);
    w.high.fill(0.f, buckets);
    const int channels = decoder.channels();
    w.channels = channels;
    const bool sides = channels == 2;
    if (sides) {
        for (int c = 0; c < 2; ++c) {
            w.sideLow[size_t(c)].fill(0.f, buckets);
            w.sideHigh[size_t(c)].fill(0.f, buckets);
        }
    }

    constexpr qint64 kChunk = 65'536;
    std::vector<float> chunk(size_t(kChunk) * size_t(channels));
    // Raw pointers: QList's operator[] would check for sharing on every sample.
    float *low = w.low.data();
    float *high = w.high.data();
    qint64 frame = 0;
    while (const qint64 n = decoder.read(chunk.data(), kChunk)) {
        if (cancel && cancel->load())
            return fail(QStringLiteral("cancelled"));
        const float *sample = chunk.data();
        const float *const end = sample + n * channels;
        while (sample < end) {
            // The rest of the current bucket, or of the chunk, whichever ends first.
            const qsizetype b = qsizetype(frame / bucketFrames);
            const qint64 take =
                std::min<qint64>(bucketFrames - frame % bucketFrames, (end - sample) / channels);
            const float *const stop = sample + take * channels;
            if (sides) {
                float lo[2] = {w.sideLow[0][b], w.sideLow[1][b]};
                float hi[2] = {w.sideHigh[0][b], w.sideHigh[1][b]};
                for (; sample < stop; sample += 2) {
                    lo[0] = std::min(lo[0], sample[0]);
                    hi[0] = std::max(hi[0], sample[0]);
                    lo[1] = std::min(lo[1], sample[1]);
                    hi[1] = std::max(hi[1], sample[1]);
                }
                for (int c = 0; c < 2; ++c) {
                    w.sideLow[size_t(c)][b] = lo[c];
                    w.sideHigh[size_t(c)][b] = hi[c];
                }
                low[b] = std::min(lo[0], lo[1]);
                high[b] = std::max(hi[0], hi[1]);
            } else {
                float lo = low[b];
                float hi = high[b];
                for (; sample < stop; ++sample) {
                    lo = std::min(lo, *sample);
                    hi = std::max(hi, *sample);
                }
                low[b] = lo;
                high[b] = hi;
            }
            frame += take;
        }
    }
    return w;
}

WaveformCache::WaveformCache(QObject *parent)
    : QObject(parent)
{}

WaveformCache::~WaveformCache()
{
    for (const auto &flag : std::as_const(m_running))
        flag->store(true);
}

QString WaveformCache::key(const QString &path) const
{
    return QFileInfo(path).absoluteFilePath();
}

const Waveform *WaveformCache::cached(const QString &path) const
{
    const QFileInfo info(path);
    const auto it = m_entries.constFind(key(path));
    if (it == m_entries.constEnd() || it->modified != info.lastModified() ||
        it->size != info.size())
        return nullptr;
    return &it->waveform;
}

void WaveformCache::request(const QString &path)
{
    const QString k = key(path);
    if (cached(path)) {
        m_entries[k].lastUse = ++m_uses;
        QMetaObject::invokeMethod(
            this, [this, path] { emit ready(path); }, Qt::QueuedConnection);
        return;
    }
    if (m_running.contains(k))
        return;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_running.insert(k, cancel);
    const QFileInfo info(path);
    using Built = Result<Waveform>;
    // The worker only fills the promise; the watcher belongs to this object, so nothing
    // arrives here after it is gone.
    auto promise = std::make_shared<QPromise<Built>>();
    auto *watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, path, k, modified = info.lastModified(), size = info.size()] {
                watcher->deleteLater();
                m_running.remove(k);
                if (watcher->future().resultCount() == 0)
                    return;
                Built result = watcher->result();
                if (!result) {
                    emit failed(path, result.error());
                    return;
                }
                if (m_entries.size() >= kKeep) {
                    const auto oldest = std::min_element(
                        m_entries.begin(), m_entries.end(),
                        [](const Entry &a, const Entry &b) { return a.lastUse < b.lastUse; });
                    m_entries.erase(oldest);
                }
                m_entries.insert(k, {modified, size, *std::move(result), ++m_uses});
                emit ready(path);
            });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path, cancel] {
        promise->addResult(Waveform::build(path, cancel.get()));
        promise->finish();
    });
}

} // namespace recbar
