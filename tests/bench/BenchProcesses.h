#pragma once

// The processes the benchmarks measure: a recsim, and a recbar signed in to it as the demo's
// agent (bob), each in its own process as on an agent's machine.
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

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

} // namespace bench
