// bench_train: times our BpeTrainer against Hugging Face's (hf-ref time-train.js) on the same corpus and machine,
// with codec-bpe's settings (4 x 1024 codes, pad token, min_frequency 2), and prints the speed-ups.
// Usage: bench_train CORPUS.txt [HF_REF_DIR] [--check]   (corpus: gen_corpus.py output, one chunk per line)
// --check also trains with train.js and compares the two tokenizer.json files with compare.js.
#include "bpe/BpeTrainer.h"
#include "bpe/TokenizerFolder.h"
#include "common/Progress.h"
#include "text/Utf8.h"

#include <sys/resource.h>

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

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::cerr << "usage: bench_train CORPUS.txt [HF_REF_DIR] [--check]\n";
        return 2;
    }
    const std::string corpus = argv[1];
    const std::string hfRef = argc > 2 && std::string(argv[2]) != "--check" ? argv[2] : "";
    const bool check = std::string(argv[argc - 1]) == "--check";
    const std::string hfOptions = " --codec 4:1024 --pad-token '<pad>' --min-frequency 2";

    for (const int vocabSize : {8000, 30000}) {
        TrainerOptions options;
        options.numCodebooks = 4;
        options.codebookSize = 1024;
        options.padToken = "<pad>";
        options.vocabSize = vocabSize;
        options.minFrequency = 2;

        const auto loadStart = std::chrono::steady_clock::now();
        BpeTrainer trainer(options);
        std::ifstream in(corpus, std::ios::binary);
        if (!in) {
            std::cerr << "cannot read " << corpus << "\n";
            return 1;
        }
        for (std::string line; std::getline(in, line);)
            trainer.addChunk(fromUtf8(line, corpus));
        const auto trainStart = std::chrono::steady_clock::now();
        NullProgress progress;
        const BpeModel model = trainer.train(progress);
        const auto trainEnd = std::chrono::steady_clock::now();
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const double ours = seconds(trainEnd - trainStart);
        std::printf("vocab %d: ours %.2f s training (+ %.2f s reading), %zu merges, %llu codes, peak RSS %.1f MB "
                    "(%.1f bytes/code)\n",
                    vocabSize, ours, seconds(trainStart - loadStart), model.merges.size(),
                    static_cast<unsigned long long>(trainer.corpusCodes()), double(usage.ru_maxrss) / 1024.0,
                    double(usage.ru_maxrss) * 1024.0 / double(trainer.corpusCodes()));

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
        std::printf("  HF %.2f s -> ours is %.1fx faster\n", hf, hf / ours);

        if (!check)
            continue;
        const auto dir = std::filesystem::temp_directory_path() / ("bench_train_" + std::to_string(vocabSize));
        TokenizerFolder folder;
        folder.model = model;
        folder.specialTokens.pad = "<pad>";
        folder.write(dir / "ours");
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
