#include "widgets/TokenizerFigures.h"

#include "analysis/Segmentation.h"
#include "bpe/TokenizerFolder.h"
#include "common/Error.h"
#include "widgets/Session.h"
#include "widgets/VocabularyModel.h"

#include <algorithm>

namespace codecbpe::widgets {

double TokenizerFigures::repeatedFrameTokenPercent() const
{
    return tokens > 0 ? 100.0 * double(repeatedFrameTokens) / double(tokens) : 0.0;
}

double TokenizerFigures::repeatedFrameVocabularyPercent() const
{
    return vocabularySize > 0 ? 100.0 * double(repeatedFrameVocabulary) / double(vocabularySize) : 0.0;
}

std::optional<TokenizerFigures> TokenizerFigures::of(const Session& session, int slot)
{
    const TokenTrack& track = session.tokens(slot);
    if (track.empty() || !track.tokenizer())
        return std::nullopt;
    std::vector<VocabularyEntry> entries;
    try {
        const CodeAlphabet alphabet = Session::tokenizerAlphabet(*track.tokenizer(), session.codecInfo(),
                                                                 session.codes().numCodebooks(),
                                                                 track.tokenizerPath().toStdString());
        entries = VocabularyModel::describe(*track.tokenizer(), alphabet, track.segmentation());
    } catch (const Error&) {
        return std::nullopt; // the session could not have segmented with it either; it said why
    }
    const double framerate = session.framerate();
    const SegmentationStats stats =
        track.segmentation().stats(framerate > 0 ? std::optional<double>(framerate) : std::nullopt);
    TokenizerFigures figures;
    figures.vocabularySize = std::int64_t(track.tokenizer()->model.vocab.size());
    figures.merges = std::int64_t(track.tokenizer()->model.merges.size());
    figures.tokens = stats.tokens;
    figures.codes = stats.codes;
    figures.tokensPerSecond = stats.tokensPerSecond;
    figures.codesPerToken = stats.codesPerToken;
    figures.framesPerToken = stats.codesPerToken / track.numCodebooks();
    for (const VocabularyEntry& e : entries) {
        figures.repeatedFrameVocabulary += e.repeatedFrame ? 1 : 0;
        if (e.count == 0)
            continue;
        ++figures.distinctTokens;
        figures.longestToken = std::max<std::int64_t>(figures.longestToken, e.numCodes);
        figures.repeatedFrameTokens += e.repeatedFrame ? e.count : 0;
    }
    return figures;
}

} // namespace codecbpe::widgets
