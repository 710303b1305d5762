// bench_train: times our BpeTrainer against Hugging Face's (hf-ref time-train.js) on the same corpus and machine,
// with codec-bpe's settings (4 x 1024 codes, pad token, min_frequency 2), and prints the speed-ups. Each vocab size
// reads and trains in a fresh child process, whose whole-process peak RSS (wait4) is the memory figure.
// Usage: bench_train CORPUS.txt [HF_REF_DIR] [--check]   (corpus: gen_corpus.py output, one chunk per line)
// --check also trains with train.js and compares the two tokenizer.json files with compare.js.
#include "bpe/BpeTrainer.h"
#include "bpe/TokenizerFolder.h"
#include "common/Progress.h"
#include "text/Utf8.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

using namespace codecbpe;

namespace {

double seconds(std::chrono::steady_clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

std::string quote(const std::string& s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Runs a shell command and returns its standard output, or nothing if it failed.
bool run(const std::string& command, std::string& output)
{
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return false;
    char buffer[4096];
    output.clear();
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe))
        output.append(buffer, n);
    return pclose(pipe) == 0;
}

struct ChildResult {
    bool ok = false;
    double readSeconds = 0;
    double trainSeconds = 0;
    std::size_t merges = 0;
    std::uint64_t codes = 0;
};

// Reads the corpus and trains; with `saveDir`, writes the tokenizer folder there.
ChildResult trainOnce(const std::string& corpus, int vocabSize, const std::filesystem::path& saveDir)
{
    TrainerOptions options;
    options.numCodebooks = 4;
    options.codebookSize = 1024;
    options.padToken = "<pad>";
    options.vocabSize = vocabSize;
    options.minFrequency = 2;

    ChildResult result;
    const auto loadStart = std::chrono::steady_clock::now();
    BpeTrainer trainer(options);
    std::ifstream in(corpus, std::ios::binary);
    if (!in) {
        std::cerr << "cannot read " << corpus << "\n";
        return result;
    }
    for (std::string line; std::getline(in, line);)
        trainer.addChunk(fromUtf8(line, corpus));
    const auto trainStart = std::chrono::steady_clock::now();
    NullProgress progress;
    BpeModel model = trainer.train(progress);
    const auto trainEnd = std::chrono::steady_clock::now();
    result.readSeconds = seconds(trainStart - loadStart);
    result.trainSeconds = seconds(trainEnd - trainStart);
    result.merges = model.merges.size();
    result.codes = trainer.corpusCodes();
    if (!saveDir.empty()) {
        TokenizerFolder folder;
        folder.model = std::move(model);
        folder.specialTokens.pad = "<pad>";
        folder.write(saveDir);
    }
    result.ok = true;
    return result;
}

// trainOnce in a child process; `peakKb` is the child's whole-process peak RSS.
ChildResult trainInChild(const std::string& corpus, int vocabSize, const std::filesystem::path& saveDir, long& peakKb)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    std::fflush(nullptr); // or the child would print the parent's buffered lines again
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        const ChildResult result = trainOnce(corpus, vocabSize, saveDir);
        const bool written = write(fds[1], &result, sizeof result) == ssize_t(sizeof result);
        _exit(written ? 0 : 1);
    }
    close(fds[1]);
    ChildResult result;
    const bool received = pid > 0 && read(fds[0], &result, sizeof result) == ssize_t(sizeof result);
    close(fds[0]);
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
        !received)
        return {};
    peakKb = usage.ru_maxrss;
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: bench_train CORPUS.txt [HF_REF_DIR] [--check]\n";
        return 2;
    }
    // Absolute: the HF scripts run from their own folder.
    const std::string corpus = std::filesystem::absolute(argv[1]).string();
    const std::string hfRef = argc > 2 && std::string(argv[2]) != "--check" ? argv[2] : "";
    const bool check = std::string(argv[argc - 1]) == "--check";
    const std::string hfOptions = " --codec 4:1024 --pad-token '<pad>' --min-frequency 2";

    for (const int vocabSize : {8000, 30000}) {
        const auto dir = std::filesystem::temp_directory_path() / ("bench_train_" + std::to_string(vocabSize));
        long peakKb = 0;
        const std::filesystem::path saveDir = check ? dir / "ours" : std::filesystem::path();
        const ChildResult ours = trainInChild(corpus, vocabSize, saveDir, peakKb);
        if (!ours.ok) {
            std::cerr << "training failed\n";
            return 1;
        }
        const double peakBytes = double(peakKb) * 1024.0;
        std::printf("vocab %d: ours %.2f s training (+ %.2f s reading), %zu merges, %llu codes, peak RSS %.1f MB "
                    "(%.1f bytes/code, budget 24)\n",
                    vocabSize, ours.trainSeconds, ours.readSeconds, ours.merges,
                    static_cast<unsigned long long>(ours.codes), peakBytes / 1e6, peakBytes / double(ours.codes));

        if (hfRef.empty())
            continue;
        std::string out;
        if (!run("cd " + quote(hfRef) + " && node time-train.js " + quote(corpus) + " " + std::to_string(vocabSize) +
                     hfOptions + " 2>/dev/null",
                 out)) {
            std::printf("  HF time-train.js failed\n");
            continue;
        }
        const double hf = std::stod(out);
        std::printf("  HF %.2f s -> ours is %.1fx faster\n", hf, hf / ours.trainSeconds);

        if (!check)
            continue;
        const std::string hfJson = (dir / "hf" / "tokenizer.json").string();
        const bool same = run("cd " + quote(hfRef) + " && node train.js " + quote(corpus) + " " + quote(hfJson) + " " +
                                  std::to_string(vocabSize) + hfOptions + " >/dev/null 2>&1 && node compare.js " +
                                  quote(hfJson) + " " + quote((dir / "ours" / "tokenizer.json").string()),
                              out);
        std::printf("  tokenizer.json %s HF's\n", same ? "identical to" : "DIFFERENT from");
        if (!same)
            std::printf("%s\n", out.c_str());
    }
    return 0;
}
