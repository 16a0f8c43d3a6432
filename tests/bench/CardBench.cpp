// The card-number finder (core/scan) on a corpus this bench makes: card numbers read by synthetic
// voices close to people's (festival's HTS voice cmu_us_slt_arctic_hts; festival's diphone voices
// kal and ked, made of recorded human diphones as mbrola's are, which are not in Debian's main
// archive; and some of espeak-ng's formant voices), in groups of four and straight through,
// inside a sentence, as telephone audio (8 kHz u-law) with line noise 35 or 20 dB below the
// speech, some as one side of a two-channel call; each one twice, once outside and once inside a
// paused span, and once more through an analogue line's 300-3400 Hz band (reported on its own:
// VoIP calls keep up to about 3.8 kHz, and the fricatives of "four", "five", "six" and "seven"
// live above 3.4 kHz). And hard negatives, without card numbers:
// phone, order and account numbers, prices, dates, times, counting, ordinary talk, silence and
// hold music. It reports
//   recall         card numbers outside a pause that give a finding over them, outside a pause
//   proof          card numbers inside a pause that give a finding marked inside
//   false / hour   findings in the negatives, per hour of them (and in positives, off the card)
//   speed          audio scanned per second of one core (x real time)
// beside a baseline of the same scanner fed the usual way: the telephone audio resampled to
// 16 kHz by sox, its upper band empty. The corpus is kept (build/bench/card-corpus-N) for the
// next run. Goals (issue 28): recall >= 90 %, at most 1 false finding an hour, >= 20x.
#include "audio/AudioStore.h"
#include "library/Library.h"
#include "scan/CardScanner.h"
#include "scan/DigitSpotter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <sndfile.h>

using namespace recbar;

