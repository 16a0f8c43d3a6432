#pragma once

// The figures every in-process benchmark takes, and the table it prints: each figure beside its
// baseline and budget, then one JSON line (after "JSON ") that ./dev.sh bench keeps for tracking.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace bench {

// The median time of `runs` runs of `work`, in ms.
inline double medianMs(const std::function<void()> &work, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// This process's resident memory (Linux), or -1.
inline qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Row
{
    QString name;
    double measured;
    double baseline; // 0: none
    double budget;   // 0: none
};

// The longest the GUI thread went without turning its event loop while `until` was false: a
// 1 ms timer's largest gap between ticks.
inline double longestBlockMs(const std::function<bool()> &until, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceTick;
    sinceTick.start();
    double longest = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longest = std::max(longest, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    heartbeat.start(1);
    while (!until() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return longest;
}

inline QJsonArray printTable(QTextStream &out, const QList<Row> &rows)
{
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("what"), -32)
               .arg(QStringLiteral("measured"), 11)
               .arg(QStringLiteral("baseline"), 11)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("budget"), 10);
    QJsonArray json;
    for (const Row &r : rows) {
        const bool hasBaseline = r.baseline > 0;
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(r.name, -32)
                   .arg(QStringLiteral("%1 ms").arg(r.measured, 0, 'f', 1), 11)
                   .arg(hasBaseline ? QStringLiteral("%1 ms").arg(r.baseline, 0, 'f', 1)
                                    : QStringLiteral("-"),
                        11)
                   .arg(hasBaseline ? QStringLiteral("%1x").arg(r.measured / r.baseline, 0, 'f', 1)
                                    : QStringLiteral("-"),
                        7)
                   .arg(r.budget > 0 ? QStringLiteral("< %1 ms").arg(r.budget, 0, 'f', 0)
                                     : QStringLiteral("-"),
                        10);
        json.append(QJsonObject{{QStringLiteral("name"), r.name},
                                {QStringLiteral("ms"), r.measured},
                                {QStringLiteral("baselineMs"), r.baseline},
                                {QStringLiteral("budgetMs"), r.budget}});
    }
    return json;
}

} // namespace bench
