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
constexpr std::uint32_t kCancelPollPositions = 1u << 16;
constexpr auto kReportInterval = std::chrono::milliseconds(100);

// Pair counts of one thread's share of the words, before they are combined.
struct LocalCounts {
    PairMap map;
    std::vector<std::uint64_t> keys;
    std::vector<std::int64_t> counts;
    std::vector<std::uint32_t> occurrences;

    void add(std::uint64_t key, std::int64_t count)
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
    }
};

} // namespace

MergeRun::MergeRun(TrainingCorpus& corpus, TrainerVocabulary& vocabulary, Settings settings, Progress& progress)
    : m_corpus(corpus),
      m_symbols(corpus.symbols()),
      m_vocabulary(vocabulary),
      m_settings(settings),
      m_progress(progress),
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
    indexInitialOccurrences();
    reportProgress(true);

    while (m_vocabulary.size() < m_settings.vocabSize && !m_heap.empty()) {
        Entry top = pop();
        const Slot& slot = m_slots[m_pairs.find(PairMap::key(top.left, top.right))];
        // Hugging Face keeps counts as i32 and compares them as u64; negative counts never reach the heap.
        const auto current = std::uint64_t(slot.count);
        if (top.count != current) {
            top.count = current;
            push(top);
            continue;
        }
        if (top.count < 1 || m_settings.minFrequency > top.count)
            break;
        ++m_iteration;
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
    // Two threads each count the pairs of half of the symbols; the main thread polls for cancellation.
    const auto& words = m_corpus.words();
    std::size_t split = 0;
    std::uint64_t seen = 0;
    const std::uint64_t half = (m_symbols.size() - words.size()) / 2;
    while (split < words.size() && seen < half)
        seen += words[split++].length;

    std::atomic<bool> stop{false};
    auto countWords = [&](LocalCounts& local, std::size_t first, std::size_t last, bool polls) {
        std::uint32_t sincePoll = 0;
        for (std::size_t w = first; w < last; ++w) {
            const TrainingCorpus::Word& word = words[w];
            const auto count = std::int64_t(word.count);
            for (std::uint32_t p = word.start; p + 1 < word.start + word.length; ++p) {
                local.add(PairMap::key(m_symbols[p], m_symbols[p + 1]), count);
                if (++sincePoll == kCancelPollPositions) {
                    sincePoll = 0;
                    if (polls && m_progress.cancelled())
                        stop = true;
                    if (stop)
                        return;
                }
            }
        }
    };
    LocalCounts mine;
    LocalCounts theirs;
    std::thread helper(countWords, std::ref(theirs), split, words.size(), false);
    countWords(mine, 0, split, true);
    helper.join();
    if (stop)
        throw Cancelled();

    for (std::size_t i = 0; i < theirs.keys.size(); ++i) {
        const std::uint32_t index = mine.map.find(theirs.keys[i]);
        if (index == PairMap::kMissing) {
            mine.map.insert(theirs.keys[i], std::uint32_t(mine.keys.size()));
            mine.keys.push_back(theirs.keys[i]);
            mine.counts.push_back(theirs.counts[i]);
            mine.occurrences.push_back(theirs.occurrences[i]);
        } else {
            mine.counts[index] += theirs.counts[i];
            mine.occurrences[index] += theirs.occurrences[i];
        }
    }
    theirs = LocalCounts();

    std::size_t kept = 0;
    for (std::int64_t count : mine.counts)
        kept += std::uint64_t(count) >= m_keepThreshold;
    m_pairs = PairMap(kept);
    m_slots.reserve(kept);
    m_heap.reserve(kept);
    for (std::size_t i = 0; i < mine.keys.size(); ++i) {
        if (std::uint64_t(mine.counts[i]) < m_keepThreshold)
            continue;
        const std::uint32_t index = newSlot(mine.keys[i]);
        m_slots[index].count = mine.counts[i];
        m_slots[index].occurrences.reserve(mine.occurrences[i]);
        // Every word holding an initial pair is in its entry's set, and initial pairs never reappear elsewhere.
        m_heap.push_back(Entry{std::uint64_t(mine.counts[i]), PairMap::left(mine.keys[i]),
                               PairMap::right(mine.keys[i]), m_sequence++, kAllWords});
    }
    std::make_heap(m_heap.begin(), m_heap.end(), EntryBelow());
}

