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
    // Inserts `key` -> `value`; the key must not be present.
    void insert(std::uint64_t key, std::uint32_t value);
    void erase(std::uint64_t key);
    std::size_t size() const { return m_size; }

private:
    // Keys are stored plus one so that zero marks an empty cell; kTombstone marks an erased one.
    static constexpr std::uint64_t kEmpty = 0;
    static constexpr std::uint64_t kTombstone = ~std::uint64_t(0);

    struct Cell {
        std::uint64_t storedKey = kEmpty;
        std::uint32_t value = kMissing;
    };

    static std::uint64_t mix(std::uint64_t key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdull;
        key ^= key >> 33;
        return key;
    }
    void rehash(std::size_t capacity);

    std::vector<Cell> m_cells;
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
    std::size_t m_used = 0; // live cells plus tombstones
};

} // namespace codecbpe
