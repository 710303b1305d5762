// ScriptedProgress: a Progress that remembers the last report it received and, when asked to, cancels once it has
// received a given number of reports.
#pragma once

#include "common/Progress.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace codecbpe::test {

class ScriptedProgress final : public codecbpe::Progress {
public:
    explicit ScriptedProgress(int cancelAfterReports = -1) : m_cancelAfter(cancelAfterReports) {}
    void report(std::int64_t done, std::int64_t total, std::string_view message) override
    {
        ++reports;
        lastDone = done;
        lastTotal = total;
        lastMessage = std::string(message);
    }
    bool cancelled() const override { return m_cancelAfter >= 0 && reports >= m_cancelAfter; }

    int reports = 0;
    std::int64_t lastDone = 0;
    std::int64_t lastTotal = 0;
    std::string lastMessage;

private:
    int m_cancelAfter;
};

} // namespace codecbpe::test
