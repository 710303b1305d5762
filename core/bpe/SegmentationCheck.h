// SegmentationCheck: how often an extended LLM tokenizer (codec tokens as added tokens, matched leftmost-longest)
// segments audio differently from the Codec BPE tokenizer itself (merge ranks), on a sample of code files.
#pragma once

#include "bpe/BpeEncoder.h"
#include "text/CodeAlphabet.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace codecbpe {

class Progress;

struct SegmentationComparison {
    std::size_t files = 0;
    std::size_t filesDiffering = 0;
    std::int64_t codes = 0;
    std::int64_t bpeTokens = 0;
    std::int64_t extendedTokens = 0;
    // Codec BPE tokens that the extended tokenizer does not produce as one token over the same codes.
    std::int64_t bpeTokensDiffering = 0;

    double differingFraction() const { return bpeTokens > 0 ? double(bpeTokensDiffering) / double(bpeTokens) : 0.0; }
};

class SegmentationCheck {
public:
    // `codecToExtended`: TokenizerExtension::codecToExtended (which codec tokens the extended tokenizer holds).
    // Each file is loaded with loadCodesFile and converted with `alphabet`; throws Error naming a bad file.
    // Reports the files done to `progress` and throws Cancelled before the next file once it is cancelled.
    static SegmentationComparison run(const BpeModel& codec, BpeEncoder& encoder,
                                      const std::vector<std::optional<TokenId>>& codecToExtended,
                                      const CodeAlphabet& alphabet, const std::vector<std::filesystem::path>& files,
                                      Progress& progress);
};

} // namespace codecbpe
