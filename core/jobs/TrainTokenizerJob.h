// TrainTokenizerJob: codec-bpe's train_tokenizer: a folder of .npy codes, cut into chunks of codec text, trained
// into a BPE tokenizer folder.
#pragma once

#include "bpe/TokenizerFolder.h"
#include "bpe/TrainerOptions.h"
#include "codes/CodecInfo.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
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
};

struct TrainTokenizerResult {
    TokenizerFolder tokenizer;         // the model, the special-token names and the codec it is for
    std::vector<std::string> warnings; // codec-bpe's warnings, one line each
    std::size_t numFiles = 0;
    std::uint64_t trainingCodes = 0;   // codes the trainer saw (repeated chunks included)
    std::uint64_t trainingTokens = 0;  // the same text as tokens of the trained model
};

class TrainTokenizerJob {
public:
    explicit TrainTokenizerJob(TrainTokenizerRequest request);

    // The options after codec_info.json filled the unset ones (codec-bpe's update_args_from_codec_info), validated;
    // throws Error with codec-bpe's message when the alphabet is still unknown or an option is wrong.
    const TrainerOptions& options() const { return m_request.options; }
    // codec-bpe's default save path: output/<codec_type or "codec">_bpe_<K>cb_<round(vocab_size / 1000)>k.
    std::filesystem::path defaultSavePath() const;

    // Reads the codes (progress per file) and trains (progress per merge). Throws Error naming a bad file, or
    // Cancelled.
    TrainTokenizerResult run(Progress& progress) const;

private:
    TrainTokenizerRequest m_request;
    std::optional<CodecInfo> m_codecInfo;
};

} // namespace codecbpe
