// TrainerOptions: codec-bpe's Trainer settings, validated in codec-bpe's order with its messages.
#pragma once

#include "text/CodeAlphabet.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace codecbpe {

struct TrainerOptions {
    int numCodebooks = 0;
    int codebookSize = 0;
    char32_t unicodeOffset = CodeAlphabet::kDefaultOffset;
    std::optional<double> codecFramerate;
    std::optional<double> chunkSizeSecs; // codec-bpe takes whole seconds; we accept any positive value
    std::int64_t vocabSize = 30000;
    std::int64_t minFrequency = 2;
    std::vector<std::string> specialTokens; // UTF-8
    std::optional<std::string> bosToken;
    std::optional<std::string> eosToken;
    std::optional<std::string> unkToken;
    std::optional<std::string> padToken;
    std::optional<int> maxTokenCodebookNgrams; // none = unlimited, 0 = base vocabulary only

    // Throws Error with codec-bpe's message for the first problem, in codec-bpe's order (Trainer.__init__).
    void validate() const;

    CodeAlphabet alphabet() const { return CodeAlphabet(numCodebooks, codebookSize, unicodeOffset); }
    // [pad, unk, bos, eos, *specialTokens], skipping unset ones and duplicates: codec-bpe's final order.
    std::vector<std::string> finalSpecialTokens() const;
    // int(chunk_size_secs * codec_framerate) frames, or none for whole files.
    std::optional<std::int64_t> chunkFrames() const;
    // False when codec-bpe skips training (max(1, ngrams * K) == 1): the vocabulary is the base alphabet only.
    bool learnsMerges() const;
    // The max_token_length codec-bpe hands to Hugging Face (ngrams * K + 1, exclusive), or none for unlimited.
    std::optional<std::int64_t> hfMaxTokenLength() const;
};

} // namespace codecbpe
