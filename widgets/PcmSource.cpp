#include "widgets/PcmSource.h"

#include <algorithm>
#include <cmath>

namespace codecbpe::widgets {

namespace {
constexpr qint64 kBytesPerSample = 2;
} // namespace

PcmSource::PcmSource(std::shared_ptr<const std::vector<float>> samples, std::int64_t begin, std::int64_t end,
                     QObject* parent)
    : QIODevice(parent), m_samples(std::move(samples))
{
    const auto size = std::int64_t(m_samples->size());
    m_begin = std::clamp<std::int64_t>(begin, 0, size);
    m_end = std::clamp<std::int64_t>(end, m_begin, size);
    m_next = m_begin;
}

qint64 PcmSource::bytesAvailable() const
{
    return (m_end - m_next) * kBytesPerSample + QIODevice::bytesAvailable();
}

qint64 PcmSource::readData(char* data, qint64 maxSize)
{
    auto* out = reinterpret_cast<qint16*>(data);
    const std::int64_t count = std::min<std::int64_t>(maxSize / kBytesPerSample, m_end - m_next);
    const float* in = m_samples->data() + m_next;
    for (std::int64_t i = 0; i < count; ++i)
        out[i] = qint16(std::lround(std::clamp(in[i], -1.0f, 32767.0f / 32768.0f) * 32768.0f));
    m_next += count;
    return count * kBytesPerSample;
}

} // namespace codecbpe::widgets
