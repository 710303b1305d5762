#include "HfBpeTrainerPort.h"

#include "text/Utf8.h"

#include <algorithm>
#include <limits>
#include <queue>
#include <set>
#include <unordered_map>
#include <utility>

namespace codecbpe::test {
namespace {

using Pair = std::pair<std::uint32_t, std::uint32_t>;

struct Symbol {
    std::uint32_t c;
    std::uint64_t len;
};

// word.rs Word::merge, line for line.
std::vector<std::pair<Pair, std::int32_t>> mergeWord(std::vector<Symbol>& symbols, std::uint32_t c1, std::uint32_t c2,
                                                     std::uint32_t replacement, std::uint64_t maxLength)
{
    std::vector<std::pair<Pair, std::int32_t>> changes;
    std::size_t i = 0;
    for (;;) {
        if (i >= symbols.size())
            break;
        if (symbols[i].c == c1 && i + 1 < symbols.size() && symbols[i + 1].c == c2) {
            const Symbol first = symbols[i];
            const Symbol second = symbols[i + 1];
            const Symbol newSymbol{replacement, first.len + second.len};
            if (i > 0) {
                changes.push_back({{symbols[i - 1].c, first.c}, -1});
                if (symbols[i - 1].len + newSymbol.len < maxLength)
                    changes.push_back({{symbols[i - 1].c, replacement}, 1});
            }
            symbols.insert(symbols.begin() + std::ptrdiff_t(i), newSymbol);
            symbols.erase(symbols.begin() + std::ptrdiff_t(i) + 1);
            symbols.erase(symbols.begin() + std::ptrdiff_t(i) + 1);
            if (i < symbols.size() - 1) {
                changes.push_back({{second.c, symbols[i + 1].c}, -1});
                if (symbols[i + 1].len + newSymbol.len < maxLength)
                    changes.push_back({{replacement, symbols[i + 1].c}, 1});
            }
        }
        i += 1;
    }
    return changes;
}

// trainer.rs Merge, plus a push sequence that fixes the order of equal (count, pair) entries (oldest first),
// which Rust's heap leaves unspecified.
struct Merge {
    Pair pair;
    std::uint64_t count;
    std::set<std::size_t> pos;
    std::uint64_t sequence;
};
struct MergeBelow {
    bool operator()(const Merge& a, const Merge& b) const
    {
        if (a.count != b.count)
            return a.count < b.count;
        if (a.pair != b.pair)
            return a.pair > b.pair;
        return a.sequence > b.sequence;
    }
};

} // namespace

void HfBpeTrainerPort::feed(const std::u32string& sequence)
{
    // Metaspace: ' ' -> U+2581, split with MergedWithNext, empty pieces dropped.
    std::u32string replaced = sequence;
    std::replace(replaced.begin(), replaced.end(), U' ', U'\u2581');
    std::u32string piece;
    for (char32_t c : replaced) {
        if (c == U'\u2581' && !piece.empty()) {
            ++m_words[piece];
            piece.clear();
        }
        piece.push_back(c);
    }
    if (!piece.empty())
        ++m_words[piece];
}

HfBpeTrainerPort::Result HfBpeTrainerPort::train() const
{
    std::unordered_map<std::string, std::uint32_t> wordToId;
    std::vector<std::string> idToWord;
    const std::uint64_t maxTokenLength = m_config.maxTokenLength.value_or(std::numeric_limits<std::uint64_t>::max());
    auto push = [&](const std::string& s) {
        idToWord.push_back(s);
        wordToId[s] = std::uint32_t(idToWord.size() - 1);
    };

    // 1. add_special_tokens
    for (const std::string& token : m_config.specialTokens) {
        if (!wordToId.count(token))
            push(token);
    }

    // 2. compute_alphabet
    std::map<char32_t, std::uint64_t> alphabet;
    for (const auto& [word, count] : m_words) {
        for (char32_t c : word)
            alphabet[c] += count;
    }
    for (char32_t c : m_config.initialAlphabet)
        alphabet[c] = std::numeric_limits<std::uint64_t>::max();
    std::vector<std::pair<char32_t, std::uint64_t>> kept(alphabet.begin(), alphabet.end());
    const std::size_t toRemove = m_config.limitAlphabet && alphabet.size() > *m_config.limitAlphabet
                                     ? alphabet.size() - *m_config.limitAlphabet
                                     : 0;
    if (toRemove > 0) {
        std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
        kept.erase(kept.begin(), kept.begin() + std::ptrdiff_t(toRemove));
    }
    std::sort(kept.begin(), kept.end());
    for (const auto& [c, count] : kept) {
        const std::string s = toUtf8(std::u32string(1, c));
        if (!wordToId.count(s))
            push(s);
    }

    // 3. tokenize_words
    std::vector<std::vector<Symbol>> words;
    std::vector<std::uint64_t> counts;
    for (const auto& [word, count] : m_words) {
        std::vector<Symbol> current;
        counts.push_back(count);
        for (char32_t c : word) {
            const std::string s = toUtf8(std::u32string(1, c));
            if (wordToId.count(s))
                current.push_back(Symbol{wordToId[s], 1});
        }
        words.push_back(std::move(current));
    }

    // 4. count_pairs
    std::map<Pair, std::int64_t> pairCounts;
    std::map<Pair, std::set<std::size_t>> whereToUpdate;
    for (std::size_t i = 0; i < words.size(); ++i) {
        for (std::size_t k = 0; k + 1 < words[i].size(); ++k) {
            const Pair pair{words[i][k].c, words[i][k + 1].c};
            pairCounts[pair] += std::int64_t(counts[i]);
            whereToUpdate[pair].insert(i);
        }
    }
    std::priority_queue<Merge, std::vector<Merge>, MergeBelow> queue;
    std::uint64_t sequence = 0;
    auto drain = [&]() {
        for (auto& [pair, pos] : whereToUpdate) {
            const std::int64_t count = pairCounts[pair];
            if (count > 0)
                queue.push(Merge{pair, std::uint64_t(count), std::move(pos), sequence++});
        }
        whereToUpdate.clear();
    };
    drain();

    // 5. merges
    Result result;
    for (;;) {
        if (wordToId.size() >= m_config.vocabSize)
            break;
        if (queue.empty())
            break;
        Merge top = queue.top();
        queue.pop();
        if (top.count != std::uint64_t(pairCounts[top.pair])) {
            top.count = std::uint64_t(pairCounts[top.pair]);
            top.sequence = sequence++;
            queue.push(std::move(top));
            continue;
        }
        if (top.count < 1 || m_config.minFrequency > top.count)
            break;

        const std::string newToken = idToWord[top.pair.first] + idToWord[top.pair.second];
        const auto existing = wordToId.find(newToken);
        const std::uint32_t newId = existing != wordToId.end() ? existing->second : std::uint32_t(idToWord.size());
        if (existing == wordToId.end())
            push(newToken);
        result.merges.push_back(BpeMerge{top.pair.first, top.pair.second, newId});

        for (std::size_t i : top.pos) {
            for (const auto& [pair, change] :
                 mergeWord(words[i], top.pair.first, top.pair.second, newId, maxTokenLength)) {
                pairCounts[pair] += std::int64_t(change) * std::int64_t(counts[i]);
                if (change > 0)
                    whereToUpdate[pair].insert(i);
            }
        }
        drain();
    }
    result.vocab = idToWord;
    return result;
}

} // namespace codecbpe::test
