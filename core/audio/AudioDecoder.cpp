#include "AudioDecoder.h"

#include "AudioLayout.h"
#include "Mp3Frames.h"
#include "Sndfile.h"

#include <QCoreApplication>
#include <QFile>

#include <optional>
#include <vector>

namespace recbar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::AudioDecoder", text);
}

// libsndfile reads the layout's rebuilt file, through a QFile so that paths are Qt's on every
// platform.
struct Source
{
    QFile file;
    std::optional<AudioLayout> layout;
    qint64 pos = 0;
};

sf_count_t ioLength(void *source)
{
    return static_cast<Source *>(source)->layout->size();
}
sf_count_t ioSeek(sf_count_t offset, int whence, void *source)
{
    auto *s = static_cast<Source *>(source);
    const qint64 base = whence == SEEK_CUR ? s->pos : whence == SEEK_END ? s->layout->size() : 0;
    if (base + offset < 0)
        return -1;
    s->pos = base + offset;
    return s->pos;
}
sf_count_t ioRead(void *ptr, sf_count_t count, void *source)
{
    auto *s = static_cast<Source *>(source);
    const qint64 n = s->layout->read(s->file, s->pos, static_cast<char *>(ptr), count);
    if (n > 0)
        s->pos += n;
    return n;
}
sf_count_t ioWrite(const void *, sf_count_t, void *)
{
    return 0;
}
sf_count_t ioTell(void *source)
{
    return static_cast<Source *>(source)->pos;
}

QString describeFormat(int format)
{
    const int major = format & SF_FORMAT_TYPEMASK;
    const int minor = format & SF_FORMAT_SUBMASK;
    QString container = major == SF_FORMAT_WAV    ? QStringLiteral("WAV")
                        : major == SF_FORMAT_MPEG ? QStringLiteral("MP3")
                                                  : QStringLiteral("audio");
    switch (minor) {
    case SF_FORMAT_PCM_U8:
    case SF_FORMAT_PCM_S8:
        return container + QStringLiteral(" PCM 8-bit");
    case SF_FORMAT_PCM_16:
        return container + QStringLiteral(" PCM 16-bit");
    case SF_FORMAT_PCM_24:
        return container + QStringLiteral(" PCM 24-bit");
    case SF_FORMAT_ULAW:
        return container + QStringLiteral(" G.711 u-law");
    case SF_FORMAT_ALAW:
        return container + QStringLiteral(" G.711 a-law");
    case SF_FORMAT_GSM610:
        return container + QStringLiteral(" GSM 6.10");
    case SF_FORMAT_IMA_ADPCM:
        return container + QStringLiteral(" IMA ADPCM");
    case SF_FORMAT_MS_ADPCM:
        return container + QStringLiteral(" MS ADPCM");
    default:
        return container;
    }
}

} // namespace

struct AudioDecoder::File
{
    explicit File(const Sndfile &library)
        : sf(library)
    {}
    ~File()
    {
        if (handle)
            sf.close(handle);
    }
    File(const File &) = delete;
    File &operator=(const File &) = delete;

    const Sndfile &sf;
    Source source;
    SF_VIRTUAL_IO io{ioLength, ioSeek, ioRead, ioWrite, ioTell};
    SNDFILE *handle = nullptr;
};

AudioDecoder::~AudioDecoder() = default;

