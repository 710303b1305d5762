// Progress: the sink through which every long core operation reports how far it is and learns it should stop.
#pragma once

#include <cstdint>
#include <exception>
#include <string_view>

namespace codecbpe {

class Progress {
public:
    virtual ~Progress() = default;
    // `done` out of `total` units (total 0 = unknown); `message` says what is being done, may be empty.
    virtual void report(std::int64_t done, std::int64_t total, std::string_view message) = 0;
    // Polled by the job; once true the job stops promptly, throws Cancelled and writes nothing.
    virtual bool cancelled() const = 0;

    // Throws Cancelled if the job should stop: the one-line check jobs put in their loops.
    void throwIfCancelled() const;
};

// Thrown by a job that stopped because its Progress said cancelled().
class Cancelled : public std::exception {
public:
    const char* what() const noexcept override { return "cancelled"; }
};

// A Progress that reports nowhere and never cancels, for callers that do not care.
class NullProgress final : public Progress {
public:
    void report(std::int64_t, std::int64_t, std::string_view) override {}
    bool cancelled() const override { return false; }
};

} // namespace codecbpe
