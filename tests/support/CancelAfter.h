// CancelAfter: a Progress that asks the job to stop once it has received a given number of reports, so tests can
// cancel a job part-way through at a repeatable point.
#pragma once

#include "common/Progress.h"

namespace codecbpe::test {

class CancelAfter final : public Progress {
public:
    explicit CancelAfter(int reports) : m_left(reports) {}
    void report(std::int64_t, std::int64_t, std::string_view) override { --m_left; }
    bool cancelled() const override { return m_left <= 0; }

private:
    int m_left;
};

} // namespace codecbpe::test
