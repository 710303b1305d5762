// `codecbpe lm-dataset-stats`: codec-bpe's lm_dataset_stats — the audio duration of the examples of a text LM
// dataset, with overlaps counted once when prep-lm-dataset's sidecar gives them.
#include "Commands.h"

#include "common/Progress.h"
#include "jobs/LmDatasetStats.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace codecbpe::cli {
namespace {

struct StatsOptions {
    LmDatasetStatsOptions stats;
    std::string datasetPath;
    bool countOverlapsTwice = false;
};

void run(StatsOptions& options)
{
    options.stats.datasetPath = options.datasetPath;
    options.stats.countOverlapsOnce = !options.countOverlapsTwice;
    NullProgress progress;
    const LmDatasetStatsResult result = LmDatasetStats::compute(options.stats, progress);
    std::cout << result.report();
    if (result.overlapsCountedOnce)
        std::cerr << "lm-dataset-stats: overlapping windows counted once (from " << options.datasetPath
                  << ".meta.json; --count_overlaps_twice for codec-bpe's figures)\n";
}

} // namespace

void addLmDatasetStatsCommand(CLI::App& app)
{
    auto options = std::make_shared<StatsOptions>();
    LmDatasetStatsOptions& stats = options->stats;
    CLI::App* command =
        app.add_subcommand("lm-dataset-stats", "Audio duration statistics of a text LM dataset (codec-bpe lm_dataset_stats)");
    command->add_option("--dataset_path", options->datasetPath, "Text dataset, one example per line")->required();
    command->add_option("--num_codebooks", stats.numCodebooks,
                        "Codebooks per frame (required unless prep-lm-dataset's sidecar gives it)")
        ->check(CLI::PositiveNumber);
    command->add_option("--codec_framerate", stats.codecFramerate,
                        "Frames per second (required unless the sidecar gives it)")
        ->check(CLI::PositiveNumber);
    command->add_option("--audio_start_token", stats.audioStartToken, "Removed from the start of each line");
    command->add_option("--audio_end_token", stats.audioEndToken, "Removed from the end of each line");
    command->add_option("--num_examples", stats.numExamples, "Only the first N lines")->check(CLI::NonNegativeNumber);
    command->add_flag("--count_overlaps_twice", options->countOverlapsTwice,
                      "Ignore the sidecar's overlaps and count every line whole, as codec-bpe does");
    command->callback([options] { run(*options); });
}

} // namespace codecbpe::cli
