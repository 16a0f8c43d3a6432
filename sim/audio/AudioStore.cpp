#include "AudioStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

#if defined(Q_OS_LINUX)
#include <QLibrary>
#include <QStringList>
#endif

#include <sndfile.h>
#include <vector>

Q_LOGGING_CATEGORY(lcSimAudio, "recsim.audio", QtWarningMsg)

namespace recsim {

namespace {

// libsndfile over a QIODevice, so paths are handled by Qt on every platform.
sf_count_t ioLength(void *device)
{
    return static_cast<QIODevice *>(device)->size();
}
sf_count_t ioSeek(sf_count_t offset, int whence, void *device)
{
    auto *io = static_cast<QIODevice *>(device);
    const qint64 base = whence == SEEK_CUR ? io->pos() : whence == SEEK_END ? io->size() : 0;
    return io->seek(base + offset) ? io->pos() : -1;
}
sf_count_t ioRead(void *ptr, sf_count_t count, void *device)
{
    return static_cast<QIODevice *>(device)->read(static_cast<char *>(ptr), count);
}
sf_count_t ioWrite(const void *ptr, sf_count_t count, void *device)
{
    return static_cast<QIODevice *>(device)->write(static_cast<const char *>(ptr), count);
}
sf_count_t ioTell(void *device)
{
    return static_cast<QIODevice *>(device)->pos();
}

// The libsndfile functions recsim writes recordings with. On Linux it is loaded with the first
// recording written, not with the program: recbar's demo runs recsim inside the bar, and
// libsndfile with its codecs (seven more libraries) would otherwise load with every start of it.
struct Sndfile
{
    decltype(&sf_open_virtual) openVirtual = nullptr;
    decltype(&sf_set_string) setString = nullptr;
    decltype(&sf_write_short) writeShort = nullptr;
    decltype(&sf_strerror) error = nullptr;
    decltype(&sf_close) close = nullptr;
};

// Loaded once, from any thread, and never unloaded or destroyed (a recording may still be written
// as the program ends); null, with *error saying why, when it cannot be.
const Sndfile *sndfile(QString *error)
{
#if defined(Q_OS_LINUX)
    struct Loaded
    {
        Sndfile api;
        QString problem;
    };
    static const auto *const loaded = [] {
        auto *result = new Loaded;
        QLibrary library(QStringLiteral("sndfile"), 1);
        if (!library.load()) {
            result->problem =
                QStringLiteral("libsndfile cannot be loaded: ") + library.errorString();
            return result;
        }
        QStringList missing;
        const auto resolve = [&]<typename F>(F &function, const char *name) {
            function = reinterpret_cast<F>(library.resolve(name));
            if (!function)
                missing.append(QString::fromLatin1(name));
        };
        Sndfile &api = result->api;
        resolve(api.openVirtual, "sf_open_virtual");
        resolve(api.setString, "sf_set_string");
        resolve(api.writeShort, "sf_write_short");
        resolve(api.error, "sf_strerror");
        resolve(api.close, "sf_close");
        if (!missing.isEmpty())
            result->problem =
                library.fileName() + QStringLiteral(" lacks ") + missing.join(QStringLiteral(", "));
        return result;
    }();
    if (!loaded->problem.isEmpty()) {
        *error = loaded->problem;
        return nullptr;
    }
    return &loaded->api;
#else
    Q_UNUSED(error);
    static const Sndfile linked{&sf_open_virtual, &sf_set_string, &sf_write_short, &sf_strerror,
                                &sf_close};
    return &linked;
#endif
}

QByteArray planKey(const AudioPlan &plan, AudioStore::Format format)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&hash](qint64 value) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
    };
    add(plan.durationMs);
    add(plan.seed);
    add(qint64(format));
    for (const QList<Span> *spans : {&plan.silent, &plan.held}) {
        add(spans->size());
        for (const Span &span : *spans) {
            add(span.start);
            add(span.end);
        }
    }
    for (const qint64 card : plan.spokenCards)
        add(card);
    return hash.result().toHex().left(12);
}

bool writeAudio(QIODevice *device, const AudioPlan &plan, const AudioTags &tags,
                AudioStore::Format format, QString *error)
{
    const Sndfile *sf = sndfile(error);
    if (!sf)
        return false;
    SF_VIRTUAL_IO io{ioLength, ioSeek, ioRead, ioWrite, ioTell};
    SF_INFO info{};
    info.samplerate = kSampleRate;
    info.channels = 1;
    info.format = format == AudioStore::Format::WavUlaw ? SF_FORMAT_WAV | SF_FORMAT_ULAW
                                                        : SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    SNDFILE *file = sf->openVirtual(&io, SFM_WRITE, &info, device);
    if (!file) {
        *error = QString::fromUtf8(sf->error(nullptr));
        return false;
    }
    if (format == AudioStore::Format::WavUlaw) {
        sf->setString(file, SF_STR_TITLE, tags.title.toUtf8().constData());
        sf->setString(file, SF_STR_ARTIST, tags.artist.toUtf8().constData());
        sf->setString(file, SF_STR_COMMENT, tags.comment.toUtf8().constData());
        sf->setString(file, SF_STR_DATE, tags.date.toUtf8().constData());
        sf->setString(file, SF_STR_SOFTWARE, "recsim");
    }
    CallAudioSynth synth(plan);
    std::vector<int16_t> buffer(kSampleRate);
    bool ok = true;
    while (qsizetype n = synth.render(buffer.data(), qsizetype(buffer.size()))) {
        if (sf->writeShort(file, buffer.data(), n) != n) {
            *error = QString::fromUtf8(sf->error(file));
            ok = false;
            break;
        }
    }
    sf->close(file);
    return ok;
}

} // namespace

AudioStore::AudioStore(QString directory)
    : m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
}

QString AudioStore::file(const QString &recordingId, const AudioPlan &plan, const AudioTags &tags,
                         Format format, QString *error)
{
    const QString suffix =
        format == Format::WavUlaw ? QStringLiteral(".wav") : QStringLiteral(".mp3");
    const QString path =
        QDir(m_directory)
            .filePath(recordingId + u'-' + QString::fromLatin1(planKey(plan, format)) + suffix);
    if (QFile::exists(path))
        return path;

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return {};
    }
    if (!writeAudio(&out, plan, tags, format, error) || !out.commit()) {
        if (error->isEmpty())
            *error = out.errorString();
        out.cancelWriting();
        return {};
    }
    // Older renderings of the same recording (before it grew or was paused) are stale now.
    const QStringList stale =
        QDir(m_directory).entryList({recordingId + QStringLiteral("-*") + suffix});
    for (const QString &name : stale) {
        if (QDir(m_directory).filePath(name) != path)
            QFile::remove(QDir(m_directory).filePath(name));
    }
    qCDebug(lcSimAudio) << "rendered" << path;
    return path;
}

void AudioStore::remove(const QString &recordingId)
{
    QDir dir(m_directory);
    for (const QString &name : dir.entryList({recordingId + QStringLiteral("-*")}))
        dir.remove(name);
}

} // namespace recsim
