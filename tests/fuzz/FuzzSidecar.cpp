// A folder's recordings: a JSON sidecar of any content next to a small valid WAV, read as a
// folder scan reads it.
#include "FuzzInput.h"
#include "domain/DisplayText.h"
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
    const recbar::RecordingEntry entry = recbar::FolderScanner::read(
        dir.path(), dir.filePath(QStringLiteral("20260301-101500_bob_+15551234567_in.wav")),
        &problem);
    // Spans stay within the recording, and what is shown carries no bidi control.
    for (const auto &spans : {entry.pausedSpans, entry.heldSpans}) {
        for (const auto &[from, to] : spans) {
            if (from < 0 || to <= from || (entry.durationMs > 0 && to > entry.durationMs))
                __builtin_trap();
        }
    }
    for (const QString &shown :
         {recbar::DisplayText::number(entry.remoteNumber),
          recbar::DisplayText::visible(entry.agent), recbar::DisplayText::visible(entry.notes)}) {
        // The one isolate around right-to-left text is the display's own.
        QStringView inner(shown);
        if (inner.startsWith(QChar(0x2066)) && inner.endsWith(QChar(0x2069)))
            inner = inner.mid(1, inner.size() - 2);
        if (std::any_of(inner.begin(), inner.end(), recbar::DisplayText::isBidiControl))
            __builtin_trap();
    }
    return 0;
}
