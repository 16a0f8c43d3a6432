#include "Mp3Frames.h"

#include <QIODevice>

#include <array>

namespace recbar {

namespace {

struct FrameHeader
{
    int size = 0;     // bytes, header included
    int sideInfo = 0; // Layer III side information after the header (where a Xing tag starts)
};

quint32 bigEndian(const uchar *b)
{
    return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]);
}

// ISO/IEC 11172-3 and 13818-3 frame headers; MPEG 2.5 as every decoder reads it.
std::optional<FrameHeader> parseHeader(const uchar *h)
{
    if (h[0] != 0xFF || (h[1] & 0xE0) != 0xE0)
        return std::nullopt;
    const int version = (h[1] >> 3) & 3; // 0: 2.5, 2: 2, 3: 1
    const int layer = (h[1] >> 1) & 3;   // 1: III, 2: II, 3: I
    const int bitrateIndex = h[2] >> 4;
    const int rateIndex = (h[2] >> 2) & 3;
    const bool padding = (h[2] >> 1) & 1;
    const bool mono = (h[3] >> 6) == 3;
    if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3)
        return std::nullopt;
    static constexpr std::array<std::array<int, 15>, 5> kBitrates{{
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // 1, I
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},    // 1, II
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},     // 1, III
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},    // 2/2.5, I
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},         // 2/2.5, II/III
    }};
    static constexpr std::array<std::array<int, 3>, 4> kRates{
        {{11025, 12000, 8000}, {0, 0, 0}, {22050, 24000, 16000}, {44100, 48000, 32000}}};
    const bool mpeg1 = version == 3;
    const int table = mpeg1 ? 3 - layer : (layer == 3 ? 3 : 4);
    const int bitrate = kBitrates[size_t(table)][size_t(bitrateIndex)] * 1000;
    const int rate = kRates[size_t(version)][size_t(rateIndex)];
    FrameHeader out;
    if (layer == 3)
        out.size = (12 * bitrate / rate + padding) * 4;
    else if (layer == 2 || mpeg1)
        out.size = 144 * bitrate / rate + padding;
    else
        out.size = 72 * bitrate / rate + padding;
    if (layer == 1)
        out.sideInfo = mpeg1 ? (mono ? 17 : 32) : (mono ? 9 : 17);
    return out.size >= 4 ? std::optional(out) : std::nullopt;
}

// The frames a Xing/Info or VBRI header in this (first) frame announces.
std::optional<qint64> announced(const QByteArray &frame, const FrameHeader &header)
{
    const auto *b = reinterpret_cast<const uchar *>(frame.constData());
    const qsizetype xing = 4 + header.sideInfo;
    if (frame.size() >= xing + 12 &&
        (frame.mid(xing, 4) == "Xing" || frame.mid(xing, 4) == "Info") &&
        (bigEndian(b + xing + 4) & 1))
        return bigEndian(b + xing + 8);
    if (frame.size() >= 36 + 18 && frame.mid(36, 4) == "VBRI")
        return bigEndian(b + 36 + 14);
    return std::nullopt;
}

// Bytes of tags at the end (ID3v1, APEv2) that are not audio.
qint64 trailingTags(QIODevice &device, qint64 size)
{
    qint64 end = size;
    if (end >= 128 && device.seek(end - 128) && device.read(3) == "TAG")
        end -= 128;
    if (end >= 32 && device.seek(end - 32)) {
        const QByteArray footer = device.read(32);
        if (footer.startsWith("APETAGEX")) {
            const auto *b = reinterpret_cast<const uchar *>(footer.constData());
            const qint64 tagSize =
                qint64(b[12]) | qint64(b[13]) << 8 | qint64(b[14]) << 16 | qint64(b[15]) << 24;
            const bool withHeader = b[23] & 0x80;
            end -= std::min(end, tagSize + (withHeader ? 32 : 0));
        }
    }
    return end;
}

} // namespace

qint64 Mp3Frames::afterId3Tags(QIODevice &device, bool withFooters)
{
    constexpr int kMaxTags = 64; // each at least 10 bytes, but a file of tags needs no reading
    qint64 at = 0;
    for (int tags = 0; tags < kMaxTags && device.seek(at); ++tags) {
        const QByteArray head = device.read(10);
        if (head.size() < 10 || !head.startsWith("ID3"))
            break;
        const auto *b = reinterpret_cast<const uchar *>(head.constData());
        const qint64 size = (qint64(b[6] & 0x7F) << 21) | (qint64(b[7] & 0x7F) << 14) |
                            (qint64(b[8] & 0x7F) << 7) | qint64(b[9] & 0x7F);
        at += 10 + size + (withFooters && (b[5] & 0x10) ? 10 : 0);
    }
    return at;
}

std::optional<qint64> Mp3Frames::firstFrame(QIODevice &device, qint64 from)
{
    const qint64 end = trailingTags(device, device.size());
    // Some files carry a few bytes of junk before the first frame: look a little way for it.
    constexpr qint64 kSyncSearch = 64 * 1024;
    // Any four bytes can look like a header (a tone in another format often does): the frames
    // that follow must too, with the same version, layer and rate, unless the file ends first.
    constexpr int kFramesInARow = 4;
    constexpr qint64 kMaxFrame = 2881; // MPEG 2.5 layer II, 160 kbit/s at 8 kHz, padded
    if (from >= end || !device.seek(from))
        return std::nullopt;
    const QByteArray lead =
        device.read(std::min(kSyncSearch + kFramesInARow * kMaxFrame + 4, end - from));
    const auto *bytes = reinterpret_cast<const uchar *>(lead.constData());
    const auto sameStream = [&](qsizetype a, qsizetype b) {
        return (bytes[a + 1] & 0xFE) == (bytes[b + 1] & 0xFE) &&
               (bytes[a + 2] & 0x0C) == (bytes[b + 2] & 0x0C);
    };
    for (qsizetype i = 0; i + 4 <= std::min<qsizetype>(lead.size(), kSyncSearch); ++i) {
        qsizetype at = i;
        int frames = 0;
        while (frames < kFramesInARow && at + 4 <= lead.size()) {
            const std::optional<FrameHeader> header = parseHeader(bytes + at);
            if (!header || !sameStream(i, at))
                break;
            ++frames;
            at += header->size;
        }
        if (frames == kFramesInARow || (frames > 0 && at + 4 > lead.size()))
            return from + i;
    }
    return std::nullopt;
}

std::optional<Mp3Frames> Mp3Frames::scan(QIODevice &device)
{
    const qint64 end = trailingTags(device, device.size());
    const std::optional<qint64> start = firstFrame(device, afterId3Tags(device, true));
    if (!start)
        return std::nullopt;
    qint64 at = *start;
    std::optional<FrameHeader> header;
    Mp3Frames out;
    bool first = true;
    while (at < end) {
        if (!device.seek(at))
            break;
        uchar raw[4];
        if (end - at < 4 || device.read(reinterpret_cast<char *>(raw), 4) != 4) {
            out.endsMidFrame = true;
            break;
        }
        header = parseHeader(raw);
        if (!header)
            break; // not audio any more (a tag this does not know): the frames end here
        if (at + header->size > end) {
            out.endsMidFrame = true;
            break;
        }
        if (first) {
            first = false;
            device.seek(at);
            if (const auto count = announced(device.read(header->size), *header)) {
                out.announcedFrames = *count;
                at += header->size;
                continue; // the info frame holds no audio
            }
        }
        ++out.frames;
        at += header->size;
    }
    return out.frames > 0 ? std::optional(out) : std::nullopt;
}

} // namespace recbar
