#include "text/PhaseScanner.h"

#include <algorithm>
#include <cstdint>

namespace codecbpe {
namespace {

// Steps through the codebook ranges one char at a time: codebook k is [base, base + S), followed by codebook k+1.
struct Cursor {
    const CodeAlphabet& alphabet;
    int codebook;
    char32_t base;

    // One unsigned comparison: a char below the base wraps around to a huge difference.
    bool fits(char32_t c) const { return std::uint32_t(c - base) < std::uint32_t(alphabet.codebookSize()); }
    void advance()
    {
        if (++codebook == alphabet.numCodebooks()) {
            codebook = 0;
            base = alphabet.first();
        } else {
            base += char32_t(alphabet.codebookSize());
        }
    }
};

} // namespace

// Blocks of about 256 chars (whole frames) are checked without branches against the repeating pattern of codebook
// bases, which vectorizes; only a block with a mismatch is walked char by char.
PhaseScanner::PhaseScanner(const CodeAlphabet& alphabet)
    : m_alphabet(alphabet), m_frameSize(std::size_t(alphabet.numCodebooks())),
      m_blockSize((256 + m_frameSize - 1) / m_frameSize * m_frameSize)
{
}

std::size_t PhaseScanner::consistentPrefix(std::u32string_view chars, int phase)
{
    Cursor cursor{m_alphabet, phase, m_alphabet.charFor(phase, 0)};
    // Char by char up to a frame boundary and over a short stretch, where the next stray char is likely to be while
    // chars are being dropped (this is called once per dropped char); dense strays then never pay for whole blocks.
    const std::size_t walk = std::min(chars.size(), m_frameSize * 8 + m_frameSize - std::size_t(phase));
    std::size_t i = 0;
    for (; i < walk; ++i) {
        if (!cursor.fits(chars[i]))
            return i;
        cursor.advance();
    }
    if (cursor.codebook == 0 && chars.size() - i >= m_blockSize) {
        const char32_t* bases = blockBases();
        const auto size = std::uint32_t(m_alphabet.codebookSize());
        for (; chars.size() - i >= m_blockSize; i += m_blockSize) {
            const char32_t* block = chars.data() + i;
            std::uint32_t outside = 0;
            for (std::size_t j = 0; j < m_blockSize; ++j)
                outside |= std::uint32_t(std::uint32_t(block[j] - bases[j]) >= size);
            if (outside != 0)
                break;
        }
    }
    for (; i < chars.size(); ++i) {
        if (!cursor.fits(chars[i]))
            return i;
        cursor.advance();
    }
    return chars.size();
}

const char32_t* PhaseScanner::blockBases()
{
    if (m_bases.empty()) {
        m_bases.resize(m_blockSize);
        for (std::size_t j = 0; j < m_blockSize; ++j)
            m_bases[j] = m_alphabet.charFor(int(j % m_frameSize), 0);
    }
    return m_bases.data();
}

} // namespace codecbpe
