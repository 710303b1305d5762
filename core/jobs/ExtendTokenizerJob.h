// ExtendTokenizerJob: codec-bpe's extend_tokenizer as the CLI and the studio run it: the extension computed first
// (tokens added, conflicts, resulting vocabulary size, and on request how often the extended tokenizer segments a
// codes folder differently), nothing written until write() is called with it.
#pragma once

#include "bpe/SegmentationCheck.h"
#include "bpe/TokenizerExtender.h"
#include "jobs/AlphabetChoice.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace codecbpe {

class Progress;

struct ExtendTokenizerRequest {
    std::filesystem::path existingTokenizer;
    std::filesystem::path codecTokenizer;
    ExtendOptions options;
    std::filesystem::path codesPath; // empty: no segmentation check
    std::size_t numCheckFiles = 8;   // code files sampled for the check
    AlphabetChoice alphabet;         // of the codes, for the check
};

struct ExtendTokenizerPreview {
    TokenizerExtension extension;
    // Ids of the extended tokenizer (embedding rows): max(the model's vocabulary, the last added id + 1).
    TokenId vocabSize = 0;
    std::size_t codesFiles = 0; // .npy files in codesPath
    std::optional<SegmentationComparison> segmentation;

    // codec-bpe's-style warning listing the first conflicts, one line without the newline; empty when none.
    std::string conflictWarning() const;
    // The check's report: one line, and a second with the remedy when tokens differ (each ending in a newline).
    std::string segmentationReport() const;
};

class ExtendTokenizerJob {
public:
    // codec-bpe's default save path: output/<existing_tokenizer>_extended.
    static std::filesystem::path defaultSavePath(const std::string& existingTokenizer);

    // Extends (and checks) without writing. Throws Error naming the file, or Cancelled between steps and between
    // the files of the segmentation check.
    static ExtendTokenizerPreview preview(const ExtendTokenizerRequest& request, Progress& progress);
    // Writes the three tokenizer files into `dir` atomically, then codec_bpe_id_map.json when `writeIdMap`.
    static void write(const ExtendTokenizerPreview& preview, const ExtendTokenizerRequest& request,
                      const std::filesystem::path& dir, bool writeIdMap);
};

} // namespace codecbpe
