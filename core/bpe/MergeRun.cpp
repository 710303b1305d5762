#include "bpe/MergeRun.h"

#include "common/Progress.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

namespace codecbpe {
namespace {

constexpr std::uint32_t kSeparator = TrainingCorpus::kSeparator;
// A position inside a merged token has the high bit set; at the token's last position the low bits hold the
// distance back to its start, so the previous token is found without a prev array.
constexpr std::uint32_t kInside = 0x80000000u;
constexpr std::uint32_t kAllWords = 0xFFFFFFFFu;
constexpr std::uint32_t kNone = 0xFFFFFFFFu;
// How many positions or candidates ahead memory is prefetched.
constexpr std::uint32_t kLookAhead = 8;
constexpr auto kReportInterval = std::chrono::milliseconds(100);

// Pair counts of one thread's share of the words, before they are combined.
struct LocalCounts {
    explicit LocalCounts(std::size_t expectedPairs = 0) : map(expectedPairs)
    {
        keys.reserve(expectedPairs);
        counts.reserve(expectedPairs);
        occurrences.reserve(expectedPairs);
    }

    PairMap map;
    std::vector<std::uint64_t> keys;
    std::vector<std::int64_t> counts;
    std::vector<std::uint32_t> occurrences;

    std::uint32_t add(std::uint64_t key, std::int64_t count)
    {
        std::uint32_t index = map.find(key);
        if (index == PairMap::kMissing) {
            index = std::uint32_t(keys.size());
            map.insert(key, index);
            keys.push_back(key);
            counts.push_back(0);
            occurrences.push_back(0);
        }
        counts[index] += count;
        ++occurrences[index];
        return index;
    }
};

} // namespace

MergeRun::MergeRun(TrainingCorpus& corpus, TrainerVocabulary& vocabulary, Settings settings, Progress& progress,
                   MergeListener onMerge)
    : m_corpus(corpus),
      m_symbols(corpus.symbols()),
      m_vocabulary(vocabulary),
      m_settings(settings),
      m_progress(progress),
      m_onMerge(std::move(onMerge)),
      m_keepThreshold(settings.exact ? 1 : std::max<std::uint64_t>(1, settings.minFrequency))
{
    for (const TrainingCorpus::Word& word : corpus.words()) {
        m_wordStarts.push_back(word.start);
        m_wordCounts.push_back(word.count);
        m_tokens += word.length * word.count;
    }
}

std::vector<BpeMerge> MergeRun::run()
{
    m_lastReport = std::chrono::steady_clock::now();
    if (m_vocabulary.size() >= m_settings.vocabSize)
        return {};
    countInitialPairs();
    reportProgress(true);

    while (m_vocabulary.size() < m_settings.vocabSize && !m_heap.empty()) {
        Entry top = pop();
        const Slot& slot = m_slots[top.slot];
        // Hugging Face keeps counts as i32 and compares them as u64; negative counts never reach the heap.
        const auto current = std::uint64_t(slot.count);
        if (top.count != current) {
            top.count = current;
            push(top);
            continue;
        }
        if (top.count < 1 || m_settings.minFrequency > top.count)
            break;
        mergeEntry(top);
        releaseWordSet(top.wordSet);
        m_progress.throwIfCancelled();
        reportProgress(false);
    }
    reportProgress(true);
    return std::move(m_merges);
}

void MergeRun::countInitialPairs()
{
    // Codec text repeats its pairs: about one new pair in eight positions (for each thread's half).
    const std::size_t expectedPairs = m_symbols.size() / 16;
    LocalCounts mine(expectedPairs);
    LocalCounts theirs(expectedPairs);
    // Each position's pair as an index into its thread's counts, so that the occurrence lists are filled below
    // without hashing every position again.
    std::vector<std::uint32_t> pairAt(m_symbols.size());
    forWordsOnTwoThreads([&](int thread, const TrainingCorpus::Word& word) {
        LocalCounts& local = thread == 0 ? mine : theirs;
        const auto count = std::int64_t(word.count);
        const std::uint32_t last = word.start + word.length - 1;
        for (std::uint32_t p = word.start; p < last; ++p) {
            if (p + kLookAhead < last)
                local.map.prefetch(PairMap::key(m_symbols[p + kLookAhead], m_symbols[p + kLookAhead + 1]));
            pairAt[p] = local.add(PairMap::key(m_symbols[p], m_symbols[p + 1]), count);
        }
    });

    // Combine into the first thread's counts, keeping its share of each pair's occurrences: where the second
    // thread starts writing them.
    std::vector<std::uint32_t> firstShare = mine.occurrences;
    std::vector<std::uint32_t> theirsInMine(theirs.keys.size());
    theirs.map = PairMap(); // only its key list is needed from here on
    for (std::size_t i = 0; i < theirs.keys.size(); ++i) {
        std::uint32_t index = mine.map.find(theirs.keys[i]);
        if (index == PairMap::kMissing) {
            index = std::uint32_t(mine.keys.size());
            mine.map.insert(theirs.keys[i], index);
            mine.keys.push_back(theirs.keys[i]);
            mine.counts.push_back(0);
            mine.occurrences.push_back(0);
            firstShare.push_back(0);
        }
        mine.counts[index] += theirs.counts[i];
        mine.occurrences[index] += theirs.occurrences[i];
        theirsInMine[i] = index;
    }
    theirs = LocalCounts();

    std::size_t kept = 0;
    for (std::int64_t count : mine.counts)
        kept += std::uint64_t(count) >= m_keepThreshold;
    m_pairs = PairMap(kept);
    m_slots.reserve(kept);
    m_heap.reserve(kept);
    std::vector<std::uint32_t> slotOf(mine.keys.size(), PairMap::kMissing);
    std::vector<std::uint32_t> cursors[2];
    std::vector<std::uint32_t> listSizes;
    for (std::size_t i = 0; i < mine.keys.size(); ++i) {
        if (std::uint64_t(mine.counts[i]) < m_keepThreshold)
            continue;
        const std::uint32_t index = newSlot(mine.keys[i]);
        slotOf[i] = index;
        m_slots[index].count = mine.counts[i];
        listSizes.push_back(mine.occurrences[i]);
        cursors[0].push_back(0);
        cursors[1].push_back(firstShare[i]);
        // Every word holding an initial pair is in its entry's set, and initial pairs never reappear elsewhere.
        m_heap.push_back(Entry{std::uint64_t(mine.counts[i]), PairMap::left(mine.keys[i]),
                               PairMap::right(mine.keys[i]), index, m_sequence++, kAllWords});
    }
    std::make_heap(m_heap.begin(), m_heap.end(), EntryBelow());
    // Free the counting maps before the lists take their place: the peak memory is here.
    mine = LocalCounts();
    firstShare = {};
    for (std::size_t slot = 0; slot < listSizes.size(); ++slot)
        m_slots[slot].occurrences.resize(listSizes[slot]);
    for (std::uint32_t& index : theirsInMine)
        index = slotOf[index];
    const std::vector<std::uint32_t>* slotsByThread[2] = {&slotOf, &theirsInMine};

    // The occurrence lists, in corpus order: each thread fills its own part of every list.
    forWordsOnTwoThreads([&](int thread, const TrainingCorpus::Word& word) {
        const std::vector<std::uint32_t>& slots = *slotsByThread[thread];
        std::vector<std::uint32_t>& cursor = cursors[thread];
        for (std::uint32_t p = word.start; p + 1 < word.start + word.length; ++p) {
            const std::uint32_t index = slots[pairAt[p]];
            if (index != PairMap::kMissing)
                m_slots[index].occurrences[cursor[index]++] = p;
        }
    });
}

template<typename PerWord>
void MergeRun::forWordsOnTwoThreads(PerWord perWord)
{
    // Thread 0 (the caller, which polls for cancellation) takes the first half of the symbols, thread 1 the rest.
    const auto& words = m_corpus.words();
    std::size_t split = 0;
    std::uint64_t seen = 0;
    const std::uint64_t half = (m_symbols.size() - words.size()) / 2;
    while (split < words.size() && seen < half)
        seen += words[split++].length;

    std::atomic<bool> stop{false};
    std::thread helper([&] {
        for (std::size_t w = split; w < words.size() && !stop; ++w)
            perWord(1, words[w]);
    });
    for (std::size_t w = 0; w < split && !stop; ++w) {
        if (m_progress.cancelled())
            stop = true;
        else
            perWord(0, words[w]);
    }
    if (!stop && m_progress.cancelled())
        stop = true;
    helper.join();
    if (stop)
        throw Cancelled();
}

void MergeRun::mergeEntry(const Entry& top)
{
    const std::uint32_t left = top.left;
    const std::uint32_t right = top.right;
    std::string text = m_vocabulary.text(left) + m_vocabulary.text(right);
    TokenId merged = 0;
    if (const auto existing = m_vocabulary.find(text)) {
        if (!m_settings.exact)
            throw RecreatedToken();
        merged = *existing;
    } else {
        merged = m_vocabulary.add(std::move(text), m_vocabulary.length(left) + m_vocabulary.length(right));
    }
    m_merges.push_back(BpeMerge{left, right, merged});
    if (m_onMerge)
        m_onMerge(m_merges.size() - 1, m_merges.back());
    m_mergedToken = merged;

    const std::uint32_t leftLength = m_vocabulary.length(left);
    const std::uint32_t rightLength = m_vocabulary.length(right);
    const std::uint32_t mergedLength = leftLength + rightLength;
    const std::uint64_t maxLength = m_settings.maxTokenLength;

    const std::uint32_t pairSlot = top.slot;
    std::vector<std::uint32_t> candidates = std::move(m_slots[pairSlot].occurrences);
    m_slots[pairSlot].occurrences = {};
    // Left to right within a word, as Word::merge scans: overlapping runs ("AAAA") merge greedily.
    if (!std::is_sorted(candidates.begin(), candidates.end()))
        std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    const bool filtered = top.wordSet != kAllWords;
    if (filtered) {
        if (m_wordStamps.empty())
            m_wordStamps.assign(m_wordStarts.size(), 0);
        ++m_stamp;
        for (std::uint32_t w : m_wordSets[top.wordSet])
            m_wordStamps[w] = m_stamp;
    }

    std::vector<std::uint32_t> untouched;
    std::size_t word = 0;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        prefetchSymbols(candidates, c);
        const std::uint32_t p = candidates[c];
        if (m_symbols[p] != left)
            continue;
        const std::uint32_t q = p + leftLength;
        if (m_symbols[q] != right)
            continue;
        while (word + 1 < m_wordStarts.size() && m_wordStarts[word + 1] <= p)
            ++word;
        if (filtered && m_wordStamps[word] != m_stamp) {
            untouched.push_back(p);
            continue;
        }
        const auto count = std::int64_t(m_wordCounts[word]);

        const std::uint32_t before = previousStart(p);
        if (before != kSeparator) {
            const std::uint32_t previous = m_symbols[before];
            if (previous == merged)
                change(previous, left, -count);
            else
                m_lossBefore.add(previous, count);
            if (m_vocabulary.length(previous) + std::uint64_t(mergedLength) < maxLength)
                gain(previous, merged, count, before, std::uint32_t(word));
        }

        m_symbols[p] = merged;
        if (leftLength > 1)
            m_symbols[p + leftLength - 1] = kInside;
        if (rightLength > 1)
            m_symbols[q] = kInside;
        m_symbols[q + rightLength - 1] = kInside | (mergedLength - 1);

        const std::uint32_t after = p + mergedLength;
        if (m_symbols[after] != kSeparator) {
            const std::uint32_t next = m_symbols[after];
            if (next == merged)
                change(right, next, -count);
            else
                m_lossAfter.add(next, count);
            if (m_vocabulary.length(next) + std::uint64_t(mergedLength) < maxLength)
                gain(merged, next, count, p, std::uint32_t(word));
        }
        m_tokens -= std::uint64_t(count);
    }
    // Only words outside the entry's set keep occurrences (exact mode); the pair's count stays as Hugging Face
    // leaves it: no change is emitted for the merged pair itself.
    m_slots[pairSlot].occurrences = std::move(untouched);
    settleLosses(m_lossBefore, [left](std::uint32_t x) { return PairMap::key(x, left); });
    settleLosses(m_lossAfter, [right](std::uint32_t y) { return PairMap::key(right, y); });
    settleNewPairs();
}

