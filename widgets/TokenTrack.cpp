#include "widgets/TokenTrack.h"

#include "bpe/TokenizerFolder.h"

#include <algorithm>
#include <cmath>

namespace codecbpe::widgets {

TokenTrack::TokenTrack() : m_segmentation({}, 1) {}

TokenTrack::TokenTrack(Segmentation segmentation, std::shared_ptr<const TokenizerFolder> tokenizer, QString path)
    : m_path(std::move(path)), m_tokenizer(std::move(tokenizer)), m_segmentation(std::move(segmentation))
{
    if (!m_tokenizer)
        return;
    const std::vector<BpeMerge>& merges = m_tokenizer->model.merges;
    m_mergeRanks.reserve(merges.size());
    for (std::size_t rank = 0; rank < merges.size(); ++rank)
        m_mergeRanks.emplace(merges[rank].result, rank);
}

std::int64_t TokenTrack::tokenAt(double frame) const
{
    const std::vector<TokenSegment>& all = segments();
    if (all.empty() || frame < 0)
        return -1;
    const auto code = std::int64_t(std::floor(frame * numCodebooks()));
    const auto it = std::partition_point(all.begin(), all.end(),
                                         [code](const TokenSegment& s) { return std::int64_t(s.endChar) <= code; });
    if (it == all.end() || std::int64_t(it->beginChar) > code)
        return -1;
    return std::int64_t(it - all.begin());
}

std::optional<std::size_t> TokenTrack::mergeRank(TokenId id) const
{
    const auto it = m_mergeRanks.find(id);
    if (it == m_mergeRanks.end())
        return std::nullopt;
    return it->second;
}

} // namespace codecbpe::widgets
