#include "codecs/Codec2Codec.h"

#include "codecs/CodecRegistry.h"
#include "common/Error.h"

#include <codec2/codec2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <memory>

namespace codecbpe {
namespace {

constexpr int kSamplesPerFrame700C = 320;
constexpr int kBytesPerFrame700C = 4;

struct Codec2Destroyer {
    void operator()(CODEC2* state) const { codec2_destroy(state); }
};
using Codec2State = std::unique_ptr<CODEC2, Codec2Destroyer>;

Codec2State createState()
{
    Codec2State state(codec2_create(CODEC2_MODE_700C));
    if (!state)
        throw Error("libcodec2 could not create a 700C codec state");
    return state;
}

std::int16_t toShort(float x)
{
    // Python/soundfile's scale for 16-bit PCM is 32768; clip instead of wrapping around.
    const float scaled = std::nearbyint(x * 32768.0f);
    return std::int16_t(std::clamp(scaled, -32768.0f, 32767.0f));
}

} // namespace

Codec2Codec::Codec2Codec()
{
    m_info.codecType = "codec2";
    m_info.codecModel = "codec2-700c";
    m_info.samplingRateEncoder = 8000;
    m_info.samplingRateDecoder = 8000;
    m_info.numCodebooks = 4;
    m_info.codebookSize = 512;
    m_info.framerate = 25.0;
}

bool Codec2Codec::handles(const std::string& codecModel)
{
    std::string name = codecModel;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return name == "codec2-700c";
}

void Codec2Codec::registerIn(CodecRegistry& registry)
{
    registry.add(
        "codec2", {"codec2-700c"}, &Codec2Codec::handles,
        [](const CodecOptions& options) -> std::unique_ptr<Codec> {
            if (options.bandwidth || options.numQuantizers)
                throw Error(options.codecModel,
                            "Codec 2 has a fixed bit rate: --bandwidth and --n_quantizers do not apply");
            return std::make_unique<Codec2Codec>();
        });
}

const std::vector<int>& Codec2Codec::fieldBits700C()
{
    static const std::vector<int> bits{9, 9, 4, 6};
    return bits;
}

CodeGrid Codec2Codec::encode(const std::vector<float>& samples)
{
    const auto numFrames = std::int64_t((samples.size() + kSamplesPerFrame700C - 1) / kSamplesPerFrame700C);
    CodeGrid grid(m_info.numCodebooks, numFrames);
    if (numFrames == 0)
        return grid;

    Codec2State state = createState();
    std::array<short, kSamplesPerFrame700C> speech{};
    std::array<unsigned char, kBytesPerFrame700C> bytes{};
    const auto& bits = fieldBits700C();
    for (std::int64_t f = 0; f < numFrames; ++f) {
        const std::size_t first = std::size_t(f) * kSamplesPerFrame700C;
        for (std::size_t i = 0; i < speech.size(); ++i)
            speech[i] = first + i < samples.size() ? toShort(samples[first + i]) : 0;
        codec2_encode(state.get(), bytes.data(), speech.data());
        // libcodec2 packs the fields MSB first into the first 28 bits of 4 bytes (pack_natural_or_gray, gray=0).
        const std::uint32_t word = std::uint32_t(bytes[0]) << 24 | std::uint32_t(bytes[1]) << 16 |
                                   std::uint32_t(bytes[2]) << 8 | std::uint32_t(bytes[3]);
        int shift = 32;
        for (int k = 0; k < m_info.numCodebooks; ++k) {
            shift -= bits[std::size_t(k)];
            grid.at(k, f) = CodeGrid::Code((word >> shift) & ((1u << bits[std::size_t(k)]) - 1u));
        }
    }
    return grid;
}

std::vector<float> Codec2Codec::decode(const CodeGrid& codes)
{
    if (codes.numCodebooks() != m_info.numCodebooks)
        throw Error("codec2-700c needs " + std::to_string(m_info.numCodebooks) + " codebooks, got " +
                    std::to_string(codes.numCodebooks()));
    std::vector<float> out;
    if (codes.numFrames() == 0)
        return out;
    out.reserve(std::size_t(codes.numFrames()) * kSamplesPerFrame700C);

    Codec2State state = createState();
    std::array<short, kSamplesPerFrame700C> speech{};
    std::array<unsigned char, kBytesPerFrame700C> bytes{};
    const auto& bits = fieldBits700C();
    for (std::int64_t f = 0; f < codes.numFrames(); ++f) {
        std::uint32_t word = 0;
        int shift = 32;
        for (int k = 0; k < m_info.numCodebooks; ++k) {
            const int width = bits[std::size_t(k)];
            const CodeGrid::Code code = codes.at(k, f);
            if (code < 0 || code >= (1 << width))
                throw Error("codec2-700c: code " + std::to_string(code) + " at frame " + std::to_string(f) +
                            " does not fit codebook " + std::to_string(k) + " (" + std::to_string(width) + " bits)");
            shift -= width;
            word |= std::uint32_t(code) << shift;
        }
        for (int b = 0; b < kBytesPerFrame700C; ++b)
            bytes[std::size_t(b)] = static_cast<unsigned char>(word >> (24 - 8 * b));
        codec2_decode(state.get(), speech.data(), bytes.data());
        for (short s : speech)
            out.push_back(float(s) / 32768.0f);
    }
    return out;
}

} // namespace codecbpe
