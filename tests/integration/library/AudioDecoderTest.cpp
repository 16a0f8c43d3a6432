#include "audio/AudioDecoder.h"

#include "AudioTools.h"
#include "CatchCompat.h"
#include "audio/Mp3Frames.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <cmath>

using namespace recbar;

namespace {

std::unique_ptr<AudioDecoder> openOrFail(const QString &path)
{
    auto opened = AudioDecoder::open(path);
    if (!opened)
        FAIL(opened.error().toStdString());
    return std::move(*opened);
}

QString openError(const QString &path)
{
    auto opened = AudioDecoder::open(path);
    return opened ? QString() : opened.error();
}

std::vector<float> readAll(AudioDecoder &decoder)
{
    std::vector<float> out;
    std::vector<float> block(size_t(1000) * size_t(decoder.channels()));
    while (const qint64 n = decoder.read(block.data(), 1000))
        out.insert(out.end(), block.begin(), block.begin() + n * decoder.channels());
    return out;
}

double maxDifference(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return 1e9;
    double worst = 0;
    for (size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, double(std::abs(a[i] - b[i])));
    return worst;
}

void truncateTo(const QString &path, qint64 size)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.resize(size));
}

} // namespace

TEST_CASE("Every format call recorders write decodes to the tone that was written",
          "[audio][formats]")
{
    QTemporaryDir dir;
    struct Case
    {
        const char *name;
        const char *encoding;
        const char *format;
        qint64 expectedFrames; // sox's own count
    };
    const Case cases[] = {
        {"pcm16.wav", "-b 16 -e signed-integer", "WAV PCM 16-bit", 16000},
        {"pcm8.wav", "-b 8 -e unsigned-integer", "WAV PCM 8-bit", 16000},
        {"ulaw.wav", "-e u-law", "WAV G.711 u-law", 16000},
        {"alaw.wav", "-e a-law", "WAV G.711 a-law", 16000},
        {"gsm.wav", "-e gsm-full-rate", "WAV GSM 6.10", 16000},
        {"ima.wav", "-e ima-adpcm", "WAV IMA ADPCM", 16160},
        {"msadpcm.wav", "-e ms-adpcm", "WAV MS ADPCM", 16000},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = audiotools::tone(dir.path(), QLatin1String(c.name), c.encoding);
        auto decoder = openOrFail(path);
        CHECK(decoder->formatName() == QLatin1String(c.format));
        CHECK(decoder->sampleRate() == 8000);
        CHECK(decoder->channels() == 1);
        CHECK(std::abs(decoder->frames() - c.expectedFrames) <= 160); // GSM pads to 20 ms frames
        CHECK(std::abs(decoder->durationMs() - 2000) <= 20);
        CHECK_FALSE(decoder->truncated());

        const std::vector<float> samples = readAll(*decoder);
        CHECK(qint64(samples.size()) == decoder->frames());
        // Sample for sample what sox's own decoders make of the file.
        CHECK(maxDifference(samples, audiotools::soxDecode(path)) < 1e-4);
        // And the tone survives even the lossy codecs: same shape, same loudness (0.5 / sqrt 2).
        CHECK(audiotools::correlationWithTone(samples, 1, 40) > 0.95);
        CHECK(std::abs(audiotools::rms(samples, 1, 0) - 0.3536) < 0.04);

        // Seeking lands on the very sample a straight read gives.
        REQUIRE(decoder->seek(12345));
        CHECK(decoder->position() == 12345);
        std::vector<float> after(500);
        REQUIRE(decoder->read(after.data(), 500) == 500);
        for (size_t i = 0; i < after.size(); ++i) {
            if (std::abs(after[i] - samples[12345 + i]) > 1e-6)
                FAIL("sample " << 12345 + i << " differs after a seek");
        }
        // Past the end: clamped, and reading gives nothing.
        REQUIRE(decoder->seek(decoder->frames() + 1000));
        CHECK(decoder->read(after.data(), 500) == 0);
    }
}

