#include "bpe/BpeEncoder.h"

#include "bpe/TokenizerFolder.h"
#include "common/Error.h"
#include "text/Utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace codecbpe {
namespace {

constexpr std::uint64_t kEmptyPair = ~std::uint64_t(0);

std::uint64_t pairKey(TokenId left, TokenId right) { return (std::uint64_t(left) << 32) | right; }

// Fibonacci hashing: the top bits of key * 2^64/phi spread consecutive ids over the whole table.
std::size_t pairSlot(std::uint64_t key, int shift) { return std::size_t((key * 0x9E3779B97F4A7C15ull) >> shift); }

// The heap order of HF's Word::merge_all, lowest rank first, then leftmost position, as one key.
std::uint64_t queueEntry(std::uint32_t rank, std::size_t pos) { return (std::uint64_t(rank) << 32) | pos; }

// The replacement character of a Metaspace pre-tokenizer or decoder with prepend_scheme "never", or nullopt for
// null; `split` receives its split flag. Anything else cannot be followed exactly.
std::optional<char32_t> metaspaceOf(const std::string& json, const char* part, const std::string& file, bool* split)
{
    const auto j = nlohmann::json::parse(json);
    if (j.is_null())
        return std::nullopt;
    const auto unsupported = [&](const std::string& why) {
        return Error(file, std::string(part) + " " + why + ": only codec-bpe's Metaspace (prepend_scheme \"never\") "
                                                           "or none can be encoded exactly");
    };
    if (!j.is_object())
        throw unsupported("is not a JSON object");
    // A field of the wrong type is the file's fault, not an internal error (fuzz_tokenizer: "type": true).
    const auto text = [&](const char* key, const std::string& fallback) {
        if (!j.contains(key))
            return fallback;
        if (!j[key].is_string())
            throw unsupported(std::string("has a \"") + key + "\" that is not a string");
        return j[key].get<std::string>();
    };
    const std::string type = text("type", "untyped");
    if (type != "Metaspace")
        throw unsupported("is " + type);
    const bool legacyNoPrefix = j.contains("add_prefix_space") && j["add_prefix_space"] == false;
    if (text("prepend_scheme", legacyNoPrefix ? "never" : "always") != "never")
        throw unsupported("prepends the replacement");
    const std::u32string replacement = fromUtf8(text("replacement", "\u2581"), file);
    if (replacement.size() != 1)
        throw unsupported("has a replacement that is not one character");
    if (split) {
        if (j.contains("split") && !j["split"].is_boolean())
            throw unsupported("has a \"split\" that is not true or false");
        *split = j.value("split", true);
    }
    return replacement[0];
}

} // namespace

BpeEncoder BpeEncoder::forFolder(const TokenizerFolder& folder, const std::string& dir)
{
    const std::string file = dir + "/" + TokenizerFolder::kTokenizerJson;
    const TokenizerPipeline& p = folder.pipeline;
    for (const auto& [name, json] : {std::pair{"normalizer", &p.normalizer}, std::pair{"post_processor", &p.postProcessor},
                                     std::pair{"truncation", &p.truncation}, std::pair{"padding", &p.padding}})
        if (*json != "null")
            throw Error(file, std::string(name) + " is set: only codec-bpe's pipeline (none) can be encoded exactly");
    const BpeModelOptions& o = folder.options;
    if ((o.dropout && *o.dropout > 0.0) || o.continuingSubwordPrefix || o.endOfWordSuffix || o.byteFallback ||
        o.ignoreMerges)
        throw Error(file, "the BPE model uses dropout, a subword prefix or suffix, byte_fallback or ignore_merges, "
                          "which the encoder does not follow");
    Options options;
    options.metaspace = metaspaceOf(p.preTokenizer, "pre_tokenizer", file, &options.split);
    options.decoderMetaspace = metaspaceOf(p.decoder, "decoder", file, nullptr);
    options.fuseUnk = o.fuseUnk;
    try {
        return BpeEncoder(folder.model, options);
    } catch (const Error& e) {
        throw Error(file, e.reason());
    }
}

