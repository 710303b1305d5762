// MergeRun: one run of Hugging Face's BpeTrainer merge loop over a TrainingCorpus, rewriting the corpus in place.
// An incremental pair index (occurrence lists per pair, counts, a lazy max-heap) makes a merge cost time in
// proportion to the occurrences it changes, where Hugging Face rescans every word that holds the pair.
// The index holds only the pairs counted at least a threshold chosen from the merges still to make (most pairs are
// far too rare to be merged, and they would take most of the memory); when the best indexed pair falls below it,
// the index is rebuilt from the corpus with a lower threshold.
#pragma once

#include "bpe/BpeModel.h"
#include "bpe/PairMap.h"
#include "bpe/TrainerVocabulary.h"
#include "bpe/TrainingCorpus.h"

#include <chrono>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace codecbpe {

class Progress;

class MergeRun {
public:
    struct Settings {
        std::uint64_t vocabSize = 30000;
        std::uint64_t minFrequency = 0;
        std::uint64_t maxTokenLength = std::numeric_limits<std::uint64_t>::max(); // exclusive, as Hugging Face's
        // Exact mode keeps Hugging Face's per-entry word sets and every positive pair, which only matter once a
        // merge re-creates an existing token; the fast mode leaves them out and throws RecreatedToken instead.
        bool exact = false;
        // Fast mode: the index keeps about this many pairs per merge still to make, at least one (a lower value
        // saves memory and rebuilds the index more often; the merges are the same).
        std::uint64_t indexedPairsPerMerge = 2;
    };
    struct RecreatedToken {};

    MergeRun(TrainingCorpus& corpus, TrainerVocabulary& vocabulary, Settings settings, Progress& progress,
             MergeListener onMerge = {});

    // All merges in creation order (a pair merged twice appears twice, as in Hugging Face's list).
    std::vector<BpeMerge> run();
    // Tokens of the training set after the merges (word repeats included).
    std::uint64_t tokens() const { return m_tokens; }

private:
    struct Slot {
        std::int64_t count = 0;
        std::vector<std::uint32_t> occurrences; // positions of its left symbol; stale ones are skipped when read
    };
    struct Entry {
        std::uint64_t count;
        std::uint32_t left;
        std::uint32_t right;
        std::uint32_t slot;
        std::uint32_t sequence; // push order: decides between equal (count, pair) entries, oldest first
        std::uint32_t wordSet;  // kAllWords or an index into m_wordSets: the words this entry merges
    };
    struct EntryBelow {
        bool operator()(const Entry& a, const Entry& b) const
        {
            if (a.count != b.count)
                return a.count < b.count;
            if (a.left != b.left)
                return a.left > b.left;
            if (a.right != b.right)
                return a.right > b.right;
            return a.sequence > b.sequence;
        }
    };

    // (Re)builds the index from the corpus as it stands: every pair counted at least the threshold it chooses.
    void indexPairs();
    // The count of about the indexedPairsPerMerge * (merges to make)-th best pair, over both threads' counts.
    std::uint64_t chooseThreshold(const std::vector<std::int64_t>& first,
                                  const std::vector<std::int64_t>& second) const;
    // Runs perWord(thread, word) over all words on each of two threads; throws Cancelled if progress says so.
    template<typename PerWord>
    void forWordsOnTwoThreads(PerWord perWord);
    // Runs perPair(position, key) over the token pairs of a word that `thread` owns and that may become a token
    // (Hugging Face's max_token_length), prefetching from `map` the owned pairs a few positions ahead.
    template<typename PerPair>
    void forPairsOfWord(const TrainingCorpus::Word& word, int thread, const PairMap& map, PerPair perPair) const;
    void mergeEntry(const Entry& top);
    void prefetchSymbols(const std::vector<std::uint32_t>& candidates, std::size_t current) const;
    // The pair counts a merge changes. The pairs it breaks, (x, left) and (right, y), lose counts gathered per
    // neighbour x or y, so each such pair is looked up once per merge, not once per occurrence. Pairs holding the
    // new token are gathered per merge too (they are new in the fast mode, and most turn out too rare to keep).
    struct NeighbourLosses {
        std::vector<std::int64_t> amounts; // by neighbour token id
        std::vector<std::uint32_t> touched;
        void add(std::uint32_t neighbour, std::int64_t count);
    };
    template<typename KeyOf>
    void settleLosses(NeighbourLosses& losses, KeyOf keyOf);
    void change(std::uint32_t left, std::uint32_t right, std::int64_t delta);
    void gain(std::uint32_t left, std::uint32_t right, std::int64_t delta, std::uint32_t position);
    std::uint32_t newPairIndex(std::uint32_t left, std::uint32_t right);
    void settleNewPairs();
    void push(Entry entry);
    Entry pop();
    std::uint32_t newSlot(std::uint64_t key);
    std::uint32_t storeWordSet(std::vector<std::uint32_t> words);
    void releaseWordSet(std::uint32_t index);
    std::uint32_t wordOf(std::uint32_t position) const;
    std::uint32_t previousStart(std::uint32_t position) const;
    void reportProgress(bool force);

    TrainingCorpus& m_corpus;
    std::vector<std::uint32_t>& m_symbols;
    TrainerVocabulary& m_vocabulary;
    Settings m_settings;
    Progress& m_progress;
    MergeListener m_onMerge;
    std::uint64_t m_keepThreshold; // pairs counted below it are dropped (fast mode): they can never be merged
    // Pairs counted below it are left out of the index; every pair counted at least it is in the index. A pair's
    // count never rises after the merge that creates it (fast mode), so the best indexed pair is the best of all
    // as long as its count reaches the threshold.
    std::uint64_t m_threshold = 1;
    std::uint32_t m_rebuilds = 0;       // index rebuilds after the first
    std::size_t m_countedPairs = 0;     // distinct pairs the last index counted

    std::vector<std::uint32_t> m_wordStarts;
    std::vector<std::uint64_t> m_wordCounts;
    std::vector<std::uint32_t> m_wordStamps;
    std::uint32_t m_stamp = 0;

    PairMap m_pairs;
    std::vector<Slot> m_slots;
    std::vector<Entry> m_heap;
    std::uint32_t m_sequence = 0;
    std::vector<std::vector<std::uint32_t>> m_wordSets;
    std::vector<std::uint32_t> m_freeWordSets;

    // This merge's pairs with the new token: Hugging Face's where_to_update, plus their count changes.
    struct NewPair {
        std::uint64_t key;
        std::int64_t delta;
        std::uint32_t gains; // occurrences it gained
    };
    struct Gain {
        std::uint32_t newPair;
        std::uint32_t position;
    };
    std::uint32_t m_mergedToken = 0;
    NeighbourLosses m_lossBefore; // pairs (x, left)
    NeighbourLosses m_lossAfter;  // pairs (right, y)
    std::vector<std::uint32_t> m_newPairByLeft;  // (x, merged) -> index into m_newPairs
    std::vector<std::uint32_t> m_newPairByRight; // (merged, x), x != merged -> index into m_newPairs
    std::vector<NewPair> m_newPairs;
    std::vector<Gain> m_gains;
    std::vector<std::uint32_t> m_newPairSlots; // slot of each new pair that keeps its gains, or kNone

    std::vector<BpeMerge> m_merges;
    std::uint64_t m_tokens = 0; // current token count of the training set, word counts included
    std::chrono::steady_clock::time_point m_lastReport;
};

} // namespace codecbpe
