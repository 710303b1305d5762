// VocabularyCorpusCount: how often each token of a tokenizer occurs when every codes file of a folder (a training
// set) is encoded with it, for the vocabulary browser's "count in training data" column; runs on a worker thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace codecbpe {
class CodeAlphabet;
class Progress;
struct TokenizerFolder;
} // namespace codecbpe

namespace codecbpe::widgets {

struct VocabularyCorpusCount {
    std::vector<std::int64_t> counts; // by token id, one per vocabulary entry
    std::int64_t files = 0;
    std::int64_t codes = 0;
    std::int64_t tokens = 0;

    // Encodes each .npy under `folder` (codec-bpe's file order; its first K codebooks, as training reads them)
    // with `tokenizer` (read from `tokenizerDir`) and counts the ids. Reports progress per file, stops with
    // Cancelled; throws Error naming the folder or the file that cannot be read or encoded.
    static VocabularyCorpusCount count(const TokenizerFolder& tokenizer, const std::string& tokenizerDir,
                                       const CodeAlphabet& alphabet, const std::filesystem::path& folder,
                                       Progress& progress);
};

} // namespace codecbpe::widgets