BpeEncoder::BpeEncoder(const BpeModel& model, Options options) : m_options(options)
{
    m_tokenText.reserve(model.vocab.size());
    char32_t maxSingle = 0;
    for (const std::string& token : model.vocab) {
        m_tokenText.push_back(fromUtf8(token, "token " + std::to_string(m_tokenText.size())));
        if (m_tokenText.back().size() == 1)
            maxSingle = std::max(maxSingle, m_tokenText.back()[0]);
    }
    // A dense table: codec alphabets are contiguous, and even U+10FFFF costs only 4.4 MB.
    m_charIds.assign(std::size_t(maxSingle) + 1, kNoId);
    for (TokenId id = 0; id < m_tokenText.size(); ++id)
        if (m_tokenText[id].size() == 1 && m_charIds[m_tokenText[id][0]] == kNoId)
            m_charIds[m_tokenText[id][0]] = id;

    std::size_t slots = 16;
    while (slots < 2 * model.merges.size())
        slots *= 2;
    m_mergeShift = 64;
    for (std::size_t s = slots; s > 1; s /= 2)
        --m_mergeShift;
    m_merges.assign(slots, MergeSlot{kEmptyPair, 0, 0});
    m_rankResult.reserve(model.merges.size());
    for (std::uint32_t rank = 0; rank < model.merges.size(); ++rank) {
        const BpeMerge& merge = model.merges[rank];
        if (merge.left >= vocabSize() || merge.right >= vocabSize() || merge.result >= vocabSize())
            throw Error("merge " + std::to_string(rank) + " refers to a token outside the vocabulary");
        const std::uint64_t key = pairKey(merge.left, merge.right);
        std::size_t i = pairSlot(key, m_mergeShift);
        while (m_merges[i].pair != kEmptyPair && m_merges[i].pair != key)
            i = (i + 1) & (slots - 1);
        m_merges[i] = MergeSlot{key, rank, merge.result}; // a repeated pair keeps its later rank, as in HF
        m_rankResult.push_back(merge.result);
    }

    m_special.assign(m_tokenText.size(), false);
    for (const AddedToken& added : model.addedTokens) {
        if (added.singleWord || added.lstrip || added.rstrip)
            throw Error("added token \"" + added.content + "\": single_word, lstrip and rstrip are not supported");
        if (added.id >= vocabSize())
            throw Error("added token \"" + added.content + "\" has id " + std::to_string(added.id) +
                        " outside the vocabulary");
        m_special[added.id] = added.special;
        if (!added.content.empty())
            (added.normalized ? m_normalizedPatterns : m_rawPatterns).push_back(Pattern{m_tokenText[added.id], added.id});
    }
    if (model.unkToken) {
        const auto it = std::find(model.vocab.begin(), model.vocab.end(), *model.unkToken);
        if (it == model.vocab.end())
            throw Error("the unk token \"" + *model.unkToken + "\" is not in the vocabulary");
        m_unkId = TokenId(it - model.vocab.begin());
    }
}

const BpeEncoder::MergeSlot* BpeEncoder::findMerge(TokenId left, TokenId right) const
{
    const std::uint64_t key = pairKey(left, right);
    const std::size_t mask = m_merges.size() - 1;
    for (std::size_t i = pairSlot(key, m_mergeShift);; i = (i + 1) & mask) {
        if (m_merges[i].pair == key)
            return &m_merges[i];
        if (m_merges[i].pair == kEmptyPair)
            return nullptr;
    }
}

