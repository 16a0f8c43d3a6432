#pragma once

#include "domain/Result.h"

#include <QIODevice>

#include <functional>
#include <memory>

namespace recbar {

// The sound card, as the player uses it. Qt Multimedia and the sound system's client it brings
// (PulseAudio's, on Linux) take about 3 ms to load, a tenth of the bar's start-up, for a player
// most days never open: on Linux the output is a module of its own, loaded with the first
// recording opened. Plain virtual functions, no QObject: the module and the program share no
// symbol but this header's.
class AudioOutput
{
public:
    virtual ~AudioOutput() = default;

    // What it is given: interleaved 16-bit samples at this rate and channel count.
    virtual int sampleRate() const = 0;
    virtual int channelCount() const = 0;

    // Reads from `source` from its start; resume() goes on after suspend().
    virtual void start(QIODevice *source) = 0;
    virtual void suspend() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    virtual bool isSuspended() const = 0;
    // Has played all it was given and waits for more.
    virtual bool isIdle() const = 0;
    // Handed to the device and not heard yet.
    virtual qint64 bufferedBytes() const = 0;
    // Called when the device fails (running out of samples is no failure).
    virtual void onFailure(std::function<void()> failed) = 0;

    // The computer's default output. Fails with a sentence for the person at the desk when
    // there is none, or when the module cannot be loaded (the log has the loader's details).
    static Result<std::unique_ptr<AudioOutput>> openDefault();
};

} // namespace recbar

#if defined(RECBAR_AUDIO_OUTPUT_MODULE_BUILD)
#define RECBAR_AUDIO_OUTPUT_EXPORT Q_DECL_EXPORT
#else
#define RECBAR_AUDIO_OUTPUT_EXPORT
#endif

// The module's one entry point (ui/QtAudioOutput.cpp): null when the computer has no output. The
// name carries the interface's version, so a module made for another one is not used.
extern "C" RECBAR_AUDIO_OUTPUT_EXPORT recbar::AudioOutput *recbar_open_audio_output_v1();
