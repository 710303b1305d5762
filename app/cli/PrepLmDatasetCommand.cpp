// `codecbpe prep-lm-dataset`: codec-bpe's prep_lm_dataset — code files cut into LM training examples of
// sequence_length tokens, one per line (text as codec-bpe writes it, or token ids with --format).
#include "AlphabetChoiceFlags.h"
#include "CliCommon.h"
#include "CodeAlphabetOptions.h"
#include "Commands.h"

#include "jobs/PrepLmDatasetJob.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace codecbpe::cli {
namespace {

struct PrepOptions {
    PrepLmDatasetRequest request;
    std::string tokenizer;
    std::string idMap;
    std::string codesPath;
    std::string format = "text";
    std::string savePath = "output/lm_dataset.txt";
    CodeAlphabetOptions alphabet;
    CLI::Option* offsetFlag = nullptr;
};

void run(PrepOptions& options)
{
    PrepLmDatasetRequest& request = options.request;
    request.tokenizer = options.tokenizer;
    if (!options.idMap.empty())
        request.idMap = options.idMap;
    request.alphabet = alphabetChoice(options.alphabet, options.offsetFlag);
    request.dataset.codesPath = options.codesPath;
    request.dataset.savePath = options.savePath;
    request.dataset.format = PrepLmDatasetJob::formatNamed(options.format);
    PrepLmDatasetJob job(request);
    StderrProgress progress("prep-lm-dataset");
    const LmDatasetSummary summary = job.run(progress);
    progress.finish();
    std::cerr << "prep-lm-dataset: " << job.describe(summary) << '\n';
}

} // namespace

void addPrepLmDatasetCommand(CLI::App& app)
{
    auto options = std::make_shared<PrepOptions>();
    LmDatasetOptions& dataset = options->request.dataset;
    CLI::App* command = app.add_subcommand(
        "prep-lm-dataset", "Cut codes into LM training examples, one per line (codec-bpe prep_lm_dataset)");
    command->add_option("--tokenizer", options->tokenizer,
                        "Codec BPE tokenizer folder, or an extended LLM tokenizer folder (extend-tokenizer)")
        ->required();
    command->add_option("--id_map", options->idMap,
                        "codec_bpe_id_map.json of extend-tokenizer --write_id_map: --tokenizer is then the Codec BPE "
                        "tokenizer and ids are mapped into the extended vocabulary (exact BPE segmentation)");
    command->add_option("--codes_path", options->codesPath, "Folder of .npy codes")->required();
    options->alphabet.addTo(*command);
    options->offsetFlag = command->get_option("--unicode_offset");
    command->add_option("--audio_start_token", dataset.audioStartToken, "Token before each example's audio");
    command->add_option("--audio_end_token", dataset.audioEndToken, "Token after each example's audio");
    command->add_option("--sequence_length", dataset.sequenceLength, "Tokens per example")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    command->add_option("--overlap_length", dataset.overlapLength,
                        "Tokens an example shares with the previous one of the same recording")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    command->add_flag("--drop_last", dataset.dropLast, "Drop the last, shorter window of each recording");
    command->add_option("--save_path", options->savePath, "Output file (a sidecar <file>.meta.json is written beside)")
        ->capture_default_str();
    command->add_option("--codes_filter", dataset.codesFilter, "Only code files whose path contains one of these");
    command->add_option("--num_examples", dataset.numExamples, "Stop after this many examples")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--format", options->format,
                        "text (codec-bpe's), ids (space-separated ids per line), jsonl ({\"input_ids\": [...]}) or "
                        "npy (int64 (examples, longest), shorter rows padded with -1)")
        ->check(CLI::IsMember({"text", "ids", "jsonl", "npy"}))
        ->capture_default_str();
    command->callback([options] { run(*options); });
}

} // namespace codecbpe::cli
