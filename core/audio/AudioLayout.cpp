#include "AudioLayout.h"

#include "Logging.h"
#include "Mp3Frames.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace recbar {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("recbar::AudioLayout", text);
}

// A WAV holds a handful of chunks: a walk that has not found its way after this many stops.
constexpr int kMaxChunks = 256;
// More than any of libsndfile's format readers takes (MS ADPCM with its 7 coefficients: 50).
constexpr qint64 kFormatBytes = 64;
// Tags are a few hundred bytes; a bigger LIST is skipped rather than held in memory.
constexpr qint64 kMaxTagBytes = 64 * 1024;
constexpr qint64 kMaxChunkSize = 0xFFFFFFFF;

quint32 sizeAt(const QByteArray &bytes, qsizetype at, bool bigEndian)
{
    const char *p = bytes.constData() + at;
    return bigEndian ? qFromBigEndian<quint32>(p) : qFromLittleEndian<quint32>(p);
}

QByteArray chunkHeader(const char *id, qint64 size, bool bigEndian)
{
    QByteArray header(id, 4);
    header.resize(8);
    const auto value = quint32(std::min(size, kMaxChunkSize));
    if (bigEndian)
        qToBigEndian(value, header.data() + 4);
    else
        qToLittleEndian(value, header.data() + 4);
    return header;
}

// The tags RecBar reads (title, artist, comment, date) from a LIST INFO chunk's entries, as far
// as they can be walked; the first of each kept. Only these are given to libsndfile, rebuilt:
// its reader of the others (labl, note, exif, ...) can read past the LIST into what follows.
void readInfoTags(const QByteArray &content, bool bigEndian, QList<QByteArray> *entries)
{
    static const QByteArrayList kWanted = {"INAM", "IART", "ICMT", "ICRD"};
    // libsndfile holds an entry in 2048 bytes, its padding and a terminating zero included.
    constexpr qint64 kMaxText = 2046;
    if (!content.startsWith("INFO"))
        return;
    qint64 at = 4;
    while (content.size() - at >= 8) {
        const QByteArray id = content.mid(at, 4);
        const qint64 size = sizeAt(content, qsizetype(at) + 4, bigEndian);
        if (size > content.size() - at - 8)
            return;
        const bool known = std::any_of(entries->begin(), entries->end(),
                                       [&](const QByteArray &e) { return e.startsWith(id); });
        if (kWanted.contains(id) && size <= kMaxText && !known)
            *entries += id + content.mid(at + 4, 4) + content.mid(at + 8, size) +
                        QByteArray(size & 1, '\0');
        at += 8 + size + (size & 1);
    }
}

} // namespace

Result<AudioLayout> AudioLayout::of(QIODevice &file)
{
    if (auto wav = AudioLayout::wav(file))
        return std::move(*wav);
    if (auto mp3 = AudioLayout::mp3(file))
        return std::move(*mp3);
    return fail(tr("Not a playable recording (neither WAV nor MP3)"));
}

