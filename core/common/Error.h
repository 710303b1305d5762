// Error: the exception every core operation throws for bad input, naming the file and what is wrong with it.
#pragma once

#include <stdexcept>
#include <string>

namespace codecbpe {

class Error : public std::runtime_error {
public:
    // `path` may be empty when the problem is not about a file (e.g. a bad option value).
    Error(std::string path, std::string reason);
    explicit Error(std::string reason) : Error(std::string(), std::move(reason)) {}

    const std::string& path() const noexcept { return m_path; }
    const std::string& reason() const noexcept { return m_reason; }

private:
    std::string m_path;
    std::string m_reason;
};

} // namespace codecbpe
