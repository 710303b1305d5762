// PeakPyramid: min/max summaries of audio samples at several bucket sizes, so that drawing a waveform column
// reads a handful of summaries instead of every sample it covers (as Sonic Visualiser's wave file summaries do).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace codecbpe::widgets {

class PeakPyramid {
public:
    static constexpr std::int64_t kBaseBucket = 16;
    static constexpr std::int64_t kLevelFactor = 16;

    PeakPyramid() = default;
    explicit PeakPyramid(const std::vector<float>& samples);

    // Minimum and maximum of samples [begin, end) (clamped to the signal); {0, 0} if the range is empty.
    // Exact at the ends of the range down to single samples; whole buckets in between.
    std::pair<float, float> range(std::int64_t begin, std::int64_t end) const;

private:
    struct Level {
        std::int64_t bucket = 0; // samples per entry
        std::vector<float> mins;
        std::vector<float> maxs;
    };

    void rangeAt(int level, std::int64_t begin, std::int64_t end, float& lo, float& hi) const;

    const std::vector<float>* m_samples = nullptr;
    std::vector<Level> m_levels;
};

} // namespace codecbpe::widgets
