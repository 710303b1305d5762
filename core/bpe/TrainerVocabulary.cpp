#include "bpe/TrainerVocabulary.h"

#include "common/Error.h"
#include "text/Utf8.h"

namespace codecbpe {

TrainerVocabulary::TrainerVocabulary(const CodeAlphabet& alphabet, const std::vector<std::string>& specialTokens)
    : m_alphabet(alphabet)
{
    for (const std::string& token : specialTokens) {
        if (m_ids.count(token))
            continue;
        const std::u32string chars = fromUtf8(token, "<special token>");
        const TokenId id = add(token, std::uint32_t(chars.size()));
        if (chars.size() == 1)
            m_specialChars.emplace_back(chars[0], id);
    }
    m_alphabetIds.resize(std::size_t(alphabet.size()));
    for (char32_t c = alphabet.first(); c <= alphabet.last(); ++c) {
        std::string text = toUtf8(std::u32string_view(&c, 1));
        const auto existing = find(text);
        m_alphabetIds[c - alphabet.first()] = existing ? *existing : add(std::move(text), 1);
    }
    m_baseSize = size();
}

std::optional<TokenId> TrainerVocabulary::find(const std::string& text) const
{
    const auto it = m_ids.find(text);
    if (it == m_ids.end())
        return std::nullopt;
    return it->second;
}

TokenId TrainerVocabulary::add(std::string text, std::uint32_t length)
{
    const TokenId id = size();
    m_ids.emplace(text, id);
    m_texts.push_back(std::move(text));
    m_lengths.push_back(length);
    return id;
}

void TrainerVocabulary::resetToBase()
{
    for (TokenId id = m_baseSize; id < size(); ++id)
        m_ids.erase(m_texts[id]);
    m_texts.resize(m_baseSize);
    m_lengths.resize(m_baseSize);
}

} // namespace codecbpe