// HF's BPE::merge_word + Word::merge_all (no dropout) over the arrays of the symbol list.
template <class Emit> void BpeEncoder::encodeWord(std::u32string_view word, std::uint32_t offset, Emit&& emit)
{
    m_symId.clear();
    m_symBegin.clear();
    m_symEnd.clear();
    const auto add = [this](TokenId id, std::uint32_t begin, std::uint32_t end) {
        m_symId.push_back(id);
        m_symBegin.push_back(begin);
        m_symEnd.push_back(end);
    };
    std::uint32_t unkBegin = 0;
    std::uint32_t unkEnd = 0; // a pending unk symbol when unkEnd > unkBegin
    for (std::uint32_t i = 0; i < word.size(); ++i) {
        char32_t c = word[i];
        if (c == U' ' && m_options.metaspace)
            c = *m_options.metaspace;
        const TokenId id = charId(c);
        if (id != kNoId) {
            if (unkEnd > unkBegin) {
                add(*m_unkId, unkBegin, unkEnd);
                unkEnd = unkBegin;
            }
            add(id, offset + i, offset + i + 1);
        } else if (m_unkId) {
            if (unkEnd > unkBegin && m_options.fuseUnk) {
                unkEnd = offset + i + 1;
                continue;
            }
            if (unkEnd > unkBegin)
                add(*m_unkId, unkBegin, unkEnd);
            unkBegin = offset + i;
            unkEnd = unkBegin + 1;
        } // else: HF drops the character silently
    }
    if (unkEnd > unkBegin)
        add(*m_unkId, unkBegin, unkEnd);
    const auto n = std::int32_t(m_symId.size());
    if (n == 0)
        return;

    m_symPrev.resize(std::size_t(n));
    m_symNext.resize(std::size_t(n));
    m_queue.clear();
    for (std::int32_t k = 0; k < n; ++k) {
        m_symPrev[std::size_t(k)] = k - 1;
        m_symNext[std::size_t(k)] = k + 1 < n ? k + 1 : -1;
        if (k + 1 < n)
            if (const MergeSlot* m = findMerge(m_symId[std::size_t(k)], m_symId[std::size_t(k) + 1]))
                m_queue.append(queueEntry(m->rank, std::size_t(k)));
    }
    m_queue.heapify();
    while (!m_queue.empty()) {
        const std::uint64_t top = m_queue.pop();
        const auto pos = std::size_t(std::uint32_t(top));
        const TokenId result = m_rankResult[top >> 32];
        if (m_symEnd[pos] == 0 || m_symNext[pos] < 0)
            continue; // absorbed, or the last symbol
        const auto next = std::size_t(m_symNext[pos]);
        // A stale entry: the pair here changed. HF compares only the result id, so do we.
        const MergeSlot* current = findMerge(m_symId[pos], m_symId[next]);
        if (!current || current->result != result)
            continue;
        m_symId[pos] = result;
        m_symEnd[pos] = m_symEnd[next];
        m_symEnd[next] = 0;
        m_symNext[pos] = m_symNext[next];
        if (m_symNext[next] >= 0)
            m_symPrev[std::size_t(m_symNext[next])] = std::int32_t(pos);
        if (const std::int32_t prev = m_symPrev[pos]; prev >= 0)
            if (const MergeSlot* m = findMerge(m_symId[std::size_t(prev)], m_symId[pos])) {
                m_queue.push(queueEntry(m->rank, std::size_t(prev)));
            }
        if (const std::int32_t after = m_symNext[pos]; after >= 0)
            if (const MergeSlot* m = findMerge(m_symId[pos], m_symId[std::size_t(after)])) {
                m_queue.push(queueEntry(m->rank, pos));
            }
    }
    for (std::int32_t k = 0; k >= 0; k = m_symNext[std::size_t(k)])
        emit(m_symId[std::size_t(k)], m_symBegin[std::size_t(k)], m_symEnd[std::size_t(k)]);
}

// Metaspace (prepend_scheme "never"): every ' ' becomes the replacement and, with split, a new word starts before
// each replacement character (MergedWithNext); empty words vanish.
template <class Emit> void BpeEncoder::preTokenize(std::u32string_view text, std::uint32_t offset, Emit&& emit)
{
    if (!m_options.metaspace || !m_options.split) {
        encodeWord(text, offset, emit);
        return;
    }
    const char32_t meta = *m_options.metaspace;
    std::size_t start = 0;
    for (std::size_t i = 1; i < text.size(); ++i)
        if (text[i] == U' ' || text[i] == meta) {
            encodeWord(text.substr(start, i - start), offset + std::uint32_t(start), emit);
            start = i;
        }
    if (start < text.size())
        encodeWord(text.substr(start), offset + std::uint32_t(start), emit);
}

