// BpeTrainer: learns a BPE model from streamed codec text with merges identical to Hugging Face's BpeTrainer as
// codec-bpe configures it, in time proportional to the occurrences each merge changes.
#pragma once

#include "bpe/BpeModel.h"
#include "bpe/TrainerOptions.h"

#include <cstdint>
#include <memory>
#include <string_view>

namespace codecbpe {

class Progress;
class TrainerVocabulary;
class TrainingCorpus;

class BpeTrainer {
public:
    // Validates the options (TrainerOptions::validate) and throws Error on the first problem.
    explicit BpeTrainer(const TrainerOptions& options);
    ~BpeTrainer();
    BpeTrainer(const BpeTrainer&) = delete;
    BpeTrainer& operator=(const BpeTrainer&) = delete;

    // One training sequence (a chunk of codec text): a Hugging Face "word" unless it holds spaces or U+2581.
    // Characters outside the code alphabet are skipped, so their neighbours become adjacent.
    void addChunk(std::u32string_view chunk);

    // Runs the merges; reports (merges done, merge target, "compression x.xx codes/token") and throws Cancelled
    // when progress.cancelled(). `onMerge` sees each merge as it is made (the studio's live held-out plot). The
    // trainer keeps its corpus, so train may be called again.
    BpeModel train(Progress& progress, const MergeListener& onMerge = {});

    const TrainerOptions& options() const { return m_options; }
    // Codes fed so far (characters that training keeps), word repeats included.
    std::uint64_t corpusCodes() const;
    // Tokens of the training set under the last trained model: corpusCodes() / trainedTokens() is its compression.
    std::uint64_t trainedTokens() const { return m_trainedTokens; }

private:
    TrainerOptions m_options;
    std::unique_ptr<TrainerVocabulary> m_vocabulary;
    std::unique_ptr<TrainingCorpus> m_corpus;
    std::uint64_t m_trainedTokens = 0;
};

} // namespace codecbpe
