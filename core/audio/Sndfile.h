#pragma once

#include "domain/Result.h"

#include <sndfile.h>

namespace recbar {

// The libsndfile functions RecBar reads recordings with. On Linux libsndfile, and the codecs it
// brings (FLAC, Ogg, Vorbis, Opus, mpg123, LAME: seven more libraries, 0.8 ms of every start in
// bench_bar), is loaded with the first recording read, not with the bar; elsewhere it is linked
// in, where the platforms' deployment tools find it.
struct Sndfile
{
    decltype(&sf_open_virtual) openVirtual = nullptr;
    decltype(&sf_close) close = nullptr;
    decltype(&sf_readf_float) readFloatFrames = nullptr;
    decltype(&sf_seek) seek = nullptr;
    decltype(&sf_strerror) error = nullptr;
    decltype(&sf_get_string) getString = nullptr;

    // Loaded once, from any thread; fails, saying why, when libsndfile cannot be loaded.
    static Result<const Sndfile *> get();
};

} // namespace recbar
