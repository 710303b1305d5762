// FuzzCheck: what a harness accepts from the code under test — success or codecbpe::Error (the one-line error
// the CLI prints) — and how it reports a broken property.
#pragma once

#include <functional>

namespace codecbpe::fuzz {

// Runs `step`; returns true if it succeeded, false if it threw codecbpe::Error. Any other exception is a finding:
// the CLI would print a message that does not name the file, so this prints it and aborts.
bool succeeds(const std::function<void()>& step);

// Aborts with `what` when `condition` is false (a property of the parsed data that must hold).
void require(bool condition, const char* what);

} // namespace codecbpe::fuzz
