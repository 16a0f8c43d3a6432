#include "DigitSpotter.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <pocketsphinx.h>
#include <sphinxbase/err.h>
#include <string>
#include <utility>
#include <vector>

namespace recbar {

namespace {

class SpotterText
{
    Q_DECLARE_TR_FUNCTIONS(recbar::DigitSpotter)
};

int digitOf(QStringView word)
{
    static const char *const kWords[] = {"zero", "one", "two",   "three", "four",
                                         "five", "six", "seven", "eight", "nine"};
    for (int d = 0; d < 10; ++d) {
        if (word == QLatin1String(kWords[d]))
            return d;
    }
    if (word == u"oh")
        return 0;
    if (word == u"double")
        return HeardWord::kDouble;
    if (word == u"triple")
        return HeardWord::kTriple;
    return HeardWord::kOtherWord;
}

// 10 ms frames: the decoder's unit of time.
constexpr qint64 kFrameMs = 10;
// Samples handed to the decoder at a time: 128 ms.
constexpr qsizetype kChunk = 2048;

} // namespace

QString DigitSpotter::engineName()
{
    return QStringLiteral("PocketSphinx 5prealpha");
}

QString DigitSpotter::modelFolder()
{
    const QString chosen = qEnvironmentVariable("RECBAR_SPEECH_MODEL");
    return chosen.isEmpty() ? QStringLiteral(RECBAR_POCKETSPHINX_MODELDIR "/en-us/en-us") : chosen;
}

Result<std::unique_ptr<DigitSpotter>> DigitSpotter::create()
{
    // Nothing of what is heard may reach a log: the decoder logs its hypotheses.
    err_set_logfp(nullptr);
    std::unique_ptr<DigitSpotter> spotter(new DigitSpotter);
    if (!spotter->m_files.isValid())
        return fail(SpotterText::tr("Cannot make a temporary folder for the speech model"));
    for (const char *name : {"digits.lm", "digits.dict"}) {
        const QString target = spotter->m_files.filePath(QLatin1String(name));
        if (!QFile::copy(QStringLiteral(":/recbar/speech/") + QLatin1String(name), target))
            return fail(SpotterText::tr("Cannot write the speech model to %1").arg(target));
    }
    const QString model = modelFolder();
    if (!QFileInfo::exists(model + QStringLiteral("/mdef")))
        return fail(SpotterText::tr("The speech model is not installed (looked in %1): install "
                                    "pocketsphinx-en-us")
                        .arg(QDir::toNativeSeparators(model)));
    const std::string hmm = QFile::encodeName(model).toStdString();
    const std::string lm =
        QFile::encodeName(spotter->m_files.filePath(QStringLiteral("digits.lm"))).toStdString();
    const std::string dict =
        QFile::encodeName(spotter->m_files.filePath(QStringLiteral("digits.dict"))).toStdString();
    // The decoder's default beams: every frame scored. Narrower ones (-ds 2, -maxhmmpf 3000)
    // were 10 % faster and lost a third of the card numbers on the benchmark's corpus.
    std::vector<std::string> args{"recbar", "-hmm", hmm, "-lm", lm, "-dict", dict};
    std::vector<char *> argv;
    for (std::string &a : args)
        argv.push_back(a.data());
    spotter->m_config = cmd_ln_parse_r(nullptr, ps_args(), int(argv.size()), argv.data(), TRUE);
    if (!spotter->m_config)
        return fail(SpotterText::tr("The speech recogniser refused its settings"));
    spotter->m_decoder = ps_init(spotter->m_config);
    if (!spotter->m_decoder)
        return fail(SpotterText::tr("The speech model in %1 cannot be loaded")
                        .arg(QDir::toNativeSeparators(model)));
    return spotter;
}

DigitSpotter::~DigitSpotter()
{
    if (m_decoder)
        ps_free(m_decoder);
    if (m_config)
        cmd_ln_free_r(m_config);
}

void DigitSpotter::collect()
{
    logmath_t *logmath = ps_get_logmath(m_decoder);
    for (ps_seg_t *seg = ps_seg_iter(m_decoder); seg; seg = ps_seg_next(seg)) {
        const char *text = ps_seg_word(seg);
        // <s>, </s>, <sil>, [NOISE]: not words.
        if (!text || text[0] == '<' || text[0] == '[')
            continue;
        QString word = QString::fromLatin1(text);
        if (const qsizetype variant = word.indexOf(u'('); variant > 0)
            word.truncate(variant); // "one(2)": a second pronunciation
        int start = 0;
        int end = 0;
        ps_seg_frames(seg, &start, &end);
        int32 acoustic = 0;
        int32 language = 0;
        int32 backoff = 0;
        const int32 posterior = ps_seg_prob(seg, &acoustic, &language, &backoff);
        m_heard.append({start * kFrameMs, (end + 1) * kFrameMs, digitOf(word),
                        std::clamp(logmath_exp(logmath, posterior), 0.0, 1.0)});
        word.fill(u' ');
    }
}

Result<void> DigitSpotter::start()
{
    m_heard.clear();
    m_inSpeech = false;
    // Each recording from a fresh decoder (the model read again, about 40 ms): what it learnt of
    // the last one's line (its cepstral mean, its noise level) must not change what it hears in
    // this one, so that a recording gives the same findings in the library as in recbar scan, in
    // any order.
    if (std::exchange(m_used, true) && ps_reinit(m_decoder, nullptr) != 0) {
        m_used = false;
        return fail(SpotterText::tr("The speech model in %1 cannot be loaded again")
                        .arg(QDir::toNativeSeparators(modelFolder())));
    }
    ps_start_stream(m_decoder);
    ps_start_utt(m_decoder);
    return {};
}

void DigitSpotter::feed(std::span<const qint16> samples)
{
    for (qsizetype at = 0; at < qsizetype(samples.size()); at += kChunk) {
        const qsizetype n = std::min<qsizetype>(kChunk, qsizetype(samples.size()) - at);
        ps_process_raw(m_decoder, samples.data() + at, size_t(n), FALSE, FALSE);
        if (ps_get_in_speech(m_decoder)) {
            m_inSpeech = true;
        } else if (m_inSpeech) {
            // The end of an utterance: its words, and a fresh one from here.
            ps_end_utt(m_decoder);
            collect();
            ps_start_utt(m_decoder);
            m_inSpeech = false;
        }
    }
}

QList<HeardWord> DigitSpotter::finish()
{
    ps_end_utt(m_decoder);
    collect();
    return std::exchange(m_heard, {});
}

} // namespace recbar
