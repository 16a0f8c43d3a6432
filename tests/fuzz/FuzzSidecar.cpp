// A folder's recordings: a JSON sidecar of any content next to a small valid WAV, read as a
// folder scan reads it.
#include "FuzzInput.h"
#include "library/FolderScanner.h"

#include <QFile>
#include <QTemporaryDir>

namespace {

// 0.1 s of silence, 8 kHz u-law: a header and 800 bytes.
QByteArray smallWav()
{
    QByteArray wav("RIFF");
    const auto u32 = [&](quint32 v) {
        for (int i = 0; i < 4; ++i)
            wav.append(char((v >> (8 * i)) & 0xFF));
    };
    const auto u16 = [&](quint16 v) {
        wav.append(char(v & 0xFF));
        wav.append(char(v >> 8));
    };
    u32(36 + 800);
    wav.append("WAVEfmt ");
    u32(16);
    u16(7); // u-law
    u16(1);
    u32(8000);
    u32(8000);
    u16(1);
    u16(8);
    wav.append("data");
    u32(800);
    wav.append(QByteArray(800, char(0xFF)));
    return wav;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    static const bool wavWritten = [] {
        QFile wav(dir.filePath(QStringLiteral("20260301-101500_bob_+15551234567_in.wav")));
        return wav.open(QIODevice::WriteOnly) && wav.write(smallWav()) > 0;
    }();
    if (!wavWritten)
        return 0;
    QFile sidecar(dir.filePath(QStringLiteral("20260301-101500_bob_+15551234567_in.json")));
    if (!sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    sidecar.write(reinterpret_cast<const char *>(data), qint64(size));
    sidecar.close();
    QString problem;
    (void)recbar::FolderScanner::read(
        dir.path(), dir.filePath(QStringLiteral("20260301-101500_bob_+15551234567_in.wav")),
        &problem);
    return 0;
}
