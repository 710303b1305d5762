// PrepLmDatasetJob: codec-bpe's prep_lm_dataset as the CLI and the studio run it: the tokenizer loaded, the alphabet
// and frame rate resolved (the request, then the tokenizer's codec metadata, then codec_info.json beside the codes),
// then the dataset built, with the summary and the lm-dataset-stats options for what it wrote.
#pragma once

#include "jobs/AlphabetChoice.h"
#include "jobs/LmDatasetBuilder.h"
#include "jobs/LmDatasetStats.h"
#include "jobs/LmDatasetTokenizer.h"

#include <filesystem>
#include <optional>
#include <string>

namespace codecbpe {

class Progress;

struct PrepLmDatasetRequest {
    std::filesystem::path tokenizer;
    std::optional<std::filesystem::path> idMap; // extend-tokenizer's codec_bpe_id_map.json
    AlphabetChoice alphabet;
    LmDatasetOptions dataset; // codecFramerate unset: the tokenizer's metadata, else codec_info.json
};

class PrepLmDatasetJob {
public:
    // The --format names, in the CLI's order: text, ids, jsonl, npy.
    static const char* formatName(LmDatasetFormat format);
    // Throws Error for a name that is none of them.
    static LmDatasetFormat formatNamed(const std::string& name);

    // Loads the tokenizer and resolves the alphabet and frame rate. Throws Error naming the file.
    explicit PrepLmDatasetJob(PrepLmDatasetRequest request);

    const LmDatasetOptions& options() const { return m_request.dataset; }
    const CodeAlphabet& alphabet() const { return m_alphabet; }

    // Builds and writes the dataset (atomically). Throws Error, or Cancelled having written nothing.
    LmDatasetSummary run(Progress& progress);
    // "<files> files in <groups> recordings, ... examples[ (... skipped)]; saved to <save path>".
    std::string describe(const LmDatasetSummary& summary) const;
    // lm-dataset-stats on what run() wrote, with the same audio start/end tokens (K and frame rate from its sidecar).
    LmDatasetStatsOptions statsOptions() const;

private:
    PrepLmDatasetRequest m_request;
    LmDatasetTokenizer m_tokenizer;
    CodeAlphabet m_alphabet;
};

} // namespace codecbpe
