#include "bpe/BpeTrainer.h"

#include "bpe/MergeRun.h"
#include "bpe/TokenizerPrefix.h"
#include "bpe/TrainerVocabulary.h"
#include "bpe/TrainingCorpus.h"
#include "common/Progress.h"

#include <memory>

namespace codecbpe {
namespace {

// Leaves the corpus and vocabulary as before training, whether it finished or not.
class TrainingUndo {
public:
    TrainingUndo(TrainingCorpus& corpus, TrainerVocabulary& vocabulary) : m_corpus(corpus), m_vocabulary(vocabulary)
    {
    }
    ~TrainingUndo()
    {
        m_corpus.unmerge(m_vocabulary);
        m_vocabulary.resetToBase();
    }
    TrainingUndo(const TrainingUndo&) = delete;
    TrainingUndo& operator=(const TrainingUndo&) = delete;

private:
    TrainingCorpus& m_corpus;
    TrainerVocabulary& m_vocabulary;
};

std::vector<BpeMerge> learnMerges(TrainingCorpus& corpus, TrainerVocabulary& vocabulary, const TrainerOptions& options,
                                  Progress& progress, const MergeListener& onMerge, std::uint64_t& tokens)
{
    MergeRun::Settings settings;
    settings.vocabSize = std::uint64_t(options.vocabSize);
    settings.minFrequency = std::uint64_t(options.minFrequency);
    if (const auto maxLength = options.hfMaxTokenLength())
        settings.maxTokenLength = std::uint64_t(*maxLength);
    auto runOnce = [&] {
        MergeRun run(corpus, vocabulary, settings, progress, onMerge);
        std::vector<BpeMerge> merges = run.run();
        tokens = run.tokens();
        return merges;
    };
    try {
        return runOnce();
    } catch (const MergeRun::RecreatedToken&) {
        // Rare: a merge spelled an existing token. Only the exact mode follows Hugging Face from there on.
        corpus.unmerge(vocabulary);
        vocabulary.resetToBase();
        settings.exact = true;
        return runOnce();
    }
}

} // namespace

BpeTrainer::BpeTrainer(const TrainerOptions& options) : m_options(options)
{
    m_options.validate();
    m_vocabulary = std::make_unique<TrainerVocabulary>(m_options.alphabet(), m_options.finalSpecialTokens());
    m_corpus = std::make_unique<TrainingCorpus>(*m_vocabulary);
}

BpeTrainer::~BpeTrainer() = default;

void BpeTrainer::addChunk(std::u32string_view chunk)
{
    m_corpus->addChunk(chunk);
}

std::uint64_t BpeTrainer::corpusCodes() const
{
    return m_corpus->totalSymbols();
}

BpeModel BpeTrainer::train(Progress& progress, const MergeListener& onMerge)
{
    progress.throwIfCancelled();
    m_corpus->shrink();
    TrainingUndo undo(*m_corpus, *m_vocabulary);
    BpeModel model;
    m_trainedTokens = m_corpus->totalSymbols();
    if (m_options.learnsMerges())
        model.merges = TokenizerPrefix::lastRankPerPair(
            learnMerges(*m_corpus, *m_vocabulary, m_options, progress, onMerge, m_trainedTokens));
    model.vocab = m_vocabulary->texts();
    for (const std::string& token : m_options.finalSpecialTokens())
        model.addedTokens.push_back(AddedToken{*m_vocabulary->find(token), token});
    model.unkToken = m_options.unkToken;
    return model;
}

} // namespace codecbpe
