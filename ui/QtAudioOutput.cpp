#include "AudioOutput.h"

#include <QAudioSink>
#include <QMediaDevices>

#include <algorithm>

namespace recbar {

namespace {

// Qt Multimedia's sink: 120 ms of buffer, short enough that a jump is heard at once.
class QtAudioOutput final : public AudioOutput
{
public:
    QtAudioOutput(const QAudioDevice &device, const QAudioFormat &format)
        : m_sink(device, format)
    {
        m_sink.setBufferSize(format.bytesForDuration(120'000));
        QObject::connect(&m_sink, &QAudioSink::stateChanged, &m_sink, [this](QAudio::State) {
            if (m_failed && m_sink.error() != QAudio::NoError &&
                m_sink.error() != QAudio::UnderrunError)
                m_failed();
        });
    }

    int sampleRate() const override { return m_sink.format().sampleRate(); }
    int channelCount() const override { return m_sink.format().channelCount(); }
    void start(QIODevice *source) override { m_sink.start(source); }
    void suspend() override { m_sink.suspend(); }
    void resume() override { m_sink.resume(); }
    void stop() override { m_sink.stop(); }
    bool isSuspended() const override { return m_sink.state() == QAudio::SuspendedState; }
    bool isIdle() const override { return m_sink.state() == QAudio::IdleState; }
    qint64 bufferedBytes() const override
    {
        return std::max<qint64>(0, m_sink.bufferSize() - m_sink.bytesFree());
    }
    void onFailure(std::function<void()> failed) override { m_failed = std::move(failed); }

private:
    std::function<void()> m_failed; // before the sink, which may still signal as it goes
    QAudioSink m_sink;
};

} // namespace

} // namespace recbar

extern "C" recbar::AudioOutput *recbar_open_audio_output_v1()
{
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull())
        return nullptr;
    QAudioFormat format = device.preferredFormat();
    if (!format.isValid()) {
        format.setSampleRate(48'000);
        format.setChannelCount(2);
    }
    format.setSampleFormat(QAudioFormat::Int16);
    return new recbar::QtAudioOutput(device, format);
}
