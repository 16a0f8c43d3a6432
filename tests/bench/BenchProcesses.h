#pragma once

// The processes the benchmarks measure: a recsim, and a recbar signed in to it as the demo's
// agent (bob), each in its own process as on an agent's machine.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <unistd.h>

namespace bench {

// Starts recsim with these arguments on a free loopback port; an invalid URL if it did not start.
inline QUrl startRecsim(QProcess &recsim, const QStringList &arguments)
{
    recsim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    recsim.start(QStringLiteral(RECSIM_EXECUTABLE),
                 QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                     arguments);
    while (recsim.waitForReadyRead(10'000)) {
        while (recsim.canReadLine()) {
            const QByteArray line = recsim.readLine().trimmed();
            if (line.startsWith("recsim listening on "))
                return QUrl(QString::fromUtf8(line.mid(20)));
        }
    }
    return {};
}

// Where a benchmark's recbar keeps its socket and files: never the user's own.
inline QProcessEnvironment isolatedEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("RECBAR_CONTROL_SOCKET"), dir.filePath(QStringLiteral("ctl.sock")));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QDir().mkpath(path);
        env.insert(QString::fromLatin1(name), path);
    }
    return env;
}

inline QString controlSocket(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("ctl.sock"));
}

struct Usage
{
    double cpuPercent = -1;
    qint64 residentKiB = -1;
};

// CPU time and resident memory of running processes over the same window, from /proc.
inline QList<Usage> usageOver(const QList<qint64> &pids, int seconds)
{
    const auto cpuTicks = [](qint64 pid) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1.0;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        return fields.value(11).toDouble() + fields.value(12).toDouble(); // utime + stime
    };
    const auto resident = [](qint64 pid) {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return qint64(-1);
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return qint64(-1);
    };
    QList<double> before;
    for (qint64 pid : pids)
        before.append(cpuTicks(pid));
    QElapsedTimer clock;
    clock.start();
    QThread::sleep(seconds);
    const double elapsedS = clock.elapsed() / 1000.0;
    QList<Usage> usage;
    for (qsizetype i = 0; i < pids.size(); ++i) {
        const double ticks = cpuTicks(pids[i]) - before[i];
        usage.append({100 * ticks / double(sysconf(_SC_CLK_TCK)) / elapsedS, resident(pids[i])});
    }
    return usage;
}

} // namespace bench
