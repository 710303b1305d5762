// Resampler: sample-rate conversion with libsamplerate, giving librosa's output length.
#pragma once

#include "audio/AudioBuffer.h"

#include <cstdint>
#include <vector>

namespace codecbpe {

enum class ResampleQuality { Best, Medium, Fastest };

// The number of samples librosa.resample returns for `inputFrames` samples: ceil(n * to / from).
std::int64_t resampledLength(std::int64_t inputFrames, int fromRate, int toRate);

// Converts `samples` from `fromRate` to `toRate` (band-limited sinc interpolation); the result has exactly
// resampledLength() samples (trimmed or zero-padded at the end, as librosa's fix_length). Equal rates copy.
std::vector<float> resample(const std::vector<float>& samples, int fromRate, int toRate,
                            ResampleQuality quality = ResampleQuality::Medium);
AudioBuffer resample(const AudioBuffer& audio, int toRate, ResampleQuality quality = ResampleQuality::Medium);

} // namespace codecbpe
