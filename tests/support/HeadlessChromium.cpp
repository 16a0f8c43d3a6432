#include "HeadlessChromium.h"

#include "HttpClient.h"
#include "WaitFor.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>
#include <QWebSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

HeadlessChromium::HeadlessChromium() = default;

HeadlessChromium::~HeadlessChromium()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString HeadlessChromium::executable()
{
    for (const char *name : {"chromium", "chromium-browser"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

bool HeadlessChromium::open(const QUrl &url, QString *problem)
{
    const QString program = executable();
    if (program.isEmpty()) {
        *problem = QStringLiteral("Chromium is not installed (Debian: apt-get install chromium)");
        return false;
    }
    QStringList arguments{QStringLiteral("--headless=new"),
                          QStringLiteral("--disable-gpu"),
                          QStringLiteral("--no-first-run"),
                          QStringLiteral("--no-default-browser-check"),
                          QStringLiteral("--disable-extensions"),
                          QStringLiteral("--user-data-dir=") + m_profile.path(),
                          QStringLiteral("--remote-debugging-port=0"),
                          url.toString(QUrl::FullyEncoded)};
#ifdef Q_OS_UNIX
    // Chromium's sandbox refuses to run as root (CI containers): only then is it turned off.
    if (geteuid() == 0)
        arguments.prepend(QStringLiteral("--no-sandbox"));
#endif
    // Its own chatter (no session bus here, no GPU) stays out of the test's output.
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setStandardErrorFile(m_profile.filePath(QStringLiteral("chromium.log")));
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        *problem = QStringLiteral("Chromium did not start: ") + m_process.errorString();
        return false;
    }
    // The port it chose is written to its profile folder once it listens.
    QFile active(m_profile.filePath(QStringLiteral("DevToolsActivePort")));
    if (!waitFor([&] { return active.exists() && active.size() > 0; }, 20000)) {
        *problem = QStringLiteral("Chromium's DevTools did not start (its log: %1)")
                       .arg(m_profile.filePath(QStringLiteral("chromium.log")));
        m_profile.setAutoRemove(false);
        return false;
    }
    active.open(QIODevice::ReadOnly);
    m_port = quint16(active.readLine().trimmed().toUInt());
    return m_port != 0;
}

QUrl HeadlessChromium::pageSocket()
{
    HttpClient devtools(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    const QJsonArray targets =
        QJsonDocument::fromJson(devtools.get(QStringLiteral("/json/list")).body).array();
    for (const QJsonValue &target : targets) {
        if (target.toObject().value(QStringLiteral("type")).toString() == u"page")
            return QUrl(target.toObject().value(QStringLiteral("webSocketDebuggerUrl")).toString());
    }
    return {};
}

QJsonValue HeadlessChromium::evaluate(const QString &expression, int timeoutMs)
{
    const QUrl socketUrl = pageSocket();
    if (!socketUrl.isValid())
        return QJsonValue(QJsonValue::Undefined);
    QWebSocket socket;
    QEventLoop loop;
    QJsonValue result(QJsonValue::Undefined);
    const int id = m_nextId++;
    QObject::connect(&socket, &QWebSocket::connected, &loop, [&] {
        const QJsonObject call{
            {QStringLiteral("id"), id},
            {QStringLiteral("method"), QStringLiteral("Runtime.evaluate")},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("expression"), expression},
                                                   {QStringLiteral("returnByValue"), true},
                                                   {QStringLiteral("awaitPromise"), true}}}};
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(call).toJson(QJsonDocument::Compact)));
    });
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        const QJsonObject answer = QJsonDocument::fromJson(text.toUtf8()).object();
        if (answer.value(QStringLiteral("id")).toInt() != id)
            return;
        result = answer.value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("value"));
        loop.quit();
    });
    QObject::connect(&socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.open(socketUrl);
    loop.exec();
    return result;
}
