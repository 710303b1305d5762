// HfTokenizerJson: any Hugging Face tokenizer.json (BPE, WordPiece, WordLevel or Unigram model, any pipeline) kept as
// its exact text, with what extending it needs: token -> id lookups as HF does them, the added tokens, and the text
// with a new added_tokens list spliced in while every other byte stays as it was.
#pragma once

#include "bpe/BpeModel.h"
#include "bpe/JsonTextEdit.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace codecbpe {

class HfTokenizerJson {
public:
    // Throws Error naming the file if it is missing, not JSON, or has no model with a vocabulary.
    static HfTokenizerJson read(const std::filesystem::path& file);
    static HfTokenizerJson parse(std::string text, const std::string& fileName);

    const std::string& text() const { return m_text; }
    const std::string& modelType() const { return m_modelType; }
    // HF's Model::get_vocab_size(): the entries of model.vocab (added tokens outside it not counted).
    TokenId modelVocabSize() const { return TokenId(m_modelIds.size()); }
    std::optional<TokenId> modelTokenId(std::string_view token) const;
    // AddedVocabulary::token_to_id: the added tokens first, then the model.
    std::optional<TokenId> tokenToId(std::string_view token) const;
    // The added tokens by id (tokenizer.json "added_tokens").
    const std::map<TokenId, AddedToken>& addedTokens() const { return m_added; }
    // The post_processor as compact JSON ("null" if none).
    const std::string& postProcessor() const { return m_postProcessor; }

    // The text with "added_tokens" holding `tokens` (sorted by id, as HF writes them): entries equal to what the
    // file has keep their exact bytes, the others are rendered in the file's layout.
    std::string withAddedTokens(const std::map<TokenId, AddedToken>& tokens) const;

private:
    std::string m_text;
    std::string m_fileName;
    std::string m_modelType;
    std::unordered_map<std::string, TokenId> m_modelIds;
    std::map<TokenId, AddedToken> m_added;
    std::unordered_map<std::string, TokenId> m_addedIds;
    std::map<TokenId, JsonSpan> m_addedSpans; // each added token's entry in m_text
    std::optional<JsonSpan> m_addedTokensValue;
    JsonSpan m_document;
    std::string m_postProcessor = "null";
};

} // namespace codecbpe
