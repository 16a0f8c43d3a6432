#include "ProcessFigures.h"

#include <QAbstractEventDispatcher>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QThread>

#ifdef Q_OS_WIN
#include <windows.h>
// psapi.h uses windows.h's types: it must come second (MinGW and MSVC alike).
#include <psapi.h>
#endif

namespace recbar {

namespace {

qint64 readResidentKiB()
{
#if defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters = {};
    return GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters)
               ? qint64(counters.WorkingSetSize / 1024)
               : -1;
#else
    return -1;
#endif
}

int countHandles()
{
#if defined(Q_OS_LINUX)
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
#elif defined(Q_OS_WIN)
    DWORD count = 0;
    return GetProcessHandleCount(GetCurrentProcess(), &count) ? int(count) : -1;
#else
    return -1;
#endif
}

int timersOf(QAbstractEventDispatcher *dispatcher, QObject *object)
{
    if (!dispatcher)
        return 0;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return int(dispatcher->timersForObject(object).size());
#else
    return int(dispatcher->registeredTimers(object).size());
#endif
}

} // namespace

ProcessFigures ProcessFigures::sample(const QObjectList &roots)
{
    ProcessFigures f;
    f.residentKiB = readResidentKiB();
    f.handles = countHandles();
    QSet<QObject *> seen;
    QObjectList todo = roots;
    int timers = 0;
    while (!todo.isEmpty()) {
        QObject *object = todo.takeLast();
        if (!object || seen.contains(object))
            continue;
        seen.insert(object);
        // Timers of objects living in other threads are theirs to count.
        if (object->thread() == QThread::currentThread())
            timers += timersOf(QAbstractEventDispatcher::instance(), object);
        todo.append(object->children());
    }
    f.objects = int(seen.size());
    f.timers = timers;
    return f;
}

QJsonObject ProcessFigures::toJson() const
{
    return {{QStringLiteral("residentKiB"), residentKiB},
            {QStringLiteral("handles"), handles},
            {QStringLiteral("objects"), objects},
            {QStringLiteral("timers"), timers},
            {QStringLiteral("auditLog"), auditLog}};
}

} // namespace recbar
