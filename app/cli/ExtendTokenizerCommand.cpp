// `codecbpe extend-tokenizer`: codec-bpe's extend_tokenizer — a Codec BPE tokenizer's tokens added to an LLM
// tokenizer folder, with the vocabulary conflicts reported, an optional check of how often the extended tokenizer
// segments audio differently, and an optional id map that keeps the Codec BPE segmentation exact.
#include "CliCommon.h"
#include "Commands.h"
#include "TokenizerOptions.h"

#include "bpe/SegmentationCheck.h"
#include "bpe/TokenizerExtender.h"
#include "codes/CodesFolder.h"
#include "common/AtomicFile.h"
#include "common/Error.h"

#include <CLI/CLI.hpp>

#include <iomanip>
#include <iostream>
#include <memory>

namespace codecbpe::cli {
namespace {

namespace fs = std::filesystem;

struct ExtendCommandOptions {
    std::string existing;
    std::string codec;
    std::vector<std::string> additional;
    std::string savePath;
    double maxConflictFraction = 0.25;
    bool writeIdMap = false;
    std::string codesPath;
    std::size_t checkFiles = 8;
    TokenizerOptions codecOptions; // the alphabet flags for --codes_path
};

void reportConflicts(const TokenizerExtension& ext)
{
    if (ext.conflicts.empty())
        return;
    std::cerr << "warning: " << ext.conflicts.size() << " of " << ext.numCodecTokens
              << " codec tokens were already in the base vocabulary and keep their ids (vocabulary conflict; train "
                 "with --unicode_offset 0xE000 to avoid it):";
    const std::size_t shown = std::min<std::size_t>(ext.conflicts.size(), 10);
    for (std::size_t i = 0; i < shown; ++i)
        std::cerr << ' ' << ext.conflicts[i].token << " (" << ext.conflicts[i].codecId << " -> "
                  << ext.conflicts[i].extendedId << ')';
    if (shown < ext.conflicts.size())
        std::cerr << " ...";
    std::cerr << '\n';
}

void checkSegmentation(const ExtendCommandOptions& options, const TokenizerExtension& ext)
{
    std::vector<fs::path> files = findCodesFiles(options.codesPath);
    if (files.empty())
        throw Error(options.codesPath, "holds no .npy files");
    // An even sample over the sorted files, so that one long recording does not stand for the whole set.
    std::vector<fs::path> sample;
    const std::size_t n = std::min(options.checkFiles, files.size());
    for (std::size_t i = 0; i < n; ++i)
        sample.push_back(files[i * files.size() / n]);
    LoadedTokenizer codec = options.codecOptions.load(options.codesPath);
    const SegmentationComparison c =
        SegmentationCheck::run(codec.folder.model, codec.encoder, ext.codecToExtended, codec.alphabet, sample);
    std::cout << "Segmentation check on " << c.files << " of " << files.size() << " code files (" << c.codes
              << " codes): the extended tokenizer (added tokens, leftmost-longest) gives " << c.extendedTokens
              << " tokens where Codec BPE gives " << c.bpeTokens << "; " << c.bpeTokensDiffering
              << " Codec BPE tokens (" << std::fixed << std::setprecision(2) << 100.0 * c.differingFraction()
              << "%) are segmented differently, in " << c.filesDiffering << " file(s).\n";
    if (c.bpeTokensDiffering > 0)
        std::cout << "To keep the Codec BPE segmentation exactly, use --write_id_map and prep-lm-dataset --id_map.\n";
}

void run(const ExtendCommandOptions& options)
{
    ExtendOptions extendOptions;
    extendOptions.additionalSpecialTokens = options.additional;
    extendOptions.maxConflictFraction = options.maxConflictFraction;
    const TokenizerExtension ext = TokenizerExtender::extend(options.existing, options.codec, extendOptions);
    const std::string savePath =
        options.savePath.empty() ? "output/" + options.existing + "_extended" : options.savePath;
    if (!options.codesPath.empty())
        checkSegmentation(options, ext); // before writing, so that a bad codes folder leaves nothing half done
    ext.write(savePath);
    if (options.writeIdMap)
        writeFileAtomically(fs::path(savePath) / TokenizerExtension::kIdMapJson, ext.idMapJson(options.codec));
    reportConflicts(ext);
    std::cout << "Added " << ext.numAdded << " tokens to the existing tokenizer " << options.existing
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
    command->add_option("--additional_special_tokens", options->additional,
                        "Special tokens to add before the codec tokens (e.g. audio start/end tokens)");
    command->add_option("--save_path", options->savePath,
                        "Output folder (default: output/<existing_tokenizer>_extended)");
    command->add_option("--max_conflict_fraction", options->maxConflictFraction,
                        "Refuse when more than this fraction of the codec tokens is already in the base vocabulary")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    command->add_flag("--write_id_map", options->writeIdMap,
                      "Also write codec_bpe_id_map.json (Codec BPE id -> extended id) for prep-lm-dataset --id_map");
    command->add_option("--codes_path", options->codesPath,
                        "Codes folder: report how often the extended tokenizer segments them differently");
    command->add_option("--num_check_files", options->checkFiles, "Code files sampled for --codes_path")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    options->codecOptions.alphabet.addTo(*command);
    options->codecOptions.offsetFlag = command->get_option("--unicode_offset");
    command->callback([options] {
        options->codecOptions.dir = options->codec;
        run(*options);
    });
}

} // namespace codecbpe::cli
