#include "bpe/TrainingCorpus.h"

#include "common/Error.h"
#include "text/Utf8.h"

#include <algorithm>
#include <limits>

namespace codecbpe {
namespace {

constexpr char32_t kSpace = U' ';
constexpr char32_t kMetaspace = U'\u2581';

std::uint64_t hashSymbols(const std::uint32_t* symbols, std::size_t count)
{
    std::uint64_t hash = 0xcbf29ce484222325ull ^ count;
    for (std::size_t i = 0; i < count; ++i) {
        hash ^= symbols[i];
        hash *= 0x100000001b3ull;
        hash ^= hash >> 29;
    }
    return hash;
}

} // namespace

TrainingCorpus::TrainingCorpus(const TrainerVocabulary& vocabulary) : m_vocabulary(vocabulary)
{
    m_symbols.push_back(kSeparator);
}

void TrainingCorpus::addChunk(std::u32string_view chunk)
{
    // Metaspace with prepend_scheme "never" and split: the U+2581 goes with the piece that follows it.
    std::size_t begin = 0;
    for (std::size_t i = 0; i < chunk.size(); ++i) {
        if ((chunk[i] == kSpace || chunk[i] == kMetaspace) && i > begin) {
            addWord(chunk.substr(begin, i - begin));
            begin = i;
        }
    }
    if (begin < chunk.size())
        addWord(chunk.substr(begin));
}

void TrainingCorpus::addWord(std::u32string_view word)
{
    const std::size_t start = m_symbols.size();
    for (char32_t c : word) {
        if (c == kSpace)
            c = kMetaspace;
        if (const auto id = m_vocabulary.charId(c))
            m_symbols.push_back(*id);
    }
    const std::size_t length = m_symbols.size() - start;
    if (length == 0)
        return;
    if (m_symbols.size() >= std::numeric_limits<std::uint32_t>::max() - 1)
        throw Error("the training corpus exceeds 4 billion codes");

    // A word equal to an earlier one only raises that word's count: the corpus is never held twice.
    m_totalSymbols += length;
    const std::uint64_t hash = hashSymbols(m_symbols.data() + start, length);
    const auto [first, last] = m_wordsByHash.equal_range(hash);
    for (auto it = first; it != last; ++it) {
        Word& earlier = m_words[it->second];
        if (earlier.length == length &&
            std::equal(m_symbols.begin() + std::ptrdiff_t(start), m_symbols.end(),
                       m_symbols.begin() + std::ptrdiff_t(earlier.start))) {
            ++earlier.count;
            m_symbols.resize(start);
            return;
        }
    }
    m_wordsByHash.emplace(hash, std::uint32_t(m_words.size()));
    m_words.push_back(Word{std::uint32_t(start), std::uint32_t(length), 1});
    m_symbols.push_back(kSeparator);
}

void TrainingCorpus::unmerge(const TrainerVocabulary& vocabulary)
{
    // The character ids of each merged token, decoded once.
    std::vector<std::vector<std::uint32_t>> charIds(vocabulary.size());
    for (const Word& word : m_words) {
        const std::uint32_t end = word.start + word.length;
        for (std::uint32_t p = word.start; p < end;) {
            const std::uint32_t token = m_symbols[p];
            const std::uint32_t length = vocabulary.length(token);
            if (length > 1) {
                std::vector<std::uint32_t>& ids = charIds[token];
                if (ids.empty()) {
                    for (char32_t c : fromUtf8(vocabulary.text(token), "<vocabulary>"))
                        ids.push_back(*vocabulary.charId(c));
                }
                std::copy(ids.begin(), ids.end(), m_symbols.begin() + std::ptrdiff_t(p));
            }
            p += length;
        }
    }
}

} // namespace codecbpe
