// PairMap: a compact open-addressing hash map from a symbol pair (left, right) to a 32-bit slot number, for the
// millions of pairs a training counts (std::unordered_map costs several times the memory).
#pragma once

#include <cstdint>
#include <vector>

namespace codecbpe {

class PairMap {
public:
    static constexpr std::uint32_t kMissing = 0xFFFFFFFFu;

    static std::uint64_t key(std::uint32_t left, std::uint32_t right)
    {
        return (std::uint64_t(left) << 32) | right;
    }
    static std::uint32_t left(std::uint64_t key) { return std::uint32_t(key >> 32); }
    static std::uint32_t right(std::uint64_t key) { return std::uint32_t(key); }

    explicit PairMap(std::size_t expected = 0);

    std::uint32_t find(std::uint64_t key) const;
    // Starts loading the cell where a find(key) begins: lookups are cache misses, so callers that know their next
    // keys ahead hide the latency.
    void prefetch(std::uint64_t key) const { __builtin_prefetch(&m_cells[mix(key) & m_mask]); }
    // Inserts `key` -> `value`; the key must not be present.
    void insert(std::uint64_t key, std::uint32_t value);
    std::size_t size() const { return m_size; }

private:
    // Keys are stored plus one so that zero marks an empty cell.
    static constexpr std::uint64_t kEmpty = 0;

    struct Cell {
        std::uint64_t storedKey = kEmpty;
        std::uint32_t value = kMissing;
    };

    static std::uint64_t mix(std::uint64_t key)
    {
        // splitmix64's finalizer: every key bit reaches the low bits the table index uses.
        key ^= key >> 30;
        key *= 0xbf58476d1ce4e5b9ull;
        key ^= key >> 27;
        key *= 0x94d049bb133111ebull;
        key ^= key >> 31;
        return key;
    }
    void rehash(std::size_t capacity);

    std::vector<Cell> m_cells;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
};

} // namespace codecbpe
