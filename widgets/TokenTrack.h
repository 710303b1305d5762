// TokenTrack: one tokenizer's segmentation of the session's codes, as the token lanes draw it.
#pragma once

#include "bpe/BpeModel.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace codecbpe {
struct TokenizerFolder;
}

namespace codecbpe::widgets {

// A token covers the flattened (frame-major) codes [firstCode, endCode): code c lies in frame c / K, codebook c % K,
// so a token may hold a whole frame and part of the next; its extent on the time axis is fractional.
struct TokenSpan {
    TokenId id = 0;
    std::int64_t firstCode = 0;
    std::int64_t endCode = 0;
};

struct TokenTrack {
    QString tokenizerPath;
    std::shared_ptr<const TokenizerFolder> tokenizer;
    int numCodebooks = 0;              // K of the flattening: frames are codes / K
    std::vector<TokenSpan> spans;      // ascending, adjacent

    bool empty() const { return spans.empty(); }
    double firstFrame(const TokenSpan& span) const { return double(span.firstCode) / numCodebooks; }
    double endFrame(const TokenSpan& span) const { return double(span.endCode) / numCodebooks; }
    // Index of the span that holds the code at `frame` (fractional frames address codebooks), or -1.
    std::int64_t spanAt(double frame) const;
};

} // namespace codecbpe::widgets
