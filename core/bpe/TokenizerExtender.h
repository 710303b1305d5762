// TokenizerExtender: codec-bpe's extend_tokenizer — adds a Codec BPE tokenizer's tokens to any Hugging Face LLM
// tokenizer folder as special added tokens, exactly as transformers' add_special_tokens + add_tokens +
// save_pretrained do, while keeping every byte of the base files that does not have to change.
#pragma once

#include "bpe/BpeModel.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace codecbpe {

struct ExtendOptions {
    // Appended to the base tokenizer's additional_special_tokens and added before the codec tokens.
    std::vector<std::string> additionalSpecialTokens;
    // Refuse when more than this fraction of the codec tokens already exist in the base vocabulary.
    double maxConflictFraction = 0.25;
};

// A codec token whose text the base vocabulary already has: it keeps the base id (HF's "vocabulary conflict").
struct TokenConflict {
    std::string token;
    TokenId codecId = 0;
    TokenId extendedId = 0;
};

struct TokenizerExtension {
    static constexpr const char* kIdMapJson = "codec_bpe_id_map.json";

    std::string tokenizerJson;
    std::string tokenizerConfigJson;
    std::string specialTokensMapJson;

    std::size_t numAdded = 0;            // the n of codec-bpe's message (HF's count of added tokens)
    std::size_t numCodecTokens = 0;      // codec tokens offered (all but bos/eos/unk/pad)
    std::vector<TokenConflict> conflicts;
    // Codec BPE id -> id in the extended tokenizer; nullopt for the skipped bos/eos/unk/pad tokens.
    std::vector<std::optional<TokenId>> codecToExtended;
    // Every added token of the extended tokenizer, by id.
    std::map<TokenId, AddedToken> addedTokens;

    // Writes the three files into `dir` (created if needed), all rendered before the first is renamed into place.
    void write(const std::filesystem::path& dir) const;
    // The id map prep-lm-dataset --id_map reads: the codec tokenizer's folder, the table, and the extended
    // tokenizer's added tokens that are not codec tokens (for audio start/end tokens).
    std::string idMapJson(const std::filesystem::path& codecTokenizerDir) const;
};

class TokenizerExtender {
public:
    // Throws Error naming the file for a folder that is not a Hugging Face tokenizer folder (no tokenizer.json or
    // tokenizer_config.json), a file that is missing or not parsable, a codec tokenizer our reader refuses, or
    // too many conflicts (the message suggests a codec tokenizer trained with --unicode_offset 0xE000).
    static TokenizerExtension extend(const std::filesystem::path& existingDir,
                                     const std::filesystem::path& codecTokenizerDir, const ExtendOptions& options);
};

} // namespace codecbpe
