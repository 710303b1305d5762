#include "widgets/BoundaryDiff.h"

#include "analysis/Segmentation.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace codecbpe::widgets {

double BoundaryDiff::agreementPercent() const
{
    const auto all = double(shared) + double(onlyA.size()) + double(onlyB.size());
    return all > 0 ? 100.0 * double(shared) / all : 100.0;
}

std::vector<std::uint32_t> BoundaryDiff::boundaries(const Segmentation& segmentation)
{
    const std::vector<TokenSegment>& segments = segmentation.segments();
    std::vector<std::uint32_t> cuts;
    cuts.reserve(segments.size());
    // A gap between tokens (codes no token covers) gives two boundaries, its start and its end.
    for (std::size_t i = 1; i < segments.size(); ++i) {
        if (segments[i - 1].endChar != segments[i].beginChar)
            cuts.push_back(segments[i - 1].endChar);
        cuts.push_back(segments[i].beginChar);
    }
    return cuts;
}

BoundaryDiff BoundaryDiff::compute(const Segmentation& a, const Segmentation& b)
{
    const std::vector<std::uint32_t> cutsA = boundaries(a);
    const std::vector<std::uint32_t> cutsB = boundaries(b);
    BoundaryDiff diff;
    std::set_difference(cutsA.begin(), cutsA.end(), cutsB.begin(), cutsB.end(), std::back_inserter(diff.onlyA));
    std::set_difference(cutsB.begin(), cutsB.end(), cutsA.begin(), cutsA.end(), std::back_inserter(diff.onlyB));
    std::vector<std::uint32_t> common;
    std::set_intersection(cutsA.begin(), cutsA.end(), cutsB.begin(), cutsB.end(), std::back_inserter(common));
    diff.shared = std::int64_t(common.size());

    // Where both agree: their shared boundaries and the ends of the codes they cover.
    std::uint32_t first = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t last = 0;
    for (const Segmentation* s : {&a, &b}) {
        if (s->segments().empty())
            continue;
        first = std::min(first, s->segments().front().beginChar);
        last = std::max(last, s->segments().back().endChar);
    }
    if (first > last)
        return diff;
    common.insert(common.begin(), first);
    common.push_back(last);
    std::vector<std::uint32_t> differing;
    std::merge(diff.onlyA.begin(), diff.onlyA.end(), diff.onlyB.begin(), diff.onlyB.end(),
               std::back_inserter(differing));
    for (const std::uint32_t cut : differing) {
        const auto after = std::upper_bound(common.begin(), common.end(), cut);
        const Region region{*std::prev(after), after == common.end() ? last : *after};
        if (diff.regions.empty() || diff.regions.back().beginChar != region.beginChar)
            diff.regions.push_back(region);
    }
    return diff;
}

} // namespace codecbpe::widgets
