// ChunkPlan: codec-bpe's chunk / context windowing of a file (spec 6.4): which samples each encoder call sees
// and which of the resulting frames are kept.
#pragma once

#include <cstdint>
#include <vector>

namespace codecbpe {

// One encoder window: `leftPad` zeros, then audio[readBegin, readEnd).
struct ChunkWindow {
    std::int64_t start = 0;     // first sample of the chunk proper (the part whose codes are kept)
    std::int64_t end = 0;       // start + chunk size; may lie past the end of the audio
    std::int64_t readBegin = 0; // max(0, start - context)
    std::int64_t readEnd = 0;   // min(end, audio length)
    std::int64_t leftPad = 0;   // silent context before the start of the file
    bool endOfFile = false;

    std::int64_t numSamples() const noexcept { return leftPad + (readEnd - readBegin); }
};

// Frames [begin, end) of an encoded window that belong to the chunk proper.
struct FrameRange {
    std::int64_t begin = 0;
    std::int64_t end = 0;
};

class ChunkPlan {
public:
    // chunk_size_samples = int(chunkSizeSecs * sampleRate) and context_samples =
    // int(max(0, contextSecs - chunkSizeSecs) * sampleRate), both truncated doubles exactly as in Python.
    // Throws Error if the chunk is shorter than one sample (codec-bpe would loop forever).
    ChunkPlan(double chunkSizeSecs, double contextSecs, int sampleRate);

    std::int64_t chunkSizeSamples() const noexcept { return m_chunkSamples; }
    std::int64_t contextSamples() const noexcept { return m_contextSamples; }
    int sampleRate() const noexcept { return m_sampleRate; }

    // The windows for audio of `numSamples` samples; an empty file still gets one window.
    std::vector<ChunkWindow> windows(std::int64_t numSamples) const;
    // The window's samples: leftPad zeros followed by the audio it reads.
    std::vector<float> extract(const std::vector<float>& audio, const ChunkWindow& window) const;
    // Start of the chunk in seconds (start / sample rate), as codec-bpe names per-chunk files.
    double startSeconds(const ChunkWindow& window) const noexcept { return double(window.start) / m_sampleRate; }

    // The kept frames of a window of `windowSamples` samples encoded in a batch whose longest (padded) item has
    // `paddedSamples` samples and gave `numFrames` frames: samples_per_frame = ceil(padded / F), then
    // [ceil(context / spf), ceil(windowSamples / spf)) clamped to [0, F] as Python's slice does.
    FrameRange keptFrames(std::int64_t windowSamples, std::int64_t paddedSamples, std::int64_t numFrames) const;

private:
    std::int64_t m_chunkSamples = 0;
    std::int64_t m_contextSamples = 0;
    int m_sampleRate = 0;
};

} // namespace codecbpe
