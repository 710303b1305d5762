// RandomCodecCorpus: random small codec corpora with their trainer options (special tokens merges can spell,
// min_frequency stops, tiny alphabets where merges re-create tokens), and training them with the merges in creation
// order, for the tokenizer-prefix and compression-curve tests.
#pragma once

#include "bpe/TokenizerFolder.h"
#include "bpe/TrainerOptions.h"

#include <random>
#include <string>
#include <vector>

namespace codecbpe::test {

struct RandomCodecCorpus {
    TrainerOptions options;
    std::vector<std::u32string> chunks;

    // Frames of K codebooks built from a few repeated units and runs of one code; a special token is sometimes an
    // alphabet character or a pair of codes. `recreating`: one codebook of 2-3 codes, where merges spell tokens that
    // exist already and pairs get merged twice.
    static RandomCodecCorpus make(std::mt19937& rng, bool recreating);
    // Random chunks in the same alphabet (held-out text).
    std::vector<std::u32string> moreChunks(std::mt19937& rng, int count) const;
};

struct TrainedTokenizer {
    TokenizerFolder folder;
    std::vector<BpeMerge> creationMerges; // as the MergeListener told them, restarts applied
};

// Trains `corpus` with its options but `vocabSize`.
TrainedTokenizer trainTokenizer(const RandomCodecCorpus& corpus, std::int64_t vocabSize);

} // namespace codecbpe::test
