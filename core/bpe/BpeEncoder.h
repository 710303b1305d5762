// BpeEncoder: text -> token ids (and each token's character span) exactly as Hugging Face tokenizers encodes with
// codec-bpe's pipeline (added tokens, Metaspace, BPE merge_word), and ids -> text / codes; fast and allocation-lean.
#pragma once

#include "bpe/BpeModel.h"
#include "bpe/QuaternaryMinHeap.h"
#include "text/CodeAlphabet.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codecbpe {

struct TokenizerFolder;

// One token of an encoding and the characters of the input it covers: [begin, end), counted in UTF-32 characters.
// A token merged across characters that were dropped (not in the vocabulary) covers them too.
struct TokenSpan {
    TokenId id = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    friend bool operator==(const TokenSpan& a, const TokenSpan& b)
    {
        return a.id == b.id && a.begin == b.begin && a.end == b.end;
    }
};

class BpeEncoder {
public:
    // The parts of the HF pipeline the encoder follows. The defaults are codec-bpe's.
    struct Options {
        // Metaspace pre-tokenizer (prepend_scheme "never"): ' ' becomes this character; nullopt: no pre-tokenizer.
        std::optional<char32_t> metaspace = U'\u2581';
        bool split = true;       // Metaspace splits before each replacement character
        // Metaspace decoder: this character becomes ' ' again; nullopt: no decoder.
        std::optional<char32_t> decoderMetaspace = U'\u2581';
        bool fuseUnk = false;    // consecutive unknown characters give one unk token
    };

    // Throws Error if an added token uses single_word / lstrip / rstrip, or the unk token is not in the vocabulary.
    explicit BpeEncoder(const BpeModel& model, Options options);
    explicit BpeEncoder(const BpeModel& model) : BpeEncoder(model, Options{}) {}
    // The encoder for a tokenizer read from `dir`; a pipeline or model option it cannot follow exactly (normalizer,
    // post-processor, prepend_scheme other than "never", dropout, byte fallback, ...) is an Error naming the file.
    static BpeEncoder forFolder(const TokenizerFolder& folder, const std::string& dir);

    // Encodes `text`; `ids` / `spans` are cleared first. Not thread-safe (scratch buffers are reused between
    // calls): use one encoder per thread.
    void encode(std::u32string_view text, std::vector<TokenId>& ids);
    void encode(std::u32string_view text, std::vector<TokenSpan>& spans);
    std::vector<TokenId> encode(std::u32string_view text);

    // The text of `ids` (Metaspace decoder; special tokens literal unless skipped). An id outside the
    // vocabulary is an Error (HF silently drops it).
    std::u32string decode(const std::vector<TokenId>& ids, bool skipSpecialTokens = false) const;
    // The codes of `ids`: decode, then codec-bpe's chars_to_codes (special tokens and spaces are dropped as
    // inconsistent, partial frames at the ends as hanging).
    CodeAlphabet::Decoded decodeToCodes(const std::vector<TokenId>& ids, const CodeAlphabet& alphabet) const;

    TokenId vocabSize() const { return TokenId(m_tokenText.size()); }
    const std::u32string& tokenText(TokenId id) const { return m_tokenText.at(id); }
    bool isSpecial(TokenId id) const { return id < m_special.size() && m_special[id]; }

private:
    static constexpr TokenId kNoId = 0xFFFFFFFFu;

    struct Pattern {
        std::u32string text;
        TokenId id;
    };
    struct MergeSlot {
        std::uint64_t pair; // left << 32 | right; kEmptyPair if unused
        std::uint32_t rank;
        TokenId result;
    };

    template <class Emit> void encodeText(std::u32string_view text, Emit&& emit);
    template <class Emit>
    void splitAddedTokens(std::u32string_view text, std::uint32_t offset, const std::vector<Pattern>& patterns,
                          const std::vector<Pattern>* next, Emit&& emit);
    template <class Emit> void preTokenize(std::u32string_view text, std::uint32_t offset, Emit&& emit);
    template <class Emit> void encodeWord(std::u32string_view word, std::uint32_t offset, Emit&& emit);
    const MergeSlot* findMerge(TokenId left, TokenId right) const;
    TokenId charId(char32_t c) const { return c < m_charIds.size() ? m_charIds[c] : kNoId; }

    Options m_options;
    std::vector<std::u32string> m_tokenText;
    std::vector<bool> m_special;
    std::vector<TokenId> m_charIds; // code point -> id of the one-character token
    std::vector<MergeSlot> m_merges; // open addressing, power-of-two size
    std::vector<TokenId> m_rankResult;
    int m_mergeShift = 64;
    std::vector<Pattern> m_rawPatterns;        // added tokens matched in the raw text (normalized: false)
    std::vector<Pattern> m_normalizedPatterns; // then in what remains (normalized: true; there is no normalizer)
    std::optional<TokenId> m_unkId;

    // Scratch reused between calls: the symbols of the current word, as parallel arrays, and the merge queue.
    std::vector<TokenId> m_symId;
    std::vector<std::int32_t> m_symPrev;
    std::vector<std::int32_t> m_symNext;
    std::vector<std::uint32_t> m_symBegin;
    std::vector<std::uint32_t> m_symEnd; // 0 once absorbed by its left neighbour (begin < end otherwise)
    // Merge queue entries: rank << 32 | position, the smallest merged first (HF's min-heap order). The rank alone
    // names the merge, so its result is m_rankResult[rank].
    QuaternaryMinHeap m_queue;
};

} // namespace codecbpe
