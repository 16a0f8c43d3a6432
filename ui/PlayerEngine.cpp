#include "PlayerEngine.h"

#include "domain/OffThread.h"

namespace recbar {

PlayerEngine::PlayerEngine(QObject *parent)
    : QObject(parent)
{
    // Its own thread: a recording chosen is read at once, not after the library's imports and
    // waveforms queued on the application's pool.
    m_reader.setMaxThreadCount(1);
    m_tick.setInterval(std::chrono::milliseconds(40)); // the playhead moves 25 times a second
    connect(&m_tick, &QTimer::timeout, this, [this] {
        emit positionChanged(position());
        if (m_stream && m_stream->finished() && m_output && m_output->isIdle()) {
            // The end: stop, ready to play again from the start.
            m_output->stop();
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

void PlayerEngine::open(const QString &path)
{
    close();
    m_error.clear();
    if (m_reading)
        m_next = path;
    else
        read(path);
}

void PlayerEngine::read(const QString &path)
{
    m_reading = true;
    m_readFor = m_request;
    runOffThread<Result<std::unique_ptr<AudioDecoder>>>(
        this, [path] { return AudioDecoder::open(path); },
        [this](Result<std::unique_ptr<AudioDecoder>> decoder) {
            m_reading = false;
            if (m_next) {
                read(*std::exchange(m_next, std::nullopt));
                return;
            }
            if (m_readFor != m_request)
                return; // closed meanwhile
            if (!decoder) {
                fail(decoder.error());
                emit openFailed();
                return;
            }
            start(*std::move(decoder));
        },
        &m_reader);
}

void PlayerEngine::start(std::unique_ptr<AudioDecoder> decoder)
{
    // A fresh output for each recording, as the default device may have changed since.
    Result<std::unique_ptr<AudioOutput>> output = AudioOutput::openDefault();
    if (output)
        m_output = *std::move(output);
    else
        m_noOutput = output.error();
    if (m_output)
        m_output->onFailure([this] { fail(tr("The audio output failed")); });
    // Without an output the recording is still read as it would be played (the position, the
    // waveform's playhead), at a common rate.
    const int rate = m_output ? m_output->sampleRate() : 48'000;
    const int channels = m_output ? m_output->channelCount() : 2;
    m_stream = std::make_unique<PlaybackStream>(std::move(decoder), rate, channels);
    m_stream->setSpeed(m_speed);
    m_stream->setVolume(m_volume);
    emit opened();
    emit positionChanged(0);
}

void PlayerEngine::close()
{
    ++m_request;
    m_next.reset();
    m_tick.stop();
    if (m_output)
        m_output->stop();
    m_output.reset();
    m_noOutput.clear();
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
    if (!m_output) {
        fail(m_noOutput);
        return;
    }
    if (m_stream->finished())
        m_stream->seekTo(m_stream->loop() ? m_stream->loop()->first : 0);
    if (m_output->isSuspended())
        m_output->resume();
    else
        m_output->start(m_stream.get());
    m_playing = true;
    m_tick.start();
    emit playingChanged(true);
}

void PlayerEngine::pause()
{
    if (!m_playing)
        return;
    m_output->suspend();
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
    if (m_output && m_playing) {
        // What is still in the device's buffer has not been heard yet (16-bit samples).
        const qint64 frames =
            m_output->bufferedBytes() / (qint64(sizeof(qint16)) * m_output->channelCount());
        ms -= qint64(double(frames) * 1000.0 / m_output->sampleRate() * m_speed);
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
