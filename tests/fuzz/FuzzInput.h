#pragma once

#include <QByteArray>
#include <QStringList>

#include <cstddef>
#include <cstdint>

// What every target needs from libFuzzer's bytes.
inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input split into lines, for targets that take several strings.
inline QStringList fuzzLines(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(fuzzBytes(data, size)).split(u'\n');
}
