#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// Audio files made in the test run with the tools call recorders' files are checked against:
// sox for WAV in every encoding, lame for MP3. Returns the path, or fails the test.
namespace audiotools {

// Runs a program to completion; false (with its output in *log) if it failed.
bool run(const QString &program, const QStringList &arguments, QString *log);

// `seconds` of a 440 Hz sine at half scale, 8 kHz, in `channels` channels, the first carrying the
// tone and any others silent; soxEncoding is sox's -e / -b options, e.g. "-e u-law".
QString tone(const QString &folder, const QString &name, const char *soxEncoding, int channels = 1,
             double seconds = 2.0);
// The same tone as MP3 (lame, 32 kbit/s).
QString mp3Tone(const QString &folder, const QString &name, double seconds = 2.0);
// A tone at `rate` Hz encoded by lame with these options (e.g. {"-b", "32", "-t"}).
QString lameFile(const QString &folder, const QString &name, int rate,
                 const QStringList &lameOptions, double seconds);

// The file as sox decodes it (its own decoders, not libsndfile's): interleaved, in [-1, 1].
std::vector<float> soxDecode(const QString &path);

// The reference: what tone() wrote, sample by sample.
double toneSample(qint64 frame);
constexpr double kToneAmplitude = 0.5;
constexpr int kToneRate = 8000;

double rms(const std::vector<float> &samples, int channels, int channel);
// The best normalised correlation of channel 0 with the reference over lags 0..maxLag.
double correlationWithTone(const std::vector<float> &interleaved, int channels, int maxLag);

} // namespace audiotools
