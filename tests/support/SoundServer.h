#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <vector>

// A PulseAudio server of the test's own: a null sink as the only, default output, its socket in a
// temporary folder. start() points this process's PULSE_SERVER at it, so Qt Multimedia plays
// there once it first looks for devices; record() captures what the sink plays from its monitor.
class SoundServer
{
public:
    SoundServer();
    ~SoundServer();
    SoundServer(const SoundServer &) = delete;
    SoundServer &operator=(const SoundServer &) = delete;

    // False with the reason if pulseaudio is missing or does not answer.
    bool start(QString *problem);

    // Captures the sink's monitor as interleaved float stereo at `rate`; returns once sound (even
    // silence) is arriving.
    bool startRecording(int rate, QString *problem);
    // Runs the event loop until the monitor has delivered `ms` more of sound: what was played
    // before has then passed through the sink.
    bool waitForMore(int ms);
    std::vector<float> stopRecording();

private:
    QString socketPath() const;

    QTemporaryDir m_dir;
    QProcess m_server;
    QProcess m_recorder;
    int m_rate = 0;
};
