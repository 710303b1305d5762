// `codecbpe prep-lm-dataset`: codec-bpe's prep_lm_dataset — code files cut into LM training examples of
// sequence_length tokens, one per line (text as codec-bpe writes it, or token ids with --format).
#include "CliCommon.h"
#include "CodeAlphabetOptions.h"
#include "Commands.h"

#include "bpe/TokenizerFolder.h"
#include "codes/CodecInfo.h"
#include "common/Error.h"
#include "jobs/LmDatasetBuilder.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace codecbpe::cli {
namespace {

struct PrepOptions {
    std::string tokenizer;
    std::string idMap;
    std::string codesPath;
    std::string audioStart;
    std::string audioEnd;
    std::string format = "text";
    std::string savePath = "output/lm_dataset.txt";
    std::vector<std::string> codesFilter;
    std::int64_t numExamples = -1;
    LmDatasetOptions dataset;
    CodeAlphabetOptions alphabet;
    CLI::Option* offsetFlag = nullptr;
};

void run(PrepOptions& options)
{
    LmDatasetOptions o = options.dataset;
    o.codesPath = options.codesPath;
    o.codesFilter = options.codesFilter;
    o.savePath = options.savePath;
    if (!options.audioStart.empty())
        o.audioStartToken = options.audioStart;
    if (!options.audioEnd.empty())
        o.audioEndToken = options.audioEnd;
    if (options.numExamples >= 0)
        o.numExamples = options.numExamples;
    o.format = options.format == "ids"     ? LmDatasetFormat::Ids
               : options.format == "jsonl" ? LmDatasetFormat::Jsonl
               : options.format == "npy"   ? LmDatasetFormat::Npy
                                           : LmDatasetFormat::Text;
    LmDatasetTokenizer tokenizer = LmDatasetTokenizer::load(
        options.tokenizer, options.idMap.empty() ? std::nullopt : std::optional<std::filesystem::path>(options.idMap));

    // The alphabet: the flags, then our codec metadata in the tokenizer, then codec_info.json beside the codes.
    CodeAlphabetOptions alphabet = options.alphabet;
    if (const TokenizerFolder* folder = tokenizer.codecFolder(); folder && folder->codec) {
        if (!alphabet.numCodebooks)
            alphabet.numCodebooks = folder->codec->numCodebooks;
        if (!alphabet.codebookSize)
            alphabet.codebookSize = folder->codec->codebookSize;
        if (options.offsetFlag->count() == 0)
            alphabet.unicodeOffset = std::to_string(folder->codec->unicodeOffset);
        o.codecFramerate = folder->codec->codecFramerate;
    }
    if (!o.codecFramerate)
        if (const auto info = findCodecInfo(o.codesPath))
            o.codecFramerate = info->framerate;
    StderrProgress progress("prep-lm-dataset");
    const LmDatasetSummary s = LmDatasetBuilder::build(tokenizer, alphabet.resolve(o.codesPath), o, progress);
    progress.finish();
    std::cerr << "prep-lm-dataset: " << s.files << " files in " << s.groups << " recordings, " << s.codes
              << " codes -> " << s.tokens << " tokens -> " << s.examples << " examples";
    if (s.emptyGroups > 0)
        std::cerr << " (" << s.emptyGroups << " recordings without tokens skipped)";
    std::cerr << "; saved to " << o.savePath.string() << '\n';
}

} // namespace

void addPrepLmDatasetCommand(CLI::App& app)
{
    auto options = std::make_shared<PrepOptions>();
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
    command->add_option("--audio_start_token", options->audioStart, "Token before each example's audio");
    command->add_option("--audio_end_token", options->audioEnd, "Token after each example's audio");
    command->add_option("--sequence_length", options->dataset.sequenceLength, "Tokens per example")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    command->add_option("--overlap_length", options->dataset.overlapLength,
                        "Tokens an example shares with the previous one of the same recording")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    command->add_flag("--drop_last", options->dataset.dropLast, "Drop the last, shorter window of each recording");
    command->add_option("--save_path", options->savePath, "Output file (a sidecar <file>.meta.json is written beside)")
        ->capture_default_str();
    command->add_option("--codes_filter", options->codesFilter, "Only code files whose path contains one of these");
    command->add_option("--num_examples", options->numExamples, "Stop after this many examples")
        ->check(CLI::NonNegativeNumber);
    command->add_option("--format", options->format,
                        "text (codec-bpe's), ids (space-separated ids per line), jsonl ({\"input_ids\": [...]}) or "
                        "npy (int64 (examples, longest), shorter rows padded with -1)")
        ->check(CLI::IsMember({"text", "ids", "jsonl", "npy"}))
        ->capture_default_str();
    command->callback([options] { run(*options); });
}

} // namespace codecbpe::cli
