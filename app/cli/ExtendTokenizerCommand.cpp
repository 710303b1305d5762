// `codecbpe extend-tokenizer`: codec-bpe's extend_tokenizer — a Codec BPE tokenizer's tokens added to an LLM
// tokenizer folder, with the vocabulary conflicts reported, an optional check of how often the extended tokenizer
// segments audio differently, and an optional id map that keeps the Codec BPE segmentation exact.
#include "AlphabetChoiceFlags.h"
#include "CodeAlphabetOptions.h"
#include "Commands.h"

#include "common/Progress.h"
#include "jobs/ExtendTokenizerJob.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace codecbpe::cli {
namespace {

struct ExtendCommandOptions {
    ExtendTokenizerRequest request;
    std::string existing;
    std::string codec;
    std::string savePath;
    std::string codesPath;
    bool writeIdMap = false;
    CodeAlphabetOptions alphabet; // the alphabet flags for --codes_path
    CLI::Option* offsetFlag = nullptr;
};

void run(ExtendCommandOptions& options)
{
    ExtendTokenizerRequest& request = options.request;
    request.existingTokenizer = options.existing;
    request.codecTokenizer = options.codec;
    request.codesPath = options.codesPath;
    if (!options.codesPath.empty())
        request.alphabet = alphabetChoice(options.alphabet, options.offsetFlag);
    NullProgress progress;
    // The check runs before writing, so that a bad codes folder leaves nothing half done.
    const ExtendTokenizerPreview preview = ExtendTokenizerJob::preview(request, progress);
    std::cout << preview.segmentationReport();
    const std::string savePath =
        options.savePath.empty() ? ExtendTokenizerJob::defaultSavePath(options.existing).string() : options.savePath;
    ExtendTokenizerJob::write(preview, request, savePath, options.writeIdMap);
    if (const std::string warning = preview.conflictWarning(); !warning.empty())
        std::cerr << warning << '\n';
    std::cout << "Added " << preview.extension.numAdded << " tokens to the existing tokenizer " << options.existing
              << " and saved it as " << savePath << ".\n";
}

} // namespace

void addExtendTokenizerCommand(CLI::App& app)
{
    auto options = std::make_shared<ExtendCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "extend-tokenizer", "Add a Codec BPE tokenizer's tokens to an LLM tokenizer folder (codec-bpe extend_tokenizer)");
    command->add_option("--existing_tokenizer", options->existing,
                        "Local Hugging Face tokenizer folder (tokenizer.json, tokenizer_config.json)")
        ->required();
    command->add_option("--codec_bpe_tokenizer", options->codec, "Codec BPE tokenizer folder")->required();
    command->add_option("--additional_special_tokens", options->request.options.additionalSpecialTokens,
                        "Special tokens to add before the codec tokens (e.g. audio start/end tokens)");
    command->add_option("--save_path", options->savePath,
                        "Output folder (default: output/<existing_tokenizer>_extended)");
    command->add_option("--max_conflict_fraction", options->request.options.maxConflictFraction,
                        "Refuse when more than this fraction of the codec tokens is already in the base vocabulary")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    command->add_flag("--write_id_map", options->writeIdMap,
                      "Also write codec_bpe_id_map.json (Codec BPE id -> extended id) for prep-lm-dataset --id_map");
    command->add_option("--codes_path", options->codesPath,
                        "Codes folder: report how often the extended tokenizer segments them differently");
    command->add_option("--num_check_files", options->request.numCheckFiles, "Code files sampled for --codes_path")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    options->alphabet.addTo(*command);
    options->offsetFlag = command->get_option("--unicode_offset");
    command->callback([options] { run(*options); });
}

} // namespace codecbpe::cli
