#include "bpe/TokenizerPrefix.h"

#include "bpe/PairMap.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

namespace codecbpe {
namespace {

bool isOneCharacter(const std::string& utf8)
{
    const auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
    return !utf8.empty() && std::all_of(utf8.begin() + 1, utf8.end(), continuation);
}

} // namespace

TokenizerPrefix::TokenizerPrefix(TokenizerFolder tokenizer, std::vector<BpeMerge> creationMerges)
    : m_tokenizer(std::move(tokenizer)),
      m_creationMerges(std::move(creationMerges)),
      m_baseVocabSize(baseVocabSize(m_tokenizer.model))
{
}

TokenizerPrefix::TokenizerPrefix(const TokenizerFolder& tokenizer)
    : TokenizerPrefix(tokenizer, tokenizer.model.merges)
{
}

TokenId TokenizerPrefix::baseVocabSize(const BpeModel& model)
{
    // Merged tokens are at least two characters long and come after every added token and alphabet character.
    TokenId base = 0;
    for (const AddedToken& token : model.addedTokens)
        base = std::max(base, token.id + 1);
    for (TokenId id = 0; id < model.vocabSize(); ++id)
        if (isOneCharacter(model.vocab[id]))
            base = std::max(base, id + 1);
    return base;
}

std::vector<BpeMerge> TokenizerPrefix::lastRankPerPair(const std::vector<BpeMerge>& creationMerges)
{
    std::vector<BpeMerge> kept;
    std::unordered_set<std::uint64_t> seen;
    for (auto it = creationMerges.rbegin(); it != creationMerges.rend(); ++it)
        if (seen.insert(PairMap::key(it->left, it->right)).second)
            kept.push_back(*it);
    std::reverse(kept.begin(), kept.end());
    return kept;
}

std::size_t TokenizerPrefix::mergeCount(std::int64_t vocabSize) const
{
    // Hugging Face's loop: stop when the vocabulary has reached vocab_size, checked before each merge.
    std::int64_t tokens = m_baseVocabSize;
    std::size_t count = 0;
    for (const BpeMerge& merge : m_creationMerges) {
        if (tokens >= vocabSize)
            break;
        ++count;
        // A merge re-creating an existing token adds no id. A result beyond the next id means the merge creating
        // the ids between was dropped (a pair merged twice keeps only its later rank on disk): count them here.
        tokens = std::max<std::int64_t>(tokens, std::int64_t(merge.result) + 1);
    }
    return count;
}

TokenId TokenizerPrefix::vocabSizeFor(std::int64_t vocabSize) const
{
    if (mergeCount(vocabSize) == m_creationMerges.size())
        return fullVocabSize();
    TokenId tokens = m_baseVocabSize;
    for (std::size_t i = 0; i < mergeCount(vocabSize); ++i)
        tokens = std::max(tokens, m_creationMerges[i].result + 1);
    return tokens;
}

BpeModel TokenizerPrefix::model(std::int64_t vocabSize) const
{
    const BpeModel& full = m_tokenizer.model;
    const std::size_t merges = mergeCount(vocabSize);
    const TokenId tokens = vocabSizeFor(vocabSize);
    BpeModel prefix;
    prefix.vocab.assign(full.vocab.begin(), full.vocab.begin() + tokens);
    prefix.merges = lastRankPerPair({m_creationMerges.begin(), m_creationMerges.begin() + std::ptrdiff_t(merges)});
    std::copy_if(full.addedTokens.begin(), full.addedTokens.end(), std::back_inserter(prefix.addedTokens),
                 [tokens](const AddedToken& token) { return token.id < tokens; });
    prefix.unkToken = full.unkToken;
    return prefix;
}

TokenizerFolder TokenizerPrefix::folder(std::int64_t vocabSize) const
{
    TokenizerFolder prefix = m_tokenizer;
    prefix.model = model(vocabSize);
    return prefix;
}

} // namespace codecbpe
