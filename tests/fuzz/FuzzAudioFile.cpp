// Recordings from disk or a server: any bytes as a file for the decoder, read to the end (or a
// bound), seeked, and turned into a waveform; and as MP3 frames for the check for a cut file.
#include "FuzzInput.h"
#include "audio/AudioDecoder.h"
#include "audio/Mp3Frames.h"
#include "audio/Waveform.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.wav"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    {
        QByteArray bytes =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        (void)recbar::Mp3Frames::scan(buffer);
    }
    auto opened = recbar::AudioDecoder::open(path);
    if (!opened)
        return 0;
    recbar::AudioDecoder &d = **opened;
    std::vector<float> block(size_t(4096) * size_t(d.channels()));
    qint64 total = 0;
    while (total < 1'000'000) {
        const qint64 n = d.read(block.data(), 4096);
        if (n == 0)
            break;
        total += n;
    }
    d.seek(d.frames() / 2);
    d.read(block.data(), 16);
    if (d.frames() < 10'000'000)
        (void)recbar::Waveform::build(path);
    return 0;
}
