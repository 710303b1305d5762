// AlphabetChoice: which code alphabet a job reads a codes folder with: what the user set, else the codec metadata a
// Codec BPE tokenizer records, else codec_info.json beside the codes (codec-bpe's order and message).
#pragma once

#include "bpe/TokenizerFolder.h"
#include "text/CodeAlphabet.h"

#include <filesystem>
#include <optional>

namespace codecbpe {

struct AlphabetChoice {
    std::optional<int> numCodebooks;
    std::optional<int> codebookSize;
    std::optional<char32_t> unicodeOffset; // unset: the tokenizer's, else codec-bpe's default 0x4E00

    // Throws Error with codec-bpe's message when K or the codebook size is still unknown. `fallbackCodebooks` is the
    // K to take when neither the user, the tokenizer nor codec_info.json gives one (e.g. all the codebooks a file
    // holds).
    CodeAlphabet resolve(const std::optional<CodecMetadata>& tokenizerCodec, const std::filesystem::path& codesDir,
                         std::optional<int> fallbackCodebooks = std::nullopt) const;
};

} // namespace codecbpe
