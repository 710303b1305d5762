// CompressionCurve: held-out compression (codes per token, tokens per second) at every vocabulary size of one
// training run, in one pass: the merges are applied in rank order to the held-out symbols through an incremental
// pair index, which gives exactly Hugging Face's merge_word result for each prefix. Merges may arrive live.
#pragma once

#include "bpe/BpeModel.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace codecbpe {

class BpeEncoder;

class CompressionCurve {
public:
    // The held-out figures once training with a given vocab_size would have stopped (TokenizerPrefix).
    struct Point {
        TokenId vocabSize = 0;
        std::size_t merges = 0;   // creation-order merges made up to this size
        std::uint64_t tokens = 0; // held-out tokens under that prefix
    };

    // `base`: the tokenizer before any merge (special/added tokens and alphabet), e.g. TokenizerPrefix::model(0).
    explicit CompressionCurve(const BpeModel& base);
    ~CompressionCurve();
    CompressionCurve(const CompressionCurve&) = delete;
    CompressionCurve& operator=(const CompressionCurve&) = delete;

    // Adds one held-out text, encoded on its own as `codecbpe encode` encodes one file, covering `seconds` of audio
    // (0 when unknown). Only before the first merge.
    void addText(std::u32string_view text, double seconds);

    // The merge training made at creation index `index`, as a MergeListener sees it: index == merges fed so far
    // continues; a lower index means training restarted there and the merges from it on are void.
    void addMerge(std::size_t index, const BpeMerge& merge);
    // All merges of a run in creation order (or a folder's model.merges). Fed to a fresh curve, only the pairs
    // these merges make are indexed, which is much faster than feeding them one by one.
    void addMerges(const std::vector<BpeMerge>& creationMerges);

    // One point per vocabulary size reached so far, the base vocabulary first.
    const std::vector<Point>& points() const { return m_points; }
    std::uint64_t codes() const { return m_codes; }
    double seconds() const { return m_seconds; }
    std::size_t mergesFed() const { return m_merges.size(); }
    // Held-out tokens under the merges fed so far.
    std::uint64_t tokens() const { return m_fixedTokens + m_liveSymbols; }

private:
    static constexpr std::int32_t kNone = -1;
    static constexpr TokenId kAbsorbed = 0xFFFFFFFFu;

    static std::uint64_t key(TokenId left, TokenId right) { return (std::uint64_t(left) << 32) | right; }
    void feed(std::size_t index, const BpeMerge& merge);
    bool tracked(std::uint64_t pair) const { return m_onlyPairs.empty() || m_onlyPairs.count(pair) != 0; }
    void indexPair(std::uint32_t position);
    void apply(std::size_t rank, const BpeMerge& merge);
    bool mergeAt(std::uint32_t position, const BpeMerge& merge);
    void drainEarlierRanks();
    void replay();

    std::unique_ptr<BpeEncoder> m_baseEncoder;
    TokenId m_vocabSize;
    std::uint64_t m_codes = 0;
    double m_seconds = 0.0;
    std::uint64_t m_fixedTokens = 0; // added tokens in the held-out text: never merged

    // The held-out words as one array of symbols; next/prev link the live symbols of a word (kNone at its ends).
    std::vector<TokenId> m_initial;
    std::vector<bool> m_wordEnd;
    std::vector<TokenId> m_symbols;
    std::vector<std::int32_t> m_next;
    std::vector<std::int32_t> m_prev;
    std::uint64_t m_liveSymbols = 0;

    std::vector<BpeMerge> m_merges;                         // creation order, as fed
    std::unordered_map<std::uint64_t, std::uint32_t> m_rank; // pair -> creation index of its (latest) merge
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> m_positions; // pair -> where it was seen
    std::unordered_set<std::uint64_t> m_onlyPairs; // when known in advance, the only pairs worth indexing
    std::vector<std::uint64_t> m_queue; // min-heap of rank << 32 | position: pairs re-formed by a later merge
    std::vector<Point> m_points;
};

} // namespace codecbpe
