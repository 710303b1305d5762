#include "widgets/PeakPyramid.h"

#include <algorithm>

namespace codecbpe::widgets {

PeakPyramid::PeakPyramid(const std::vector<float>& samples) : m_samples(&samples)
{
    const auto n = std::int64_t(samples.size());
    for (std::int64_t bucket = kBaseBucket; bucket < n; bucket *= kLevelFactor) {
        Level level;
        level.bucket = bucket;
        const std::int64_t count = (n + bucket - 1) / bucket;
        level.mins.resize(std::size_t(count));
        level.maxs.resize(std::size_t(count));
        for (std::int64_t i = 0; i < count; ++i) {
            float lo = 0.0f;
            float hi = 0.0f;
            if (m_levels.empty()) {
                const auto first = samples.begin() + i * bucket;
                const auto [mn, mx] = std::minmax_element(first, first + std::min(bucket, n - i * bucket));
                lo = *mn;
                hi = *mx;
            } else {
                // Built from the level below: kLevelFactor entries each.
                const Level& below = m_levels.back();
                const std::int64_t from = i * kLevelFactor;
                const std::int64_t to = std::min<std::int64_t>(from + kLevelFactor, std::int64_t(below.mins.size()));
                lo = *std::min_element(below.mins.begin() + from, below.mins.begin() + to);
                hi = *std::max_element(below.maxs.begin() + from, below.maxs.begin() + to);
            }
            level.mins[std::size_t(i)] = lo;
            level.maxs[std::size_t(i)] = hi;
        }
        m_levels.push_back(std::move(level));
    }
}

std::pair<float, float> PeakPyramid::range(std::int64_t begin, std::int64_t end) const
{
    if (!m_samples)
        return {0.0f, 0.0f};
    begin = std::max<std::int64_t>(0, begin);
    end = std::min(end, std::int64_t(m_samples->size()));
    if (begin >= end)
        return {0.0f, 0.0f};
    float lo = (*m_samples)[std::size_t(begin)];
    float hi = lo;
    rangeAt(int(m_levels.size()) - 1, begin, end, lo, hi);
    return {lo, hi};
}

void PeakPyramid::rangeAt(int level, std::int64_t begin, std::int64_t end, float& lo, float& hi) const
{
    if (level < 0) {
        const auto first = m_samples->begin() + begin;
        const auto [mn, mx] = std::minmax_element(first, first + (end - begin));
        lo = std::min(lo, *mn);
        hi = std::max(hi, *mx);
        return;
    }
    const Level& l = m_levels[std::size_t(level)];
    const std::int64_t firstWhole = (begin + l.bucket - 1) / l.bucket;
    const std::int64_t endWhole = end / l.bucket;
    if (firstWhole >= endWhole) {
        rangeAt(level - 1, begin, end, lo, hi);
        return;
    }
    for (std::int64_t i = firstWhole; i < endWhole; ++i) {
        lo = std::min(lo, l.mins[std::size_t(i)]);
        hi = std::max(hi, l.maxs[std::size_t(i)]);
    }
    if (begin < firstWhole * l.bucket)
        rangeAt(level - 1, begin, firstWhole * l.bucket, lo, hi);
    if (endWhole * l.bucket < end)
        rangeAt(level - 1, endWhole * l.bucket, end, lo, hi);
}

} // namespace codecbpe::widgets
