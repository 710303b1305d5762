// workerResult: the value a QtConcurrent worker returned, or the exception it threw rethrown as itself (QtConcurrent
// wraps foreign exceptions in QUnhandledException, which hides the message).
#pragma once

#include <QFutureWatcher>
#include <QUnhandledException>

#include <exception>

namespace codecbpe::widgets {

template <typename T>
T workerResult(const QFutureWatcher<T>& watcher)
{
    try {
        return watcher.result();
    } catch (const QUnhandledException& wrapped) {
        if (wrapped.exception())
            std::rethrow_exception(wrapped.exception());
        throw;
    }
}

} // namespace codecbpe::widgets