std::optional<Result<AudioLayout>> AudioLayout::wav(QIODevice &file)
{
    const qint64 fileSize = file.size();
    if (!file.seek(0))
        return std::nullopt;
    const QByteArray riff = file.read(12);
    const bool bigEndian = riff.startsWith("RIFX");
    if (riff.size() < 12 || !(riff.startsWith("RIFF") || bigEndian) || riff.mid(8, 4) != "WAVE")
        return std::nullopt;

    const qint64 riffSize = sizeAt(riff, 4, bigEndian);
    const bool riffOpen = riffSize == 0 || riffSize == 8 || riffSize == kMaxChunkSize;
    QByteArray format;
    QList<QByteArray> tags;
    std::optional<qint64> audioFrom;
    qint64 audioBytes = 0;
    bool cutShort = false;
    qint64 at = 12;
    for (int chunks = 0; chunks < kMaxChunks && at + 8 <= fileSize; ++chunks) {
        if (!file.seek(at))
            break;
        const QByteArray header = file.read(8);
        if (header.size() < 8)
            break;
        const QByteArray id = header.left(4);
        const qint64 size = sizeAt(header, 4, bigEndian);
        const qint64 body = at + 8;
        const qint64 held = fileSize - body;
        if (id == "data") {
            if (audioFrom)
                break;
            // Recorders that stream leave the sizes open (0 or all ones; RIFF's 8, for an empty
            // file): the audio is the rest.
            const bool open = size == kMaxChunkSize || (size == 0 && riffOpen);
            audioFrom = body;
            audioBytes = open ? held : std::min(size, held);
            cutShort = !open && held + 1 < size;
            if (open || size >= held)
                break;
        } else if (size > held) {
            // A chunk that does not fit: nothing after it can be found.
            qCDebug(lcAudio) << "WAV chunk" << id << "claims" << size << "bytes where the file"
                             << "holds" << held << "; the walk ends there";
            break;
        } else if (id == "fmt " && format.isEmpty() && size >= 16) {
            format = file.read(std::min(size, kFormatBytes));
            format.resize(kFormatBytes, '\0');
        } else if (id == "LIST" && size <= kMaxTagBytes) {
            readInfoTags(file.read(size), bigEndian, &tags);
        }
        at = body + size + (size & 1);
    }
    if (format.isEmpty())
        return fail(tr("Not a playable recording (its WAV header has no usable format chunk)"));
    if (!audioFrom)
        return fail(tr("Not a playable recording (its WAV header has no data chunk)"));

    QByteArray head = chunkHeader(bigEndian ? "RIFX" : "RIFF", 0, bigEndian); // sized below
    head += "WAVE";
    head += chunkHeader("fmt ", kFormatBytes, bigEndian) + format;
    if (!tags.isEmpty()) {
        const QByteArray info = "INFO" + tags.join();
        head += chunkHeader("LIST", info.size(), bigEndian) + info;
    }
    audioBytes = std::min(audioBytes, kMaxChunkSize - head.size());
    head += chunkHeader("data", audioBytes, bigEndian);
    head.replace(0, 8,
                 chunkHeader(bigEndian ? "RIFX" : "RIFF", head.size() - 8 + audioBytes, bigEndian));

    AudioLayout layout;
    layout.m_wav = true;
    layout.m_cutShort = cutShort;
    layout.m_pieces.push_back({head, 0, 0});
    if (audioBytes > 0)
        layout.m_pieces.push_back({{}, *audioFrom, audioBytes});
    return layout;
}

std::optional<AudioLayout> AudioLayout::mp3(QIODevice &file)
{
    const qint64 fileSize = file.size();
    // The tags as libsndfile skips them: it reads what follows as a new file.
    const qint64 tagsEnd = Mp3Frames::afterId3Tags(file, false);
    // Four letters are another format's name for itself (AIFF's FORM, Ogg's OggS, FLAC's fLaC):
    // not a few stray bytes before an MP3's first frame, whatever its audio may look like.
    if (!file.seek(tagsEnd))
        return std::nullopt;
    const QByteArray start = file.read(4);
    if (start.size() == 4 &&
        std::all_of(start.begin(), start.end(), [](char c) { return c >= 0x20 && c < 0x7F; }))
        return std::nullopt;
    const std::optional<qint64> firstFrame = Mp3Frames::firstFrame(file, tagsEnd);
    if (!firstFrame)
        return std::nullopt;
    AudioLayout layout;
    if (tagsEnd > 0)
        layout.m_pieces.push_back({{}, 0, tagsEnd});
    layout.m_pieces.push_back({{}, *firstFrame, fileSize - *firstFrame});
    return layout;
}

qint64 AudioLayout::size() const
{
    qint64 total = 0;
    for (const Piece &piece : m_pieces)
        total += piece.size();
    return total;
}

qint64 AudioLayout::read(QIODevice &file, qint64 pos, char *data, qint64 max) const
{
    qint64 done = 0;
    qint64 start = 0;
    for (const Piece &piece : m_pieces) {
        const qint64 end = start + piece.size();
        if (done < max && pos + done >= start && pos + done < end) {
            const qint64 offset = pos + done - start;
            const qint64 wanted = std::min(end - (pos + done), max - done);
            if (!piece.bytes.isEmpty()) {
                std::memcpy(data + done, piece.bytes.constData() + offset, size_t(wanted));
                done += wanted;
            } else {
                const qint64 from = piece.from + offset;
                if (file.pos() != from && !file.seek(from))
                    return done > 0 ? done : -1;
                const qint64 got = file.read(data + done, wanted);
                if (got < 0)
                    return done > 0 ? done : -1;
                done += got;
                if (got < wanted)
                    return done;
            }
        }
        start = end;
    }
    return done;
}

} // namespace recbar
