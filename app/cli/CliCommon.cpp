#include "CliCommon.h"

#include "common/AtomicFile.h"
#include "common/Error.h"

#include <atomic>
#include <cctype>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <unistd.h>

namespace codecbpe::cli {
namespace {

std::atomic<bool> g_interrupted{false};

void onInterrupt(int) { g_interrupted.store(true); }

int digitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

std::string formatDuration(double seconds)
{
    const long long total = std::llround(seconds);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld", total / 60, total % 60);
    return buffer;
}

} // namespace

std::int64_t parsePythonInt(const std::string& text, std::string_view optionName)
{
    const auto fail = [&]() -> std::int64_t {
        throw Error("invalid value '" + text + "' for " + std::string(optionName) +
                    ": expected an integer such as 57344, 0xE000, 0o160000 or 0b1110000000000000");
    };
    std::string s = text;
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.erase(s.begin());
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.pop_back();
    bool negative = false;
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
        negative = s[0] == '-';
        s.erase(s.begin());
    }
    int base = 10;
    if (s.size() > 1 && s[0] == '0' && std::isalpha(static_cast<unsigned char>(s[1]))) {
        const char prefix = char(std::tolower(static_cast<unsigned char>(s[1])));
        base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 0;
        if (base == 0)
            return fail();
        s.erase(0, 2);
        if (!s.empty() && s[0] == '_') // Python allows 0x_FF
            s.erase(s.begin());
    }
    if (s.empty() || s.front() == '_' || s.back() == '_' || s.find("__") != std::string::npos)
        return fail();
    std::int64_t value = 0;
    bool allZero = true;
    for (char c : s) {
        if (c == '_')
            continue;
        const int d = digitValue(c);
        if (d >= base)
            return fail();
        allZero = allZero && d == 0;
        if (value > (INT64_MAX - d) / base)
            return fail();
        value = value * base + d;
    }
    // Python rejects "057344" (an ambiguous leading zero) but accepts "0", "00" and "0_0".
    if (base == 10 && s.size() > 1 && s[0] == '0' && !allZero)
        return fail();
    return negative ? -value : value;
}

std::string pythonIntTransform(std::string& text)
{
    text = std::to_string(parsePythonInt(text, "the option"));
    return {};
}

void writeOutput(const std::string& path, std::string_view bytes)
{
    if (path.empty() || path == "-") {
        std::cout.write(bytes.data(), std::streamsize(bytes.size()));
        std::cout.flush();
        if (!std::cout)
            throw Error("<stdout>", "write failed");
        return;
    }
    // A device, pipe or link (/dev/null, /dev/stdout, a FIFO) is written through: renaming a finished temporary
    // over it, as for a regular file, would replace the node itself (as root, even /dev/null).
    std::error_code ec;
    const auto status = std::filesystem::symlink_status(path, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
        std::ofstream out(path, std::ios::binary);
        if (!out.write(bytes.data(), std::streamsize(bytes.size())).flush())
            throw Error(path, "write failed");
        return;
    }
    writeFileAtomically(path, bytes);
}

std::string readInput(const std::string& path)
{
    if (path == "-") {
        std::ostringstream buffer;
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw Error(path, "is a directory, expected a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path, "cannot open file for reading");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

StderrProgress::StderrProgress(std::string label)
    : m_label(std::move(label)), m_tty(::isatty(STDERR_FILENO) != 0), m_start(std::chrono::steady_clock::now()),
      m_lastDraw(m_start)
{
}

StderrProgress::~StderrProgress() { finish(); }

void StderrProgress::report(std::int64_t done, std::int64_t total, std::string_view message)
{
    const auto now = std::chrono::steady_clock::now();
    const auto sinceDraw = std::chrono::duration<double>(now - m_lastDraw).count();
    const bool last = total > 0 && done >= total;
    if (sinceDraw < (m_tty ? 0.1 : 5.0) && !last)
        return;
    m_lastDraw = now;
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    std::string line = m_label + ": ";
    if (total > 0) {
        const double fraction = double(done) / double(total);
        const int width = 30;
        const int filled = int(fraction * width);
        line += "[" + std::string(std::size_t(filled), '#') + std::string(std::size_t(width - filled), '.') + "] ";
        line += std::to_string(done) + "/" + std::to_string(total);
        line += " " + formatDuration(elapsed);
        if (done > 0 && !last)
            line += " (" + formatDuration(elapsed / fraction - elapsed) + " left)";
    } else {
        line += std::to_string(done) + " " + formatDuration(elapsed);
    }
    if (!message.empty())
        line += "  " + std::string(message);
    if (m_tty)
        std::cerr << "\r\033[K" << line << std::flush;
    else
        std::cerr << line << '\n';
    m_drawn = true;
}

bool StderrProgress::cancelled() const { return interruptRequested(); }

void StderrProgress::finish()
{
    if (m_drawn && m_tty)
        std::cerr << '\n';
    m_drawn = false;
}

void installInterruptHandler()
{
    struct sigaction action {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

bool interruptRequested() { return g_interrupted.load(); }

} // namespace codecbpe::cli
