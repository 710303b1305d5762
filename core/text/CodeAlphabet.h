// CodeAlphabet: codec-bpe's mapping between a code grid and unicode text (codebook k, code c -> U+(offset+k*S+c)).
#pragma once

#include "codes/CodeGrid.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace codecbpe {

class CodeAlphabet {
public:
    static constexpr char32_t kDefaultOffset = 0x4E00; // codec-bpe UNICODE_OFFSET (CJK Unified Ideographs)
    static constexpr char32_t kLargeOffset = 0xE000;   // codec-bpe UNICODE_OFFSET_LARGE (Private Use Area)

    // Throws Error if the alphabet [offset, offset + K*S) touches the surrogates U+D800..U+DFFF (codec-bpe's message,
    // without its off-by-one at U+DFFF), runs past U+10FFFF, or K or S is not positive.
    CodeAlphabet(int numCodebooks, int codebookSize, char32_t unicodeOffset = kDefaultOffset);

    int numCodebooks() const noexcept { return m_numCodebooks; }
    int codebookSize() const noexcept { return m_codebookSize; }
    char32_t unicodeOffset() const noexcept { return m_offset; }
    std::int64_t size() const noexcept { return std::int64_t(m_numCodebooks) * m_codebookSize; }
    char32_t first() const noexcept { return m_offset; }
    char32_t last() const noexcept { return char32_t(m_offset + size() - 1); }
    bool contains(char32_t c) const noexcept { return c >= first() && c <= last(); }

    char32_t charFor(int codebook, CodeGrid::Code code) const noexcept
    {
        return char32_t(m_offset + char32_t(codebook) * char32_t(m_codebookSize) + char32_t(code));
    }
    // The codebook whose range holds `c`, or -1 if `c` is outside the alphabet.
    int codebookOf(char32_t c) const noexcept;

    // codes_to_chars: frame-major text of the grid's first numCodebooks() codebooks. Unlike codec-bpe, a code < 0
    // or >= codebookSize() or a grid with fewer codebooks is an Error naming the codebook, frame and value.
    std::u32string codesToChars(const CodeGrid& codes) const;
    void appendChars(const CodeGrid& codes, std::u32string& out) const;

    struct DecodeOptions {
        bool dropInconsistentCodes = true;
        bool dropHangingCodes = true;
    };
    struct Decoded {
        CodeGrid codes;
        std::u32string beginHanging; // chars dropped before the first whole frame, in text order
        std::u32string endHanging;   // chars dropped after the last whole frame, in text order
        std::int64_t droppedInconsistent = 0;
    };
    // chars_to_codes. Characters below the alphabet (e.g. "<pad>") resolve to codebook -1 as in codec-bpe and
    // are dropped as inconsistent; a character above the alphabet is an Error (codec-bpe silently clamps it into
    // the last codebook). Without dropping, a length that is not a whole number of frames is an Error.
    Decoded charsToCodes(std::u32string_view chars, DecodeOptions options) const;
    Decoded charsToCodes(std::u32string_view chars) const { return charsToCodes(chars, DecodeOptions{}); }

private:
    int m_numCodebooks;
    int m_codebookSize;
    char32_t m_offset;
};

// Removes the `<` and `>` wrappers of codec-bpe's legacy special-token format ("<一><丁>" -> "一丁") when the
// text starts with '<', as codec-bpe's chars_to_codes and lm_dataset_stats did; other text is returned as is.
std::u32string stripLegacyTokenFormat(std::u32string_view chars);

} // namespace codecbpe
