// AudioBuffer: decoded audio as float samples, one vector per channel, at one sample rate.
#pragma once

#include <cstdint>
#include <vector>

namespace codecbpe {

class AudioBuffer {
public:
    AudioBuffer() = default;
    // Every channel must hold the same number of frames (std::invalid_argument otherwise).
    AudioBuffer(int sampleRate, std::vector<std::vector<float>> channels);
    static AudioBuffer mono(int sampleRate, std::vector<float> samples);

    int sampleRate() const noexcept { return m_sampleRate; }
    int numChannels() const noexcept { return int(m_channels.size()); }
    std::int64_t numFrames() const noexcept { return m_channels.empty() ? 0 : std::int64_t(m_channels[0].size()); }
    double durationSeconds() const noexcept;

    const std::vector<float>& channel(int index) const { return m_channels.at(std::size_t(index)); }
    const std::vector<std::vector<float>>& channels() const noexcept { return m_channels; }

    // The mean of the channels, frame by frame, as librosa's to_mono (a mono buffer is returned as is).
    std::vector<float> mixToMono() const;

private:
    int m_sampleRate = 0;
    std::vector<std::vector<float>> m_channels;
};

} // namespace codecbpe
