// TokenizerPrefix: from one trained tokenizer, the tokenizer that training with any smaller vocab_size makes — the
// same run stopped earlier, because Hugging Face checks vocab_size before each merge and nothing else depends on it.
#pragma once

#include "bpe/BpeModel.h"
#include "bpe/TokenizerFolder.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace codecbpe {

class TokenizerPrefix {
public:
    // `creationMerges`: the merges in the order training made them (a pair merged twice comes twice, as a
    // MergeListener sees them). A folder read from disk keeps each pair once, at its later rank: pass
    // tokenizer.model.merges then, which is the creation order unless training merged a pair twice.
    TokenizerPrefix(TokenizerFolder tokenizer, std::vector<BpeMerge> creationMerges);
    explicit TokenizerPrefix(const TokenizerFolder& tokenizer);

    // Special tokens and alphabet: the vocabulary before the first merge (and of any vocab_size up to it).
    TokenId baseVocabSize() const { return m_baseVocabSize; }
    // The trained vocabulary size: the largest prefix.
    TokenId fullVocabSize() const { return m_tokenizer.model.vocabSize(); }
    const std::vector<BpeMerge>& creationMerges() const { return m_creationMerges; }

    // How many of the creation-order merges training with `vocabSize` makes: all up to the one creating token id
    // vocabSize - 1 (a merge that re-creates an existing token adds no id), none for a size up to the base.
    std::size_t mergeCount(std::int64_t vocabSize) const;
    // The vocabulary size that training with `vocabSize` ends with (less when the run stopped earlier, at least the
    // base vocabulary).
    TokenId vocabSizeFor(std::int64_t vocabSize) const;

    // The model and folder that training with `vocabSize` writes: ids below vocabSizeFor(vocabSize), their
    // merges with each pair once at its later rank, the added tokens among those ids; everything else as trained.
    BpeModel model(std::int64_t vocabSize) const;
    TokenizerFolder folder(std::int64_t vocabSize) const;

    // Hugging Face's model keeps one rank per pair: a pair merged twice keeps its later rank.
    static std::vector<BpeMerge> lastRankPerPair(const std::vector<BpeMerge>& creationMerges);
    // The vocabulary before any merge: one past the highest added token or one-character token.
    static TokenId baseVocabSize(const BpeModel& model);

private:
    TokenizerFolder m_tokenizer;
    std::vector<BpeMerge> m_creationMerges;
    TokenId m_baseVocabSize = 0;
};

} // namespace codecbpe
