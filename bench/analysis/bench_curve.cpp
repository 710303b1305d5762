// bench_curve: the vocabulary-size curve of one training run over 10 M held-out codes in one pass (CompressionCurve)
// against encoding the held-out codes with BpeEncoder once per prefix; checks the figures agree where both exist.
// Usage: bench_curve [--heldout N (10000000)] [--train N (2000000)] [--vocab V (8000)]
#include "analysis/CompressionCurve.h"
#include "bpe/BpeEncoder.h"
#include "bpe/BpeTrainer.h"
#include "bpe/TokenizerPrefix.h"
#include "common/Progress.h"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <random>
#include <string>
#include <vector>

using namespace codecbpe;

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kCodebooks = 4;
constexpr int kCodebookSize = 1024;
constexpr std::size_t kChunkFrames = 750; // 30 s at 25 Hz: one text per "file", as `codecbpe encode` takes them

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

// Codec-like text: frames from a few thousand recurring phrases (Zipf-ish choice), with some noise frames.
std::vector<std::u32string> corpus(std::size_t codes, unsigned seed)
{
    std::mt19937 rng(seed);
    std::mt19937 phraseRng(1); // the same phrases for training and held-out data
    std::vector<std::u32string> phrases(4000);
    for (auto& phrase : phrases)
        for (int i = 0, n = kCodebooks * int(1 + phraseRng() % 6); i < n; ++i)
            phrase.push_back(char32_t(0x4E00 + (i % kCodebooks) * kCodebookSize + int(phraseRng() % kCodebookSize)));
    std::geometric_distribution<int> which(0.002);
    std::vector<std::u32string> texts;
    std::u32string text;
    std::size_t total = 0;
    while (total < codes) {
        if (rng() % 8 == 0) {
            for (int k = 0; k < kCodebooks; ++k)
                text.push_back(char32_t(0x4E00 + k * kCodebookSize + int(rng() % kCodebookSize)));
        } else {
            text += phrases[std::size_t(which(rng)) % phrases.size()];
        }
        if (text.size() >= kChunkFrames * kCodebooks || total + text.size() >= codes) {
            total += text.size();
            texts.push_back(std::move(text));
            text.clear();
        }
    }
    return texts;
}

std::size_t option(int argc, char** argv, const char* name, std::size_t fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::stoull(argv[i + 1]);
    return fallback;
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t heldOutCodes = option(argc, argv, "--heldout", 10'000'000);
    const std::size_t trainCodes = option(argc, argv, "--train", 2'000'000);
    const auto vocab = std::int64_t(option(argc, argv, "--vocab", 8000));

    TrainerOptions options;
    options.numCodebooks = kCodebooks;
    options.codebookSize = kCodebookSize;
    options.padToken = "<pad>";
    options.vocabSize = vocab;
    BpeTrainer trainer(options);
    for (const auto& text : corpus(trainCodes, 1))
        trainer.addChunk(text);
    TokenizerFolder folder;
    std::vector<BpeMerge> creation;
    NullProgress progress;
    auto start = Clock::now();
    folder.model = trainer.train(progress, [&creation](std::size_t index, const BpeMerge& merge) {
        creation.resize(index);
        creation.push_back(merge);
    });
    std::cout << "trained " << trainCodes << " codes to " << folder.model.vocabSize() << " tokens in "
              << seconds(start) << " s\n";
    const TokenizerPrefix prefix(folder, creation);
    const std::vector<std::u32string> heldOut = corpus(heldOutCodes, 2);

    start = Clock::now();
    CompressionCurve curve(prefix.model(0));
    for (const auto& text : heldOut)
        curve.addText(text, double(text.size()) / kCodebooks / 25.0);
    curve.addMerges(creation);
    const double curveSeconds = seconds(start);
    std::cout << "curve: " << curve.points().size() << " vocabulary sizes over " << curve.codes()
              << " held-out codes in " << curveSeconds << " s\n";

    // Encoding the held-out codes once per prefix: timed for a few sizes, then for all of them by the mean.
    double encodeSeconds = 0.0;
    int encoded = 0;
    bool agree = true;
    const auto& points = curve.points();
    for (std::size_t i = 0; i < points.size(); i += points.size() / 4) {
        const auto point = points[std::min(i, points.size() - 1)];
        start = Clock::now();
        BpeEncoder encoder(prefix.model(point.vocabSize));
        std::uint64_t tokens = 0;
        std::vector<TokenId> ids;
        for (const auto& text : heldOut) {
            encoder.encode(text, ids);
            tokens += ids.size();
        }
        encodeSeconds += seconds(start);
        ++encoded;
        agree = agree && tokens == point.tokens;
        std::cout << "  vocab " << point.vocabSize << ": " << double(curve.codes()) / double(tokens)
                  << " codes/token (curve " << double(curve.codes()) / double(point.tokens) << ")\n";
    }
    const double perPrefix = encodeSeconds / encoded;
    std::cout << "encoding once per prefix: " << perPrefix << " s each, " << perPrefix * double(points.size())
              << " s for all " << points.size() << " sizes: the curve is " << perPrefix * double(points.size()) / curveSeconds
              << "x faster, " << curveSeconds / perPrefix << " encodings' time\n";
    std::cout << (agree ? "figures agree\n" : "FIGURES DIFFER\n");
    return agree ? EXIT_SUCCESS : EXIT_FAILURE;
}
