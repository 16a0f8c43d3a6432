#include "Sndfile.h"

#include <QCoreApplication>

#if defined(Q_OS_LINUX)
#include <QLibrary>
#endif

namespace recbar {

#if defined(Q_OS_LINUX)

namespace {

class SndfileText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::Sndfile)
};

Result<Sndfile> load()
{
    // Never unloaded: decoders may be open on any thread until the program ends.
    QLibrary library(QStringLiteral("sndfile"), 1);
    if (!library.load())
        return fail(SndfileText::tr("libsndfile, which reads recordings, cannot be loaded: %1")
                        .arg(library.errorString()));
    Sndfile api;
    bool complete = true;
    const auto resolve = [&]<typename F>(F &function, const char *name) {
        function = reinterpret_cast<F>(library.resolve(name));
        complete = complete && function;
    };
    resolve(api.openVirtual, "sf_open_virtual");
    resolve(api.close, "sf_close");
    resolve(api.readFloatFrames, "sf_readf_float");
    resolve(api.seek, "sf_seek");
    resolve(api.error, "sf_strerror");
    resolve(api.getString, "sf_get_string");
    if (!complete)
        return fail(SndfileText::tr("libsndfile, which reads recordings, cannot be loaded: %1")
                        .arg(library.errorString()));
    return api;
}

} // namespace

Result<const Sndfile *> Sndfile::get()
{
    static const Result<Sndfile> loaded = load();
    if (!loaded)
        return loaded.failure();
    return &*loaded;
}

#else

Result<const Sndfile *> Sndfile::get()
{
    static const Sndfile linked{&sf_open_virtual, &sf_close,    &sf_readf_float,
                                &sf_seek,         &sf_strerror, &sf_get_string};
    return &linked;
}

#endif

} // namespace recbar