TEST_CASE("MP3 from lame decodes with its length and its tone", "[audio][formats]")
{
    QTemporaryDir dir;
    const QString path = audiotools::mp3Tone(dir.path(), QStringLiteral("call.mp3"), 3.0);
    auto decoder = openOrFail(path);
    CHECK(decoder->formatName() == QStringLiteral("MP3"));
    CHECK(decoder->sampleRate() == 8000);
    CHECK(decoder->channels() == 1);
    // Encoder delay and padding: within a frame or two.
    CHECK(std::abs(decoder->durationMs() - 3000) <= 150);
    const std::vector<float> samples = readAll(*decoder);
    CHECK(qint64(samples.size()) == decoder->frames());
    // lame's encoder delay: the tone starts a little late.
    CHECK(audiotools::correlationWithTone(samples, 1, 2000) > 0.9);
    CHECK(std::abs(audiotools::rms(samples, 1, 0) - 0.3536) < 0.06);

    REQUIRE(decoder->seek(16000));
    std::vector<float> after(400);
    REQUIRE(decoder->read(after.data(), 400) == 400);
    double worst = 0;
    for (size_t i = 0; i < after.size(); ++i)
        worst = std::max(worst, double(std::abs(after[i] - samples[16000 + i])));
    CHECK(worst < 0.01);
}

TEST_CASE("Stereo recordings keep one party per channel", "[audio][formats]")
{
    QTemporaryDir dir;
    for (const char *encoding : {"-b 16", "-e u-law", "-e a-law"}) {
        INFO(encoding);
        const QString path =
            audiotools::tone(dir.path(), QStringLiteral("stereo.wav"), encoding, 2);
        auto decoder = openOrFail(path);
        CHECK(decoder->channels() == 2);
        CHECK(decoder->frames() == 16000);
        const std::vector<float> samples = readAll(*decoder);
        REQUIRE(samples.size() == 32000);
        CHECK(std::abs(audiotools::rms(samples, 2, 0) - 0.3536) < 0.02);
        CHECK(audiotools::rms(samples, 2, 1) < 0.001);
        CHECK(maxDifference(samples, audiotools::soxDecode(path)) < 1e-4);
    }
}

