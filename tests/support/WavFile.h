#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

// Reads a RIFF/WAVE file byte by byte, independently of the code under test.
struct WavFile
{
    int formatTag = 0; // 1 PCM, 6 A-law, 7 u-law
    int channels = 0;
    int sampleRate = 0;
    int byteRate = 0;
    int blockAlign = 0;
    int bitsPerSample = 0;
    QByteArray data;
    QMap<QByteArray, QByteArray> info; // LIST/INFO entries

    static std::optional<WavFile> parse(const QByteArray &bytes, QString *error);
    std::vector<int16_t> samples() const; // decoded G.711 u-law or 16-bit PCM
    double durationSeconds() const;
};

int16_t decodeUlaw(uint8_t code);
