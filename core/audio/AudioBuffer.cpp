#include "audio/AudioBuffer.h"

#include <stdexcept>

namespace codecbpe {

AudioBuffer::AudioBuffer(int sampleRate, std::vector<std::vector<float>> channels)
    : m_sampleRate(sampleRate), m_channels(std::move(channels))
{
    for (const auto& c : m_channels) {
        if (c.size() != m_channels.front().size())
            throw std::invalid_argument("AudioBuffer: channels differ in length");
    }
}

AudioBuffer AudioBuffer::mono(int sampleRate, std::vector<float> samples)
{
    std::vector<std::vector<float>> channels;
    channels.push_back(std::move(samples));
    return AudioBuffer(sampleRate, std::move(channels));
}

double AudioBuffer::durationSeconds() const noexcept
{
    return m_sampleRate > 0 ? double(numFrames()) / m_sampleRate : 0.0;
}

std::vector<float> AudioBuffer::mixToMono() const
{
    if (m_channels.size() == 1)
        return m_channels.front();
    std::vector<float> out(std::size_t(numFrames()), 0.0f);
    if (m_channels.empty())
        return out;
    // Accumulate in double so that the mean does not depend on the channel order's rounding.
    const double scale = 1.0 / double(m_channels.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        double sum = 0.0;
        for (const auto& c : m_channels)
            sum += c[i];
        out[i] = float(sum * scale);
    }
    return out;
}

} // namespace codecbpe
