#include "bpe/PairMap.h"

namespace codecbpe {

PairMap::PairMap(std::size_t expected)
{
    std::size_t capacity = 16;
    while (capacity < expected * 2)
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
    if ((m_used + 1) * 10 > m_cells.size() * 7)
        rehash(m_size * 20 > m_cells.size() * 7 ? m_cells.size() * 2 : m_cells.size()); // else only drop tombstones
    std::size_t i = mix(key) & m_mask;
    while (m_cells[i].storedKey != kEmpty)
        i = (i + 1) & m_mask;
    m_cells[i] = Cell{key + 1, value};
    ++m_size;
    ++m_used;
}

void PairMap::erase(std::uint64_t key)
{
    const std::uint64_t stored = key + 1;
    for (std::size_t i = mix(key) & m_mask;; i = (i + 1) & m_mask) {
        Cell& cell = m_cells[i];
        if (cell.storedKey == stored) {
            cell = Cell{kTombstone, kMissing};
            --m_size;
            return;
        }
        if (cell.storedKey == kEmpty)
            return;
    }
}

void PairMap::rehash(std::size_t capacity)
{
    std::vector<Cell> old;
    old.swap(m_cells);
    m_cells.assign(capacity, Cell{});
    m_mask = capacity - 1;
    m_size = 0;
    m_used = 0;
    for (const Cell& cell : old) {
        if (cell.storedKey != kEmpty && cell.storedKey != kTombstone)
            insert(cell.storedKey - 1, cell.value);
    }
}

} // namespace codecbpe
