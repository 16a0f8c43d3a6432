#include "PlayerEngine.h"

#include <QMediaDevices>

namespace recbar {

PlayerEngine::PlayerEngine(QObject *parent)
    : QObject(parent)
{
    m_tick.setInterval(std::chrono::milliseconds(40)); // the playhead moves 25 times a second
    connect(&m_tick, &QTimer::timeout, this, [this] {
        emit positionChanged(position());
        if (m_stream && m_stream->finished() && m_sink && m_sink->state() == QAudio::IdleState) {
            // The end: stop, ready to play again from the start.
            m_sink->stop();
            m_playing = false;
            m_tick.stop();
            emit playingChanged(false);
        }
    });
}

PlayerEngine::~PlayerEngine()
{
    close();
}

void PlayerEngine::fail(const QString &message)
{
    m_error = message;
    emit errorOccurred(message);
}

bool PlayerEngine::open(const QString &path)
{
    close();
    m_error.clear();
    auto decoder = AudioDecoder::open(path);
    if (!decoder) {
        fail(decoder.error());
        return false;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    m_format = device.isNull() ? QAudioFormat() : device.preferredFormat();
    if (!m_format.isValid()) {
        m_format.setSampleRate(48'000);
        m_format.setChannelCount(2);
    }
    m_format.setSampleFormat(QAudioFormat::Int16);
    m_stream = std::make_unique<PlaybackStream>(std::move(*decoder), m_format.sampleRate(),
                                                m_format.channelCount());
    m_stream->setSpeed(m_speed);
    m_stream->setVolume(m_volume);
    if (!device.isNull()) {
        m_sink = std::make_unique<QAudioSink>(device, m_format);
        m_sink->setBufferSize(m_format.bytesForDuration(120'000));
        connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State) {
            if (m_sink && m_sink->error() != QAudio::NoError &&
                m_sink->error() != QAudio::UnderrunError)
                fail(tr("The audio output failed"));
        });
    }
    emit opened();
    emit positionChanged(0);
    return true;
}

void PlayerEngine::close()
{
    m_tick.stop();
    if (m_sink)
        m_sink->stop();
    m_sink.reset();
    m_stream.reset();
    if (m_playing) {
        m_playing = false;
        emit playingChanged(false);
    }
}

QString PlayerEngine::formatName() const
{
    return m_stream ? m_stream->decoder().formatName() : QString();
}

bool PlayerEngine::truncated() const
{
    return m_stream && m_stream->decoder().truncated();
}

void PlayerEngine::play()
{
    if (!m_stream || m_playing)
        return;
    if (!m_sink) {
        fail(tr("There is no audio output on this computer"));
        return;
    }
    if (m_stream->finished())
        m_stream->seekTo(m_stream->loop() ? m_stream->loop()->first : 0);
    if (m_sink->state() == QAudio::SuspendedState)
        m_sink->resume();
    else
        m_sink->start(m_stream.get());
    m_playing = true;
    m_tick.start();
    emit playingChanged(true);
}

void PlayerEngine::pause()
{
    if (!m_playing)
        return;
    m_sink->suspend();
    m_playing = false;
    m_tick.stop();
    emit playingChanged(false);
    emit positionChanged(position());
}

void PlayerEngine::toggle()
{
    m_playing ? pause() : play();
}

qint64 PlayerEngine::position() const
{
    if (!m_stream)
        return 0;
    qint64 ms = m_stream->positionMs();
    if (m_sink && m_playing) {
        // What is still in the device's buffer has not been heard yet.
        const qint64 buffered = m_sink->bufferSize() - m_sink->bytesFree();
        ms -= qint64(double(m_format.durationForBytes(qint32(std::max<qint64>(0, buffered)))) /
                     1000.0 * m_speed);
    }
    return std::clamp<qint64>(ms, 0, duration());
}

void PlayerEngine::seek(qint64 ms)
{
    if (!m_stream)
        return;
    // The sink keeps running: restarting it drops what it buffered, but Qt 6.4's PulseAudio
    // sink stalls for good after a few quick restarts (holding an arrow key). The stream is
    // unbuffered and the sink's buffer short, so the jump is heard within a tenth of a second.
    m_stream->seekTo(ms);
    emit positionChanged(position());
}

void PlayerEngine::skip(qint64 deltaMs)
{
    if (m_stream)
        seek(m_stream->positionMs() + deltaMs);
}

void PlayerEngine::setSpeed(double speed)
{
    m_speed = std::clamp(speed, 0.5, 2.0);
    if (m_stream)
        m_stream->setSpeed(m_speed);
}

void PlayerEngine::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    if (m_stream)
        m_stream->setVolume(m_volume);
}

void PlayerEngine::setChannelMix(const ChannelMix &mix)
{
    if (m_stream)
        m_stream->setChannelMix(mix);
}

void PlayerEngine::setSkips(const QList<std::pair<qint64, qint64>> &spans)
{
    if (m_stream)
        m_stream->setSkips(spans);
}

void PlayerEngine::setLoop(std::optional<std::pair<qint64, qint64>> range)
{
    if (m_stream)
        m_stream->setLoop(range);
}

std::optional<std::pair<qint64, qint64>> PlayerEngine::loop() const
{
    return m_stream ? m_stream->loop() : std::nullopt;
}

} // namespace recbar
