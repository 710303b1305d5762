// PhaseScanner: finds how far a text follows codec-bpe's codebook order (codebook k, then k+1, ..., wrapping), fast.
#pragma once

#include "text/CodeAlphabet.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace codecbpe {

class PhaseScanner {
public:
    explicit PhaseScanner(const CodeAlphabet& alphabet);

    // The length of the longest prefix of `chars` whose i-th char lies in codebook (phase + i) % K.
    std::size_t consistentPrefix(std::u32string_view chars, int phase);

private:
    const char32_t* blockBases();

    const CodeAlphabet& m_alphabet;
    std::size_t m_frameSize;
    std::size_t m_blockSize;
    std::vector<char32_t> m_bases; // codebook bases repeated over one block, built on first use
};

} // namespace codecbpe
