// PcmSource: a read-only QIODevice that hands a range of float samples to QAudioSink as 16-bit PCM, so playback
// needs no temporary file and no copy of the samples.
#pragma once

#include <QIODevice>

#include <cstdint>
#include <memory>
#include <vector>

namespace codecbpe::widgets {

class PcmSource : public QIODevice {
    Q_OBJECT
public:
    PcmSource(std::shared_ptr<const std::vector<float>> samples, std::int64_t begin, std::int64_t end,
              QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    std::shared_ptr<const std::vector<float>> m_samples;
    std::int64_t m_begin;
    std::int64_t m_end;
    std::int64_t m_next;
};

} // namespace codecbpe::widgets
