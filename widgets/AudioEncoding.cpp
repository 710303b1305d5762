#include "widgets/AudioEncoding.h"

#include "audio/ChunkPlan.h"
#include "audio/Resampler.h"

namespace codecbpe::widgets {

CodeGrid encodeMonoAudio(Codec& codec, const std::vector<float>& samples, int sampleRate, Progress& progress)
{
    const int rate = codec.info().samplingRateEncoder;
    const std::vector<float> audio = resample(samples, sampleRate, rate);
    const ChunkPlan plan(kEncodeChunkSeconds, 0.0, rate);
    const std::vector<ChunkWindow> windows = plan.windows(std::int64_t(audio.size()));
    CodeGrid codes(codec.info().numCodebooks, 0);
    for (std::size_t i = 0; i < windows.size(); ++i) {
        progress.report(std::int64_t(i), std::int64_t(windows.size()), "encoding");
        progress.throwIfCancelled();
        const std::vector<float> chunk = plan.extract(audio, windows[i]);
        const CodeGrid grid = codec.encode(chunk);
        const auto size = std::int64_t(chunk.size());
        const FrameRange kept = plan.keptFrames(size, size, grid.numFrames());
        codes.appendFrames(grid.frames(kept.begin, kept.end));
    }
    progress.report(std::int64_t(windows.size()), std::int64_t(windows.size()), "encoded");
    return codes;
}

} // namespace codecbpe::widgets
