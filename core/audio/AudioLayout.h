#pragma once

#include "domain/Result.h"

#include <QByteArray>

#include <optional>
#include <vector>

class QIODevice;

namespace recbar {

// A recording as libsndfile is let to read it. libsndfile 1.2 trusts the sizes a header gives
// it: a LIST entry or any chunk claiming nearly 4 GiB sends its WAV header parser backwards for
// ever (upstream issue 1118, still open), and after an ID3 tag it reads whatever format the next
// bytes look like. A server or a shared folder can hand the bar such a file. So the layout is
// read here first, with 64-bit sizes and bounded walks, and libsndfile sees a rebuilt file:
// - WAV: the RIFF header, the format chunk (zero-padded so that no codec's reader runs past it),
//   one LIST INFO chunk rebuilt from the tags RecBar reads (title, artist, comment, date), and
//   the data chunk last with the size the file really holds. fact, cue, bext, PEAK and the rest
//   it never needs.
// - MP3: the ID3v2 tags, then the audio from its first frame; bytes between them are dropped.
// Anything else is refused: call recordings are WAV or MP3.
class AudioLayout
{
public:
    static Result<AudioLayout> of(QIODevice &file);

    bool isWav() const { return m_wav; }
    // A WAV whose data chunk claims more audio than the file holds (a cut download).
    bool cutShort() const { return m_cutShort; }

    qint64 size() const;
    // The rebuilt file's bytes at pos, read from the real one; -1 when it cannot be read.
    qint64 read(QIODevice &file, qint64 pos, char *data, qint64 max) const;

private:
    // Either rebuilt bytes or a span of the real file.
    struct Piece
    {
        QByteArray bytes;
        qint64 from = 0;
        qint64 length = 0;

        qint64 size() const { return bytes.isEmpty() ? length : bytes.size(); }
    };

    static std::optional<Result<AudioLayout>> wav(QIODevice &file);
    static std::optional<AudioLayout> mp3(QIODevice &file);

    std::vector<Piece> m_pieces;
    bool m_wav = false;
    bool m_cutShort = false;
};

} // namespace recbar
