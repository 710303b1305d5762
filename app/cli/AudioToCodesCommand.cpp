// `codecbpe audio-to-codes`: codec-bpe's audio_to_codes — encode a folder tree of audio into .npy codes.
#include "CliCommon.h"
#include "Commands.h"

#include "codecs/CodecRegistry.h"
#include "codecs/CodecType.h"
#include "common/Error.h"
#include "jobs/AudioToCodesJob.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace codecbpe::cli {
namespace {

struct Flags {
    AudioToCodesOptions options;
    double bandwidth = 0.0;
    int numQuantizers = 0;
};

void run(Flags flags, bool bandwidthGiven, bool quantizersGiven)
{
    AudioToCodesOptions& o = flags.options;
    if (bandwidthGiven)
        o.codec.bandwidth = flags.bandwidth;
    if (quantizersGiven)
        o.codec.numQuantizers = flags.numQuantizers;

    StderrProgress progress("Files");
    AudioToCodesJob job(o, {}, [&](const std::string& line) { std::cout << line << std::endl; });
    const AudioToCodesResult result = job.run(progress);
    progress.finish();
    if (o.codecInfoOnly)
        std::cout << "Codec info written to " << (result.codesDir / "codec_info.json").string() << ".\n";
    else
        std::cout << formatAudioToCodesSummary(result);
    // Files that failed are listed in the summary as codec-bpe lists them; the exit code must say so too, or a
    // script cannot tell that codes are missing.
    if (!result.errored.empty()) {
        const std::size_t others = result.errored.size() - 1;
        throw Error(result.errored.front().path,
                    result.errored.front().reason +
                        (others > 0 ? " (and " + std::to_string(others) + " more files that failed, listed above)" : ""));
    }
}

} // namespace

void addAudioToCodesCommand(CLI::App& app)
{
    auto flags = std::make_shared<Flags>();
    AudioToCodesOptions& o = flags->options;
    std::string models;
    for (const auto& name : CodecRegistry::instance().examples())
        models += (models.empty() ? "" : ", ") + name;

    CLI::App* command = app.add_subcommand(
        "audio-to-codes",
        "Encode a folder of audio files into codec codes (.npy), as codec-bpe's audio_to_codes. Output: "
        "<codes_path>/<model>/<chunk>s_<context>s/<mono|stereo>/<same tree>/<stem>_c<channel>.npy and codec_info.json. "
        "Files already encoded are skipped, so an interrupted run resumes (codec-bpe skips whole folders instead).");
    command->add_option("--audio_path", o.audioPath, "Folder of audio, walked recursively")->capture_default_str();
    command->add_option("--codes_path", o.codesPath, "Output base folder")->capture_default_str();
    command->add_option("--chunk_size_secs", o.chunkSizeSecs, "Chunk length in seconds")->capture_default_str();
    command->add_option("--context_secs", o.contextSecs,
                        "Total encoder window in seconds; max(0, context - chunk) seconds of preceding audio are "
                        "encoded with each chunk and their codes dropped")
        ->capture_default_str();
    command->add_option("--batch_size", o.batchSize, "Chunks per encoder call")->capture_default_str()->check(CLI::PositiveNumber);
    command->add_option("--codec_type", o.codecType, "Codec type (default: inferred from --codec_model)")
        ->check(CLI::IsMember(knownCodecTypes()));
    command->add_option("--codec_model", o.codec.codecModel,
                        "Codec model. Default codec2-700c (Codec 2 at 700 bit/s, 4 codebooks of 512, 25 frames/s): "
                        "it is built in and works offline, unlike codec-bpe's default facebook/encodec_24khz. "
                        "Available: " + models)
        ->capture_default_str();
    command->add_option("--bandwidth", flags->bandwidth, "Bandwidth (encodec / funcodec only)");
    command->add_option("--n_quantizers", flags->numQuantizers, "Number of quantizers (dac / mimi only)");
    command->add_flag("--stereo", o.stereo, "Encode the two channels separately (_c0, _c1) instead of their mean");
    command->add_flag("--file_per_chunk", o.filePerChunk,
                      "Write one .npy per chunk, named <stem>_c<channel>_t<seconds:06d>_<ms:03d>.npy");
    command->add_option("--extensions", o.extensions, "File extensions to encode (case-sensitive)")
        ->capture_default_str()->expected(1, -1);
    command->add_option("--audio_filter", o.audioFilter, "Keep only files whose path contains one of these")
        ->expected(1, -1);
    command->add_flag("--overwrite", o.overwrite, "Encode again files whose outputs exist");
    command->add_flag("--codec_info_only", o.codecInfoOnly, "Write only codec_info.json");
    command->add_option("--threads", o.threads, "Worker threads (default: one per core)")->check(CLI::NonNegativeNumber);

    command->callback([flags, command] {
        run(*flags, command->count("--bandwidth") > 0, command->count("--n_quantizers") > 0);
    });
}

} // namespace codecbpe::cli
