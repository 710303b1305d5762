// bench_encode: encoding throughput of BpeEncoder against Hugging Face tokenizers (node encode.js) on the same
// gen_corpus.py codec corpus (seed 1), in the same run, with a tokenizer HF trains on a 1 M-character corpus of the
// same seed; checks that the ids are equal line for line.
// Usage: bench_encode [--chars N (10000000)] [--vocab V (8000)] [--hf-ref DIR] [--keep DIR]
#include "bpe/BpeEncoder.h"
#include "bpe/TokenizerFolder.h"
#include "text/Utf8.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using namespace codecbpe;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// CPU seconds: on a shared machine these vary much less than wall time.
double threadCpu()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double childrenCpu()
{
    rusage r{};
    getrusage(RUSAGE_CHILDREN, &r);
    return double(r.ru_utime.tv_sec + r.ru_stime.tv_sec) + double(r.ru_utime.tv_usec + r.ru_stime.tv_usec) * 1e-6;
}

std::string shellQuote(const std::string& s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

void runOrDie(const std::string& command)
{
    if (std::system(command.c_str()) != 0) {
        std::cerr << "bench_encode: failed: " << command << '\n';
        std::exit(1);
    }
}

std::vector<std::string> readLines(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// Encodes lines [begin, end) with one encoder, the ids of each line as one text line.
void encodeRange(const BpeModel& model, const std::vector<std::u32string>& lines, std::size_t begin, std::size_t end,
                 std::vector<std::string>& out)
{
    BpeEncoder encoder(model);
    std::vector<TokenId> ids;
    for (std::size_t i = begin; i < end; ++i) {
        encoder.encode(lines[i], ids);
        std::string& s = out[i];
        for (std::size_t k = 0; k < ids.size(); ++k) {
            if (k > 0)
                s += ' ';
            s += std::to_string(ids[k]);
        }
    }
}

} // namespace

int main(int argc, char** argv)
{
    long chars = 10000000;
    int vocab = 8000;
    std::string hfRef = CODECBPE_HF_REF_DIR;
    std::string keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--chars")
            chars = std::atol(argv[i + 1]);
        else if (a == "--vocab")
            vocab = std::atoi(argv[i + 1]);
        else if (a == "--hf-ref")
            hfRef = argv[i + 1];
        else if (a == "--keep")
            keep = argv[i + 1];
    }
    if (!fs::exists(fs::path(hfRef) / "node_modules" / "tokenizers")) {
        std::cerr << "bench_encode: the hf-ref harness is not prepared in " << hfRef << " (tools/setup-hf-ref.sh)\n";
        return 2;
    }
    const fs::path work = keep.empty() ? fs::temp_directory_path() / ("bench_encode." + std::to_string(::getpid()))
                                       : fs::path(keep);
    fs::create_directories(work);
    const std::string py = "/usr/bin/python3 " + shellQuote(hfRef + "/gen_corpus.py");
    const fs::path trainCorpus = work / "train.txt";
    const fs::path corpus = work / "corpus.txt";
    const fs::path tokDir = work / "tok";
    if (!fs::exists(tokDir / "tokenizer.json")) {
        runOrDie(py + " " + shellQuote(trainCorpus.string()) + " --chars 1000000 --seed 1 >/dev/null");
        runOrDie("node " + shellQuote(hfRef + "/train.js") + " " + shellQuote(trainCorpus.string()) + " " +
                 shellQuote((tokDir / "tokenizer.json").string()) + " " + std::to_string(vocab) +
                 " --codec 4:1024 --pad-token '<pad>' --min-frequency 2 2>/dev/null");
    }
    if (!fs::exists(corpus))
        runOrDie(py + " " + shellQuote(corpus.string()) + " --chars " + std::to_string(chars) + " --seed 1 >/dev/null");

    const std::vector<std::string> utf8Lines = readLines(corpus);
    std::vector<std::u32string> lines;
    std::size_t totalChars = 0;
    for (const std::string& l : utf8Lines) {
        lines.push_back(fromUtf8(l, corpus.string()));
        totalChars += lines.back().size();
    }
    const BpeModel model = TokenizerFolder::read(tokDir).model;
    std::cout << "corpus: " << lines.size() << " lines, " << totalChars << " chars; tokenizer: " << model.vocabSize()
              << " tokens, " << model.merges.size() << " merges\n";

    // Ours, one thread, then two (one encoder per thread, as HF's encodeBatch uses both cores here).
    std::vector<std::string> ours(lines.size());
    auto t0 = Clock::now();
    const double cpu0 = threadCpu();
    encodeRange(model, lines, 0, lines.size(), ours);
    const double oursCpu = threadCpu() - cpu0;
    const double oursOne = seconds(t0);
    std::vector<std::string> ours2(lines.size());
    t0 = Clock::now();
    {
        std::thread other(encodeRange, std::cref(model), std::cref(lines), lines.size() / 2, lines.size(),
                          std::ref(ours2));
        encodeRange(model, lines, 0, lines.size() / 2, ours2);
        other.join();
    }
    const double oursTwo = seconds(t0);

    // Hugging Face (Rust, through node: includes node start-up and reading/writing the files).
    const fs::path hfIds = work / "hf_ids.txt";
    t0 = Clock::now();
    const double child0 = childrenCpu();
    runOrDie("node " + shellQuote(hfRef + "/encode.js") + " " + shellQuote((tokDir / "tokenizer.json").string()) +
             " " + shellQuote(corpus.string()) + " > " + shellQuote(hfIds.string()));
    const double hf = seconds(t0);
    const double hfCpu = childrenCpu() - child0;
    const std::vector<std::string> hfLines = readLines(hfIds);

    std::size_t differ = hfLines.size() == ours.size() ? 0 : 1;
    for (std::size_t i = 0; i < std::min(hfLines.size(), ours.size()); ++i)
        differ += (hfLines[i] != ours[i]) + (ours2[i] != ours[i]);
    std::size_t tokens = 0;
    for (const std::string& s : ours)
        tokens += s.empty() ? 0 : std::size_t(std::count(s.begin(), s.end(), ' ')) + 1;

    const double mchars = double(totalChars) / 1e6;
    std::printf("tokens: %zu (%.3f codes/token)\n", tokens, double(totalChars) / double(tokens));
    std::printf("ours, 1 thread : %7.3f s  %8.2f M chars/s\n", oursOne, mchars / oursOne);
    std::printf("ours, 2 threads: %7.3f s  %8.2f M chars/s\n", oursTwo, mchars / oursTwo);
    std::printf("HF encode.js   : %7.3f s  %8.2f M chars/s (encodeBatch on all cores, incl. node start-up and I/O)\n",
                hf, mchars / hf);
    std::printf("ratio HF/ours: %.1fx (1 thread), %.1fx (2 threads)\n", hf / oursOne, hf / oursTwo);
    std::printf("CPU seconds: ours %.3f, HF %.3f (node included): ratio %.1fx\n", oursCpu, hfCpu, hfCpu / oursCpu);
    std::printf("ids equal line for line: %s\n", differ == 0 ? "yes" : "NO");
    if (keep.empty())
        fs::remove_all(work);
    return differ == 0 ? 0 : 1;
}