void MergeRun::indexInitialOccurrences()
{
    std::uint32_t sincePoll = 0;
    for (const TrainingCorpus::Word& word : m_corpus.words()) {
        for (std::uint32_t p = word.start; p + 1 < word.start + word.length; ++p) {
            const std::uint32_t index = m_pairs.find(PairMap::key(m_symbols[p], m_symbols[p + 1]));
            if (index != PairMap::kMissing)
                m_slots[index].occurrences.push_back(p);
            if (++sincePoll == kCancelPollPositions) {
                sincePoll = 0;
                m_progress.throwIfCancelled();
            }
        }
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

    const std::uint32_t leftLength = m_vocabulary.length(left);
    const std::uint32_t rightLength = m_vocabulary.length(right);
    const std::uint32_t mergedLength = leftLength + rightLength;
    const std::uint64_t maxLength = m_settings.maxTokenLength;

    const std::uint32_t pairSlot = m_pairs.find(PairMap::key(left, right));
    std::vector<std::uint32_t> candidates = std::move(m_slots[pairSlot].occurrences);
    m_slots[pairSlot].occurrences = {};
    // Left to right within a word, as Word::merge scans: overlapping runs ("AAAA") merge greedily.
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
    for (std::uint32_t p : candidates) {
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
            change(previous, left, -count);
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
            change(right, next, -count);
            if (m_vocabulary.length(next) + std::uint64_t(mergedLength) < maxLength)
                gain(merged, next, count, p, std::uint32_t(word));
        }
        m_tokens -= std::uint64_t(count);
    }
    // Only words outside the entry's set keep occurrences (exact mode); the pair's count stays as Hugging Face
    // leaves it: no change is emitted for the merged pair itself.
    m_slots[pairSlot].occurrences = std::move(untouched);
    pushGainedPairs();
}

void MergeRun::change(std::uint32_t left, std::uint32_t right, std::int64_t delta)
{
    // A pair missing here was never counted positively (too long, or dropped as too rare): nothing reads it.
    const std::uint32_t index = m_pairs.find(PairMap::key(left, right));
    if (index != PairMap::kMissing)
        m_slots[index].count += delta;
}

void MergeRun::gain(std::uint32_t left, std::uint32_t right, std::int64_t delta, std::uint32_t position,
                    std::uint32_t word)
{
    const std::uint64_t key = PairMap::key(left, right);
    std::uint32_t index = m_pairs.find(key);
    if (index == PairMap::kMissing)
        index = newSlot(key);
    else if (!m_settings.exact && m_slots[index].bornIn != m_iteration)
        throw RecreatedToken(); // a pair gaining in two iterations: only exact mode tracks that
    Slot& slot = m_slots[index];
    slot.count += delta;
    slot.occurrences.push_back(position);
    m_gains.emplace_back(key, word);
}

void MergeRun::pushGainedPairs()
{
    // Hugging Face's drain of where_to_update: every pair that gained occurrences is pushed with its total count
    // and the set of words where it gained.
    std::sort(m_gains.begin(), m_gains.end());
    m_gains.erase(std::unique(m_gains.begin(), m_gains.end()), m_gains.end());
    for (std::size_t i = 0; i < m_gains.size();) {
        const std::uint64_t key = m_gains[i].first;
        std::size_t end = i;
        while (end < m_gains.size() && m_gains[end].first == key)
            ++end;
        const std::uint32_t index = m_pairs.find(key);
        const std::int64_t count = m_slots[index].count;
        if (count > 0 && std::uint64_t(count) >= m_keepThreshold) {
            std::uint32_t wordSet = kAllWords;
            if (m_settings.exact) {
                std::vector<std::uint32_t> words;
                words.reserve(end - i);
                for (std::size_t g = i; g < end; ++g)
                    words.push_back(m_gains[g].second);
                wordSet = storeWordSet(std::move(words));
            }
            push(Entry{std::uint64_t(count), PairMap::left(key), PairMap::right(key), 0, wordSet});
        } else if (!m_settings.exact) {
            freeSlot(key, index);
        }
        i = end;
    }
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
    std::uint32_t index = 0;
    if (!m_freeSlots.empty()) {
        index = m_freeSlots.back();
        m_freeSlots.pop_back();
        m_slots[index] = Slot();
    } else {
        index = std::uint32_t(m_slots.size());
        m_slots.emplace_back();
    }
    m_slots[index].bornIn = m_iteration;
    m_pairs.insert(key, index);
    return index;
}

void MergeRun::freeSlot(std::uint64_t key, std::uint32_t slot)
{
    m_pairs.erase(key);
    m_slots[slot] = Slot();
    m_freeSlots.push_back(slot);
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
