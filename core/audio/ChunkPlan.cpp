#include "audio/ChunkPlan.h"

#include "common/Error.h"

#include <algorithm>
#include <string>

namespace codecbpe {
namespace {

std::int64_t ceilDiv(std::int64_t a, std::int64_t b)
{
    return (a + b - 1) / b;
}

} // namespace

ChunkPlan::ChunkPlan(double chunkSizeSecs, double contextSecs, int sampleRate)
    : m_chunkSamples(std::int64_t(chunkSizeSecs * double(sampleRate))),
      m_contextSamples(std::int64_t(std::max(0.0, contextSecs - chunkSizeSecs) * double(sampleRate))),
      m_sampleRate(sampleRate)
{
    if (sampleRate <= 0)
        throw Error("invalid sample rate " + std::to_string(sampleRate));
    if (!(chunkSizeSecs > 0.0) || m_chunkSamples < 1)
        throw Error("chunk size of " + std::to_string(chunkSizeSecs) + " s is shorter than one sample at " +
                    std::to_string(sampleRate) + " Hz");
}

std::vector<ChunkWindow> ChunkPlan::windows(std::int64_t numSamples) const
{
    std::vector<ChunkWindow> out;
    for (std::int64_t start = 0;; start += m_chunkSamples) {
        ChunkWindow w;
        w.start = start;
        w.end = start + m_chunkSamples;
        w.endOfFile = w.end >= numSamples;
        const std::int64_t withContext = start - m_contextSamples;
        w.readBegin = std::max<std::int64_t>(0, withContext);
        w.readEnd = std::min(w.end, numSamples);
        w.leftPad = withContext < 0 ? -withContext : 0;
        out.push_back(w);
        if (w.endOfFile)
            break;
    }
    return out;
}

std::vector<float> ChunkPlan::extract(const std::vector<float>& audio, const ChunkWindow& window) const
{
    std::vector<float> out(std::size_t(window.leftPad), 0.0f);
    const auto begin = std::min<std::int64_t>(window.readBegin, std::int64_t(audio.size()));
    const auto end = std::min<std::int64_t>(window.readEnd, std::int64_t(audio.size()));
    out.insert(out.end(), audio.begin() + begin, audio.begin() + std::max(begin, end));
    return out;
}

FrameRange ChunkPlan::keptFrames(std::int64_t windowSamples, std::int64_t paddedSamples, std::int64_t numFrames) const
{
    if (numFrames <= 0)
        return {};
    const std::int64_t samplesPerFrame = std::max<std::int64_t>(1, ceilDiv(paddedSamples, numFrames));
    const std::int64_t begin = std::min(ceilDiv(m_contextSamples, samplesPerFrame), numFrames);
    const std::int64_t end = std::min(ceilDiv(windowSamples, samplesPerFrame), numFrames);
    return {begin, std::max(begin, end)};
}

} // namespace codecbpe
