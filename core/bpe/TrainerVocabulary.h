// TrainerVocabulary: the token strings a BPE training builds, in Hugging Face's id order (special tokens, then the
// code alphabet in code-point order, then merged tokens), with their lengths in characters.
#pragma once

#include "bpe/BpeModel.h"
#include "text/CodeAlphabet.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace codecbpe {

class TrainerVocabulary {
public:
    // Hugging Face's add_special_tokens then compute_alphabet: a special token that is also an alphabet character
    // keeps its special id and the alphabet skips it.
    TrainerVocabulary(const CodeAlphabet& alphabet, const std::vector<std::string>& specialTokens);

    // The id of a corpus character, or none if training skips it (outside the alphabet and not a special token).
    std::optional<TokenId> charId(char32_t c) const
    {
        if (m_alphabet.contains(c))
            return m_alphabetIds[c - m_alphabet.first()];
        for (const auto& [special, id] : m_specialChars) {
            if (special == c)
                return id;
        }
        return std::nullopt;
    }

    TokenId size() const { return TokenId(m_texts.size()); }
    TokenId baseSize() const { return m_baseSize; }
    const std::string& text(TokenId id) const { return m_texts[id]; }
    std::uint32_t length(TokenId id) const { return m_lengths[id]; } // characters
    std::optional<TokenId> find(const std::string& text) const;
    TokenId add(std::string text, std::uint32_t length);
    // Drops every token added after the base vocabulary.
    void resetToBase();

    const std::vector<std::string>& texts() const { return m_texts; }

private:
    CodeAlphabet m_alphabet;
    std::vector<TokenId> m_alphabetIds;
    std::vector<std::pair<char32_t, TokenId>> m_specialChars;
    std::vector<std::string> m_texts;
    std::vector<std::uint32_t> m_lengths;
    std::unordered_map<std::string, TokenId> m_ids;
    TokenId m_baseSize = 0;
};

} // namespace codecbpe
