// LmDatasetTokenizer: the tokenizer prep-lm-dataset windows audio with, encoding as Hugging Face would: a Codec BPE
// tokenizer (our BpeEncoder; optionally with its ids mapped into an extended LLM vocabulary by extend-tokenizer's id
// map), or an extended LLM tokenizer (audio matched by its added tokens, leftmost-longest, plus its post-processor's
// template tokens).
#pragma once

#include "bpe/BpeEncoder.h"
#include "bpe/LongestMatcher.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace codecbpe {

struct TokenizerFolder;
class HfTokenizerJson;

class LmDatasetTokenizer {
public:
    // `dir`: a tokenizer folder. `idMap`: extend-tokenizer's codec_bpe_id_map.json; then `dir` must be the Codec BPE
    // tokenizer it was made from, and ids and special tokens are those of the extended tokenizer.
    static LmDatasetTokenizer load(const std::filesystem::path& dir, const std::optional<std::filesystem::path>& idMap);

    // tokenizer.encode(text) with add_special_tokens=True. Not thread-safe: copy the tokenizer per thread.
    void encode(std::u32string_view text, std::vector<TokenId>& ids);
    // The text decode() gives for one token (skip_special_tokens=False); audio tokens are their characters.
    const std::u32string& tokenText(TokenId id) const;
    // convert_tokens_to_ids; nullopt when the tokenizer does not have the token.
    std::optional<TokenId> tokenId(const std::string& token);
    std::optional<TokenId> bosId() const { return m_bos; }
    std::optional<TokenId> eosId() const { return m_eos; }
    // The codec metadata of a Codec BPE tokenizer (tokenizer_config.json "codec_bpe"), if it has it.
    const TokenizerFolder* codecFolder() const { return m_folder.get(); }

private:
    std::shared_ptr<const TokenizerFolder> m_folder;
    std::optional<BpeEncoder> m_encoder;     // Codec BPE mode
    std::shared_ptr<const LongestMatcher> m_matcher; // extended-tokenizer mode
    std::vector<TokenId> m_prefix;           // post-processor template tokens around the text
    std::vector<TokenId> m_suffix;
    std::vector<std::optional<TokenId>> m_map; // codec id -> output id (id-map mode)
    std::unordered_map<TokenId, std::u32string> m_texts; // output id -> text, where the encoder does not know it
    std::shared_ptr<const std::map<std::string, TokenId>> m_specialIds; // id-map mode: the extended special tokens
    std::shared_ptr<const HfTokenizerJson> m_hf;                        // extended-tokenizer mode
    std::optional<TokenId> m_bos;
    std::optional<TokenId> m_eos;
    std::vector<TokenId> m_scratch;
    std::vector<TokenSpan> m_spans;
    std::string m_name;
};

} // namespace codecbpe
