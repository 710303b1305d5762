// BoundaryDiff: where two segmentations of the same codes cut differently: the token boundaries only one of them
// has, how much their boundaries agree, and the regions (between boundaries both share) where they disagree.
#pragma once

#include <cstdint>
#include <vector>

namespace codecbpe {
class Segmentation;
}

namespace codecbpe::widgets {

struct BoundaryDiff {
    // Codes [beginChar, endChar) between two boundaries A and B share, holding at least one they do not.
    struct Region {
        std::uint32_t beginChar = 0;
        std::uint32_t endChar = 0;
    };

    // Boundaries are code positions (frame-major, as TokenSegment::beginChar) where one token ends and the next
    // begins; the start of the first token and the end of the last are not boundaries.
    std::vector<std::uint32_t> onlyA;
    std::vector<std::uint32_t> onlyB;
    std::int64_t shared = 0;
    std::vector<Region> regions;

    // Shared boundaries in percent of the boundaries either has (100 when neither has any).
    double agreementPercent() const;
    bool empty() const { return onlyA.empty() && onlyB.empty(); }

    // Interior boundaries of `segmentation`, ascending.
    static std::vector<std::uint32_t> boundaries(const Segmentation& segmentation);
    // Compares `a` and `b`, which must segment the same codes.
    static BoundaryDiff compute(const Segmentation& a, const Segmentation& b);
};

} // namespace codecbpe::widgets
