// CliCommon: what every codecbpe subcommand shares — option parsing in codec-bpe's style, output helpers and a
// progress bar on stderr.
#pragma once

#include "common/Progress.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace codecbpe::cli {

// Python's int(text, 0): decimal, 0x.., 0o.., 0b.. (underscores allowed between digits); a leading zero in a
// decimal ("057344") is rejected as Python does. Throws Error naming the option.
std::int64_t parsePythonInt(const std::string& text, std::string_view optionName);
// For CLI11's ->transform(): validates with parsePythonInt and rewrites the value as decimal.
std::string pythonIntTransform(std::string& text);

// Writes `bytes` to `path` atomically (temporary file, then rename), or to stdout when path is empty or "-".
// An existing path that is not a regular file (a device, a pipe, a link) is written through instead.
void writeOutput(const std::string& path, std::string_view bytes);
// Reads a whole file, or stdin for "-". Throws Error naming the file.
std::string readInput(const std::string& path);

// A one-line progress bar redrawn on stderr (only when stderr is a terminal, else a line every few seconds).
class StderrProgress final : public Progress {
public:
    explicit StderrProgress(std::string label);
    ~StderrProgress() override;
    void report(std::int64_t done, std::int64_t total, std::string_view message) override;
    bool cancelled() const override;
    void finish();

private:
    std::string m_label;
    bool m_tty;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
};

// Installs SIGINT/SIGTERM handlers that ask running jobs to stop (StderrProgress::cancelled() turns true), so
// Ctrl-C ends a job cleanly without half-written files.
void installInterruptHandler();
bool interruptRequested();

} // namespace codecbpe::cli
