#include "widgets/TokenTrack.h"

#include <algorithm>
#include <cmath>

namespace codecbpe::widgets {

std::int64_t TokenTrack::spanAt(double frame) const
{
    if (spans.empty() || numCodebooks <= 0 || frame < 0)
        return -1;
    const auto code = std::int64_t(std::floor(frame * numCodebooks));
    const auto it = std::upper_bound(spans.begin(), spans.end(), code,
                                     [](std::int64_t c, const TokenSpan& span) { return c < span.endCode; });
    if (it == spans.end() || it->firstCode > code)
        return -1;
    return std::int64_t(it - spans.begin());
}

} // namespace codecbpe::widgets
