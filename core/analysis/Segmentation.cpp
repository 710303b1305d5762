#include "analysis/Segmentation.h"

#include "common/Error.h"

#include <algorithm>

namespace codecbpe {

Segmentation::Segmentation(const std::vector<TokenSpan>& spans, int numCodebooks) : m_numCodebooks(numCodebooks)
{
    if (numCodebooks < 1)
        throw Error("the number of codebooks must be positive, not " + std::to_string(numCodebooks));
    const auto k = std::int64_t(numCodebooks);
    m_segments.reserve(spans.size());
    std::uint32_t previousEnd = 0;
    for (const TokenSpan& span : spans) {
        if (span.end <= span.begin || span.begin < previousEnd)
            throw Error("token spans must be non-empty, increasing and disjoint (token " +
                        std::to_string(m_segments.size()) + ")");
        previousEnd = span.end;
        TokenSegment s;
        s.id = span.id;
        s.beginChar = span.begin;
        s.endChar = span.end;
        s.firstFrame = span.begin / k;
        s.lastFrame = (std::int64_t(span.end) - 1) / k;
        s.startCodebook = int(span.begin % k);
        s.endCodebook = int((std::int64_t(span.end) - 1) % k);
        s.numCodes = span.end - span.begin;
        s.frameBegin = double(span.begin) / double(k);
        s.frameEnd = double(span.end) / double(k);
        m_segments.push_back(s);
    }
}

std::pair<std::size_t, std::size_t> Segmentation::tokensInFrames(std::int64_t firstFrame, std::int64_t endFrame) const
{
    // Segments are sorted by position and disjoint, so both lastFrame and firstFrame are non-decreasing.
    const auto first = std::partition_point(m_segments.begin(), m_segments.end(),
                                            [firstFrame](const TokenSegment& s) { return s.lastFrame < firstFrame; });
    const auto last = std::partition_point(first, m_segments.end(),
                                           [endFrame](const TokenSegment& s) { return s.firstFrame < endFrame; });
    return {std::size_t(first - m_segments.begin()), std::size_t(last - m_segments.begin())};
}

SegmentationStats Segmentation::stats(std::optional<double> framerate) const
{
    SegmentationStats st;
    st.tokens = std::int64_t(m_segments.size());
    for (const TokenSegment& s : m_segments)
        st.codes += s.numCodes;
    st.frames = m_segments.empty() ? 0 : m_segments.back().lastFrame + 1;
    st.codesPerToken = st.tokens > 0 ? double(st.codes) / double(st.tokens) : 0.0;
    if (framerate && *framerate > 0.0) {
        st.seconds = double(st.frames) / *framerate;
        st.tokensPerSecond = *st.seconds > 0.0 ? double(st.tokens) / *st.seconds : 0.0;
    }
    return st;
}

} // namespace codecbpe
