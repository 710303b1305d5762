#include "audio/Resampler.h"

#include "common/Error.h"

#include <samplerate.h>

#include <cmath>
#include <string>

namespace codecbpe {
namespace {

int converterType(ResampleQuality quality)
{
    switch (quality) {
    case ResampleQuality::Best: return SRC_SINC_BEST_QUALITY;
    case ResampleQuality::Medium: return SRC_SINC_MEDIUM_QUALITY;
    case ResampleQuality::Fastest: return SRC_SINC_FASTEST;
    }
    return SRC_SINC_MEDIUM_QUALITY;
}

} // namespace

std::int64_t resampledLength(std::int64_t inputFrames, int fromRate, int toRate)
{
    // librosa computes ratio = float(target_sr) / orig_sr and n = int(np.ceil(len * ratio)) in doubles.
    const double ratio = double(toRate) / double(fromRate);
    return std::int64_t(std::ceil(double(inputFrames) * ratio));
}

std::vector<float> resample(const std::vector<float>& samples, int fromRate, int toRate, ResampleQuality quality)
{
    if (fromRate <= 0 || toRate <= 0)
        throw Error("cannot resample from " + std::to_string(fromRate) + " Hz to " + std::to_string(toRate) + " Hz");
    if (fromRate == toRate || samples.empty())
        return samples;

    const std::int64_t expected = resampledLength(std::int64_t(samples.size()), fromRate, toRate);
    // Room for the converter's rounding; the result is cut to `expected` below.
    std::vector<float> out(std::size_t(expected) + 16, 0.0f);
    SRC_DATA data{};
    data.data_in = samples.data();
    data.input_frames = long(samples.size());
    data.data_out = out.data();
    data.output_frames = long(out.size());
    data.src_ratio = double(toRate) / double(fromRate);
    data.end_of_input = 1;
    if (const int err = src_simple(&data, converterType(quality), 1); err != 0)
        throw Error(std::string("resampling failed: ") + src_strerror(err));
    out.resize(std::size_t(expected)); // zero-pads if the converter produced fewer, as librosa's fix_length
    return out;
}

AudioBuffer resample(const AudioBuffer& audio, int toRate, ResampleQuality quality)
{
    if (audio.sampleRate() == toRate)
        return audio;
    std::vector<std::vector<float>> channels;
    channels.reserve(std::size_t(audio.numChannels()));
    for (const auto& c : audio.channels())
        channels.push_back(resample(c, audio.sampleRate(), toRate, quality));
    return AudioBuffer(toRate, std::move(channels));
}

} // namespace codecbpe
