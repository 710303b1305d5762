// startWorker: runs `work(Progress&)` on a QtConcurrent worker behind `watcher` (connected by the caller first, so
// that no signal is missed): its progress goes to the watcher, a cancelled watcher stops it, and its result (or the
// exception it threw, see workerResult) arrives when the watcher finishes.
#pragma once

#include "common/Progress.h"
#include "widgets/PromiseProgress.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <utility>

namespace codecbpe::widgets {

template <typename T, typename Work>
void startWorker(QFutureWatcher<T>& watcher, Work work)
{
    watcher.setFuture(QtConcurrent::run([work = std::move(work)](QPromise<T>& promise) mutable {
        PromiseProgress<T> progress(promise);
        try {
            promise.addResult(work(progress));
        } catch (const Cancelled&) {
            // Only thrown once the future is cancelled: the caller sees isCanceled().
        }
    }));
}

} // namespace codecbpe::widgets