void MergeRun::prefetchSymbols(const std::vector<std::uint32_t>& candidates, std::size_t current) const
{
    if (current + kLookAhead < candidates.size())
        __builtin_prefetch(&m_symbols[candidates[current + kLookAhead]]);
}

void MergeRun::NeighbourLosses::add(std::uint32_t neighbour, std::int64_t count)
{
    if (neighbour >= amounts.size())
        amounts.resize(neighbour + 1024, 0);
    if (amounts[neighbour] == 0)
        touched.push_back(neighbour);
    amounts[neighbour] += count;
}

template<typename KeyOf>
void MergeRun::settleLosses(NeighbourLosses& losses, KeyOf keyOf)
{
    // A pair missing here was never counted positively (too long, or dropped as too rare): nothing reads it.
    for (std::uint32_t neighbour : losses.touched) {
        const std::uint32_t index = m_pairs.find(keyOf(neighbour));
        if (index != PairMap::kMissing)
            m_slots[index].count -= losses.amounts[neighbour];
        losses.amounts[neighbour] = 0;
    }
    losses.touched.clear();
}

void MergeRun::change(std::uint32_t left, std::uint32_t right, std::int64_t delta)
{
    m_newPairs[newPairIndex(left, right)].delta += delta;
}

void MergeRun::gain(std::uint32_t left, std::uint32_t right, std::int64_t delta, std::uint32_t position,
                    std::uint32_t word)
{
    const std::uint32_t index = newPairIndex(left, right);
    m_newPairs[index].delta += delta;
    ++m_newPairs[index].gains;
    m_gains.push_back(Gain{index, position, word});
}

