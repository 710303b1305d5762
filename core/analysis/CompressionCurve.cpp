#include "analysis/CompressionCurve.h"

#include "bpe/BpeEncoder.h"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <unordered_set>

namespace codecbpe {

CompressionCurve::CompressionCurve(const BpeModel& base)
    : m_baseEncoder(std::make_unique<BpeEncoder>(base)), m_vocabSize(base.vocabSize())
{
    m_points.push_back(Point{m_vocabSize, 0, 0});
}

CompressionCurve::~CompressionCurve() = default;

void CompressionCurve::addText(std::u32string_view text, double seconds)
{
    if (!m_merges.empty())
        throw std::logic_error("CompressionCurve::addText after the first merge");
    // The base tokenizer splits out added tokens (which never merge and end a word) and drops characters outside
    // the vocabulary, exactly as the encoder does before merge_word. Codec text has no spaces, so there is no
    // other word boundary.
    std::vector<TokenId> ids;
    m_baseEncoder->encode(text, ids);
    bool wordOpen = false;
    for (const TokenId id : ids) {
        if (m_baseEncoder->isSpecial(id) || m_baseEncoder->tokenText(id).size() != 1) {
            ++m_fixedTokens;
            if (wordOpen)
                m_wordEnd.back() = true;
            wordOpen = false;
            continue;
        }
        m_initial.push_back(id);
        m_wordEnd.push_back(false);
        wordOpen = true;
    }
    if (wordOpen)
        m_wordEnd.back() = true;
    m_codes += text.size();
    m_seconds += seconds;
    m_liveSymbols = m_initial.size(); // the symbols themselves are laid out at the first merge
    m_points.front().tokens = tokens();
}

void CompressionCurve::addMerges(const std::vector<BpeMerge>& creationMerges)
{
    if (!m_merges.empty()) {
        for (const BpeMerge& merge : creationMerges)
            addMerge(m_merges.size(), merge);
        return;
    }
    // Most pairs of the held-out text are never merged: with the whole list known, index only the pairs it merges.
    for (const BpeMerge& merge : creationMerges)
        m_onlyPairs.insert(key(merge.left, merge.right));
    replay();
    for (const BpeMerge& merge : creationMerges)
        feed(m_merges.size(), merge);
}

void CompressionCurve::addMerge(std::size_t index, const BpeMerge& merge)
{
    if (!m_onlyPairs.empty()) {
        // After addMerges: a merge may make any pair now, so index them all again.
        m_onlyPairs.clear();
        replay();
    }
    feed(index, merge);
}

void CompressionCurve::feed(std::size_t index, const BpeMerge& merge)
{
    if (index > m_merges.size())
        throw std::invalid_argument("CompressionCurve::addMerge: merge " + std::to_string(index) + " after only " +
                                    std::to_string(m_merges.size()));
    if (index < m_merges.size()) {
        // Training restarted: forget what came after, and bring the symbols back to the prefix before `index`.
        m_merges.resize(index);
        while (m_points.back().merges > index)
            m_points.pop_back();
        m_vocabSize = m_points.back().vocabSize;
        replay();
    }
    if (m_symbols.size() != m_initial.size())
        replay();
    const std::uint64_t pair = key(merge.left, merge.right);
    m_merges.push_back(merge);
    if (m_rank.count(pair) != 0)
        replay(); // a pair merged twice moves to its later rank: rare, so start over rather than undo
    else
        apply(index, merge);
    if (merge.result >= m_vocabSize) {
        m_vocabSize = merge.result + 1;
        m_points.push_back(Point{m_vocabSize, index + 1, tokens()});
    }
}

void CompressionCurve::replay()
{
    m_symbols = m_initial;
    m_next.resize(m_initial.size());
    m_prev.resize(m_initial.size());
    for (std::size_t i = 0; i < m_initial.size(); ++i) {
        m_next[i] = m_wordEnd[i] ? kNone : std::int32_t(i + 1);
        m_prev[i] = i == 0 || m_wordEnd[i - 1] ? kNone : std::int32_t(i - 1);
    }
    m_liveSymbols = m_initial.size();
    m_rank.clear();
    m_positions.clear();
    m_queue.clear();
    for (std::size_t i = 0; i + 1 < m_initial.size(); ++i) {
        const std::uint64_t pair = key(m_symbols[i], m_symbols[i + 1]);
        if (!m_wordEnd[i] && tracked(pair))
            m_positions[pair].push_back(std::uint32_t(i));
    }

    std::unordered_set<std::uint64_t> later;
    std::vector<bool> latest(m_merges.size());
    for (std::size_t i = m_merges.size(); i-- > 0;)
        latest[i] = later.insert(key(m_merges[i].left, m_merges[i].right)).second;
    for (std::size_t i = 0; i < m_merges.size(); ++i)
        if (latest[i])
            apply(i, m_merges[i]);
}

void CompressionCurve::apply(std::size_t rank, const BpeMerge& merge)
{
    const std::uint64_t pair = key(merge.left, merge.right);
    m_rank[pair] = std::uint32_t(rank);
    const auto found = m_positions.find(pair);
    if (found == m_positions.end())
        return;
    // From now on this pair is known: where it forms again it is queued at once (indexPair), so its list is done.
    std::vector<std::uint32_t> positions = std::move(found->second);
    m_positions.erase(found);
    // Left to right, as merge_word takes equal ranks: "AAA" becomes "XA".
    std::sort(positions.begin(), positions.end());
    for (const std::uint32_t position : positions)
        if (mergeAt(position, merge))
            drainEarlierRanks();
}

bool CompressionCurve::mergeAt(std::uint32_t position, const BpeMerge& merge)
{
    if (m_symbols[position] != merge.left)
        return false;
    const std::int32_t right = m_next[position];
    if (right == kNone || m_symbols[std::size_t(right)] != merge.right)
        return false;
    const std::int32_t after = m_next[std::size_t(right)];
    m_symbols[position] = merge.result;
    m_symbols[std::size_t(right)] = kAbsorbed;
    m_next[position] = after;
    if (after != kNone)
        m_prev[std::size_t(after)] = std::int32_t(position);
    --m_liveSymbols;
    if (m_prev[position] != kNone)
        indexPair(std::uint32_t(m_prev[position]));
    if (after != kNone)
        indexPair(position);
    return true;
}

void CompressionCurve::indexPair(std::uint32_t position)
{
    const std::uint64_t pair = key(m_symbols[position], m_symbols[std::size_t(m_next[position])]);
    const auto rank = m_rank.find(pair);
    if (rank == m_rank.end()) {
        if (tracked(pair))
            m_positions[pair].push_back(position);
        return;
    }
    // A merge re-created a token that an earlier-ranked merge takes part in: merge_word would take that pair next.
    m_queue.push_back((std::uint64_t(rank->second) << 32) | position);
    std::push_heap(m_queue.begin(), m_queue.end(), std::greater<>());
}

void CompressionCurve::drainEarlierRanks()
{
    while (!m_queue.empty()) {
        std::pop_heap(m_queue.begin(), m_queue.end(), std::greater<>());
        const std::uint64_t top = m_queue.back();
        m_queue.pop_back();
        mergeAt(std::uint32_t(top), m_merges[std::size_t(top >> 32)]);
    }
}

} // namespace codecbpe
