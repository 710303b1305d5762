// bench_load: a generated folder of 10,000 small code files (4 x 1024 codes, 50-400 frames each, fixed seed) through
// codecbpe train-tokenizer, encode and prep-lm-dataset, each in its own process with at most 64 open files; prints
// each command's files/s, CPU time and whole-process peak RSS (wait4) in bytes per corpus code against the 24-byte
// budget.
// Usage: bench_load [RECORDINGS]
#include "SyntheticCodes.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr double kBudgetBytesPerCode = 24.0;
constexpr rlim_t kOpenFiles = 64;

struct Run {
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0; // user + system, all threads
    double peakBytes = 0;
};

// Runs the CLI with `args` (stdout and stderr to /dev/null) under RLIMIT_NOFILE = kOpenFiles.
Run runCli(const std::vector<std::string>& args)
{
    std::vector<char*> argv;
    std::string program = CODECBPE_CLI_PATH;
    argv.push_back(program.data());
    std::vector<std::string> copies(args);
    for (std::string& arg : copies)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    const auto start = std::chrono::steady_clock::now();
    std::fflush(nullptr); // or the child would print the parent's buffered lines again
    const pid_t pid = fork();
    if (pid == 0) {
        const rlimit limit{kOpenFiles, kOpenFiles};
        setrlimit(RLIMIT_NOFILE, &limit);
        if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr))
            _exit(127);
        execv(argv[0], argv.data());
        _exit(127);
    }
    Run run;
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    run.peakBytes = double(usage.ru_maxrss) * 1024.0;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                     double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    codecbpe::test::SyntheticCodesSpec spec;
    if (argc > 1)
        spec.recordings = std::stoi(argv[1]);
    const fs::path dir = fs::temp_directory_path() / ("bench_load_" + std::to_string(getpid()));
    const std::string codes = (dir / "codes").string();

    const auto start = std::chrono::steady_clock::now();
    const std::int64_t codeCount = codecbpe::test::SyntheticCodes(spec).writeFolder(codes);
    std::printf("generated %d files, %lld codes (4 x 1024) in %.1f s\n", spec.recordings,
                static_cast<long long>(codeCount),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());

    const std::string tokenizer = (dir / "tokenizer").string();
    const std::pair<const char*, std::vector<std::string>> commands[] = {
        {"train-tokenizer (vocab 8000, 1 s chunks)",
         {"train-tokenizer", "--codes_path", codes, "--chunk_size_secs", "1", "--vocab_size", "8000", "--pad_token",
          "<pad>", "--save_path", tokenizer}},
        {"train-tokenizer (vocab 30000, whole files)",
         {"train-tokenizer", "--codes_path", codes, "--vocab_size", "30000", "--pad_token", "<pad>", "--save_path",
          (dir / "tokenizer30k").string()}},
        {"encode (text)", {"encode", codes, "--tokenizer", tokenizer, "-o", (dir / "encoded.txt").string()}},
        {"prep-lm-dataset (ids)",
         {"prep-lm-dataset", "--tokenizer", tokenizer, "--codes_path", codes, "--format", "ids", "--save_path",
          (dir / "dataset.txt").string()}},
    };
    int failures = 0;
    for (const auto& [name, args] : commands) {
        const Run run = runCli(args);
        if (!run.ok) {
            std::printf("%-44s FAILED\n", name);
            ++failures;
            continue;
        }
        std::printf("%-44s %6.2f s (%5.2f s CPU), %6.0f files/s, peak RSS %6.1f MB = %5.1f bytes/code (budget %.0f), "
                    "open files <= %d\n",
                    name, run.seconds, run.cpuSeconds, double(spec.recordings) / run.seconds, run.peakBytes / 1e6,
                    run.peakBytes / double(codeCount), kBudgetBytesPerCode, int(kOpenFiles));
    }
    fs::remove_all(dir);
    return failures == 0 ? 0 : 1;
}
