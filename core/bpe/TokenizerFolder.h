// TokenizerFolder: a Hugging Face tokenizer folder as codec-bpe's save_pretrained writes it (tokenizer.json,
// tokenizer_config.json, special_tokens_map.json), read from any BPE tokenizer.json and written byte-exact.
#pragma once

#include "bpe/BpeModel.h"

#include <filesystem>
#include <optional>
#include <string>

namespace codecbpe {

// The BPE options of tokenizer.json "model" besides vocab, merges and unk_token (codec-bpe leaves the defaults).
struct BpeModelOptions {
    std::optional<double> dropout;
    std::optional<std::string> continuingSubwordPrefix;
    std::optional<std::string> endOfWordSuffix;
    bool fuseUnk = false;
    bool byteFallback = false;
    bool ignoreMerges = false;

    friend bool operator==(const BpeModelOptions& a, const BpeModelOptions& b)
    {
        return a.dropout == b.dropout && a.continuingSubwordPrefix == b.continuingSubwordPrefix &&
               a.endOfWordSuffix == b.endOfWordSuffix && a.fuseUnk == b.fuseUnk && a.byteFallback == b.byteFallback &&
               a.ignoreMerges == b.ignoreMerges;
    }
};

// The pipeline parts of tokenizer.json we do not model, kept as compact JSON text in their file order so that they
// are written back unchanged. The defaults are codec-bpe's: Metaspace "▁", prepend_scheme "never", split.
struct TokenizerPipeline {
    static constexpr const char* kCodecBpeMetaspace =
        R"({"type":"Metaspace","replacement":"▁","prepend_scheme":"never","split":true})";

    std::string truncation = "null";
    std::string padding = "null";
    std::string normalizer = "null";
    std::string preTokenizer = kCodecBpeMetaspace;
    std::string postProcessor = "null";
    std::string decoder = kCodecBpeMetaspace;

    friend bool operator==(const TokenizerPipeline& a, const TokenizerPipeline& b)
    {
        return a.truncation == b.truncation && a.padding == b.padding && a.normalizer == b.normalizer &&
               a.preTokenizer == b.preTokenizer && a.postProcessor == b.postProcessor && a.decoder == b.decoder;
    }
};

// transformers' named special tokens (bos_token, ...): unset ones are written as null.
struct SpecialTokenNames {
    std::optional<std::string> bos;
    std::optional<std::string> eos;
    std::optional<std::string> unk;
    std::optional<std::string> pad;

    friend bool operator==(const SpecialTokenNames& a, const SpecialTokenNames& b)
    {
        return a.bos == b.bos && a.eos == b.eos && a.unk == b.unk && a.pad == b.pad;
    }
};

// What codec-bpe forgets and we record in tokenizer_config.json under "codec_bpe", so nothing must be retyped.
struct CodecMetadata {
    int numCodebooks = 0;
    int codebookSize = 0;
    char32_t unicodeOffset = 0x4E00;
    std::optional<double> codecFramerate;
    std::optional<std::string> codecType;
    std::optional<std::string> codecModel;

    friend bool operator==(const CodecMetadata& a, const CodecMetadata& b)
    {
        return a.numCodebooks == b.numCodebooks && a.codebookSize == b.codebookSize &&
               a.unicodeOffset == b.unicodeOffset && a.codecFramerate == b.codecFramerate &&
               a.codecType == b.codecType && a.codecModel == b.codecModel;
    }
};

struct TokenizerFolder {
    static constexpr const char* kTokenizerJson = "tokenizer.json";
    static constexpr const char* kTokenizerConfigJson = "tokenizer_config.json";
    static constexpr const char* kSpecialTokensMapJson = "special_tokens_map.json";

    BpeModel model;
    BpeModelOptions options;
    TokenizerPipeline pipeline;
    SpecialTokenNames specialTokens;
    std::optional<CodecMetadata> codec;

    // Reads `dir`/tokenizer.json (required; BPE model, merges as pairs or legacy "a b" strings) and, when present,
    // tokenizer_config.json (special-token names, our codec metadata) and special_tokens_map.json.
    // Throws Error naming the file for anything malformed or unsupported.
    static TokenizerFolder read(const std::filesystem::path& dir);
    static TokenizerFolder readTokenizerJson(const std::filesystem::path& file);
    // The named special tokens of any tokenizer folder: tokenizer_config.json's, else special_tokens_map.json's
    // (either file may be missing). Throws Error naming the file for malformed JSON or names.
    static SpecialTokenNames readSpecialTokenNames(const std::filesystem::path& dir);

    // Writes the three files into `dir` (created if needed). All three are rendered and written to temporary names
    // before the first is renamed into place, so a failure while writing leaves the previous files untouched.
    void write(const std::filesystem::path& dir) const;

    // The exact bytes of each file.
    std::string tokenizerJson() const;
    std::string tokenizerConfigJson() const;
    std::string specialTokensMapJson() const;

    friend bool operator==(const TokenizerFolder& a, const TokenizerFolder& b)
    {
        return a.model == b.model && a.options == b.options && a.pipeline == b.pipeline &&
               a.specialTokens == b.specialTokens && a.codec == b.codec;
    }
};

} // namespace codecbpe
