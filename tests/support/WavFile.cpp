#include "WavFile.h"

#include <QtEndian>

int16_t decodeUlaw(uint8_t code)
{
    code = uint8_t(~code);
    const int sign = code & 0x80;
    const int exponent = (code >> 4) & 0x07;
    const int mantissa = code & 0x0F;
    int magnitude = ((mantissa << 3) + 0x84) << exponent;
    magnitude -= 0x84;
    return int16_t(sign ? -magnitude : magnitude);
}

std::optional<WavFile> WavFile::parse(const QByteArray &bytes, QString *error)
{
    auto u32 = [&bytes](qsizetype at) {
        return qFromLittleEndian<quint32>(bytes.constData() + at);
    };
    auto u16 = [&bytes](qsizetype at) {
        return qFromLittleEndian<quint16>(bytes.constData() + at);
    };
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE") {
        *error = QStringLiteral("not a RIFF/WAVE file");
        return std::nullopt;
    }
    if (u32(4) + 8 != quint32(bytes.size())) {
        *error = QStringLiteral("RIFF size %1 does not match the file size %2")
                     .arg(u32(4) + 8)
                     .arg(bytes.size());
        return std::nullopt;
    }
    WavFile wav;
    bool haveFormat = false;
    bool haveData = false;
    for (qsizetype at = 12; at + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = u32(at + 4);
        const qsizetype body = at + 8;
        if (body + qsizetype(size) > bytes.size()) {
            *error = QStringLiteral("chunk %1 runs past the end").arg(QString::fromLatin1(id));
            return std::nullopt;
        }
        if (id == "fmt " && size >= 16) {
            wav.formatTag = u16(body);
            wav.channels = u16(body + 2);
            wav.sampleRate = int(u32(body + 4));
            wav.byteRate = int(u32(body + 8));
            wav.blockAlign = u16(body + 12);
            wav.bitsPerSample = u16(body + 14);
            haveFormat = true;
        } else if (id == "data") {
            wav.data = bytes.mid(body, size);
            haveData = true;
        } else if (id == "LIST" && bytes.mid(body, 4) == "INFO") {
            for (qsizetype item = body + 4; item + 8 <= body + qsizetype(size);) {
                const quint32 length = u32(item + 4);
                wav.info.insert(bytes.mid(item, 4),
                                bytes.mid(item + 8, length).split('\0').first());
                item += 8 + length + (length & 1);
            }
        }
        at = body + size + (size & 1);
    }
    if (!haveFormat || !haveData) {
        *error = QStringLiteral("missing fmt or data chunk");
        return std::nullopt;
    }
    return wav;
}

std::vector<int16_t> WavFile::samples() const
{
    std::vector<int16_t> out;
    if (formatTag == 7) {
        out.reserve(size_t(data.size()));
        for (char byte : data)
            out.push_back(decodeUlaw(uint8_t(byte)));
    } else if (formatTag == 1 && bitsPerSample == 16) {
        for (qsizetype i = 0; i + 1 < data.size(); i += 2)
            out.push_back(qFromLittleEndian<qint16>(data.constData() + i));
    }
    return out;
}

double WavFile::durationSeconds() const
{
    return blockAlign > 0 && sampleRate > 0 ? double(data.size()) / blockAlign / sampleRate : 0;
}
