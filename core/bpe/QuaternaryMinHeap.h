// QuaternaryMinHeap: a 4-ary min-heap of 64-bit keys over a reusable vector — the encoder's merge queue (HF's
// merge_all uses a quaternary heap too); shallower than a binary heap, so pops touch fewer cache lines.
#pragma once

#include <cstdint>
#include <vector>

namespace codecbpe {

class QuaternaryMinHeap {
public:
    void clear() { m_keys.clear(); }
    bool empty() const { return m_keys.empty(); }
    // Adds keys without ordering them; call heapify() before the first pop.
    void append(std::uint64_t key) { m_keys.push_back(key); }
    void heapify()
    {
        for (std::size_t i = m_keys.size() / 4 + 1; i-- > 0;)
            siftDown(i);
    }
    void push(std::uint64_t key)
    {
        std::size_t i = m_keys.size();
        m_keys.push_back(key);
        while (i > 0) {
            const std::size_t parent = (i - 1) / 4;
            if (m_keys[parent] <= key)
                break;
            m_keys[i] = m_keys[parent];
            i = parent;
        }
        m_keys[i] = key;
    }
    std::uint64_t pop()
    {
        const std::uint64_t top = m_keys.front();
        m_keys.front() = m_keys.back();
        m_keys.pop_back();
        if (!m_keys.empty())
            siftDown(0);
        return top;
    }

private:
    void siftDown(std::size_t i)
    {
        const std::size_t n = m_keys.size();
        if (i >= n)
            return;
        const std::uint64_t key = m_keys[i];
        for (;;) {
            const std::size_t first = 4 * i + 1;
            if (first >= n)
                break;
            std::size_t best = first;
            const std::size_t last = first + 4 < n ? first + 4 : n;
            for (std::size_t c = first + 1; c < last; ++c)
                if (m_keys[c] < m_keys[best])
                    best = c;
            if (m_keys[best] >= key)
                break;
            m_keys[i] = m_keys[best];
            i = best;
        }
        m_keys[i] = key;
    }

    std::vector<std::uint64_t> m_keys;
};

} // namespace codecbpe
