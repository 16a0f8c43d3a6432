#include "AudioOutput.h"

#include <QCoreApplication>

#if defined(RECBAR_AUDIO_OUTPUT_MODULE)
#include <QLibrary>
#include <QStringList>
#endif

namespace recbar {

#if defined(RECBAR_AUDIO_OUTPUT_MODULE)

namespace {

class AudioOutputText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::AudioOutput)
};

using OpenOutput = AudioOutput *(*)();

// Installed beside the program's libraries; in a build tree, where the build put it. Loaded once
// and never unloaded: the sound system's client keeps threads of its own.
Result<OpenOutput> loadModule()
{
    static QLibrary module;
    static OpenOutput open = nullptr;
    if (open)
        return open;
    QStringList tried;
    for (const QString &folder :
         {QCoreApplication::applicationDirPath() + QStringLiteral("/" RECBAR_MODULES_FROM_BIN),
          QStringLiteral(RECBAR_MODULES_BUILD_DIR)}) {
        module.setFileName(folder + QStringLiteral("/" RECBAR_AUDIO_OUTPUT_MODULE));
        if (module.load()) {
            open = reinterpret_cast<OpenOutput>(module.resolve("recbar_open_audio_output"));
            if (open)
                return open;
        }
        tried.append(module.errorString());
    }
    return fail(AudioOutputText::tr("The audio output cannot be loaded: %1")
                    .arg(tried.join(QStringLiteral("; "))));
}

} // namespace

Result<std::unique_ptr<AudioOutput>> AudioOutput::openDefault()
{
    const Result<OpenOutput> open = loadModule();
    if (!open)
        return open.failure();
    return std::unique_ptr<AudioOutput>((*open)());
}

#else

Result<std::unique_ptr<AudioOutput>> AudioOutput::openDefault()
{
    return std::unique_ptr<AudioOutput>(recbar_open_audio_output());
}

#endif

} // namespace recbar
