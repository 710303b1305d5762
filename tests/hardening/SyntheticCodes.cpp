#include "SyntheticCodes.h"

#include "codes/CodecInfo.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <stdexcept>

namespace codecbpe::test {
namespace {

constexpr int kUnits = 400;
constexpr double kSilenceShare = 0.08;

std::string fileName(int index)
{
    char name[32];
    std::snprintf(name, sizeof name, "rec%06d_c0.npy", index);
    return name;
}

// A little-endian int16 .npy (format 1.0) of shape (K, F), written plainly: the product's saveNpyCodes syncs every
// file to disk, which makes 10,000 files take minutes, and a fixture written apart from it also checks its reader.
void writeNpyInt16(const std::filesystem::path& file, const CodeGrid& codes)
{
    std::string header = "{'descr': '<i2', 'fortran_order': False, 'shape': (" +
                         std::to_string(codes.numCodebooks()) + ", " + std::to_string(codes.numFrames()) + "), }";
    header.append(63 - (10 + header.size()) % 64, ' ');
    header += '\n';
    std::string bytes = std::string("\x93NUMPY\x01\x00", 8);
    bytes += char(header.size() & 0xff);
    bytes += char(header.size() >> 8);
    bytes += header;
    for (const CodeGrid::Code code : codes.codebookMajor()) {
        bytes += char(code & 0xff);
        bytes += char((code >> 8) & 0xff);
    }
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
}

} // namespace

SyntheticCodes::SyntheticCodes(SyntheticCodesSpec spec) : m_spec(spec)
{
    std::mt19937_64 rng(m_spec.seed);
    for (int u = 0; u < kUnits; ++u) {
        std::vector<Frame> unit(std::uniform_int_distribution<int>(2, 6)(rng));
        for (Frame& frame : unit) {
            // Lower codebooks use fewer codes (more repetition), as in residual vector quantisers.
            for (int k = 0; k < m_spec.numCodebooks; ++k) {
                const int range = std::min(m_spec.codebookSize, 64 << std::min(2 * k, 20));
                frame.push_back(std::uniform_int_distribution<int>(0, range - 1)(rng));
            }
        }
        m_units.push_back(std::move(unit));
        m_unitWeights.push_back(1.0 / std::pow(u + 1, 1.1));
    }
}

CodeGrid SyntheticCodes::recording(int index) const
{
    std::mt19937_64 rng(m_spec.seed * 1000003u + std::uint64_t(index));
    const std::int64_t steps = (m_spec.maxFrames - m_spec.minFrames) / m_spec.frameStep;
    const std::int64_t frames =
        m_spec.minFrames + m_spec.frameStep * std::uniform_int_distribution<std::int64_t>(0, steps)(rng);
    std::discrete_distribution<int> pickUnit(m_unitWeights.begin(), m_unitWeights.end());
    std::uniform_real_distribution<double> chance(0.0, 1.0);
    std::uniform_int_distribution<int> anyCode(0, m_spec.codebookSize - 1);

    CodeGrid grid(m_spec.numCodebooks, frames);
    std::int64_t f = 0;
    const auto put = [&](const Frame& frame) {
        for (int k = 0; k < m_spec.numCodebooks && f < frames; ++k)
            grid.at(k, f) = chance(rng) < 0.02 + 0.08 * k ? anyCode(rng) : frame[std::size_t(k)];
        ++f;
    };
    const Frame silence(std::size_t(m_spec.numCodebooks), 0);
    while (f < frames) {
        if (chance(rng) < kSilenceShare) {
            for (int n = std::uniform_int_distribution<int>(1, 30)(rng); n > 0 && f < frames; --n)
                put(silence);
            continue;
        }
        for (const Frame& frame : m_units[std::size_t(pickUnit(rng))]) {
            if (f < frames)
                put(frame);
        }
    }
    return grid;
}

std::int64_t SyntheticCodes::writeFolder(const std::filesystem::path& dir, int recordingsPerFile) const
{
    std::filesystem::create_directories(dir);
    CodecInfo info;
    info.codecType = "synthetic";
    info.codecModel = "synthetic";
    info.samplingRateEncoder = 16000;
    info.samplingRateDecoder = 16000;
    info.numCodebooks = m_spec.numCodebooks;
    info.codebookSize = m_spec.codebookSize;
    info.framerate = m_spec.framerate;
    writeCodecInfo(dir / "codec_info.json", info);

    std::int64_t codes = 0;
    for (int first = 0; first < m_spec.recordings; first += recordingsPerFile) {
        CodeGrid file = recording(first);
        for (int r = first + 1; r < std::min(first + recordingsPerFile, m_spec.recordings); ++r)
            file.appendFrames(recording(r));
        codes += file.size();
        writeNpyInt16(dir / fileName(first), file);
    }
    return codes;
}

} // namespace codecbpe::test
