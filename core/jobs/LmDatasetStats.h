// LmDatasetStats: codec-bpe's lm_dataset_stats — the audio duration of each example of a text LM dataset — with
// the audio start/end tokens stripped as prefix/suffix (not as character sets) and, when prep-lm-dataset's sidecar
// says how many codes each example repeats from the previous one, overlaps counted once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace codecbpe {

class Progress;

struct LmDatasetStatsOptions {
    std::filesystem::path datasetPath;
    std::optional<int> numCodebooks;       // default: the sidecar's
    std::optional<double> codecFramerate;  // default: the sidecar's
    std::optional<std::string> audioStartToken;
    std::optional<std::string> audioEndToken;
    std::optional<std::int64_t> numExamples;
    bool countOverlapsOnce = true;         // when the sidecar gives the overlaps
};

struct LmDatasetStatsResult {
    std::vector<double> seconds; // per example
    bool overlapsCountedOnce = false;

    double total() const;
    double max() const;
    double min() const;
    double median() const;
    double mean() const;
    double std() const; // population (numpy's default ddof=0)
    // codec-bpe's seven lines: "{n} examples", "Total: ... seconds (... hours)", Max, Min, Median, Mean, Std.
    std::string report() const;
};

class LmDatasetStats {
public:
    // Throws Error naming the dataset (or its sidecar) for unreadable input, a missing K or frame rate, or a
    // sidecar that does not match the file.
    static LmDatasetStatsResult compute(const LmDatasetStatsOptions& options, Progress& progress);
};

} // namespace codecbpe
