#include "bpe/MergeRun.h"

#include "common/Progress.h"

#include <algorithm>
#include <atomic>
#include <functional>
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
// Gained positions whose room is kept from one merge to the next (1 MB).
constexpr std::size_t kKeptGains = 1 << 17;

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

// Which of the two counting threads owns a pair: one bit of a multiplicative hash, so that the pairs split evenly.
int ownerOf(std::uint64_t key)
{
    return int((key * 0x9E3779B97F4A7C15ull) >> 63);
}

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
    indexPairs();
    reportProgress(true);

    while (m_vocabulary.size() < m_settings.vocabSize) {
        if (m_heap.empty()) {
            if (m_threshold <= m_keepThreshold)
                break;
            ++m_rebuilds;
            indexPairs(); // pairs left out of the index may still be merged
            continue;
        }
        Entry top = pop();
        const Slot& slot = m_slots[top.slot];
        // Hugging Face keeps counts as i32 and compares them as u64; negative counts never reach the heap.
        const auto current = std::uint64_t(slot.count);
        if (top.count != current) {
            top.count = current;
            push(top);
            continue;
        }
        if (top.count < m_threshold && m_threshold > m_keepThreshold) {
            ++m_rebuilds;
            indexPairs(); // a pair left out of the index may now be the best
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

void MergeRun::indexPairs()
{
    // The previous index goes first: counting every pair below is where the memory peaks.
    m_pairs = PairMap();
    m_slots = std::vector<Slot>();
    m_heap = std::vector<Entry>();
    m_wordSets.clear();
    m_freeWordSets.clear();

    // Each thread counts the pairs it owns over the whole corpus, so every pair is counted once, in one place.
    // Codec text repeats its pairs: about one new pair in eight positions, half of them for each thread. Merged
    // tokens make about twice as many distinct pairs by the time of a rebuild: sized for them, no table grows
    // (which would hold the old and the new table at once), and the lists' unused room is never touched.
    const std::size_t expectedPairs = std::max(m_symbols.size() / 16, m_countedPairs * 5 / 4);
    LocalCounts counts[2] = {LocalCounts(expectedPairs), LocalCounts(expectedPairs)};
    forWordsOnTwoThreads([&](int thread, const TrainingCorpus::Word& word) {
        LocalCounts& local = counts[thread];
        const auto count = std::int64_t(word.count);
        forPairsOfWord(word, thread, local.map, [&](std::uint32_t, std::uint64_t key) { local.add(key, count); });
    });
    for (LocalCounts& local : counts)
        local.map = PairMap();
    m_countedPairs = counts[0].keys.size() + counts[1].keys.size();

    m_threshold = chooseThreshold(counts[0].counts, counts[1].counts);
    std::size_t kept = 0;
    for (const LocalCounts& local : counts)
        for (std::int64_t count : local.counts)
            kept += std::uint64_t(count) >= m_threshold;
    m_pairs = PairMap(kept);
    m_slots.reserve(kept);
    m_heap.reserve(kept);
    for (LocalCounts& local : counts) {
        for (std::size_t i = 0; i < local.keys.size(); ++i) {
            if (std::uint64_t(local.counts[i]) < m_threshold)
                continue;
            const std::uint32_t index = newSlot(local.keys[i]);
            m_slots[index].count = local.counts[i];
            m_slots[index].occurrences.reserve(local.occurrences[i]);
            // Every word holding a pair is in its entry's set (an index is rebuilt only in the fast mode).
            m_heap.push_back(Entry{std::uint64_t(local.counts[i]), PairMap::left(local.keys[i]),
                                   PairMap::right(local.keys[i]), index, m_sequence++, kAllWords});
        }
        local = LocalCounts();
    }
    std::make_heap(m_heap.begin(), m_heap.end(), EntryBelow());

    // The occurrence lists, in corpus order: each thread fills the lists of the pairs it owns.
    forWordsOnTwoThreads([&](int thread, const TrainingCorpus::Word& word) {
        forPairsOfWord(word, thread, m_pairs, [&](std::uint32_t position, std::uint64_t key) {
            const std::uint32_t index = m_pairs.find(key);
            if (index != PairMap::kMissing)
                m_slots[index].occurrences.push_back(position);
        });
    });
}

std::uint64_t MergeRun::chooseThreshold(const std::vector<std::int64_t>& first,
                                        const std::vector<std::int64_t>& second) const
{
    if (m_settings.exact)
        return m_keepThreshold;
    // After each rebuild the index keeps twice as many pairs per merge, so rebuilds stay few.
    const std::uint64_t merges = m_settings.vocabSize - m_vocabulary.size();
    const std::uint64_t wanted =
        std::max<std::uint64_t>(1, merges * m_settings.indexedPairsPerMerge << std::min<std::uint32_t>(m_rebuilds, 16));
    std::vector<std::int64_t> candidates;
    for (const std::vector<std::int64_t>* counts : {&first, &second})
        for (std::int64_t count : *counts)
            if (std::uint64_t(count) >= m_keepThreshold)
                candidates.push_back(count);
    if (candidates.size() <= wanted)
        return m_keepThreshold;
    std::nth_element(candidates.begin(), candidates.begin() + std::ptrdiff_t(wanted - 1), candidates.end(),
                     std::greater<std::int64_t>());
    return std::uint64_t(candidates[wanted - 1]);
}

template<typename PerWord>
void MergeRun::forWordsOnTwoThreads(PerWord perWord)
{
    // Both threads go over all words; thread 0 (the caller) polls for cancellation.
    const auto& words = m_corpus.words();
    std::atomic<bool> stop{false};
    std::thread helper([&] {
        for (std::size_t w = 0; w < words.size() && !stop; ++w)
            perWord(1, words[w]);
    });
    for (std::size_t w = 0; w < words.size() && !stop; ++w) {
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

template<typename PerPair>
void MergeRun::forPairsOfWord(const TrainingCorpus::Word& word, int thread, const PairMap& map, PerPair perPair) const
{
    // Tokens start where the symbols are token ids (before the first merge, everywhere).
    const std::uint32_t end = word.start + word.length;
    for (std::uint32_t p = word.start;;) {
        const std::uint32_t leftLength = m_vocabulary.length(m_symbols[p]);
        const std::uint32_t q = p + leftLength;
        if (q >= end)
            break;
        if (q + kLookAhead + 1 < end) {
            const std::uint64_t ahead = PairMap::key(m_symbols[q + kLookAhead], m_symbols[q + kLookAhead + 1]);
            if (ownerOf(ahead) == thread)
                map.prefetch(ahead);
        }
        const std::uint64_t key = PairMap::key(m_symbols[p], m_symbols[q]);
        if (ownerOf(key) == thread &&
            leftLength + std::uint64_t(m_vocabulary.length(m_symbols[q])) < m_settings.maxTokenLength)
            perPair(p, key);
        p = q;
    }
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
                gain(previous, merged, count, before);
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
                gain(merged, next, count, p);
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

void MergeRun::gain(std::uint32_t left, std::uint32_t right, std::int64_t delta, std::uint32_t position)
{
    const std::uint32_t index = newPairIndex(left, right);
    m_newPairs[index].delta += delta;
    ++m_newPairs[index].gains;
    m_gains.push_back(Gain{index, position});
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
    // Each new pair's slot, when it keeps the positions it gained, with exactly the room they take.
    m_newPairSlots.assign(m_newPairs.size(), kNone);
    for (std::size_t i = 0; i < m_newPairs.size(); ++i) {
        const NewPair& pair = m_newPairs[i];
        std::uint32_t index = m_pairs.find(pair.key);
        if (index != PairMap::kMissing) {
            if (!m_settings.exact && pair.gains > 0)
                throw RecreatedToken(); // a pair gaining in two merges: only the exact mode follows that
            m_slots[index].count += pair.delta;
        } else if (pair.gains > 0 && (m_settings.exact || pair.delta >= std::int64_t(m_threshold))) {
            index = newSlot(pair.key);
            m_slots[index].count = pair.delta;
        }
        if (index != PairMap::kMissing && pair.gains > 0) {
            m_newPairSlots[i] = index;
            std::vector<std::uint32_t>& occurrences = m_slots[index].occurrences;
            occurrences.reserve(occurrences.size() + pair.gains);
        }
        const std::uint32_t right = PairMap::right(pair.key);
        (right == m_mergedToken ? m_newPairByLeft[PairMap::left(pair.key)] : m_newPairByRight[right]) = kNone;
    }
    // The gained positions, in corpus order within each pair.
    std::vector<std::vector<std::uint32_t>> words(m_settings.exact ? m_newPairs.size() : 0);
    for (const Gain& g : m_gains) {
        const std::uint32_t index = m_newPairSlots[g.newPair];
        if (index == kNone)
            continue;
        m_slots[index].occurrences.push_back(g.position);
        if (m_settings.exact) {
            const std::uint32_t word = wordOf(g.position);
            if (words[g.newPair].empty() || words[g.newPair].back() != word)
                words[g.newPair].push_back(word);
        }
    }
    // Hugging Face's drain of where_to_update: each pair pushed with its total count and the words where it gained.
    for (std::size_t i = 0; i < m_newPairs.size(); ++i) {
        const std::uint32_t index = m_newPairSlots[i];
        if (index == kNone)
            continue;
        const Slot& slot = m_slots[index];
        if (slot.count > 0 && std::uint64_t(slot.count) >= m_threshold) {
            const std::uint32_t wordSet = m_settings.exact ? storeWordSet(std::move(words[i])) : kAllWords;
            push(Entry{std::uint64_t(slot.count), PairMap::left(m_newPairs[i].key), PairMap::right(m_newPairs[i].key),
                       index, 0, wordSet});
        }
    }
    m_newPairs.clear();
    m_gains.clear();
    // A merge of a very common pair gains millions of positions; the next ones need far fewer.
    if (m_gains.capacity() > kKeptGains)
        m_gains = std::vector<Gain>();
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

std::uint32_t MergeRun::wordOf(std::uint32_t position) const
{
    const auto after = std::upper_bound(m_wordStarts.begin(), m_wordStarts.end(), position);
    return std::uint32_t(after - m_wordStarts.begin() - 1);
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