std::uint32_t MergeRun::newPairIndex(std::uint32_t left, std::uint32_t right)
{
    if (m_newPairByLeft.size() < m_vocabulary.size()) {
        m_newPairByLeft.resize(m_vocabulary.size() + 1024, kNone);
        m_newPairByRight.resize(m_vocabulary.size() + 1024, kNone);
    }
    std::uint32_t& index = right == m_mergedToken ? m_newPairByLeft[left] : m_newPairByRight[right];
    if (index == kNone) {
        index = std::uint32_t(m_newPairs.size());
        m_newPairs.push_back(NewPair{PairMap::key(left, right), 0, 0});
    }
    return index;
}

void MergeRun::settleNewPairs()
{
    // Group the gained positions by pair (counting sort; positions stay in corpus order within a pair).
    std::vector<std::uint32_t>& order = m_gainOrder;
    order.assign(m_newPairs.size() + 1, 0);
    for (std::size_t i = 0; i < m_newPairs.size(); ++i)
        order[i + 1] = order[i] + m_newPairs[i].gains;
    std::vector<Gain> grouped(m_gains.size());
    for (const Gain& g : m_gains)
        grouped[order[g.newPair]++] = g;

    std::size_t begin = 0;
    for (const NewPair& pair : m_newPairs) {
        const std::size_t end = begin + pair.gains;
        std::uint32_t index = m_pairs.find(pair.key);
        if (index != PairMap::kMissing) {
            if (!m_settings.exact && pair.gains > 0)
                throw RecreatedToken(); // a pair gaining in two merges: only the exact mode follows that
            m_slots[index].count += pair.delta;
        } else if (pair.gains > 0 && (m_settings.exact || pair.delta >= std::int64_t(m_keepThreshold))) {
            index = newSlot(pair.key);
            m_slots[index].count = pair.delta;
        }
        if (index != PairMap::kMissing && pair.gains > 0) {
            Slot& slot = m_slots[index];
            for (std::size_t g = begin; g < end; ++g)
                slot.occurrences.push_back(grouped[g].position);
            // Hugging Face's drain of where_to_update: pushed with its total count and the words where it gained.
            if (slot.count > 0 && std::uint64_t(slot.count) >= m_keepThreshold) {
                std::uint32_t wordSet = kAllWords;
                if (m_settings.exact) {
                    std::vector<std::uint32_t> words;
                    for (std::size_t g = begin; g < end; ++g) {
                        if (words.empty() || words.back() != grouped[g].word)
                            words.push_back(grouped[g].word);
                    }
                    wordSet = storeWordSet(std::move(words));
                }
                push(Entry{std::uint64_t(slot.count), PairMap::left(pair.key), PairMap::right(pair.key), index, 0,
                           wordSet});
            }
        }
        begin = end;
        const std::uint32_t right = PairMap::right(pair.key);
        (right == m_mergedToken ? m_newPairByLeft[PairMap::left(pair.key)] : m_newPairByRight[right]) = kNone;
    }
    m_newPairs.clear();
    m_gains.clear();
}

