#include "SoundServer.h"

#include "WaitFor.h"

#include <QFileInfo>

#include <cstring>

namespace {
const QString kSink = QStringLiteral("recbar_test");
}

SoundServer::SoundServer() = default;

SoundServer::~SoundServer()
{
    for (QProcess *process : {&m_recorder, &m_server}) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
            process->waitForFinished(3000);
        }
    }
}

QString SoundServer::socketPath() const
{
    return m_dir.filePath(QStringLiteral("native"));
}

bool SoundServer::start(QString *problem)
{
    // Its own HOME and runtime folder: no user's cookie, configuration or running server is used.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_server.setProcessEnvironment(environment);
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(QStringLiteral("pulseaudio"),
                   {QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
                    QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
                    QStringLiteral("--log-target=stderr"), QStringLiteral("-L"),
                    QStringLiteral("module-null-sink sink_name=%1").arg(kSink),
                    QStringLiteral("-L"),
                    QStringLiteral("module-native-protocol-unix auth-anonymous=1 socket=%1")
                        .arg(socketPath())});
    if (!m_server.waitForStarted(5000)) {
        *problem = QStringLiteral("pulseaudio did not start: %1").arg(m_server.errorString());
        return false;
    }
    if (!waitFor(
            [this] {
                return QFileInfo::exists(socketPath()) || m_server.state() == QProcess::NotRunning;
            },
            10'000) ||
        m_server.state() == QProcess::NotRunning) {
        *problem = QStringLiteral("pulseaudio did not open its socket: %1")
                       .arg(QString::fromLocal8Bit(m_server.readAll()));
        return false;
    }
    qputenv("PULSE_SERVER", QStringLiteral("unix:%1").arg(socketPath()).toLocal8Bit());
    return true;
}

bool SoundServer::startRecording(int rate, QString *problem)
{
    m_rate = rate;
    m_recorder.start(QStringLiteral("parec"),
                     {QStringLiteral("--server=unix:%1").arg(socketPath()),
                      QStringLiteral("--device=%1.monitor").arg(kSink), QStringLiteral("--raw"),
                      QStringLiteral("--format=float32le"), QStringLiteral("--channels=2"),
                      QStringLiteral("--rate=%1").arg(rate), QStringLiteral("--latency-msec=20")});
    if (!m_recorder.waitForStarted(5000)) {
        *problem = QStringLiteral("parec did not start: %1").arg(m_recorder.errorString());
        return false;
    }
    // The null sink renders silence while idle, so bytes arrive as soon as recording is live.
    if (!waitFor([this] { return m_recorder.bytesAvailable() > 0; }, 10'000)) {
        *problem = QStringLiteral("parec recorded nothing: %1")
                       .arg(QString::fromLocal8Bit(m_recorder.readAllStandardError()));
        return false;
    }
    m_recorder.readAllStandardOutput(); // what was heard before the test plays anything
    return true;
}

bool SoundServer::waitForMore(int ms)
{
    const qint64 wanted =
        m_recorder.bytesAvailable() + qint64(m_rate) * ms / 1000 * 2 * qint64(sizeof(float));
    return waitFor([&] { return m_recorder.bytesAvailable() >= wanted; }, ms + 5000);
}

std::vector<float> SoundServer::stopRecording()
{
    m_recorder.terminate();
    m_recorder.waitForFinished(3000);
    const QByteArray bytes = m_recorder.readAllStandardOutput();
    std::vector<float> samples(size_t(bytes.size()) / sizeof(float));
    std::memcpy(samples.data(), bytes.constData(), samples.size() * sizeof(float));
    return samples;
}
