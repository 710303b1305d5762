// AudioPlayer: plays mono samples from memory through QAudioSink and reports which sample is being heard; on a
// machine without an audio output it reports a clear message instead of failing.
#pragma once

#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>

#include <cstdint>
#include <memory>
#include <vector>

class QAudioSink;
class QTimer;

namespace codecbpe::widgets {

class PcmSource;

class AudioPlayer : public QObject {
    Q_OBJECT
public:
    explicit AudioPlayer(QObject* parent = nullptr);
    ~AudioPlayer() override;

    // Plays samples [begin, end) at `sampleRate`; with `loop` it starts over at `begin` when it reaches `end`.
    // Returns false, after emitting unavailable(), when there is no audio output.
    bool play(std::shared_ptr<const std::vector<float>> samples, int sampleRate, std::int64_t begin,
              std::int64_t end, bool loop);
    void stop();
    bool isPlaying() const { return m_sink != nullptr; }
    // The sample being heard (an index into the played samples), or -1 when stopped.
    std::int64_t position() const;

    static bool hasOutputDevice();
    static QString noOutputMessage();

signals:
    // While playing, about every kPositionIntervalMs.
    void positionChanged(std::int64_t sample);
    void started();
    void stopped();
    void unavailable(const QString& message);

private:
    void onStateChanged();
    // Starts the sink on a fresh source for [m_begin, m_end); false if the output cannot be opened.
    bool startSink();

    static constexpr int kPositionIntervalMs = 25;
    QAudioSink* m_sink = nullptr;
    std::shared_ptr<const std::vector<float>> m_samples;
    QAudioDevice m_device;
    QAudioFormat m_format;
    std::unique_ptr<PcmSource> m_source;
    QTimer* m_timer;
    int m_sampleRate = 0;
    std::int64_t m_begin = 0;
    std::int64_t m_end = 0;
    bool m_loop = false;
};

} // namespace codecbpe::widgets
