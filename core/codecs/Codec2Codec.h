// Codec2Codec: David Rowe's Codec 2 (libcodec2) as a Codec, its packed bits split into codebooks of indices.
#pragma once

#include "codecs/Codec.h"

#include <string>

namespace codecbpe {

class CodecRegistry;

class Codec2Codec final : public Codec {
public:
    // Only mode 700C: its bit layout (four natural-binary indices) is established from libcodec2's
    // codec2_encode_700c; the other modes pack Gray-coded, interleaved fields we have not verified.
    Codec2Codec();

    // True for "codec2-700c" in any letter case.
    static bool handles(const std::string& codecModel);
    // Registers the "codec2" family in `registry`.
    static void registerIn(CodecRegistry& registry);

    // 700C: 8000 Hz, 320 samples (40 ms) per frame, 25 frames/s, 28 bits per frame split in bit order into
    // 4 codebooks [9 bits first-stage VQ, 9 bits second-stage VQ, 4 bits energy, 6 bits pitch (Wo)],
    // all declared with codebook size 512.
    const CodecInfo& info() const override { return m_info; }

    // Samples are clipped to [-1, 1) and scaled by 32768 to 16-bit; a final partial frame is zero-padded.
    // Each call starts from a fresh codec state, so equal input gives equal codes, as `c2enc` on that input.
    CodeGrid encode(const std::vector<float>& samples) override;
    // Throws Error if a code does not fit its field (e.g. an energy code >= 16).
    std::vector<float> decode(const CodeGrid& codes) override;

    int samplesPerFrame() const noexcept { return 320; }
    // Field widths in bits, in codebook order (9, 9, 4, 6).
    static const std::vector<int>& fieldBits700C();

private:
    CodecInfo m_info;
};

} // namespace codecbpe