Result<std::unique_ptr<AudioDecoder>> AudioDecoder::open(const QString &path)
{
    const Result<const Sndfile *> sf = Sndfile::get();
    if (!sf)
        return sf.failure();
    auto file = std::make_unique<File>(**sf);
    QFile &raw = file->source.file;
    raw.setFileName(path);
    if (!raw.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(path, raw.errorString()));
    if (raw.size() == 0)
        return fail(tr("The file is empty"));
    auto layout = AudioLayout::of(raw);
    if (!layout)
        return layout.failure();
    file->source.layout = std::move(*layout);
    SF_INFO info{};
    file->handle = file->sf.openVirtual(&file->io, SFM_READ, &info, &file->source);
    if (!file->handle)
        return fail(
            tr("Not a playable recording (%1)").arg(QString::fromUtf8(file->sf.error(nullptr))));
    if (info.channels < 1 || info.channels > 8 || info.samplerate < 1000 ||
        info.samplerate > 384'000)
        return fail(tr("The recording's header is damaged (%1 channels at %2 Hz)")
                        .arg(info.channels)
                        .arg(info.samplerate));

    std::unique_ptr<AudioDecoder> decoder(new AudioDecoder);
    decoder->m_sampleRate = info.samplerate;
    decoder->m_channels = info.channels;
    decoder->m_frames = info.frames;
    decoder->m_format = describeFormat(info.format);
    const auto tag = [&](int which) {
        const char *text = file->sf.getString(file->handle, which);
        return text ? QString::fromUtf8(text) : QString();
    };
    decoder->m_tags = {tag(SF_STR_TITLE), tag(SF_STR_ARTIST), tag(SF_STR_COMMENT),
                       tag(SF_STR_DATE)};
    decoder->m_seekable = info.seekable != 0;
    const bool isWav = file->source.layout->isWav();
    const bool isMpeg = (info.format & SF_FORMAT_TYPEMASK) == SF_FORMAT_MPEG;
    // An MP3's length in libsndfile is a guess from its size: its frames say if it was cut.
    if (isMpeg) {
        QFile frames(path);
        const std::optional<Mp3Frames> layout =
            frames.open(QIODevice::ReadOnly) ? Mp3Frames::scan(frames) : std::nullopt;
        decoder->m_truncated = layout && layout->truncated();
    }
    // libsndfile plays a cut WAV to where it stops; the data chunk's size tells it was cut.
    if (isWav)
        decoder->m_truncated = file->source.layout->cutShort();
    decoder->m_file = std::move(file);

    // A header can promise more than the file holds (a cut download, an MP3 without a Xing/Info
    // header, whose length libsndfile guesses from its size): then the frames are counted by
    // decoding them all, a second an hour, on the player's thread. A length whose last frame is
    // found where it says and decodes is kept (an MP3 with lame's Info header, most WAVs); one
    // that is too short cannot be seen here either way, since libsndfile reads no further. A
    // WAV's layout gives libsndfile only the audio the file holds, so one that cannot seek
    // (GSM 6.10) keeps its count too.
    const qint64 maxPlausible = qint64(info.samplerate) * 24 * 3600;
    bool count = decoder->m_frames <= 0 || decoder->m_frames > maxPlausible ||
                 (!isWav && !decoder->m_seekable);
    if (!count && decoder->m_seekable) {
        const sf_count_t last =
            decoder->m_file->sf.seek(decoder->m_file->handle, decoder->m_frames - 1, SEEK_SET);
        std::vector<float> probe(size_t(info.channels));
        count = last != decoder->m_frames - 1 ||
                decoder->m_file->sf.readFloatFrames(decoder->m_file->handle, probe.data(), 1) != 1;
    }
    if (count) {
        if (!decoder->rewind())
            return fail(tr("Not a playable recording (%1)")
                            .arg(QString::fromUtf8(decoder->m_file->sf.error(nullptr))));
        std::vector<float> scratch(size_t(8192) * size_t(info.channels));
        qint64 counted = 0;
        while (const sf_count_t n = decoder->m_file->sf.readFloatFrames(decoder->m_file->handle,
                                                                        scratch.data(), 8192))
            counted += n;
        if (!isMpeg && decoder->m_frames > 0 && counted < decoder->m_frames)
            decoder->m_truncated = true;
        decoder->m_frames = counted;
    }
    if (!decoder->rewind())
        return fail(tr("Not a playable recording (%1)")
                        .arg(QString::fromUtf8(decoder->m_file->sf.error(nullptr))));
    if (decoder->m_frames == 0)
        return fail(tr("The recording holds no audio"));
    return decoder;
}

bool AudioDecoder::rewind()
{
    m_position = 0;
    if (m_seekable)
        return m_file->sf.seek(m_file->handle, 0, SEEK_SET) == 0;
    // GSM 6.10 cannot seek in libsndfile: start the file again.
    m_file->sf.close(m_file->handle);
    m_file->source.pos = 0;
    SF_INFO info{};
    m_file->handle = m_file->sf.openVirtual(&m_file->io, SFM_READ, &info, &m_file->source);
    return m_file->handle != nullptr;
}

bool AudioDecoder::seek(qint64 frame)
{
    frame = std::clamp<qint64>(frame, 0, m_frames);
    if (m_seekable) {
        if (m_file->sf.seek(m_file->handle, frame, SEEK_SET) < 0)
            return false;
        m_position = frame;
        return true;
    }
    // Decode and drop up to the frame (GSM decodes thousands of times faster than real time).
    if (frame < m_position && !rewind())
        return false;
    std::vector<float> scratch(size_t(4096) * size_t(m_channels));
    while (m_position < frame) {
        const sf_count_t n = m_file->sf.readFloatFrames(m_file->handle, scratch.data(),
                                                        std::min<qint64>(4096, frame - m_position));
        if (n <= 0)
            return false;
        m_position += n;
    }
    return true;
}

qint64 AudioDecoder::read(float *interleaved, qint64 frames)
{
    frames = std::min(frames, m_frames - m_position);
    if (frames <= 0)
        return 0;
    const sf_count_t n = m_file->sf.readFloatFrames(m_file->handle, interleaved, frames);
    if (n <= 0)
        return 0;
    m_position += n;
    return n;
}

} // namespace recbar
