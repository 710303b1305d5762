// LongestMatcher: Hugging Face's added-token split (Aho-Corasick, leftmost-longest) for tens of thousands of tokens:
// a trie walked from each position, taking the longest token that starts there.
#pragma once

#include "bpe/BpeEncoder.h"

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace codecbpe {

class LongestMatcher {
public:
    static constexpr TokenId kNoMatch = 0xFFFFFFFFu;

    // Adds `token` (not empty) with `id`; a token added twice keeps the later id.
    void add(std::u32string_view token, TokenId id);

    // Splits `text` left to right: at each position the longest added token starting there, else one character
    // with id kNoMatch (HF hands such text to the model). `spans` is cleared first.
    void split(std::u32string_view text, std::vector<TokenSpan>& spans) const;

private:
    static std::uint64_t edgeKey(std::uint32_t node, char32_t c) { return (std::uint64_t(node) << 21) | c; }

    std::unordered_map<std::uint64_t, std::uint32_t> m_edges; // (node, char) -> child node
    std::vector<TokenId> m_ids{kNoMatch};                       // per node: the token ending there, or kNoMatch
};

} // namespace codecbpe
