// bench_alphabet: one hour of an 8-codebook 75 Hz codec (2.16 M codes, codebook 1024) through CodeAlphabet and UTF-8,
// each direction timed separately; prints the median of several runs in milliseconds.
#include "text/CodeAlphabet.h"
#include "text/CodeText.h"
#include "text/Utf8.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace codecbpe;

namespace {

constexpr int kRuns = 9;

struct Timing {
    double wallMs;
    double cpuMs; // this thread's CPU time: what the code costs when the machine is busy with other work
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(values.size() / 2), values.end());
    return values[values.size() / 2];
}

// Runs `step` kRuns times and returns the median wall and CPU times.
template <typename Step>
Timing measure(Step&& step)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int run = 0; run < kRuns; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = threadCpuMs();
        step();
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    return {median(wall), median(cpu)};
}

void print(const char* what, Timing timing)
{
    std::printf("%-44s %8.2f ms wall %8.2f ms cpu\n", what, timing.wallMs, timing.cpuMs);
}

Timing operator+(Timing a, Timing b) { return {a.wallMs + b.wallMs, a.cpuMs + b.cpuMs}; }

} // namespace

int main()
{
    const int numCodebooks = 8;
    const int codebookSize = 1024;
    const std::int64_t frames = 75 * 3600;
    std::mt19937 rng(1);
    std::uniform_int_distribution<CodeGrid::Code> code(0, codebookSize - 1);
    std::vector<CodeGrid::Code> codes(std::size_t(numCodebooks * frames));
    for (auto& c : codes)
        c = code(rng);
    const CodeGrid grid(numCodebooks, frames, std::move(codes));
    const CodeAlphabet alphabet(numCodebooks, codebookSize);

    std::u32string chars;
    CodeAlphabet::Decoded decoded;
    std::string utf8;
    std::u32string fromBytes;

    std::printf("bench_alphabet: %d codebooks x %lld frames = %lld codes, codebook %d, median of %d runs\n",
                numCodebooks, static_cast<long long>(frames), static_cast<long long>(grid.size()), codebookSize,
                kRuns);
    const Timing toChars = measure([&] { chars = alphabet.codesToChars(grid); });
    const Timing toCodes = measure([&] { decoded = alphabet.charsToCodes(chars); });
    print("grid -> chars (codesToChars)", toChars);
    print("chars -> grid (charsToCodes)", toCodes);
    print("  text and back", toChars + toCodes);
    const Timing encode = measure([&] { utf8 = toUtf8(chars); });
    const Timing decode = measure([&] { fromBytes = fromUtf8(utf8, "bench"); });
    print("chars -> UTF-8 (toUtf8)", encode);
    print("UTF-8 -> chars (fromUtf8)", decode);
    const Timing gridToUtf8 = measure([&] { utf8 = codesToUtf8(alphabet, grid); });
    const Timing utf8ToGrid = measure([&] { decoded = utf8ToCodes(alphabet, utf8, "bench"); });
    print("grid -> UTF-8 (codesToUtf8)", gridToUtf8);
    print("UTF-8 -> grid (utf8ToCodes)", utf8ToGrid);
    print("  UTF-8 and back", gridToUtf8 + utf8ToGrid);

    // A stray char near the start sends charsToCodes down its dropping path for the rest of the text.
    std::u32string noisy = chars;
    noisy.insert(noisy.begin() + 3, U'x');
    const Timing dropping = measure([&] { decoded = alphabet.charsToCodes(noisy); });
    print("chars -> grid with one stray char", dropping);

    // Many strays (one every 100 chars, e.g. text spliced between codes): each one restarts the consistency scan.
    std::u32string sprinkled;
    sprinkled.reserve(chars.size() + chars.size() / 100 + 1);
    for (std::size_t i = 0; i < chars.size(); ++i) {
        if (i % 100 == 50)
            sprinkled.push_back(U'#');
        sprinkled.push_back(chars[i]);
    }
    CodeAlphabet::Decoded sprinkledDecoded;
    print("chars -> grid with a stray every 100 chars", measure([&] { sprinkledDecoded = alphabet.charsToCodes(sprinkled); }));

    const bool ok = sprinkledDecoded.codes == grid &&
                    sprinkledDecoded.droppedInconsistent == std::int64_t(chars.size() / 100) && decoded.codes == grid && fromBytes == chars && decoded.droppedInconsistent == 1 &&
                    utf8.size() == chars.size() * 3;
    std::printf("round trips %s, UTF-8 size %.2f MB\n", ok ? "identical" : "DIFFER", double(utf8.size()) / 1e6);
    return ok ? 0 : 1;
}
