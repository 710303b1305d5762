// PromiseProgress: the core's Progress sink over a QPromise, so a core job on a QtConcurrent worker reports to a
// QFutureWatcher (progress bar) and stops when the watcher's future is cancelled (cancel button).
#pragma once

#include "common/Progress.h"

#include <QPromise>
#include <QString>

#include <algorithm>
#include <climits>

namespace codecbpe::widgets {

template <typename T>
class PromiseProgress final : public Progress {
public:
    explicit PromiseProgress(QPromise<T>& promise) : m_promise(promise) {}

    void report(std::int64_t done, std::int64_t total, std::string_view message) override
    {
        m_promise.setProgressRange(0, int(std::min<std::int64_t>(total, INT_MAX)));
        m_promise.setProgressValueAndText(int(std::min<std::int64_t>(done, INT_MAX)),
                                          QString::fromUtf8(message.data(), qsizetype(message.size())));
    }
    bool cancelled() const override { return m_promise.isCanceled(); }

private:
    QPromise<T>& m_promise;
};

} // namespace codecbpe::widgets
