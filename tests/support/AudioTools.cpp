#include "AudioTools.h"

#include "CatchCompat.h"
#include "HostTool.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace audiotools {

bool run(const QString &program, const QStringList &arguments, QString *log)
{
    return hosttool::run(program, arguments, log);
}

QString tone(const QString &folder, const QString &name, const char *soxEncoding, int channels,
             double seconds)
{
    const QString path = QDir(folder).filePath(name);
    QStringList arguments{QStringLiteral("-n"), QStringLiteral("-r"), QString::number(kToneRate),
                          QStringLiteral("-c"), QString::number(channels)};
    arguments << QString::fromLatin1(soxEncoding).split(u' ', Qt::SkipEmptyParts) << path
              << QStringLiteral("synth") << QString::number(seconds) << QStringLiteral("sine")
              << QStringLiteral("440") << QStringLiteral("vol") << QString::number(kToneAmplitude);
    if (channels > 1) {
        arguments << QStringLiteral("remix") << QStringLiteral("1");
        for (int c = 1; c < channels; ++c)
            arguments << QStringLiteral("0");
    }
    QString log;
    INFO(log.toStdString());
    REQUIRE(run(QStringLiteral("sox"), arguments, &log));
    return path;
}

QString mp3Tone(const QString &folder, const QString &name, double seconds)
{
    const QString wav = tone(folder, name + QStringLiteral(".source.wav"), "-b 16", 1, seconds);
    const QString path = QDir(folder).filePath(name);
    QString log;
    INFO(log.toStdString());
    REQUIRE(run(QStringLiteral("lame"),
                {QStringLiteral("--quiet"), QStringLiteral("-b"), QStringLiteral("32"), wav, path},
                &log));
    QFile::remove(wav);
    return path;
}

QString lameFile(const QString &folder, const QString &name, int rate,
                 const QStringList &lameOptions, double seconds)
{
    const QString wav = QDir(folder).filePath(name + QStringLiteral(".source.wav"));
    QString log;
    INFO(log.toStdString());
    REQUIRE(run(QStringLiteral("sox"),
                {QStringLiteral("-n"), QStringLiteral("-r"), QString::number(rate),
                 QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-b"),
                 QStringLiteral("16"), wav, QStringLiteral("synth"), QString::number(seconds),
                 QStringLiteral("sine"), QStringLiteral("440")},
                &log));
    const QString path = QDir(folder).filePath(name);
    REQUIRE(run(QStringLiteral("lame"),
                QStringList{QStringLiteral("--quiet")} << lameOptions << wav << path, &log));
    QFile::remove(wav);
    return path;
}

std::vector<float> soxDecode(const QString &path)
{
    // Through a file, not a pipe: under Wine the host's sox has no pipe back.
    QTemporaryDir dir;
    const QString raw = dir.filePath(QStringLiteral("decoded.raw"));
    QString log;
    INFO(log.toStdString());
    REQUIRE(run(QStringLiteral("sox"),
                {path, QStringLiteral("-t"), QStringLiteral("raw"), QStringLiteral("-e"),
                 QStringLiteral("floating-point"), QStringLiteral("-b"), QStringLiteral("32"),
                 QStringLiteral("-L"), raw},
                &log));
    QFile file(raw);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    std::vector<float> out(size_t(bytes.size()) / sizeof(float));
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = qFromLittleEndian<float>(bytes.constData() + i * sizeof(float));
    return out;
}

double toneSample(qint64 frame)
{
    return kToneAmplitude * std::sin(2 * std::numbers::pi * 440.0 * double(frame) / kToneRate);
}

double rms(const std::vector<float> &samples, int channels, int channel)
{
    double sum = 0;
    size_t n = 0;
    for (size_t i = size_t(channel); i < samples.size(); i += size_t(channels), ++n)
        sum += double(samples[i]) * samples[i];
    return n ? std::sqrt(sum / double(n)) : 0;
}

double correlationWithTone(const std::vector<float> &interleaved, int channels, int maxLag)
{
    const qint64 frames = qint64(interleaved.size()) / channels;
    double best = 0;
    for (int lag = 0; lag <= maxLag && lag < frames; ++lag) {
        double xy = 0, xx = 0, yy = 0;
        for (qint64 f = lag; f < frames; ++f) {
            const double x = interleaved[size_t(f * channels)];
            const double y = toneSample(f - lag);
            xy += x * y;
            xx += x * x;
            yy += y * y;
        }
        if (xx > 0 && yy > 0)
            best = std::max(best, xy / std::sqrt(xx * yy));
    }
    return best;
}

} // namespace audiotools
