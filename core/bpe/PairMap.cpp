#include "bpe/PairMap.h"

namespace codecbpe {

PairMap::PairMap(std::size_t expected)
{
    std::size_t capacity = 16;
    while (capacity * 3 < expected * 4)
        capacity *= 2;
    rehash(capacity);
}

std::uint32_t PairMap::find(std::uint64_t key) const
{
    const std::uint64_t stored = key + 1;
    for (std::size_t i = mix(key) & m_mask;; i = (i + 1) & m_mask) {
        const Cell& cell = m_cells[i];
        if (cell.storedKey == stored)
            return cell.value;
        if (cell.storedKey == kEmpty)
            return kMissing;
    }
}

void PairMap::insert(std::uint64_t key, std::uint32_t value)
{
    if ((m_size + 1) * 4 > m_cells.size() * 3)
        rehash(m_cells.size() * 2);
    std::size_t i = mix(key) & m_mask;
    while (m_cells[i].storedKey != kEmpty)
        i = (i + 1) & m_mask;
    m_cells[i] = Cell{key + 1, value};
    ++m_size;
}

void PairMap::rehash(std::size_t capacity)
{
    std::vector<Cell> old;
    old.swap(m_cells);
    m_cells.assign(capacity, Cell{});
    m_mask = capacity - 1;
    m_size = 0;
    for (const Cell& cell : old) {
        if (cell.storedKey != kEmpty)
            insert(cell.storedKey - 1, cell.value);
    }
}

} // namespace codecbpe
