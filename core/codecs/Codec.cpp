#include "codecs/Codec.h"

namespace codecbpe {

std::vector<CodeGrid> Codec::encodeBatch(const std::vector<std::vector<float>>& chunks)
{
    std::vector<CodeGrid> out;
    out.reserve(chunks.size());
    for (const auto& chunk : chunks)
        out.push_back(encode(chunk));
    return out;
}

} // namespace codecbpe
