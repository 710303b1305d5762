#include "jobs/TrainTokenizerJob.h"

#include "bpe/BpeTrainer.h"
#include "codes/CodesFolder.h"
#include "common/Error.h"
#include "common/Progress.h"

#include <cmath>

namespace codecbpe {
namespace {

const char* const kNoTimestampsWarning =
    "The codes files do not have start timestamps, indicating they represent full-length encoded audio files rather "
    "than chunks. It is recommended to set `--chunk_size_secs` to a small value (e.g. 30) to avoid the tokenizer "
    "training on very long sequences. Training on very long sequences of audio codes can lead to memory issues and "
    "poor BPE merges.";

// codec-bpe's file-name heuristic: codes_files[0].split("_")[-1].startswith("c") means "<stem>_c<channel>.npy",
// a whole encoded file rather than a timestamped chunk.
bool looksLikeWholeFiles(const std::filesystem::path& first)
{
    const std::string path = first.string();
    const std::size_t underscore = path.rfind('_');
    const std::string last = underscore == std::string::npos ? path : path.substr(underscore + 1);
    return !last.empty() && last[0] == 'c';
}

} // namespace

TrainTokenizerJob::TrainTokenizerJob(TrainTokenizerRequest request) : m_request(std::move(request))
{
    TrainerOptions& options = m_request.options;
    // Before looking for codec_info.json, whose absence would otherwise be the (misleading) complaint.
    std::error_code ec;
    if (!std::filesystem::is_directory(m_request.codesPath, ec))
        throw Error(m_request.codesPath.string(), std::filesystem::exists(m_request.codesPath, ec)
                                                      ? "not a folder" : "no such folder");
    m_codecInfo = findCodecInfo(m_request.codesPath);
    if (m_codecInfo) {
        if (options.numCodebooks == 0)
            options.numCodebooks = m_codecInfo->numCodebooks;
        if (options.codebookSize == 0)
            options.codebookSize = m_codecInfo->codebookSize;
        if (!options.codecFramerate)
            options.codecFramerate = m_codecInfo->framerate;
    }
    if (options.numCodebooks == 0 || options.codebookSize == 0)
        throw Error(m_request.codesPath.string(),
                    "codec_info.json does not exist in --codes_path so you must specify --num_codebooks and "
                    "--codebook_size manually.");
    options.validate();
}

std::filesystem::path TrainTokenizerJob::defaultSavePath() const
{
    const std::string codecType = m_codecInfo ? m_codecInfo->codecType : "codec";
    // Python's round() on vocab_size / 1000: halves go to the even neighbour (30500 -> 30k, 31500 -> 32k).
    const auto thousands = std::int64_t(std::nearbyint(double(m_request.options.vocabSize) / 1000.0));
    return std::filesystem::path("output") / (codecType + "_bpe_" + std::to_string(m_request.options.numCodebooks) +
                                              "cb_" + std::to_string(thousands) + "k");
}

TrainTokenizerResult TrainTokenizerJob::run(Progress& progress) const
{
    const TrainerOptions& options = m_request.options;
    TrainTokenizerResult result;
    BpeTrainer trainer(options);
    // codec-bpe reads no file when it learns no merges.
    if (options.learnsMerges()) {
        const auto files = findCodesFiles(m_request.codesPath, m_request.codesFilter, m_request.numFiles);
        if (files.empty())
            throw Error(m_request.codesPath.string(), "no .npy code files found");
        if (!options.chunkSizeSecs && looksLikeWholeFiles(files.front()))
            result.warnings.push_back(kNoTimestampsWarning);

        const CodeAlphabet alphabet = options.alphabet();
        for (std::size_t i = 0; i < files.size(); ++i) {
            progress.report(std::int64_t(i), std::int64_t(files.size()), "reading codes");
            progress.throwIfCancelled();
            const CodeGrid codes = loadCodesFile(files[i], options.numCodebooks);
            const std::int64_t chunk = options.chunkFrames().value_or(std::max<std::int64_t>(codes.numFrames(), 1));
            for (std::int64_t begin = 0; begin < codes.numFrames(); begin += chunk)
                trainer.addChunk(alphabet.codesToChars(codes.frames(begin, begin + chunk)));
        }
        result.numFiles = files.size();
    }

    result.tokenizer.model = trainer.train(progress);
    result.tokenizer.specialTokens =
        SpecialTokenNames{options.bosToken, options.eosToken, options.unkToken, options.padToken};
    CodecMetadata codec;
    codec.numCodebooks = options.numCodebooks;
    codec.codebookSize = options.codebookSize;
    codec.unicodeOffset = options.unicodeOffset;
    codec.codecFramerate = options.codecFramerate;
    if (m_codecInfo) {
        codec.codecType = m_codecInfo->codecType;
        codec.codecModel = m_codecInfo->codecModel;
    }
    result.tokenizer.codec = codec;
    result.trainingCodes = trainer.corpusCodes();
    result.trainingTokens = trainer.trainedTokens();
    return result;
}

} // namespace codecbpe