void MergeRun::push(Entry entry)
{
    entry.sequence = m_sequence++;
    m_heap.push_back(entry);
    std::push_heap(m_heap.begin(), m_heap.end(), EntryBelow());
}

MergeRun::Entry MergeRun::pop()
{
    std::pop_heap(m_heap.begin(), m_heap.end(), EntryBelow());
    const Entry top = m_heap.back();
    m_heap.pop_back();
    return top;
}

std::uint32_t MergeRun::newSlot(std::uint64_t key)
{
    const auto index = std::uint32_t(m_slots.size());
    m_slots.emplace_back();
    m_pairs.insert(key, index);
    return index;
}

std::uint32_t MergeRun::storeWordSet(std::vector<std::uint32_t> words)
{
    if (!m_freeWordSets.empty()) {
        const std::uint32_t index = m_freeWordSets.back();
        m_freeWordSets.pop_back();
        m_wordSets[index] = std::move(words);
        return index;
    }
    m_wordSets.push_back(std::move(words));
    return std::uint32_t(m_wordSets.size() - 1);
}

void MergeRun::releaseWordSet(std::uint32_t index)
{
    if (index == kAllWords)
        return;
    m_wordSets[index] = {};
    m_freeWordSets.push_back(index);
}

std::uint32_t MergeRun::previousStart(std::uint32_t position) const
{
    const std::uint32_t value = m_symbols[position - 1];
    if (value == kSeparator)
        return kSeparator;
    if (value < kInside)
        return position - 1;
    return position - 1 - (value & ~kInside);
}

void MergeRun::reportProgress(bool force)
{
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - m_lastReport < kReportInterval)
        return;
    m_lastReport = now;
    char message[64];
    std::snprintf(message, sizeof message, "compression %.2f codes/token",
                  m_tokens ? double(m_corpus.totalSymbols()) / double(m_tokens) : 0.0);
    const std::int64_t target = std::int64_t(m_settings.vocabSize) - std::int64_t(m_vocabulary.baseSize());
    m_progress.report(std::int64_t(m_merges.size()), std::max<std::int64_t>(target, 0), message);
}

} // namespace codecbpe
