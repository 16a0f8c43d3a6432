#include "RecsimProcess.h"

#include "CatchCompat.h"

#include <QElapsedTimer>
#include <QJsonArray>

RecsimProcess::RecsimProcess(const QStringList &extraArguments, const QString &config)
{
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")};
    if (!config.isEmpty())
        arguments << QStringLiteral("--config") << config;
    arguments << extraArguments;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(executable(), arguments);
    QElapsedTimer timer;
    timer.start();
    QByteArray seen;
    while (timer.elapsed() < 10'000 && m_process.state() != QProcess::NotRunning) {
        m_process.waitForReadyRead(100);
        seen += m_process.readAllStandardOutput();
        const qsizetype at = seen.indexOf("recsim listening on ");
        const qsizetype end = seen.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_url = QUrl(QString::fromUtf8(seen.mid(at + 20, end - at - 20).trimmed()));
            break;
        }
    }
    INFO("recsim stderr: " << m_process.readAllStandardError().toStdString());
    REQUIRE(m_url.isValid());
    m_sim = std::make_unique<HttpClient>(m_url);
    m_sim->setIgnoreSslErrors(true);
}

RecsimProcess::~RecsimProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

QString RecsimProcess::executable()
{
    return QStringLiteral(RECSIM_EXECUTABLE);
}

QString RecsimProcess::dataFile(const QString &name)
{
    return QStringLiteral(RECBAR_TEST_DATA_DIR) + u'/' + name;
}

QString RecsimProcess::defaultConfig()
{
    return dataFile(QStringLiteral("sim-config.json"));
}

QString RecsimProcess::output() const
{
    return QString::fromUtf8(const_cast<QProcess &>(m_process).readAllStandardError());
}

QString RecsimProcess::createCall(const QString &agent, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("agent"), agent);
    const HttpReply reply = m_sim->postJson(QStringLiteral("/sim/calls"), body);
    INFO(reply.text().toStdString());
    REQUIRE(reply.status == 201);
    return reply.object().value(QStringLiteral("id")).toString();
}

void RecsimProcess::callAction(const QString &callId, const QString &action,
                               const QJsonObject &body)
{
    const HttpReply reply =
        m_sim->postJson(QStringLiteral("/sim/calls/%1/%2").arg(callId, action), body);
    INFO(action.toStdString() << ": " << reply.text().toStdString());
    REQUIRE(reply.status == 200);
}

void RecsimProcess::advance(qint64 ms)
{
    const HttpReply reply =
        m_sim->postJson(QStringLiteral("/sim/clock/advance"), {{QStringLiteral("ms"), ms}});
    INFO(reply.text().toStdString());
    REQUIRE(reply.status == 200);
}

QJsonObject RecsimProcess::model(const QString &agent)
{
    const HttpReply reply =
        m_sim->get(agent.isEmpty() ? QStringLiteral("/sim/model")
                                   : QStringLiteral("/sim/model?agent=") + agent);
    REQUIRE(reply.status == 200);
    return reply.object();
}

QJsonObject RecsimProcess::recording(const QString &id)
{
    const HttpReply reply = m_sim->get(QStringLiteral("/sim/recordings/") + id);
    INFO(reply.text().toStdString());
    REQUIRE(reply.status == 200);
    return reply.object();
}

QJsonObject RecsimProcess::addFault(const QJsonObject &fault)
{
    const HttpReply reply = m_sim->postJson(QStringLiteral("/sim/faults"), fault);
    INFO(reply.text().toStdString());
    REQUIRE(reply.status == 201);
    return reply.object();
}
