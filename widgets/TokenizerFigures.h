// TokenizerFigures: what the Compare panel sets side by side for one tokenizer on the open codes: its vocabulary,
// the compression it achieves (core Segmentation stats), how long its tokens are and how many are silence-like
// repeated frames.
#pragma once

#include <cstdint>
#include <optional>

namespace codecbpe::widgets {

class Session;

struct TokenizerFigures {
    std::int64_t vocabularySize = 0;
    std::int64_t merges = 0;
    std::int64_t tokens = 0;
    std::int64_t codes = 0;
    std::optional<double> tokensPerSecond;
    double codesPerToken = 0.0;  // the mean token length in codes
    double framesPerToken = 0.0; // the same in frames (codes / K)
    std::int64_t distinctTokens = 0; // vocabulary entries that occur
    std::int64_t longestToken = 0;   // codes of the longest token that occurs
    // Tokens of the segmentation that are one frame repeated, and vocabulary entries that are.
    std::int64_t repeatedFrameTokens = 0;
    std::int64_t repeatedFrameVocabulary = 0;

    double repeatedFrameTokenPercent() const;
    double repeatedFrameVocabularyPercent() const;

    // The figures of tokenizer `slot` on the session's codes; nullopt without its tokens (or when its alphabet
    // cannot be known).
    static std::optional<TokenizerFigures> of(const Session& session, int slot);
};

} // namespace codecbpe::widgets
