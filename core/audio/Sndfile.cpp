#include "Sndfile.h"

#if defined(Q_OS_LINUX)
#include <QCoreApplication>
#include <QLibrary>
#include <QStringList>
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
    const auto failed = [](const QString &why) {
        return fail(
            SndfileText::tr("libsndfile, which reads recordings, cannot be loaded: %1").arg(why));
    };
    if (!library.load())
        return failed(library.errorString());
    Sndfile api;
    QStringList missing;
    const auto resolve = [&]<typename F>(F &function, const char *name) {
        function = reinterpret_cast<F>(library.resolve(name));
        if (!function)
            missing.append(QString::fromLatin1(name));
    };
    resolve(api.openVirtual, "sf_open_virtual");
    resolve(api.close, "sf_close");
    resolve(api.readFloatFrames, "sf_readf_float");
    resolve(api.seek, "sf_seek");
    resolve(api.error, "sf_strerror");
    resolve(api.getString, "sf_get_string");
    if (!missing.isEmpty())
        return failed(library.fileName() + QStringLiteral(" lacks ") +
                      missing.join(QStringLiteral(", ")));
    return api;
}

} // namespace

Result<const Sndfile *> Sndfile::get()
{
    // Made once and never destroyed: a pool thread may still be decoding as the program ends.
    static const auto *const loaded = new Result<Sndfile>(load());
    if (!*loaded)
        return loaded->failure();
    return &**loaded;
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
