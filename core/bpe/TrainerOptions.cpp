#include "bpe/TrainerOptions.h"

#include "common/Error.h"

#include <algorithm>
#include <cmath>

namespace codecbpe {
namespace {

// codec-bpe's list: eos, bos, unk, pad inserted at the front in that order, each only if not already listed.
std::vector<std::string> codecBpeSpecialTokens(const TrainerOptions& options)
{
    std::vector<std::string> tokens = options.specialTokens;
    for (const std::optional<std::string>* named :
         {&options.eosToken, &options.bosToken, &options.unkToken, &options.padToken}) {
        if (*named && std::find(tokens.begin(), tokens.end(), **named) == tokens.end())
            tokens.insert(tokens.begin(), **named);
    }
    return tokens;
}

} // namespace

void TrainerOptions::validate() const
{
    if (chunkSizeSecs) {
        if (!codecFramerate)
            throw Error("If chunk_size_secs is set, codec_framerate must also be set.");
        if (!(*chunkSizeSecs > 0.0))
            throw Error("chunk_size_secs must be a positive number.");
        if (*chunkFrames() < 1)
            throw Error("chunk_size_secs * codec_framerate must be at least one frame (got " +
                        std::to_string(*chunkSizeSecs * *codecFramerate) + ").");
    }
    if (!eosToken && !padToken)
        throw Error("Either pad_token or eos_token should be set, otherwise padded batching will not work with this "
                    "tokenizer.");
    if (maxTokenCodebookNgrams && *maxTokenCodebookNgrams < 0)
        throw Error("max_token_codebook_ngrams must be a non-negative integer (0 or greater).");
    const CodeAlphabet codes = alphabet();
    if (minFrequency < 0)
        throw Error("min_frequency must be a non-negative integer (0 or greater).");

    // codec-bpe counts its list as given, repeats included.
    const std::int64_t numSpecial = std::int64_t(codecBpeSpecialTokens(*this).size());
    const std::int64_t minVocab = codes.size() + numSpecial;
    if (vocabSize < minVocab) {
        const std::string k = std::to_string(numCodebooks);
        const std::string s = std::to_string(codebookSize);
        throw Error("vocab_size is set to " + std::to_string(vocabSize) + " but it must be at least " +
                    std::to_string(minVocab) + " to accommodate " + k + " x " + s + " codes and " +
                    std::to_string(numSpecial) +
                    " special token(s).\nConsider setting vocab_size to " + std::to_string(minVocab) +
                    " + K, where K is the number of tokens you want to reserve for codebook ngrams (learned merges). "
                    "K should be a sufficiently large number (e.g. >= 10,000) to allow for wide coverage of the most "
                    "common codebook ngrams in your training data.");
    }
}


std::vector<std::string> TrainerOptions::finalSpecialTokens() const
{
    // Hugging Face's add_special_tokens skips repeats of a token already in the vocabulary.
    std::vector<std::string> unique;
    for (std::string& token : codecBpeSpecialTokens(*this)) {
        if (std::find(unique.begin(), unique.end(), token) == unique.end())
            unique.push_back(std::move(token));
    }
    return unique;
}

std::optional<std::int64_t> TrainerOptions::chunkFrames() const
{
    if (!chunkSizeSecs || !codecFramerate)
        return std::nullopt;
    return std::int64_t(std::trunc(*chunkSizeSecs * *codecFramerate));
}

bool TrainerOptions::learnsMerges() const
{
    if (!maxTokenCodebookNgrams)
        return true;
    return std::max<std::int64_t>(1, std::int64_t(*maxTokenCodebookNgrams) * numCodebooks) > 1;
}

std::optional<std::int64_t> TrainerOptions::hfMaxTokenLength() const
{
    if (!maxTokenCodebookNgrams)
        return std::nullopt;
    return std::max<std::int64_t>(1, std::int64_t(*maxTokenCodebookNgrams) * numCodebooks) + 1;
}

} // namespace codecbpe
