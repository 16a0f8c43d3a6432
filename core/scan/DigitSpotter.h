#pragma once

#include "CardNumberFinder.h"
#include "domain/Result.h"

#include <QTemporaryDir>

#include <memory>
#include <span>

struct ps_decoder_s;
struct cmd_ln_s;

namespace recbar {

// Hears spoken digits, offline, with PocketSphinx and its stock US English acoustic model. The
// search is a small language model (core/scan/model): the digit words, and the 500 most
// frequent English words that ordinary speech is heard as instead. Nothing the recogniser
// hears is logged: its own log is switched off.
//
// One per thread: a decoder is not shared.
class DigitSpotter
{
public:
    static constexpr int kSampleRate = 16'000;

    static Result<std::unique_ptr<DigitSpotter>> create();
    ~DigitSpotter();
    DigitSpotter(const DigitSpotter &) = delete;
    DigitSpotter &operator=(const DigitSpotter &) = delete;

    // A recording's samples, mono 16-bit at 16 kHz, in as many parts as it takes; times in
    // what finish() returns are from the start. Speech is decoded an utterance at a time,
    // between the silences the decoder's own detector finds.
    Result<void> start();
    void feed(std::span<const qint16> samples);
    QList<HeardWord> finish();

    // "PocketSphinx 5prealpha", for reports and the benchmark.
    static QString engineName();
    // Where the acoustic model is read from: RECBAR_SPEECH_MODEL, or the system's.
    static QString modelFolder();

private:
    DigitSpotter() = default;
    void collect();

    QTemporaryDir m_files; // the language model and dictionary, from the resources
    cmd_ln_s *m_config = nullptr;
    ps_decoder_s *m_decoder = nullptr;
    QList<HeardWord> m_heard;
    bool m_used = false;
    bool m_inSpeech = false;
};

} // namespace recbar
