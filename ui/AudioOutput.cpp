#include "AudioOutput.h"

#include "Logging.h"

#include <QCoreApplication>

#if defined(RECBAR_AUDIO_OUTPUT_MODULE)
#include <QLibrary>
#endif

namespace recbar {

namespace {

class AudioOutputText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::AudioOutput)
};

using OpenOutput = AudioOutput *(*)();

#if defined(RECBAR_AUDIO_OUTPUT_MODULE)

// Installed beside the program's libraries, found from the program's folder; the build tree has
// the same layout. Loaded once and never unloaded: the sound system's client keeps threads of its
// own.
OpenOutput entryPoint()
{
    static const OpenOutput open = []() -> OpenOutput {
        QLibrary module(QCoreApplication::applicationDirPath() +
                        QStringLiteral("/" RECBAR_MODULES_FROM_BIN "/" RECBAR_AUDIO_OUTPUT_MODULE));
        if (!module.load()) {
            qCWarning(lcAudio) << "no audio output:" << module.errorString();
            return nullptr;
        }
        const auto found =
            reinterpret_cast<OpenOutput>(module.resolve("recbar_open_audio_output_v1"));
        if (!found)
            qCWarning(lcAudio) << "no audio output:" << module.fileName()
                               << "lacks recbar_open_audio_output_v1";
        return found;
    }();
    return open;
}

#else

OpenOutput entryPoint()
{
    return &recbar_open_audio_output_v1;
}

#endif

} // namespace

Result<std::unique_ptr<AudioOutput>> AudioOutput::openDefault()
{
    const OpenOutput open = entryPoint();
    if (!open)
        return fail(AudioOutputText::tr("RecBar's audio output is missing or damaged: install "
                                        "RecBar again to play recordings"));
    std::unique_ptr<AudioOutput> output(open());
    if (!output)
        return fail(AudioOutputText::tr("There is no audio output on this computer"));
    return output;
}

} // namespace recbar
