// `codecbpe train-tokenizer`: codec-bpe's train_tokenizer (same flags and defaults): a folder of .npy codes ->
// a Hugging Face tokenizer folder, with merges identical to codec-bpe's.
#include "CliCommon.h"
#include "Commands.h"

#include "jobs/TrainTokenizerJob.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>

namespace codecbpe::cli {
namespace {

struct TrainTokenizerFlags {
    std::string codesPath;
    std::optional<int> numCodebooks;
    std::optional<int> codebookSize;
    std::optional<double> codecFramerate;
    std::optional<double> chunkSizeSecs;
    std::int64_t vocabSize = 30000;
    std::int64_t minFrequency = 2;
    std::vector<std::string> specialTokens;
    std::optional<std::string> bosToken;
    std::optional<std::string> eosToken;
    std::optional<std::string> unkToken;
    std::optional<std::string> padToken;
    std::optional<int> maxTokenCodebookNgrams;
    std::string unicodeOffset = "0x4E00";
    std::string savePath;
    std::vector<std::string> codesFilter;
    std::optional<std::size_t> numFiles;
};

void run(const TrainTokenizerFlags& flags)
{
    const auto start = std::chrono::steady_clock::now();
    TrainTokenizerRequest request;
    request.codesPath = flags.codesPath;
    TrainerOptions& options = request.options;
    options.numCodebooks = flags.numCodebooks.value_or(0);
    options.codebookSize = flags.codebookSize.value_or(0);
    options.unicodeOffset = char32_t(parsePythonInt(flags.unicodeOffset, "--unicode_offset"));
    options.codecFramerate = flags.codecFramerate;
    options.chunkSizeSecs = flags.chunkSizeSecs;
    options.vocabSize = flags.vocabSize;
    options.minFrequency = flags.minFrequency;
    options.specialTokens = flags.specialTokens;
    options.bosToken = flags.bosToken;
    options.eosToken = flags.eosToken;
    options.unkToken = flags.unkToken;
    options.padToken = flags.padToken;
    options.maxTokenCodebookNgrams = flags.maxTokenCodebookNgrams;
    request.codesFilter = flags.codesFilter;
    request.numFiles = flags.numFiles;

    const TrainTokenizerJob job(std::move(request));
    TrainTokenizerResult result;
    {
        StderrProgress progress("Training");
        result = job.run(progress);
    }
    for (const std::string& warning : result.warnings)
        std::cerr << "codecbpe: warning: " << warning << '\n';
    const std::filesystem::path savePath =
        flags.savePath.empty() ? job.defaultSavePath() : std::filesystem::path(flags.savePath);
    result.tokenizer.write(savePath);

    const BpeModel& model = result.tokenizer.model;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("saved %s: vocab %u, merges %zu, %zu file(s), %llu codes -> %llu tokens (%.2f codes/token), %.1f s\n",
                savePath.string().c_str(), model.vocabSize(), model.merges.size(), result.numFiles,
                static_cast<unsigned long long>(result.trainingCodes),
                static_cast<unsigned long long>(result.trainingTokens),
                result.trainingTokens ? double(result.trainingCodes) / double(result.trainingTokens) : 0.0, seconds);
}

} // namespace

void addTrainTokenizerCommand(CLI::App& app)
{
    auto flags = std::make_shared<TrainTokenizerFlags>();
    CLI::App* command = app.add_subcommand(
        "train-tokenizer", "Train a BPE tokenizer on a folder of codes (codec-bpe's train_tokenizer, same merges)");
    command->add_option("--codes_path", flags->codesPath, "Folder of .npy codes (searched recursively)")->required();
    command->add_option("--num_codebooks", flags->numCodebooks, "Codebooks to use (default: codec_info.json)");
    command->add_option("--codebook_size", flags->codebookSize, "Codes per codebook (default: codec_info.json)");
    command->add_option("--codec_framerate", flags->codecFramerate, "Frames per second (default: codec_info.json)");
    command->add_option("--chunk_size_secs", flags->chunkSizeSecs,
                        "Train on chunks of this many seconds (default: whole files)");
    command->add_option("--vocab_size", flags->vocabSize, "Vocabulary size")->capture_default_str();
    command->add_option("--min_frequency", flags->minFrequency, "Minimum pair count to merge")->capture_default_str();
    command->add_option("--special_tokens", flags->specialTokens, "Extra special tokens");
    command->add_option("--bos_token", flags->bosToken, "Beginning-of-sequence token");
    command->add_option("--eos_token", flags->eosToken, "End-of-sequence token");
    command->add_option("--unk_token", flags->unkToken, "Unknown token");
    command->add_option("--pad_token", flags->padToken, "Padding token (this or --eos_token is required)");
    command->add_option("--max_token_codebook_ngrams", flags->maxTokenCodebookNgrams,
                        "Longest token in frames (0 = codes only; default unlimited)");
    command->add_option("--unicode_offset", flags->unicodeOffset, "First code point, Python int syntax (0xE000)")
        ->capture_default_str();
    command->add_option("--save_path", flags->savePath,
                        "Output folder (default output/<codec>_bpe_<K>cb_<vocab/1000>k)");
    command->add_option("--codes_filter", flags->codesFilter, "Keep only files whose path contains one of these");
    command->add_option("--num_files", flags->numFiles, "Use only the first N files");
    command->callback([flags] { run(*flags); });
}

} // namespace codecbpe::cli