namespace {

QTextStream out(stdout);

const QStringList kDigitWords{
    QStringLiteral("zero"),  QStringLiteral("one"),  QStringLiteral("two"), QStringLiteral("three"),
    QStringLiteral("four"),  QStringLiteral("five"), QStringLiteral("six"), QStringLiteral("seven"),
    QStringLiteral("eight"), QStringLiteral("nine")};

struct Voice
{
    QString name;
    QString engine; // "festival" or "espeak"
    QString id;     // festival voice function, or espeak-ng voice
    int speed = 0;  // espeak-ng words a minute
};

QList<Voice> voices()
{
    return {
        {QStringLiteral("festival slt"), QStringLiteral("festival"),
         QStringLiteral("voice_cmu_us_slt_arctic_hts"), 0},
        {QStringLiteral("festival kal"), QStringLiteral("festival"),
         QStringLiteral("voice_kal_diphone"), 0},
        {QStringLiteral("festival ked"), QStringLiteral("festival"),
         QStringLiteral("voice_ked_diphone"), 0},
        {QStringLiteral("espeak en-us 150"), QStringLiteral("espeak"), QStringLiteral("en-us"),
         150},
        {QStringLiteral("espeak en-us+f3 175"), QStringLiteral("espeak"),
         QStringLiteral("en-us+f3"), 175},
        {QStringLiteral("espeak en-gb 160"), QStringLiteral("espeak"), QStringLiteral("en-gb"),
         160},
    };
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    return p.waitForFinished(300'000) && p.exitStatus() == QProcess::NormalExit &&
           p.exitCode() == 0;
}

// Speech for `text` at 16 kHz mono, in `wav`.
bool speak(const Voice &voice, const QString &text, const QString &wav)
{
    const QString raw = wav + QStringLiteral(".raw.wav");
    bool ok = false;
    if (voice.engine == u"festival") {
        QFile script(wav + QStringLiteral(".txt"));
        if (!script.open(QIODevice::WriteOnly))
            return false;
        script.write(text.toUtf8());
        script.close();
        ok = run(QStringLiteral("text2wave"),
                 {QStringLiteral("-eval"), QStringLiteral("(%1)").arg(voice.id), script.fileName(),
                  QStringLiteral("-o"), raw});
        QFile::remove(script.fileName());
    } else {
        ok = run(QStringLiteral("espeak-ng"),
                 {QStringLiteral("-v"), voice.id, QStringLiteral("-s"),
                  QString::number(voice.speed), QStringLiteral("-w"), raw, text});
    }
    ok = ok && run(QStringLiteral("sox"),
                   {raw, QStringLiteral("-r"), QStringLiteral("16000"), QStringLiteral("-c"),
                    QStringLiteral("1"), QStringLiteral("-b"), QStringLiteral("16"), wav});
    QFile::remove(raw);
    return ok;
}

qint64 durationMs(const QString &wav)
{
    SF_INFO info{};
    SNDFILE *f = sf_open(QFile::encodeName(wav).constData(), SFM_READ, &info);
    if (!f)
        return 0;
    sf_close(f);
    return info.samplerate ? info.frames * 1000 / info.samplerate : 0;
}

double rmsOf(const QString &wav)
{
    SF_INFO info{};
    SNDFILE *f = sf_open(QFile::encodeName(wav).constData(), SFM_READ, &info);
    if (!f)
        return 0;
    std::vector<float> samples(size_t(info.frames) * size_t(info.channels));
    const sf_count_t n = sf_readf_float(f, samples.data(), info.frames);
    sf_close(f);
    double sum = 0;
    for (sf_count_t i = 0; i < n * info.channels; ++i)
        sum += double(samples[size_t(i)]) * samples[size_t(i)];
    return n > 0 ? std::sqrt(sum / double(n * info.channels)) : 0;
}

// Telephone audio: line noise `snr` dB below the speech, 8 kHz u-law; with `analogue`, the
// 300-3400 Hz band of an analogue line too.
bool telephone(const QString &in, const QString &outWav, double snr, bool analogue = false)
{
    const QString noisy = outWav + QStringLiteral(".noise.wav");
    const QString secs = QString::number(double(durationMs(in)) / 1000.0, 'f', 3);
    // Pink noise at "vol 1" has an RMS of about 0.15 of full scale.
    const double noise = rmsOf(in) * std::pow(10.0, -snr / 20.0) / 0.15;
    bool ok = run(QStringLiteral("sox"),
                  {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("16000"),
                   QStringLiteral("-b"), QStringLiteral("16"), noisy, QStringLiteral("synth"), secs,
                   QStringLiteral("pinknoise"), QStringLiteral("vol"), QString::number(noise)});
    QStringList args{QStringLiteral("-m"),
                     in,
                     noisy,
                     QStringLiteral("-r"),
                     QStringLiteral("8000"),
                     QStringLiteral("-e"),
                     QStringLiteral("u-law"),
                     outWav};
    if (analogue)
        args += {QStringLiteral("sinc"), QStringLiteral("300-3400")};
    ok = ok && run(QStringLiteral("sox"), args);
    QFile::remove(noisy);
    return ok;
}

QString luhnCard(QRandomGenerator &rng, int length)
{
    QString digits = length == 15 ? QStringLiteral("37") : QStringLiteral("4");
    while (digits.size() < length - 1)
        digits += QChar(u'0' + int(rng.bounded(10)));
    for (int check = 0; check < 10; ++check) {
        if (CardNumberFinder::passesLuhn(digits + QChar(u'0' + check)))
            return digits + QChar(u'0' + check);
    }
    return {};
}

QString spoken(const QString &digits, int group)
{
    QStringList words;
    for (int i = 0; i < digits.size(); ++i) {
        words.append(kDigitWords[digits[i].digitValue()]);
        if (group > 0 && (i + 1) % group == 0 && i + 1 < digits.size())
            words.last() += u',';
    }
    return words.join(u' ') + u'.';
}

QString number(QRandomGenerator &rng, int digits)
{
    QString s;
    for (int i = 0; i < digits; ++i)
        s += QChar(u'0' + int(rng.bounded(10)));
    return s;
}

// Ordinary call talk with numbers in it that are not card numbers.
QString negativeSentence(QRandomGenerator &rng)
{
    static const QStringList months{QStringLiteral("January"), QStringLiteral("March"),
                                    QStringLiteral("June"), QStringLiteral("October")};
    switch (rng.bounded(12)) {
    case 0:
        return QStringLiteral("You can reach me on %1, %2, %3.")
            .arg(spoken(number(rng, 3), 0), spoken(number(rng, 3), 0), spoken(number(rng, 4), 0));
    case 1:
        return QStringLiteral("My order number is %1").arg(spoken(number(rng, 8), 4));
    case 2:
        return QStringLiteral("The total comes to %1 dollars and %2 cents.")
            .arg(rng.bounded(10, 500))
            .arg(rng.bounded(1, 99));
    case 3:
        return QStringLiteral("It was delivered on the %1 of %2, twenty twenty four.")
            .arg(QStringList{QStringLiteral("second"), QStringLiteral("fifth"),
                             QStringLiteral("twenty first")}[int(rng.bounded(3))])
            .arg(months[int(rng.bounded(months.size()))]);
    case 4:
        return QStringLiteral("Let me count them: one, two, three, four, five, six, seven, "
                              "eight, nine, ten. Yes, ten boxes.");
    case 5:
        return QStringLiteral("Your account reference is %1, and the postcode is %2.")
            .arg(spoken(number(rng, 6), 3), spoken(number(rng, 5), 0));
    case 6:
        return QStringLiteral("The engineer will come between %1 and %2 o'clock.")
            .arg(rng.bounded(8, 12))
            .arg(rng.bounded(1, 5));
    case 7:
        return QStringLiteral("Thank you for calling, my name is Sarah, how can I help you today?");
    case 8:
        return QStringLiteral("I will look into your order and call you back tomorrow afternoon "
                              "if that works for you.");
    case 9:
        return QStringLiteral("Could you hold the line for a moment while I check that for you?");
    case 10:
        return QStringLiteral("The ticket number for this call is %1.")
            .arg(spoken(number(rng, 7), 0));
    default:
        return QStringLiteral("For two nights at the hotel, for four people, that is fine, and "
                              "we leave at eight.");
    }
}

const QStringList kLeadIns{QStringLiteral("Sure, my card number is"), QStringLiteral("Okay, it is"),
                           QStringLiteral("The number on the card is"),
                           QStringLiteral("Let me read it to you.")};
const QStringList kTrailers{QStringLiteral("And it expires in March."),
                            QStringLiteral("Did you get that?"),
                            QStringLiteral("The name on the card is John Smith.")};

struct Clip
{
    QString file;
    qint64 durationMs = 0;
    bool positive = false;
    qint64 cardStart = 0; // positives: when the number is read
    qint64 cardEnd = 0;
    bool paused = false; // the number lies in a paused span
    QString voice;
    bool grouped = false;
    bool analogue = false; // through a 300-3400 Hz line
};

QJsonObject toJson(const Clip &c)
{
    return {{QStringLiteral("file"), c.file},         {QStringLiteral("ms"), c.durationMs},
            {QStringLiteral("positive"), c.positive}, {QStringLiteral("cardStart"), c.cardStart},
            {QStringLiteral("cardEnd"), c.cardEnd},   {QStringLiteral("paused"), c.paused},
            {QStringLiteral("voice"), c.voice},       {QStringLiteral("grouped"), c.grouped},
            {QStringLiteral("analogue"), c.analogue}};
}

Clip clipOf(const QJsonObject &o)
{
    return {o.value(QStringLiteral("file")).toString(),
            o.value(QStringLiteral("ms")).toInteger(),
            o.value(QStringLiteral("positive")).toBool(),
            o.value(QStringLiteral("cardStart")).toInteger(),
            o.value(QStringLiteral("cardEnd")).toInteger(),
            o.value(QStringLiteral("paused")).toBool(),
            o.value(QStringLiteral("voice")).toString(),
            o.value(QStringLiteral("grouped")).toBool(),
            o.value(QStringLiteral("analogue")).toBool()};
}

// Pieces of speech joined with short silences; the start and end of piece `mark`.
bool join(const QStringList &pieces, const QString &wav, int mark, qint64 &start, qint64 &end)
{
    QStringList args;
    const QString gap = wav + QStringLiteral(".gap.wav");
    run(QStringLiteral("sox"),
        {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("16000"), QStringLiteral("-b"),
         QStringLiteral("16"), gap, QStringLiteral("trim"), QStringLiteral("0"),
         QStringLiteral("0.4")});
    qint64 at = 0;
    for (int i = 0; i < pieces.size(); ++i) {
        if (i > 0) {
            args.append(gap);
            at += 400;
        }
        args.append(pieces[i]);
        const qint64 length = durationMs(pieces[i]);
        if (i == mark) {
            start = at;
            end = at + length;
        }
        at += length;
    }
    args.append(wav);
    const bool ok = run(QStringLiteral("sox"), args);
    QFile::remove(gap);
    return ok;
}

QList<Clip> makeCorpus(const QString &folder)
{
    QFile index(folder + QStringLiteral("/corpus.json"));
    if (index.open(QIODevice::ReadOnly)) {
        QList<Clip> clips;
        for (const QJsonValue v : QJsonDocument::fromJson(index.readAll()).array())
            clips.append(clipOf(v.toObject()));
        out << "corpus: " << clips.size() << " clips, kept from an earlier run in " << folder
            << "\n";
        return clips;
    }
    QDir().mkpath(folder);
    out << "making the corpus in " << folder << " (text2wave, espeak-ng, sox)...\n";
    out.flush();
    QRandomGenerator rng(28);
    QList<Clip> clips;
    int n = 0;
    const auto piece = [&](const Voice &v, const QString &text) {
        const QString wav = folder + QStringLiteral("/piece-%1.wav").arg(++n);
        return speak(v, text, wav) ? wav : QString();
    };
    for (const Voice &voice : voices()) {
        // Positives: 4 readings a voice, grouped and straight, 16 and 15 digits; each both
        // outside and inside a pause (the same audio, told differently).
        for (int i = 0; i < 4; ++i) {
            const bool grouped = i % 2 == 0;
            const QString card = luhnCard(rng, i == 3 ? 15 : 16);
            const QStringList pieces{
                piece(voice, kLeadIns[int(rng.bounded(kLeadIns.size()))]),
                piece(voice, spoken(card, grouped ? (card.size() == 15 ? 5 : 4) : 0)),
                piece(voice, kTrailers[int(rng.bounded(kTrailers.size()))])};
            if (pieces.contains(QString()))
                continue;
            Clip clip;
            clip.positive = true;
            clip.voice = voice.name;
            clip.grouped = grouped;
            const QString wide = folder + QStringLiteral("/pos-%1.wide.wav").arg(clips.size());
            if (!join(pieces, wide, 1, clip.cardStart, clip.cardEnd))
                continue;
            clip.file = folder + QStringLiteral("/pos-%1.wav").arg(clips.size());
            if (!telephone(wide, clip.file, i % 2 == 0 ? 35 : 20))
                continue;
            clip.durationMs = durationMs(clip.file);
            clips.append(clip);
            Clip inside = clip;
            inside.paused = true;
            clips.append(inside);
            Clip analogue = clip;
            analogue.analogue = true;
            analogue.file = folder + QStringLiteral("/pos-%1-analogue.wav").arg(clips.size());
            if (telephone(wide, analogue.file, i % 2 == 0 ? 35 : 20, true))
                clips.append(analogue);
            for (const QString &p : pieces)
                QFile::remove(p);
            QFile::remove(wide);
        }
        // Negatives: calls of 14 sentences, about a minute each.
        const int calls = voice.engine == u"festival" ? 6 : 8;
        for (int c = 0; c < calls; ++c) {
            QStringList pieces;
            for (int s = 0; s < 14; ++s)
                pieces.append(piece(voice, negativeSentence(rng)));
            if (pieces.contains(QString()))
                continue;
            Clip clip;
            clip.voice = voice.name;
            const QString wide = folder + QStringLiteral("/neg-%1.wide.wav").arg(clips.size());
            qint64 unused = 0;
            if (!join(pieces, wide, -1, unused, unused))
                continue;
            clip.file = folder + QStringLiteral("/neg-%1.wav").arg(clips.size());
            if (!telephone(wide, clip.file, c % 2 == 0 ? 35 : 20))
                continue;
            clip.durationMs = durationMs(clip.file);
            clips.append(clip);
            for (const QString &p : pieces)
                QFile::remove(p);
            QFile::remove(wide);
        }
    }
    // Hold music and silence: ten minutes of each.
    for (const auto &[name, synth] :
         {std::pair{
              QStringLiteral("hold"),
              QStringList{QStringLiteral("synth"), QStringLiteral("600"), QStringLiteral("pluck"),
                          QStringLiteral("C4"), QStringLiteral("pluck"), QStringLiteral("E4"),
                          QStringLiteral("pluck"), QStringLiteral("G4"), QStringLiteral("tremolo"),
                          QStringLiteral("2"), QStringLiteral("60")}},
          std::pair{QStringLiteral("silence"),
                    QStringList{QStringLiteral("synth"), QStringLiteral("600"),
                                QStringLiteral("whitenoise"), QStringLiteral("vol"),
                                QStringLiteral("0.002")}}}) {
        Clip clip;
        clip.voice = name;
        clip.file = folder + QStringLiteral("/%1.wav").arg(name);
        if (!run(QStringLiteral("sox"),
                 QStringList{QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("8000"),
                             QStringLiteral("-e"), QStringLiteral("u-law"), clip.file} +
                     synth))
            continue;
        clip.durationMs = durationMs(clip.file);
        clips.append(clip);
    }
    // Two-channel calls: a positive's number on the customer's side, a negative on the agent's.
    const qsizetype single = clips.size();
    for (qsizetype i = 0, pairs = 0; i < single && pairs < 6; ++i) {
        if (!clips[i].positive || clips[i].paused || clips[i].analogue)
            continue;
        const auto agent = std::find_if(clips.begin(), clips.end(), [](const Clip &c) {
            return !c.positive && c.voice.startsWith(u"espeak");
        });
        if (agent == clips.end())
            break;
        Clip both = clips[i];
        both.file = folder + QStringLiteral("/call-%1.wav").arg(pairs++);
        if (!run(QStringLiteral("sox"), {QStringLiteral("-M"), agent->file, clips[i].file,
                                         both.file, QStringLiteral("trim"), QStringLiteral("0"),
                                         QString::number(double(clips[i].durationMs) / 1000.0)}))
            continue;
        both.voice += QStringLiteral(" (two channels)");
        both.durationMs = durationMs(both.file);
        clips.append(both);
    }
    QJsonArray list;
    for (const Clip &c : clips)
        list.append(toJson(c));
    if (index.open(QIODevice::WriteOnly))
        index.write(QJsonDocument(list).toJson());
    return clips;
}

struct Tally
{
    int outside = 0;
    int found = 0;
    int analogue = 0;
    int analogueFound = 0;
    int inside = 0;
    int proved = 0;
    int falseFindings = 0;
    int falseInPositives = 0;
    qint64 negativeMs = 0;
    qint64 audioMs = 0; // per channel scanned
    double cpuMs = 0;
    QMap<QString, QPair<int, int>> byVoice; // found / outside
};

Tally measure(CardScanner &scanner, const QList<Clip> &clips,
              const std::function<QString(const Clip &)> &fileOf)
{
    Tally t;
    for (const Clip &clip : clips) {
        const CardNumberFinder::Spans paused =
            clip.paused ? CardNumberFinder::Spans{{clip.cardStart - 500, clip.cardEnd + 500}}
                        : CardNumberFinder::Spans{};
        const QString file = fileOf(clip);
        QElapsedTimer timer;
        timer.start();
        const Result<CardScanReport> report = scanner.scan(file, paused);
        t.cpuMs += double(timer.nsecsElapsed()) / 1e6;
        if (!report) {
            out << "  " << clip.file << ": " << report.error() << "\n";
            continue;
        }
        t.audioMs += report->durationMs * (report->channels == 2 ? 2 : 1);
        if (!clip.positive) {
            t.negativeMs += report->durationMs * (report->channels == 2 ? 2 : 1);
            t.falseFindings += int(report->findings.size());
            continue;
        }
        bool hit = false;
        for (const CardFinding &f : report->findings) {
            const bool over = f.startMs < clip.cardEnd + 1000 && f.endMs > clip.cardStart - 1000;
            if (!over) {
                ++t.falseInPositives;
                continue;
            }
            hit = hit || (f.outsidePause != clip.paused);
        }
        if (clip.paused) {
            ++t.inside;
            t.proved += hit ? 1 : 0;
        } else if (clip.analogue) {
            ++t.analogue;
            t.analogueFound += hit ? 1 : 0;
        } else {
            ++t.outside;
            t.found += hit ? 1 : 0;
            auto &v = t.byVoice[clip.voice.section(u' ', 0, 1) +
                                (clip.grouped ? QStringLiteral(", groups")
                                              : QStringLiteral(", straight"))];
            v.first += hit ? 1 : 0;
            v.second += 1;
        }
    }
    return t;
}

} // namespace

namespace {

// The longest the event loop of the thread that runs `work` waited between two 5 ms ticks, while
// `done` did not hold (the library's window lives on that thread).
qint64 longestStall(const std::function<void()> &work, const std::function<bool()> &done)
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    clock.start();
    tick.start();
    work();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return longest;
}

// A library scanning a folder of recsim's calls for card numbers through recbar-scan, as the
// window runs it: how long its thread is kept from the window at most (against the same thread
// idle), how fast, and what it hears in calls where the customer reads a number out.
void measureLibraryScan()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Library library(settings);
    if (!library.open(dir.filePath(QStringLiteral("library.sqlite")),
                      dir.filePath(QStringLiteral("cache")))) {
        out << "bench_cards: the library cannot be opened\n";
        return;
    }
    library.cardScans().setProgram(QStringLiteral(RECBAR_SCAN_PROGRAM));
    // 16 calls of 30 s: in 4 the number is read while recording ran, in 4 while paused.
    recsim::AudioStore store(dir.filePath(QStringLiteral("calls")));
    QList<qint64> ids;
    QSet<qint64> readOut;
    QSet<qint64> readPaused;
    qint64 audioMs = 0;
    for (int i = 0; i < 16; ++i) {
        recsim::AudioPlan plan;
        plan.durationMs = 30'000;
        plan.seed = quint32(100 + i);
        RecordingEntry e;
        if (i % 4 < 2) {
            plan.spokenCards = {6'000 + 1'000 * (i % 3)};
            if (i % 4 == 1) {
                plan.silent = {{plan.spokenCards.first() - 2'000,
                                plan.spokenCards.first() + recsim::kCardClipMs + 2'000}};
                e.pausedSpans = {{plan.silent.first().start, plan.silent.first().end}};
            }
        }
        QString error;
        e.filePath = store.file(QStringLiteral("call%1").arg(i), plan, {},
                                recsim::AudioStore::Format::WavUlaw, &error);
        if (e.filePath.isEmpty()) {
            out << "bench_cards: " << error << "\n";
            return;
        }
        e.source = QStringLiteral("folder:bench");
        e.sourceKey = e.filePath;
        e.onDisk = true;
        e.durationMs = plan.durationMs;
        const qint64 id = library.add(e).valueOr(0);
        ids.append(id);
        if (!plan.spokenCards.isEmpty())
            (e.pausedSpans.isEmpty() ? readOut : readPaused).insert(id);
        audioMs += plan.durationMs;
    }
    bool finished = false;
    QObject::connect(&library.cardScans(), &CardScanQueue::finished, [&] { finished = true; });
    QElapsedTimer wall;
    wall.start();
    const qint64 scanning =
        longestStall([&] { library.cardScans().scan(ids); }, [&] { return finished; });
    const qint64 scanMs = wall.elapsed();
    QElapsedTimer idleFor;
    const qint64 idle =
        longestStall([&] { idleFor.start(); },
                     [&] { return idleFor.elapsed() >= std::min<qint64>(scanMs, 20'000); });
    int heard = 0;
    int heardPaused = 0;
    int heardElsewhere = 0;
    for (qint64 id : ids) {
        const bool outside = library.entry(id).value_or(RecordingEntry{}).cardsOutsidePause() > 0;
        heard += outside && readOut.contains(id) ? 1 : 0;
        heardPaused += outside && readPaused.contains(id) ? 1 : 0;
        heardElsewhere += outside && !readOut.contains(id) && !readPaused.contains(id) ? 1 : 0;
    }
    out << QStringLiteral("\nlibrary scan of %1 recsim calls (%2 min of audio) in %3 s (%4x real "
                          "time, recbar-scan on one core):\n")
               .arg(ids.size())
               .arg(double(audioMs) / 60'000, 0, 'f', 1)
               .arg(double(scanMs) / 1000, 0, 'f', 1)
               .arg(double(audioMs) / double(std::max<qint64>(scanMs, 1)), 0, 'f', 1)
        << QStringLiteral("  longest wait of the window's thread: %1 ms while scanning, %2 ms "
                          "idle (goal: <= 50 ms)\n")
               .arg(scanning)
               .arg(idle)
        << QStringLiteral("  heard outside a pause: %1 of %2 read while recording, %3 of %4 read "
                          "while paused, %5 of %6 without\n")
               .arg(heard)
               .arg(readOut.size())
               .arg(heardPaused)
               .arg(readPaused.size())
               .arg(heardElsewhere)
               .arg(ids.size() - readOut.size() - readPaused.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // --library: only the library's scan of recsim's calls (a few minutes, no corpus).
    if (app.arguments().contains(QStringLiteral("--library"))) {
        measureLibraryScan();
        return 0;
    }
    const QString folder =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../card-corpus-3");
    for (const QString &tool :
         {QStringLiteral("text2wave"), QStringLiteral("espeak-ng"), QStringLiteral("sox")}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            out << "bench_cards: " << tool
                << " is missing (festival festvox-us-slt-hts festvox-kallpc16k festvox-kdlpc16k "
                   "espeak-ng sox)\n";
            return 1;
        }
    }
    const QList<Clip> clips = makeCorpus(QDir::cleanPath(folder));
    Result<std::unique_ptr<CardScanner>> scanner = CardScanner::create();
    if (!scanner) {
        out << "bench_cards: " << scanner.error() << "\n";
        return 1;
    }
    out << "engine: " << DigitSpotter::engineName() << ", model " << DigitSpotter::modelFolder()
        << "\n";
    out.flush();
    const Tally t = measure(**scanner, clips, [](const Clip &c) { return c.file; });
    // The baseline: the same audio resampled to 16 kHz the usual way (sox), scanned the same.
    const Tally b = measure(**scanner, clips, [&](const Clip &c) {
        const QString wide = c.file + QStringLiteral(".16k.wav");
        if (!QFile::exists(wide))
            run(QStringLiteral("sox"),
                {c.file, QStringLiteral("-r"), QStringLiteral("16000"), QStringLiteral("-e"),
                 QStringLiteral("signed"), QStringLiteral("-b"), QStringLiteral("16"), wide});
        return wide;
    });
    const auto percent = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
    const auto perHour = [](int n, qint64 ms) { return ms ? n * 3'600'000.0 / double(ms) : 0.0; };
    const auto speed = [](const Tally &x) {
        return x.cpuMs > 0 ? double(x.audioMs) / x.cpuMs : 0.0;
    };
    out << QStringLiteral("\n%1 %2 %3 %4\n")
               .arg(QStringLiteral("what"), -34)
               .arg(QStringLiteral("mirrored"), 12)
               .arg(QStringLiteral("resampled"), 12)
               .arg(QStringLiteral("goal"), 8);
    const auto row = [](const QString &what, const QString &a, const QString &b,
                        const QString &goal) {
        out << QStringLiteral("%1 %2 %3 %4\n").arg(what, -34).arg(a, 12).arg(b, 12).arg(goal, 8);
    };
    row(QStringLiteral("recall, outside a pause (%1)").arg(t.outside),
        QStringLiteral("%1 %").arg(percent(t.found, t.outside), 0, 'f', 1),
        QStringLiteral("%1 %").arg(percent(b.found, b.outside), 0, 'f', 1),
        QStringLiteral(">= 90 %"));
    row(QStringLiteral("recall, 300-3400 Hz line (%1)").arg(t.analogue),
        QStringLiteral("%1 %").arg(percent(t.analogueFound, t.analogue), 0, 'f', 1),
        QStringLiteral("%1 %").arg(percent(b.analogueFound, b.analogue), 0, 'f', 1),
        QStringLiteral("-"));
    row(QStringLiteral("marked inside a pause (%1)").arg(t.inside),
        QStringLiteral("%1 %").arg(percent(t.proved, t.inside), 0, 'f', 1),
        QStringLiteral("%1 %").arg(percent(b.proved, b.inside), 0, 'f', 1), QStringLiteral("-"));
    row(QStringLiteral("false findings / hour (%1 min)").arg(t.negativeMs / 60'000),
        QString::number(perHour(t.falseFindings, t.negativeMs), 'f', 2),
        QString::number(perHour(b.falseFindings, b.negativeMs), 'f', 2), QStringLiteral("<= 1"));
    row(QStringLiteral("findings off the card, positives"), QString::number(t.falseInPositives),
        QString::number(b.falseInPositives), QStringLiteral("-"));
    row(QStringLiteral("speed, one core"), QStringLiteral("%1x").arg(speed(t), 0, 'f', 1),
        QStringLiteral("%1x").arg(speed(b), 0, 'f', 1), QStringLiteral(">= 20x"));
    measureLibraryScan();
    out << "\nrecall by voice and reading (mirrored):\n";
    for (auto it = t.byVoice.begin(); it != t.byVoice.end(); ++it)
        out << QStringLiteral("  %1 %2 of %3\n").arg(it.key(), -32).arg(it->first).arg(it->second);
    out << "JSON "
        << QJsonDocument(
               QJsonObject{{QStringLiteral("engine"), DigitSpotter::engineName()},
                           {QStringLiteral("recall"), percent(t.found, t.outside)},
                           {QStringLiteral("recallResampled"), percent(b.found, b.outside)},
                           {QStringLiteral("recallAnalogue"), percent(t.analogueFound, t.analogue)},
                           {QStringLiteral("proof"), percent(t.proved, t.inside)},
                           {QStringLiteral("falsePerHour"), perHour(t.falseFindings, t.negativeMs)},
                           {QStringLiteral("falseInPositives"), t.falseInPositives},
                           {QStringLiteral("speedX"), speed(t)},
                           {QStringLiteral("negativeMinutes"), double(t.negativeMs) / 60'000}})
               .toJson(QJsonDocument::Compact)
        << "\n";
    return 0;
}
