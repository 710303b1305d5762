#include "RandomCodecCorpus.h"

#include "bpe/BpeTrainer.h"
#include "common/Progress.h"
#include "text/Utf8.h"

namespace codecbpe::test {
namespace {

constexpr char32_t kOffset = 0x4E00;

int pick(std::mt19937& rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

} // namespace

RandomCodecCorpus RandomCodecCorpus::make(std::mt19937& rng, bool recreating)
{
    RandomCodecCorpus c;
    TrainerOptions& o = c.options;
    o.numCodebooks = recreating ? 1 : pick(rng, 1, 4);
    o.codebookSize = recreating ? pick(rng, 2, 3) : pick(rng, 2, 40);
    o.padToken = "<pad>";
    if (pick(rng, 0, 2) == 0)
        o.eosToken = "</s>";
    if (pick(rng, 0, 3) == 0) // a special token that is also an alphabet character
        o.specialTokens.push_back(toUtf8(std::u32string(1, char32_t(kOffset + pick(rng, 0, o.codebookSize - 1)))));
    if (pick(rng, 0, 3) == 0) // a special token that merges can spell
        o.specialTokens.push_back(toUtf8(std::u32string(2, kOffset)));
    o.minFrequency = pick(rng, 0, 4);
    if (pick(rng, 0, 3) == 0)
        o.maxTokenCodebookNgrams = pick(rng, 2, 5);
    o.vocabSize = 100000;

    const int k = o.numCodebooks;
    std::vector<std::u32string> units(std::size_t(pick(rng, 1, 6)));
    for (auto& unit : units)
        for (int i = 0, n = pick(rng, 1, 3) * k; i < n; ++i)
            unit.push_back(char32_t(kOffset + (i % k) * o.codebookSize + pick(rng, 0, std::min(o.codebookSize - 1, 3))));
    for (int n = 0, chunks = pick(rng, 2, recreating ? 25 : 20); n < chunks; ++n) {
        std::u32string chunk;
        if (recreating) {
            for (int i = 0, length = pick(rng, 2, 14); i < length; ++i)
                chunk.push_back(char32_t(kOffset + pick(rng, 0, o.codebookSize - 1)));
        }
        for (int f = 0, frames = recreating ? 0 : pick(rng, 1, 50); f < frames; ++f) {
            const int mode = pick(rng, 0, 9);
            if (mode < 5) {
                chunk += units[std::size_t(pick(rng, 0, int(units.size()) - 1))];
            } else if (mode < 7) {
                chunk.append(std::size_t(pick(rng, 2, 7)), char32_t(kOffset + pick(rng, 0, k * o.codebookSize - 1)));
            } else {
                for (int cb = 0; cb < k; ++cb)
                    chunk.push_back(char32_t(kOffset + cb * o.codebookSize + pick(rng, 0, o.codebookSize - 1)));
            }
        }
        for (int r = pick(rng, 1, 3); r > 0; --r)
            c.chunks.push_back(chunk);
    }
    return c;
}

std::vector<std::u32string> RandomCodecCorpus::moreChunks(std::mt19937& rng, int count) const
{
    std::vector<std::u32string> more;
    for (int n = 0; n < count; ++n) {
        std::u32string chunk =
            pick(rng, 0, 1) ? chunks[std::size_t(pick(rng, 0, int(chunks.size()) - 1))] : std::u32string();
        for (int i = 0, extra = pick(rng, 0, 40); i < extra; ++i)
            chunk.push_back(char32_t(kOffset + pick(rng, 0, options.numCodebooks * options.codebookSize - 1)));
        more.push_back(chunk);
    }
    return more;
}

TrainedTokenizer trainTokenizer(const RandomCodecCorpus& corpus, std::int64_t vocabSize)
{
    TrainerOptions options = corpus.options;
    options.vocabSize = vocabSize;
    BpeTrainer trainer(options);
    for (const auto& chunk : corpus.chunks)
        trainer.addChunk(chunk);
    TrainedTokenizer trained;
    NullProgress progress;
    trained.folder.model = trainer.train(progress, [&trained](std::size_t index, const BpeMerge& merge) {
        trained.creationMerges.resize(index);
        trained.creationMerges.push_back(merge);
    });
    trained.folder.specialTokens = SpecialTokenNames{options.bosToken, options.eosToken, options.unkToken,
                                                     options.padToken};
    CodecMetadata codec;
    codec.numCodebooks = options.numCodebooks;
    codec.codebookSize = options.codebookSize;
    codec.codecFramerate = 75.0;
    trained.folder.codec = codec;
    return trained;
}

} // namespace codecbpe::test
