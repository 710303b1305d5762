// CodeGrid: the K codebooks x F frames of integer codes that a neural audio codec produces for one stream.
#pragma once

#include <cstdint>
#include <vector>

namespace codecbpe {

class CodeGrid {
public:
    using Code = std::int32_t;

    CodeGrid() = default;
    // A grid of zeros.
    CodeGrid(int numCodebooks, std::int64_t numFrames);
    // `codebookMajor` holds row 0 (codebook 0, all frames), then row 1, ...: the C order of a (K, F) array.
    // Throws std::invalid_argument if its size is not numCodebooks * numFrames.
    CodeGrid(int numCodebooks, std::int64_t numFrames, std::vector<Code> codebookMajor);

    int numCodebooks() const noexcept { return m_numCodebooks; }
    std::int64_t numFrames() const noexcept { return m_numFrames; }
    std::int64_t size() const noexcept { return std::int64_t(m_codes.size()); }
    bool empty() const noexcept { return m_codes.empty(); }

    Code at(int codebook, std::int64_t frame) const { return m_codes[index(codebook, frame)]; }
    Code& at(int codebook, std::int64_t frame) { return m_codes[index(codebook, frame)]; }
    const Code* row(int codebook) const { return m_codes.data() + index(codebook, 0); }
    Code* row(int codebook) { return m_codes.data() + index(codebook, 0); }
    const std::vector<Code>& codebookMajor() const noexcept { return m_codes; }

    // The first `count` codebooks (count <= numCodebooks()), as codec-bpe's codes[:K].
    CodeGrid firstCodebooks(int count) const;
    // Frames [begin, end), clamped to the grid.
    CodeGrid frames(std::int64_t begin, std::int64_t end) const;
    // Appends the frames of `other` (which must have as many codebooks) after this grid's frames.
    void appendFrames(const CodeGrid& other);

    friend bool operator==(const CodeGrid& a, const CodeGrid& b)
    {
        return a.m_numCodebooks == b.m_numCodebooks && a.m_numFrames == b.m_numFrames && a.m_codes == b.m_codes;
    }
    friend bool operator!=(const CodeGrid& a, const CodeGrid& b) { return !(a == b); }

private:
    std::size_t index(int codebook, std::int64_t frame) const
    {
        return std::size_t(std::int64_t(codebook) * m_numFrames + frame);
    }

    int m_numCodebooks = 0;
    std::int64_t m_numFrames = 0;
    std::vector<Code> m_codes;
};

} // namespace codecbpe
