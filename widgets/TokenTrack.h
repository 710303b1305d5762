// TokenTrack: one tokenizer's segmentation of the session's codes (core/analysis Segmentation) as the token lanes
// draw it, with the tokenizer it came from and its merge ranks for hover text.
#pragma once

#include "analysis/Segmentation.h"
#include "bpe/BpeModel.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace codecbpe {
struct TokenizerFolder;
}

namespace codecbpe::widgets {

class TokenTrack {
public:
    // An empty track (no tokenizer).
    TokenTrack();
    // `segmentation` of the codes by `tokenizer` (may be null in tests), read from the folder `path`.
    TokenTrack(Segmentation segmentation, std::shared_ptr<const TokenizerFolder> tokenizer, QString path);

    const QString& tokenizerPath() const { return m_path; }
    const std::shared_ptr<const TokenizerFolder>& tokenizer() const { return m_tokenizer; }
    const Segmentation& segmentation() const { return m_segmentation; }
    // A token covers the flattened (frame-major) codes [beginChar, endChar): code c lies in frame c / K, codebook
    // c % K, so a token may hold a whole frame and part of the next; its extent on the time axis is fractional.
    const std::vector<TokenSegment>& segments() const { return m_segmentation.segments(); }
    const TokenSegment& segment(std::int64_t index) const { return segments()[std::size_t(index)]; }
    std::int64_t size() const { return std::int64_t(segments().size()); }
    bool empty() const { return segments().empty(); }
    int numCodebooks() const { return m_segmentation.numCodebooks(); }

    // Index of the token that holds the code at `frame` (fractional frames address codebooks), or -1.
    std::int64_t tokenAt(double frame) const;
    // The rank of the merge that makes token `id`; nullopt for base tokens (and without a tokenizer).
    std::optional<std::size_t> mergeRank(TokenId id) const;

private:
    QString m_path;
    std::shared_ptr<const TokenizerFolder> m_tokenizer;
    Segmentation m_segmentation;
    // Result id -> merge rank, built once per tokenizer: hovering must not search the merge list.
    std::unordered_map<TokenId, std::size_t> m_mergeRanks;
};

} // namespace codecbpe::widgets
