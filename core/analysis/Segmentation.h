// Segmentation: where each token of an encoded code text lies in the code grid (frames, codebooks, fractional
// frame extent) and the compression figures of the whole encoding, for the token lanes and statistics views.
#pragma once

#include "bpe/BpeEncoder.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace codecbpe {

// One token placed on the grid. The text is codec-bpe's frame-major flattening (codes_to_chars), so character i is
// codebook i % K of frame i / K.
struct TokenSegment {
    TokenId id = 0;
    std::uint32_t beginChar = 0;
    std::uint32_t endChar = 0;     // exclusive
    std::int64_t firstFrame = 0;
    std::int64_t lastFrame = 0;    // inclusive
    int startCodebook = 0;         // codebook of the first code
    int endCodebook = 0;           // codebook of the last code
    std::uint32_t numCodes = 0;
    double frameBegin = 0.0;       // beginChar / K: a token may start or end part way through a frame
    double frameEnd = 0.0;         // endChar / K

    friend bool operator==(const TokenSegment& a, const TokenSegment& b)
    {
        return a.id == b.id && a.beginChar == b.beginChar && a.endChar == b.endChar && a.firstFrame == b.firstFrame &&
               a.lastFrame == b.lastFrame && a.startCodebook == b.startCodebook && a.endCodebook == b.endCodebook &&
               a.numCodes == b.numCodes && a.frameBegin == b.frameBegin && a.frameEnd == b.frameEnd;
    }
};

struct SegmentationStats {
    std::int64_t codes = 0;          // codes covered by tokens
    std::int64_t tokens = 0;
    std::int64_t frames = 0;         // frames touched, from frame 0 to the last token's last frame
    double codesPerToken = 0.0;      // the compression ratio (0 without tokens)
    std::optional<double> seconds;   // with a framerate
    std::optional<double> tokensPerSecond;
};

class Segmentation {
public:
    // `spans` from BpeEncoder::encode on the grid's text, in order; throws Error if numCodebooks < 1 or the spans
    // are not increasing and disjoint.
    Segmentation(const std::vector<TokenSpan>& spans, int numCodebooks);

    int numCodebooks() const { return m_numCodebooks; }
    const std::vector<TokenSegment>& segments() const { return m_segments; }

    // The tokens that overlap frames [firstFrame, endFrame) as an index range [first, last) into segments().
    std::pair<std::size_t, std::size_t> tokensInFrames(std::int64_t firstFrame, std::int64_t endFrame) const;

    SegmentationStats stats(std::optional<double> framerate = std::nullopt) const;

private:
    int m_numCodebooks;
    std::vector<TokenSegment> m_segments;
};

} // namespace codecbpe
