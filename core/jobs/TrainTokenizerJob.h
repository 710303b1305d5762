// TrainTokenizerJob: codec-bpe's train_tokenizer: a folder of .npy codes, cut into chunks of codec text, trained
// into a BPE tokenizer folder; optionally with a share of the files held out to measure compression as it trains.
#pragma once

#include "analysis/CompressionCurve.h"
#include "bpe/TokenizerFolder.h"
#include "bpe/TrainerOptions.h"
#include "codes/CodecInfo.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace codecbpe {

class Progress;

struct TrainTokenizerRequest {
    std::filesystem::path codesPath;
    // numCodebooks / codebookSize 0 and codecFramerate unset are filled from <codesPath>/codec_info.json.
    TrainerOptions options;
    std::vector<std::string> codesFilter;
    std::optional<std::size_t> numFiles;
    // Share of the files (0..1) kept out of training and encoded after each merge for the compression curve:
    // round(share x files), at least one and leaving one to train on: the first of each of that many equal
    // stretches of the sorted list.
    double heldOutShare = 0.0;
};

struct TrainTokenizerResult {
    TokenizerFolder tokenizer;         // the model, the special-token names and the codec it is for
    std::vector<std::string> warnings; // codec-bpe's warnings, one line each
    std::size_t numFiles = 0;
    std::uint64_t trainingCodes = 0;   // codes the trainer saw (repeated chunks included)
    std::uint64_t trainingTokens = 0;  // the same text as tokens of the trained model
    std::vector<BpeMerge> creationMerges;           // in the order training made them (TokenizerPrefix)
    std::vector<std::filesystem::path> heldOutFiles;
    std::vector<CompressionCurve::Point> curve;     // held-out tokens per vocabulary size; empty without held-out
    std::uint64_t heldOutCodes = 0;
    double heldOutSeconds = 0.0;                    // 0 when the frame rate is unknown
};

class TrainTokenizerJob {
public:
    explicit TrainTokenizerJob(TrainTokenizerRequest request);

    // The options after codec_info.json filled the unset ones (codec-bpe's update_args_from_codec_info), validated;
    // throws Error with codec-bpe's message when the alphabet is still unknown or an option is wrong.
    const TrainerOptions& options() const { return m_request.options; }
    // codec-bpe's default save path: output/<codec_type or "codec">_bpe_<K>cb_<round(vocab_size / 1000)>k.
    std::filesystem::path defaultSavePath() const;

    // Which of `count` sorted files are held out for `share` (see TrainTokenizerRequest::heldOutShare).
    static std::vector<bool> heldOutMask(std::size_t count, double share);

    // Told after each merge, on the thread that runs the job, of the held-out curve so far.
    using CurveListener = std::function<void(const CompressionCurve& curve)>;

    // Reads the codes (progress per file) and trains (progress per merge). Throws Error naming a bad file, or
    // Cancelled.
    TrainTokenizerResult run(Progress& progress, const CurveListener& onCurve = {}) const;

private:
    TrainTokenizerRequest m_request;
    std::optional<CodecInfo> m_codecInfo;
};

} // namespace codecbpe
