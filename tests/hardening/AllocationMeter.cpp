#include "AllocationMeter.h"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
std::atomic<bool> measuring{false};
std::atomic<std::size_t> largest{0};

void* allocate(std::size_t size)
{
    if (measuring.load(std::memory_order_relaxed)) {
        std::size_t seen = largest.load(std::memory_order_relaxed);
        while (size > seen && !largest.compare_exchange_weak(seen, size, std::memory_order_relaxed)) {
        }
    }
    if (void* p = std::malloc(size == 0 ? 1 : size))
        return p;
    throw std::bad_alloc();
}
} // namespace

// The unaligned forms; the library's array, nothrow and sized forms call these.
void* operator new(std::size_t size) { return allocate(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace codecbpe::test {

AllocationMeter::AllocationMeter()
{
    largest = 0;
    measuring = true;
}

AllocationMeter::~AllocationMeter() { measuring = false; }

std::size_t AllocationMeter::largestRequest() const { return largest.load(); }

} // namespace codecbpe::test
