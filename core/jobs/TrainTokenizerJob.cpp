#include "jobs/TrainTokenizerJob.h"

#include "bpe/BpeTrainer.h"
#include "codes/CodesFolder.h"
#include "common/Error.h"
#include "common/Progress.h"

#include <algorithm>
#include <cmath>
#include <memory>

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

// The tokenizer before any merge (special tokens and alphabet in the trainer's id layout).
BpeModel baseModel(const TrainerOptions& options)
{
    TrainerOptions base = options;
    base.maxTokenCodebookNgrams = 0;
    NullProgress progress;
    return BpeTrainer(base).train(progress);
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

std::vector<bool> TrainTokenizerJob::heldOutMask(std::size_t count, double share)
{
    std::vector<bool> held(count, false);
    if (count < 2 || !(share > 0.0))
        return held;
    const auto wanted = std::size_t(std::llround(share * double(count)));
    const std::size_t n = std::clamp<std::size_t>(wanted, 1, count - 1);
    // The first file of each of n equal stretches: deterministic, and spread over folders sorted by path.
    for (std::size_t k = 0; k < n; ++k)
        held[k * count / n] = true;
    return held;
}

TrainTokenizerResult TrainTokenizerJob::run(Progress& progress, const CurveListener& onCurve) const
{
    const TrainerOptions& options = m_request.options;
    TrainTokenizerResult result;
    BpeTrainer trainer(options);
    std::unique_ptr<CompressionCurve> curve;
    // codec-bpe reads no file when it learns no merges.
    if (options.learnsMerges()) {
        const auto files = findCodesFiles(m_request.codesPath, m_request.codesFilter, m_request.numFiles);
        if (files.empty())
            throw Error(m_request.codesPath.string(), "no .npy code files found");
        if (!options.chunkSizeSecs && looksLikeWholeFiles(files.front()))
            result.warnings.push_back(kNoTimestampsWarning);

        const std::vector<bool> heldOut = heldOutMask(files.size(), m_request.heldOutShare);
        if (std::find(heldOut.begin(), heldOut.end(), true) != heldOut.end())
            curve = std::make_unique<CompressionCurve>(baseModel(options));
        const CodeAlphabet alphabet = options.alphabet();
        for (std::size_t i = 0; i < files.size(); ++i) {
            progress.report(std::int64_t(i), std::int64_t(files.size()), "reading codes");
            progress.throwIfCancelled();
            const CodeGrid codes = loadCodesFile(files[i], options.numCodebooks);
            if (heldOut[i]) {
                // Whole, as `codecbpe encode` encodes a file.
                const double seconds = options.codecFramerate ? double(codes.numFrames()) / *options.codecFramerate
                                                              : 0.0;
                curve->addText(alphabet.codesToChars(codes), seconds);
                result.heldOutFiles.push_back(files[i]);
                continue;
            }
            const std::int64_t chunk = options.chunkFrames().value_or(std::max<std::int64_t>(codes.numFrames(), 1));
            for (std::int64_t begin = 0; begin < codes.numFrames(); begin += chunk)
                trainer.addChunk(alphabet.codesToChars(codes.frames(begin, begin + chunk)));
        }
        result.numFiles = files.size() - result.heldOutFiles.size();
    }

    result.tokenizer.model = trainer.train(progress, [&](std::size_t index, const BpeMerge& merge) {
        // A restart (index back) voids the merges from there on.
        result.creationMerges.resize(index);
        result.creationMerges.push_back(merge);
        if (curve) {
            curve->addMerge(index, merge);
            if (onCurve)
                onCurve(*curve);
        }
    });
    if (curve) {
        result.curve = curve->points();
        result.heldOutCodes = curve->codes();
        result.heldOutSeconds = curve->seconds();
    }
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