TEST_CASE("Damaged files get a clear message, never a crash", "[audio][damaged]")
{
    QTemporaryDir dir;

    SECTION("a WAV whose header is garbage")
    {
        const QString path = audiotools::tone(dir.path(), QStringLiteral("bad.wav"), "-b 16");
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(12); // the fmt chunk: its id, size and format all overwritten
        file.write(QByteArray(24, '\xAB'));
        file.close();
        const QString problem = openError(path);
        CHECK_FALSE(problem.isEmpty());
        CHECK(problem.contains(QStringLiteral("Not a playable recording")));
    }

    SECTION("a WAV whose header claims an impossible format")
    {
        const QString path = audiotools::tone(dir.path(), QStringLiteral("zero-rate.wav"), "-b 16");
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(24); // sample rate
        file.write(QByteArray(4, '\0'));
        file.close();
        CHECK_FALSE(openError(path).isEmpty());
    }

    SECTION("a WAV cut short keeps what is there and says so")
    {
        const QString path = audiotools::tone(dir.path(), QStringLiteral("cut.wav"), "-e u-law");
        truncateTo(path, 58 + 6000); // header + 6000 of the 16000 samples
        auto decoder = openOrFail(path);
        CHECK(decoder->truncated());
        CHECK(decoder->frames() == 6000);
        CHECK(readAll(*decoder).size() == 6000);
    }

    SECTION("a GSM WAV (which libsndfile cannot seek in) cut short, also mid-block")
    {
        const QString path =
            audiotools::tone(dir.path(), QStringLiteral("cut-gsm.wav"), "-e gsm-full-rate");
        const qint64 whole = QFileInfo(path).size();
        truncateTo(path, whole - 65 * 10 - 20); // the last 10 blocks and part of another
        auto decoder = openOrFail(path);
        CHECK(decoder->truncated());
        CHECK(decoder->frames() <= 16000 - 320 * 10);
        CHECK(qint64(readAll(*decoder).size()) == decoder->frames());
    }

    SECTION("a truncated MP3 plays the part that arrived")
    {
        const QString path = audiotools::mp3Tone(dir.path(), QStringLiteral("cut.mp3"), 4.0);
        truncateTo(path, QFileInfo(path).size() / 2);
        auto decoder = openOrFail(path);
        CHECK(decoder->durationMs() > 1000);
        CHECK(decoder->durationMs() < 3000);
        const std::vector<float> samples = readAll(*decoder);
        CHECK(qint64(samples.size()) == decoder->frames());
    }

    SECTION("an MP3 cut inside its first frame, an empty file, random bytes, a missing file")
    {
        const QString mp3 = audiotools::mp3Tone(dir.path(), QStringLiteral("stub.mp3"), 1.0);
        truncateTo(mp3, 30);
        CHECK_FALSE(openError(mp3).isEmpty());

        const QString empty = dir.filePath(QStringLiteral("empty.wav"));
        QFile(empty).open(QIODevice::WriteOnly);
        CHECK(openError(empty) == QStringLiteral("The file is empty"));

        const QString noise = dir.filePath(QStringLiteral("noise.mp3"));
        QFile file(noise);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray bytes(50'000, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        file.write(bytes);
        file.close();
        CHECK_FALSE(openError(noise).isEmpty());

        CHECK(openError(dir.filePath(QStringLiteral("gone.wav")))
                  .startsWith(QStringLiteral("Cannot open")));
    }
}

TEST_CASE("A complete MP3 is never called cut, whatever its tags and LAME's delay and padding",
          "[audio][mp3]")
{
    QTemporaryDir dir;
    const QList<std::pair<int, QStringList>> cases{
        // The supervisor's file: too small a frame for LAME's Info header, so libsndfile
        // guesses its length from the size, and guesses long.
        {22050, {QStringLiteral("-b"), QStringLiteral("32")}},
        {22050, {QStringLiteral("-b"), QStringLiteral("32"), QStringLiteral("-t")}},
        {16000,
         {QStringLiteral("-b"), QStringLiteral("32"), QStringLiteral("--tt"),
          QStringLiteral("Call 1234"), QStringLiteral("--add-id3v2")}},
        {11025, {QStringLiteral("-b"), QStringLiteral("32"), QStringLiteral("-t")}},
        {44100,
         {QStringLiteral("-b"), QStringLiteral("128"), QStringLiteral("-t"), QStringLiteral("--tt"),
          QStringLiteral("Call"), QStringLiteral("--id3v1-only")}},
        {44100, {QStringLiteral("-V"), QStringLiteral("5")}},
        {8000, {QStringLiteral("-b"), QStringLiteral("32")}},
    };
    int n = 0;
    for (const auto &[rate, options] : cases) {
        INFO(rate << " Hz, lame " << options.join(u' ').toStdString());
        const QString path = audiotools::lameFile(
            dir.path(), QStringLiteral("whole%1.mp3").arg(n++), rate, options, 20.0);
        auto decoder = openOrFail(path);
        CHECK_FALSE(decoder->truncated());
        // Within the encoder's delay and padding (a few frames) of the 20 s written.
        CHECK(std::abs(decoder->durationMs() - 20'000) < 250);
    }
}

TEST_CASE("An MP3 that really ends early says so", "[audio][mp3]")
{
    QTemporaryDir dir;
    // 44.1 kHz: LAME's Info header needs a larger frame than 32 kbit/s at 22 kHz makes.
    const QString whole = audiotools::lameFile(dir.path(), QStringLiteral("whole.mp3"), 44100,
                                               {QStringLiteral("-b"), QStringLiteral("64")}, 10.0);
    QFile file(whole);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto scan = [](QByteArray data) {
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        return Mp3Frames::scan(buffer);
    };
    const std::optional<Mp3Frames> complete = scan(bytes);
    REQUIRE(complete);
    REQUIRE(complete->announcedFrames);
    CHECK_FALSE(complete->truncated());

    SECTION("in the middle of a frame")
    {
        const std::optional<Mp3Frames> cut = scan(bytes.left(bytes.size() / 2 + 7));
        REQUIRE(cut);
        CHECK(cut->truncated());
    }
    SECTION("at a frame boundary: only its LAME header's count tells")
    {
        qsizetype at = bytes.size() / 2;
        while (scan(bytes.left(at))->endsMidFrame)
            ++at;
        const std::optional<Mp3Frames> cut = scan(bytes.left(at));
        CHECK_FALSE(cut->endsMidFrame);
        CHECK(cut->frames < complete->frames);
        CHECK(cut->truncated());
        // The decoder neither keeps the Info header's length nor plays past the audio.
        const QString path = dir.filePath(QStringLiteral("boundary.mp3"));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(at));
        out.close();
        auto decoder = openOrFail(path);
        CHECK(decoder->truncated());
        CHECK(std::abs(decoder->durationMs() - cut->frames * 1152 * 1000 / 44100) < 100);
        CHECK(qint64(readAll(*decoder).size()) == decoder->frames());
        // Without that header nothing tells a cut at a boundary: nothing is claimed.
        const QString plain = audiotools::lameFile(
            dir.path(), QStringLiteral("plain.mp3"), 22050,
            {QStringLiteral("-b"), QStringLiteral("32"), QStringLiteral("-t")}, 10.0);
        QFile other(plain);
        REQUIRE(other.open(QIODevice::ReadOnly));
        const QByteArray plainBytes = other.readAll();
        qsizetype boundary = plainBytes.size() / 2;
        while (scan(plainBytes.left(boundary))->endsMidFrame)
            ++boundary;
        CHECK_FALSE(scan(plainBytes.left(boundary))->truncated());
    }
    SECTION("the decoder says it, and plays what is there")
    {
        const QString path = dir.filePath(QStringLiteral("cut.mp3"));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() * 3 / 5 + 3));
        out.close();
        auto decoder = openOrFail(path);
        CHECK(decoder->truncated());
        CHECK(decoder->durationMs() > 5000);
        CHECK(decoder->durationMs() < 7000);
    }
    SECTION("not audio at all: nothing is claimed")
    {
        CHECK_FALSE(scan(QByteArray(4096, 'x')).has_value());
    }
}

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    return path;
}

