#pragma once

#include <QtGlobal>

#include <optional>

class QIODevice;

namespace recbar {

// An MP3 file's frames as its headers lay them out, without decoding: how many there are,
// how many its Xing/Info (LAME) or VBRI header announces, and whether the last one is cut.
// libsndfile's own length for an MP3 is an estimate from the file size and the first frame's
// bitrate, which tags, a LAME encoder delay and padding, or a bitrate change throw off: only
// this says whether a file really ends early.
struct Mp3Frames
{
    qint64 frames = 0; // complete audio frames (the Xing/Info frame not counted)
    std::optional<qint64> announcedFrames; // from a Xing/Info or VBRI header
    bool endsMidFrame = false;             // the last frame's header promises bytes the file lacks

    bool truncated() const
    {
        // An encoder may count its info frame, or not: one frame is no evidence.
        return endsMidFrame || (announcedFrames && frames + 1 < *announcedFrames);
    }

    // nullopt when the device holds no MPEG audio frames this can walk (free-format bitrate,
    // not an MP3): then nothing is claimed either way.
    static std::optional<Mp3Frames> scan(QIODevice &device);
    // Where the audio starts after any ID3v2 tags at the start of the file. libsndfile skips
    // a tag by its size alone, not counting a footer: withFooters false walks them as it does.
    static qint64 afterId3Tags(QIODevice &device, bool withFooters);
    // Where the first frame from `from` on starts, looking no further than 64 KiB: a header
    // followed by three more of the same stream (or by the end of the audio, before any tags
    // at the end of the file), since any four bytes can look like one header.
    static std::optional<qint64> firstFrame(QIODevice &device, qint64 from);
};

} // namespace recbar
