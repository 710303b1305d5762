// AllocationMeter: the largest single operator-new request made while one is alive, so a test can check that a
// lying file header does not make the code ask for gigabytes (linked into a test, it replaces global new/delete).
#pragma once

#include <cstddef>

namespace codecbpe::test {

class AllocationMeter {
public:
    AllocationMeter();  // starts measuring from zero
    ~AllocationMeter(); // stops measuring
    AllocationMeter(const AllocationMeter&) = delete;
    AllocationMeter& operator=(const AllocationMeter&) = delete;

    std::size_t largestRequest() const;
};

} // namespace codecbpe::test