// HF's AddedVocabulary: leftmost-longest matches of the added tokens, each its own token; the text between
// matches goes on to the next pattern set (normalized tokens), then to the pre-tokenizer.
template <class Emit>
void BpeEncoder::splitAddedTokens(std::u32string_view text, std::uint32_t offset, const std::vector<Pattern>& patterns,
                                  const std::vector<Pattern>* next, Emit&& emit)
{
    const auto passOn = [&](std::size_t from, std::size_t to) {
        if (from == to)
            return;
        if (next)
            splitAddedTokens(text.substr(from, to - from), offset + std::uint32_t(from), *next, nullptr, emit);
        else
            preTokenize(text.substr(from, to - from), offset + std::uint32_t(from), emit);
    };
    if (patterns.empty()) {
        passOn(0, text.size());
        return;
    }
    std::uint64_t firstChars = 0; // a cheap filter: bit (c mod 64) for each pattern's first character
    for (const Pattern& p : patterns)
        firstChars |= std::uint64_t(1) << (p.text[0] & 63);
    std::size_t gapStart = 0;
    for (std::size_t i = 0; i < text.size();) {
        const Pattern* best = nullptr;
        if (firstChars & (std::uint64_t(1) << (text[i] & 63)))
            for (const Pattern& p : patterns)
                if ((!best || p.text.size() > best->text.size()) && text.compare(i, p.text.size(), p.text) == 0)
                    best = &p;
        if (!best) {
            ++i;
            continue;
        }
        passOn(gapStart, i);
        emit(best->id, offset + std::uint32_t(i), offset + std::uint32_t(i + best->text.size()));
        i += best->text.size();
        gapStart = i;
    }
    passOn(gapStart, text.size());
}

template <class Emit> void BpeEncoder::encodeText(std::u32string_view text, Emit&& emit)
{
    if (text.size() >= 0xFFFFFFFFu)
        throw Error("the text is too long to encode (4G characters or more)");
    splitAddedTokens(text, 0, m_rawPatterns, &m_normalizedPatterns, emit);
}

void BpeEncoder::encode(std::u32string_view text, std::vector<TokenId>& ids)
{
    ids.clear();
    encodeText(text, [&ids](TokenId id, std::uint32_t, std::uint32_t) { ids.push_back(id); });
}

void BpeEncoder::encode(std::u32string_view text, std::vector<TokenSpan>& spans)
{
    spans.clear();
    encodeText(text, [&spans](TokenId id, std::uint32_t begin, std::uint32_t end) {
        spans.push_back(TokenSpan{id, begin, end});
    });
}

std::vector<TokenId> BpeEncoder::encode(std::u32string_view text)
{
    std::vector<TokenId> ids;
    encode(text, ids);
    return ids;
}

std::u32string BpeEncoder::decode(const std::vector<TokenId>& ids, bool skipSpecialTokens) const
{
    std::u32string text;
    for (const TokenId id : ids) {
        if (id >= vocabSize())
            throw Error("token id " + std::to_string(id) + " is not in the vocabulary of " +
                        std::to_string(vocabSize()) + " tokens");
        if (skipSpecialTokens && m_special[id])
            continue;
        const std::size_t start = text.size();
        text += m_tokenText[id];
        if (m_options.decoderMetaspace)
            std::replace(text.begin() + std::ptrdiff_t(start), text.end(), *m_options.decoderMetaspace, U' ');
    }
    return text;
}

CodeAlphabet::Decoded BpeEncoder::decodeToCodes(const std::vector<TokenId>& ids, const CodeAlphabet& alphabet) const
{
    return alphabet.charsToCodes(decode(ids));
}

} // namespace codecbpe
