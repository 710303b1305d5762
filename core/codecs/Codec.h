// Codec: a neural (or classic) audio codec as the rest of the engine sees it: mono samples <-> a code grid.
#pragma once

#include "codes/CodeGrid.h"
#include "codes/CodecInfo.h"

#include <vector>

namespace codecbpe {

class Codec {
public:
    virtual ~Codec() = default;

    // Type, model name, sample rates, frame rate, codebooks and codebook size, as codec_info.json records them.
    virtual const CodecInfo& info() const = 0;

    // Encodes mono float samples in [-1, 1] at info().samplingRateEncoder into a grid of
    // info().numCodebooks codebooks; every code is in [0, info().codebookSize).
    virtual CodeGrid encode(const std::vector<float>& samples) = 0;
    // Encodes several chunks in one call where the codec can batch (TorchScript); one grid per chunk.
    virtual std::vector<CodeGrid> encodeBatch(const std::vector<std::vector<float>>& chunks);

    virtual bool canDecode() const { return true; }
    // Mono float samples at info().samplingRateDecoder.
    virtual std::vector<float> decode(const CodeGrid& codes) = 0;
};

} // namespace codecbpe
