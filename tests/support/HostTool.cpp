#include "HostTool.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

namespace hosttool {

bool underWine()
{
#ifdef Q_OS_WIN
    return qEnvironmentVariableIsSet("RECBAR_WINE_HOST_TOOLS");
#else
    return false;
#endif
}

namespace {

// Z:\tmp\x.wav -> /tmp/x.wav, C:\users\... -> $WINEPREFIX/drive_c/users/...; anything else
// as it is.
QString unixPath(const QString &argument)
{
    static const QRegularExpression drive(QStringLiteral("^([A-Za-z]):[\\\\/]"));
    const QRegularExpressionMatch m = drive.match(argument);
    if (!m.hasMatch())
        return argument;
    const QString rest = QString(argument.mid(2)).replace(u'\\', u'/');
    if (m.captured(1).compare(QStringLiteral("z"), Qt::CaseInsensitive) == 0)
        return rest;
    return qEnvironmentVariable("WINEPREFIX") + QStringLiteral("/drive_") +
           m.captured(1).toLower() + rest;
}

QString shellQuoted(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

// Wine's `start /unix` neither waits for the host's program nor returns its exit code or
// output: a shell around it writes them to files, and this waits for the exit code's.
bool runOnHost(const QString &program, const QStringList &arguments, QString *log)
{
    QTemporaryDir dir;
    const QString done = unixPath(dir.filePath(QStringLiteral("exit")));
    const QString output = unixPath(dir.filePath(QStringLiteral("output")));
    QStringList command{shellQuoted(QStringLiteral("/usr/bin/") + program)};
    for (const QString &argument : arguments)
        command.append(shellQuoted(unixPath(argument)));
    const QString script = QStringLiteral("%1 >%2 2>&1; echo $? >%3.part && mv %3.part %3")
                               .arg(command.join(u' '), shellQuoted(output), shellQuoted(done));
    QProcess::execute(
        QStringLiteral("start.exe"),
        {QStringLiteral("/unix"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), script});
    QFile exit(dir.filePath(QStringLiteral("exit")));
    QElapsedTimer waited;
    waited.start();
    while (!exit.exists() && waited.elapsed() < 60'000)
        QThread::msleep(20);
    QFile out(dir.filePath(QStringLiteral("output")));
    *log = out.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(out.readAll()) : QString();
    return exit.open(QIODevice::ReadOnly) && exit.readAll().trimmed() == "0";
}

} // namespace

QString hostPath(const QString &path)
{
    return underWine() ? unixPath(path) : path;
}

bool run(const QString &program, const QStringList &arguments, QString *log)
{
    if (underWine())
        return runOnHost(program, arguments, log);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60'000);
    *log = QString::fromLocal8Bit(process.readAll());
    if (process.error() == QProcess::FailedToStart)
        *log = program + QStringLiteral(" is not installed (./dev.sh deps installs it)");
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

HostProcess::HostProcess(const QString &program, const QStringList &arguments)
{
    static int counter = 0;
    m_pidFile = QDir::temp().filePath(QStringLiteral("recbar-host-%1-%2.pid")
                                          .arg(QCoreApplication::applicationPid())
                                          .arg(++counter));
    QStringList command{shellQuoted(QStringLiteral("/usr/bin/") + program)};
    for (const QString &argument : arguments)
        command.append(shellQuoted(unixPath(argument)));
    const QString script = QStringLiteral("%1 >/dev/null 2>&1 & echo $! >%2")
                               .arg(command.join(u' '), shellQuoted(unixPath(m_pidFile)));
    QProcess::execute(
        QStringLiteral("start.exe"),
        {QStringLiteral("/unix"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), script});
    QElapsedTimer waited;
    waited.start();
    QFile pid(m_pidFile);
    while (waited.elapsed() < 10'000 && !(pid.open(QIODevice::ReadOnly) && pid.size() > 0))
        QThread::msleep(20);
    m_pid = pid.readAll().trimmed().toLongLong();
}

HostProcess::~HostProcess()
{
    if (m_pid <= 0)
        return;
    QString log;
    run(QStringLiteral("kill"), {QString::number(m_pid)}, &log);
    QFile::remove(m_pidFile);
}

bool makeCertificate(const Certificate &request, const QString &certPath, const QString &keyPath,
                     QString *log)
{
    QStringList arguments{QStringLiteral("req"),    QStringLiteral("-x509"),
                          QStringLiteral("-nodes"), QStringLiteral("-days"),
                          QStringLiteral("2"),      QStringLiteral("-subj"),
                          request.subject};
    arguments << QStringLiteral("-newkey");
    if (request.rsa)
        arguments << QStringLiteral("rsa:2048");
    else
        arguments << QStringLiteral("ec") << QStringLiteral("-pkeyopt")
                  << QStringLiteral("ec_paramgen_curve:prime256v1");
    if (!request.subjectAltName.isEmpty())
        arguments << QStringLiteral("-addext")
                  << QStringLiteral("subjectAltName=") + request.subjectAltName;
    arguments << QStringLiteral("-keyout") << keyPath << QStringLiteral("-out") << certPath;
    return run(QStringLiteral("openssl"), arguments, log);
}

} // namespace hosttool
