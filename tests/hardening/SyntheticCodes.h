// SyntheticCodes: a folder of codec codes as audio-to-codes leaves it (codec_info.json and one <name>_c0.npy per
// recording), generated from a fixed seed with the repetition real codes have, for load tests and benches.
#pragma once

#include "codes/CodeGrid.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace codecbpe::test {

struct SyntheticCodesSpec {
    int recordings = 10000;
    int numCodebooks = 4;
    int codebookSize = 1024;
    double framerate = 50.0;
    // Recording lengths: multiples of frameStep in [minFrames, maxFrames], so that chunks of frameStep frames
    // never straddle two recordings of a concatenated file.
    std::int64_t minFrames = 50;
    std::int64_t maxFrames = 400;
    std::int64_t frameStep = 50;
    std::uint64_t seed = 1;
};

class SyntheticCodes {
public:
    explicit SyntheticCodes(SyntheticCodesSpec spec);

    const SyntheticCodesSpec& spec() const { return m_spec; }
    // Recording `index` (the same every time): units of 2-6 frames drawn with a Zipf law, runs of a silence frame,
    // and per-code noise that grows with the codebook, as gen_corpus.py makes its text.
    CodeGrid recording(int index) const;
    // Writes codec_info.json and the recordings into `dir`, `recordingsPerFile` consecutive ones in each file
    // (named rec<first index>_c0.npy, so that name order is recording order). Returns the number of codes written.
    std::int64_t writeFolder(const std::filesystem::path& dir, int recordingsPerFile = 1) const;

private:
    using Frame = std::vector<CodeGrid::Code>;

    SyntheticCodesSpec m_spec;
    std::vector<std::vector<Frame>> m_units;
    std::vector<double> m_unitWeights;
};

} // namespace codecbpe::test
