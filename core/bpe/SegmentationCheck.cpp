#include "bpe/SegmentationCheck.h"

#include "bpe/LongestMatcher.h"
#include "codes/CodesFolder.h"
#include "common/Error.h"
#include "common/Progress.h"
#include "text/Utf8.h"

#include <unordered_set>

namespace codecbpe {

SegmentationComparison SegmentationCheck::run(const BpeModel& codec, BpeEncoder& encoder,
                                              const std::vector<std::optional<TokenId>>& codecToExtended,
                                              const CodeAlphabet& alphabet,
                                              const std::vector<std::filesystem::path>& files,
                                              Progress& progress)
{
    LongestMatcher matcher;
    for (TokenId id = 0; id < codec.vocabSize() && id < codecToExtended.size(); ++id)
        if (codecToExtended[id] && !codec.vocab[id].empty())
            matcher.add(fromUtf8(codec.vocab[id], "token " + std::to_string(id)), id);

    SegmentationComparison result;
    std::u32string text;
    std::vector<TokenSpan> bpe;
    std::vector<TokenSpan> extended;
    const auto total = std::int64_t(files.size());
    progress.report(0, total, "checking the segmentation");
    for (const std::filesystem::path& file : files) {
        progress.throwIfCancelled();
        text.clear();
        try {
            alphabet.appendChars(loadCodesFile(file, alphabet.numCodebooks()), text);
        } catch (const Error& e) {
            throw Error(file.string(), e.reason());
        }
        encoder.encode(text, bpe);
        matcher.split(text, extended);
        // A BPE token is reproduced when the extended segmentation has a token with the same id and span.
        std::unordered_set<std::uint64_t> extendedSpans;
        for (const TokenSpan& s : extended)
            if (s.id != LongestMatcher::kNoMatch)
                extendedSpans.insert((std::uint64_t(s.begin) << 32) | s.end);
        std::int64_t differing = 0;
        for (const TokenSpan& s : bpe)
            if (!extendedSpans.count((std::uint64_t(s.begin) << 32) | s.end))
                ++differing;
        ++result.files;
        result.filesDiffering += differing > 0 || bpe.size() != extended.size() ? 1 : 0;
        result.codes += std::int64_t(text.size());
        result.bpeTokens += std::int64_t(bpe.size());
        result.extendedTokens += std::int64_t(extended.size());
        result.bpeTokensDiffering += differing;
        progress.report(std::int64_t(result.files), total, "checking the segmentation");
    }
    return result;
}

} // namespace codecbpe