QByteArray littleEndian32(quint32 value)
{
    QByteArray out(4, '\0');
    qToLittleEndian(value, out.data());
    return out;
}

// sox's PCM WAV: RIFF header, a 16-byte fmt chunk, then data at byte 36.
constexpr qsizetype kSoxDataChunk = 36;

} // namespace

TEST_CASE("Chunk sizes that would send libsndfile's parser round for ever are caught first",
          "[audio][damaged]")
{
    QTemporaryDir dir;
    const QString tone = audiotools::tone(dir.path(), QStringLiteral("tone.wav"), "-b 16");
    const QByteArray wav = readFile(tone);
    REQUIRE(wav.mid(kSoxDataChunk, 4) == "data");
    const std::vector<float> expected = audiotools::soxDecode(tone);

    SECTION("a LIST whose entries claim nearly 4 GiB (found by the fuzzer; libsndfile 1.2 hangs)")
    {
        const QByteArray hostile = QByteArray::fromBase64(
            "UklGRiEBMTpXQVZFTElTVCwy+wv//////////////////////////////////////////////////////"
            "/////////////////////////////////////////////////////////+v//////////8=");
        const QString path = writeFile(dir.filePath(QStringLiteral("list.wav")), hostile);
        CHECK(openError(path).contains(QStringLiteral("Not a playable recording")));
    }

    // An entry libsndfile does not know, with a size that wraps its count: it jumps back 8 bytes
    // and reads the same entry again, for ever.
    const QByteArray backwards = "abcd" + littleEndian32(0xFFFFFFF8);
    const auto list = [](const QByteArray &content) {
        return "LIST" + littleEndian32(quint32(content.size())) + content;
    };

    SECTION("a LIST that fits, with an entry that runs backwards, before or after the audio")
    {
        for (const bool before : {true, false}) {
            INFO(before);
            QByteArray bytes = wav;
            const QByteArray chunk = list(QByteArray("INFO") + "IART" + littleEndian32(4) +
                                          QByteArray("Bob\0", 4) + backwards);
            if (before)
                bytes.insert(kSoxDataChunk, chunk);
            else
                bytes += chunk;
            const QString path = writeFile(dir.filePath(QStringLiteral("list.wav")), bytes);
            auto decoder = openOrFail(path);
            CHECK(decoder->tags().artist == QStringLiteral("Bob"));
            CHECK_FALSE(decoder->truncated());
            CHECK(maxDifference(readAll(*decoder), expected) < 1e-4);
        }
    }

    SECTION("a LIST ending in a label too short for its own fields")
    {
        // libsndfile reads a labl's size and mark id whatever its size says: past the LIST.
        QByteArray bytes = wav;
        bytes.insert(kSoxDataChunk, list(QByteArray("INFO") + "IXYZ" + littleEndian32(2) + "ab" +
                                         "labl" + littleEndian32(0)));
        const QString path = writeFile(dir.filePath(QStringLiteral("labl.wav")), bytes);
        CHECK(maxDifference(readAll(*openOrFail(path)), expected) < 1e-4);
    }

    SECTION("a big-endian WAV (RIFX) reads the same")
    {
        const QString rifx = audiotools::tone(dir.path(), QStringLiteral("rifx.wav"), "-b 16 -B");
        REQUIRE(readFile(rifx).startsWith("RIFX"));
        CHECK(maxDifference(readAll(*openOrFail(rifx)), expected) < 1e-4);
    }

    SECTION("a chunk before the audio that does not fit: no audio can be found")
    {
        QByteArray bytes = wav;
        bytes.insert(kSoxDataChunk, "PAD " + littleEndian32(0xFFFFFFF8));
        const QString path = writeFile(dir.filePath(QStringLiteral("pad.wav")), bytes);
        CHECK(openError(path).contains(QStringLiteral("no data chunk")));
    }

    SECTION("a streaming recorder's open sizes (0 or all ones) play to the end, not cut")
    {
        for (const quint32 open : {0u, 0xFFFFFFFFu}) {
            INFO(open);
            QByteArray bytes = wav;
            bytes.replace(4, 4, littleEndian32(open));
            bytes.replace(kSoxDataChunk + 4, 4, littleEndian32(open));
            const QString path = writeFile(dir.filePath(QStringLiteral("open.wav")), bytes);
            auto decoder = openOrFail(path);
            CHECK(decoder->frames() == 16000);
            CHECK_FALSE(decoder->truncated());
        }
        // An empty data chunk in a file whose RIFF size was written is empty, not open.
        QByteArray empty = wav;
        empty.replace(kSoxDataChunk + 4, 4, littleEndian32(0));
        const QString path = writeFile(dir.filePath(QStringLiteral("empty.wav")), empty);
        CHECK(openError(path) == QStringLiteral("The recording holds no audio"));
    }

    SECTION("formats no call recorder writes are refused before libsndfile reads them")
    {
        const QString aiff = audiotools::tone(dir.path(), QStringLiteral("tone.aiff"), "-b 16");
        const QString problem = openError(aiff);
        INFO(problem.toStdString());
        CHECK(problem.contains(QStringLiteral("neither WAV nor MP3")));
    }

    SECTION("bytes between an MP3's ID3v2 tag and its first frame are skipped, the tag kept; "
            "another format behind the tag is refused")
    {
        const QString mp3 = audiotools::lameFile(
            dir.path(), QStringLiteral("tagged.mp3"), 16000,
            {QStringLiteral("-b"), QStringLiteral("32"), QStringLiteral("--tt"),
             QStringLiteral("Call 1234"), QStringLiteral("--add-id3v2")},
            3.0);
        QByteArray bytes = readFile(mp3);
        REQUIRE(bytes.startsWith("ID3"));
        const auto *b = reinterpret_cast<const uchar *>(bytes.constData());
        const qsizetype tagEnd = 10 + (b[6] << 21 | b[7] << 14 | b[8] << 7 | b[9]);
        QByteArray gap = bytes;
        gap.insert(tagEnd, QByteArray(16, '\0'));
        const QString path = writeFile(dir.filePath(QStringLiteral("gap.mp3")), gap);
        auto decoder = openOrFail(path);
        CHECK(decoder->formatName() == QStringLiteral("MP3"));
        CHECK(decoder->tags().title == QStringLiteral("Call 1234"));
        CHECK(std::abs(decoder->durationMs() - 3000) < 250);

        // A WAV behind an ID3 tag: libsndfile would read it as a WAV, unchecked.
        QByteArray wavBehind = bytes.left(tagEnd) + wav;
        const QString behind = writeFile(dir.filePath(QStringLiteral("behind.mp3")), wavBehind);
        CHECK(openError(behind).contains(QStringLiteral("neither WAV nor MP3")));
    }
}
