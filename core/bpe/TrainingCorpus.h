// TrainingCorpus: the training words (Hugging Face pre-tokens of the streamed chunks) as symbol ids, held once:
// identical words share one entry with a count. The symbols of all words sit in one array, each word preceded and
// followed by kSeparator, so that merging can rewrite them in place.
#pragma once

#include "bpe/TrainerVocabulary.h"

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace codecbpe {

class TrainingCorpus {
public:
    static constexpr std::uint32_t kSeparator = 0xFFFFFFFFu;

    struct Word {
        std::uint32_t start = 0;  // index of its first symbol
        std::uint32_t length = 0; // symbols at the start of training
        std::uint64_t count = 0;  // how many identical pre-tokens it stands for
    };

    explicit TrainingCorpus(const TrainerVocabulary& vocabulary);

    // Metaspace pre-tokenization as codec-bpe's tokenizer does it (' ' becomes U+2581, a new word starts at each
    // U+2581), then each word's characters become ids; characters training skips are dropped, so their
    // neighbours become adjacent, as in Hugging Face's tokenize_words.
    void addChunk(std::u32string_view chunk);

    // Gives back the spare capacity of the symbol array (training's peak memory comes after).
    void shrink() { m_symbols.shrink_to_fit(); }
    // Puts back the character ids of every merged token a training wrote into symbols().
    void unmerge(const TrainerVocabulary& vocabulary);

    std::vector<std::uint32_t>& symbols() { return m_symbols; }
    const std::vector<std::uint32_t>& symbols() const { return m_symbols; }
    const std::vector<Word>& words() const { return m_words; }
    // Sum over words of length * count: the code count of the training set.
    std::uint64_t totalSymbols() const { return m_totalSymbols; }

private:
    void addWord(std::u32string_view word);

    const TrainerVocabulary& m_vocabulary;
    std::vector<std::uint32_t> m_symbols;
    std::vector<Word> m_words;
    std::unordered_multimap<std::uint64_t, std::uint32_t> m_wordsByHash;
    std::uint64_t m_totalSymbols = 0;
};

} // namespace codecbpe
