// LmDatasetBuilder: codec-bpe's prep_lm_dataset — code files grouped per recording, encoded, cut into overlapping
// windows of sequence_length tokens (room reserved for BOS/EOS and audio start/end tokens) and written one example
// per line (text, ids or jsonl) or as an int64 .npy, with a sidecar that lets lm-dataset-stats count overlaps once.
#pragma once

#include "jobs/LmDatasetTokenizer.h"
#include "text/CodeAlphabet.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace codecbpe {

class Progress;

enum class LmDatasetFormat { Text, Ids, Jsonl, Npy };

struct LmDatasetOptions {
    std::filesystem::path codesPath;
    std::vector<std::string> codesFilter;
    std::optional<std::string> audioStartToken;
    std::optional<std::string> audioEndToken;
    std::int64_t sequenceLength = 4096;
    std::int64_t overlapLength = 1024;
    bool dropLast = false;
    std::optional<std::int64_t> numExamples;
    std::filesystem::path savePath = "output/lm_dataset.txt";
    LmDatasetFormat format = LmDatasetFormat::Text;
    std::optional<double> codecFramerate; // recorded in the sidecar for lm-dataset-stats
};

struct LmDatasetSummary {
    std::size_t files = 0;
    std::size_t groups = 0;
    std::size_t emptyGroups = 0; // encoded to no tokens: no example (codec-bpe raises IndexError)
    std::int64_t examples = 0;
    std::int64_t codes = 0;
    std::int64_t tokens = 0;     // of the audio, before windowing
};

// One window: tokens [begin, end) of a sequence.
struct LmWindow {
    std::int64_t begin = 0;
    std::int64_t end = 0;
    friend bool operator==(const LmWindow& a, const LmWindow& b) { return a.begin == b.begin && a.end == b.end; }
};

class LmDatasetBuilder {
public:
    static constexpr const char* kSidecarSuffix = ".meta.json";

    // codec-bpe's window loop over `numTokens` tokens with `window` tokens each (after the reserved room) and
    // `overlap` shared with the previous window. Throws Error if window < 1 or overlap >= window (codec-bpe loops
    // forever) or overlap < 0.
    static std::vector<LmWindow> windows(std::int64_t numTokens, std::int64_t window, std::int64_t overlap,
                                         bool dropLast);
    // The group of a code file: its path up to the last "_c<digits>" followed by '_' or '.' (codec-bpe's
    // re.match(r"(.+)_c\d+[_.]")). Throws Error naming the file when it has none.
    static std::string groupKey(const std::filesystem::path& file);

    // Builds the dataset; the output (and its sidecar) are written atomically. Throws Error, or Cancelled.
    static LmDatasetSummary build(LmDatasetTokenizer& tokenizer, const CodeAlphabet& alphabet,
                                  const LmDatasetOptions& options, Progress& progress);
};

} // namespace codecbpe
