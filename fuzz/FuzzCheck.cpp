#include "FuzzCheck.h"

#include "common/Error.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <typeinfo>

namespace codecbpe::fuzz {

bool succeeds(const std::function<void()>& step)
{
    try {
        step();
        return true;
    } catch (const Error&) {
        return false;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "unexpected %s (not codecbpe::Error): %s\n", typeid(e).name(), e.what());
        std::abort();
    }
}

void require(bool condition, const char* what)
{
    if (condition)
        return;
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}

} // namespace codecbpe::fuzz
