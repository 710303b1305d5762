// HfBpeTrainerPort: a small, slow, literal port of Hugging Face's BpeTrainer (tokenizers/src/models/bpe/trainer.rs
// and word.rs: feed, compute_alphabet, tokenize_words, count_pairs, Word::merge, the lazily refreshed heap and
// where_to_update) for checking the fast trainer merge for merge. Tests only.
#pragma once

#include "bpe/BpeModel.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace codecbpe::test {

class HfBpeTrainerPort {
public:
    struct Config {
        std::uint64_t vocabSize = 30000;
        std::uint64_t minFrequency = 0;
        std::vector<std::string> specialTokens; // UTF-8
        std::vector<char32_t> initialAlphabet;
        std::optional<std::size_t> limitAlphabet;
        std::optional<std::uint64_t> maxTokenLength;
    };
    struct Result {
        std::vector<std::string> vocab; // id_to_word, UTF-8
        std::vector<BpeMerge> merges;   // do_train's merges vector: creation order, repeats included
    };

    explicit HfBpeTrainerPort(Config config) : m_config(std::move(config)) {}

    // TokenizerImpl::train + BpeTrainer::feed: Metaspace pre-tokenization (prepend "never", split), word counts.
    void feed(const std::u32string& sequence);
    Result train() const;

private:
    Config m_config;
    std::map<std::u32string, std::uint64_t> m_words;
};

} // namespace codecbpe::test
