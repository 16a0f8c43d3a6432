#pragma once

#include "AudioOutput.h"
#include "audio/PlaybackStream.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace recbar {

// Plays a recording through the default audio output: our own decoding (libsndfile), speed
// (pitch kept) and volume, Qt Multimedia only for the sound card (AudioOutput). With no output
// device the recording can still be opened, looked at and positioned; playing says why it cannot.
class PlayerEngine : public QObject
{
    Q_OBJECT

public:
    explicit PlayerEngine(QObject *parent = nullptr);
    ~PlayerEngine() override;

    // Reads the recording's header on a pool thread (an MP3 without a length in it is counted
    // frame by frame there, a second for an hour of audio); opened() or openFailed() follows on
    // this thread. A request made while one is read waits for it, and only the newest is kept:
    // holding an arrow key in the list leaves one read queued, not one for each row passed.
    void open(const QString &path);
    void close();
    bool isOpen() const { return bool(m_stream); }
    // A recording asked for is still being read (opened() or openFailed() is to come).
    bool isReading() const { return m_reading; }
    QString error() const { return m_error; }
    QString formatName() const;
    bool truncated() const;

    void play();
    void pause();
    void toggle();
    bool isPlaying() const { return m_playing; }
    void seek(qint64 ms);
    // From where the stream is, not from what is heard: quick presses add up exactly.
    void skip(qint64 deltaMs);
    qint64 position() const;
    qint64 duration() const { return m_stream ? m_stream->durationMs() : 0; }
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    void setVolume(double volume);
    double volume() const { return m_volume; }
    void setLoop(std::optional<std::pair<qint64, qint64>> range);
    std::optional<std::pair<qint64, qint64>> loop() const;
    // The open recording's channels (1 when none is open).
    int channels() const { return m_stream ? m_stream->decoder().channels() : 1; }
    void setChannelMix(const ChannelMix &mix);
    void setSkips(const QList<std::pair<qint64, qint64>> &spans);

signals:
    void positionChanged(qint64 ms);
    void playingChanged(bool playing);
    void errorOccurred(const QString &message);
    void opened();
    void openFailed();

private:
    void fail(const QString &message);
    void read(const QString &path);
    void start(std::unique_ptr<AudioDecoder> decoder);

    std::unique_ptr<PlaybackStream> m_stream;
    std::unique_ptr<AudioOutput> m_output;
    QString m_noOutput;  // why there is no output, when there is none
    QTimer m_tick{this}; // a child, so diagnostics count it
    QString m_error;
    QThreadPool m_reader;
    bool m_reading = false;        // a header is being read on the pool
    quint64 m_request = 0;         // counts open() and close(): a read for an older one is dropped
    quint64 m_readFor = 0;         // the request the read in progress is for
    std::optional<QString> m_next; // asked for while a read was in progress
    bool m_playing = false;
    double m_speed = 1.0;
    double m_volume = 0.8;
};

} // namespace recbar
