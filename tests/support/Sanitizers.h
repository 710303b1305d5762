// Whether this build is instrumented with AddressSanitizer (the 'asan' and 'fuzz' presets): its shadow memory,
// redzones and quarantine are in every RSS figure, so memory budgets cannot be checked there.
#pragma once

namespace codecbpe::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kUnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kUnderAddressSanitizer = true;
#else
inline constexpr bool kUnderAddressSanitizer = false;
#endif
#else
inline constexpr bool kUnderAddressSanitizer = false;
#endif

} // namespace codecbpe::test
