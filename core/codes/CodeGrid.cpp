#include "codes/CodeGrid.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace codecbpe {

CodeGrid::CodeGrid(int numCodebooks, std::int64_t numFrames)
    : CodeGrid(numCodebooks, numFrames,
               std::vector<Code>(std::size_t(std::max(0, numCodebooks)) * std::size_t(std::max<std::int64_t>(0, numFrames))))
{
}

CodeGrid::CodeGrid(int numCodebooks, std::int64_t numFrames, std::vector<Code> codebookMajor)
    : m_numCodebooks(numCodebooks), m_numFrames(numFrames), m_codes(std::move(codebookMajor))
{
    if (numCodebooks < 0 || numFrames < 0)
        throw std::invalid_argument("CodeGrid: negative shape");
    if (std::int64_t(m_codes.size()) != std::int64_t(numCodebooks) * numFrames)
        throw std::invalid_argument("CodeGrid: " + std::to_string(m_codes.size()) + " codes do not fill " +
                                    std::to_string(numCodebooks) + " x " + std::to_string(numFrames));
}

CodeGrid CodeGrid::firstCodebooks(int count) const
{
    if (count < 0 || count > m_numCodebooks)
        throw std::invalid_argument("CodeGrid::firstCodebooks: " + std::to_string(count) + " of " +
                                    std::to_string(m_numCodebooks) + " codebooks");
    return CodeGrid(count, m_numFrames,
                    std::vector<Code>(m_codes.begin(), m_codes.begin() + std::ptrdiff_t(count * m_numFrames)));
}

CodeGrid CodeGrid::frames(std::int64_t begin, std::int64_t end) const
{
    begin = std::clamp<std::int64_t>(begin, 0, m_numFrames);
    end = std::clamp<std::int64_t>(end, begin, m_numFrames);
    CodeGrid out(m_numCodebooks, end - begin);
    for (int k = 0; k < m_numCodebooks; ++k)
        std::copy(row(k) + begin, row(k) + end, out.row(k));
    return out;
}

void CodeGrid::appendFrames(const CodeGrid& other)
{
    if (m_numCodebooks == 0 && m_numFrames == 0) {
        *this = other;
        return;
    }
    if (other.m_numCodebooks != m_numCodebooks)
        throw std::invalid_argument("CodeGrid::appendFrames: " + std::to_string(other.m_numCodebooks) +
                                    " codebooks appended to " + std::to_string(m_numCodebooks));
    CodeGrid joined(m_numCodebooks, m_numFrames + other.m_numFrames);
    for (int k = 0; k < m_numCodebooks; ++k) {
        std::copy(row(k), row(k) + m_numFrames, joined.row(k));
        std::copy(other.row(k), other.row(k) + other.m_numFrames, joined.row(k) + m_numFrames);
    }
    *this = std::move(joined);
}

} // namespace codecbpe
