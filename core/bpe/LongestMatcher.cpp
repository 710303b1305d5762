#include "bpe/LongestMatcher.h"

namespace codecbpe {

void LongestMatcher::add(std::u32string_view token, TokenId id)
{
    std::uint32_t node = 0;
    for (const char32_t c : token) {
        const auto [it, inserted] = m_edges.emplace(edgeKey(node, c), std::uint32_t(m_ids.size()));
        if (inserted)
            m_ids.push_back(kNoMatch);
        node = it->second;
    }
    if (node != 0)
        m_ids[node] = id;
}

void LongestMatcher::split(std::u32string_view text, std::vector<TokenSpan>& spans) const
{
    spans.clear();
    const auto n = std::uint32_t(text.size());
    for (std::uint32_t i = 0; i < n;) {
        std::uint32_t node = 0;
        std::uint32_t bestEnd = i + 1;
        TokenId bestId = kNoMatch;
        for (std::uint32_t j = i; j < n; ++j) {
            const auto it = m_edges.find(edgeKey(node, text[j]));
            if (it == m_edges.end())
                break;
            node = it->second;
            if (m_ids[node] != kNoMatch) {
                bestId = m_ids[node];
                bestEnd = j + 1;
            }
        }
        spans.push_back(TokenSpan{bestId, i, bestEnd});
        i = bestEnd;
    }
}

} // namespace codecbpe
