#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace recbar {

// Runs `work` on a thread pool (the application's unless told) and hands its result to `done` on
// `context`'s thread. The worker only fills a promise; the watcher is the context's child, so
// nothing arrives after the context is gone. `work` must touch nothing the context owns.
template <typename T, typename Work, typename Done>
void runOffThread(QObject *context, Work work, Done done,
                  QThreadPool *pool = QThreadPool::globalInstance())
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         if (watcher->future().resultCount() > 0)
                             done(watcher->future().takeResult());
                     });
    watcher->setFuture(promise->future());
    promise->start();
    pool->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
}

// A large parse on a pool thread frees its scratch memory into that thread's malloc arena, where
// it stays counted in the process's resident memory until the thread allocates again (tens of
// MiB for a list of thousands of agents). glibc hands such pages back on request; elsewhere the
// allocator already does.
inline void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace recbar
