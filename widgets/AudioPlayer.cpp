#include "widgets/AudioPlayer.h"

#include "widgets/PcmSource.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>
#include <QTimer>

namespace codecbpe::widgets {

AudioPlayer::AudioPlayer(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(kPositionIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isPlaying())
            emit positionChanged(position());
    });
}

AudioPlayer::~AudioPlayer()
{
    stop();
}

bool AudioPlayer::hasOutputDevice()
{
    return !QMediaDevices::audioOutputs().isEmpty();
}

QString AudioPlayer::noOutputMessage()
{
    return tr("No audio output device: playback is not available on this machine.");
}

bool AudioPlayer::play(std::shared_ptr<const std::vector<float>> samples, int sampleRate, std::int64_t begin,
                       std::int64_t end, bool loop)
{
    stop();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        emit unavailable(noOutputMessage());
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        emit unavailable(tr("The audio output \"%1\" cannot play %2 Hz mono.").arg(device.description()).arg(sampleRate));
        return false;
    }
    m_sampleRate = sampleRate;
    m_samples = std::move(samples);
    m_begin = begin;
    m_end = end;
    m_loop = loop;
    m_format = format;
    m_device = device;
    if (!startSink()) {
        stop();
        emit unavailable(noOutputMessage());
        return false;
    }
    m_timer->start();
    emit started();
    emit positionChanged(begin);
    return true;
}

bool AudioPlayer::startSink()
{
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink->deleteLater();
    }
    m_source = std::make_unique<PcmSource>(m_samples, m_begin, m_end);
    m_source->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(m_device, m_format, this);
    connect(m_sink, &QAudioSink::stateChanged, this, &AudioPlayer::onStateChanged);
    m_sink->start(m_source.get());
    return m_sink->error() != QAudio::OpenError;
}

void AudioPlayer::stop()
{
    if (!m_sink)
        return;
    m_timer->stop();
    QAudioSink* sink = m_sink;
    m_sink = nullptr; // first: stopping emits stateChanged, which must find us stopped
    sink->disconnect(this);
    sink->stop();
    sink->deleteLater();
    m_source.reset();
    m_samples.reset();
    emit stopped();
}

std::int64_t AudioPlayer::position() const
{
    if (!m_sink)
        return -1;
    const auto heard = std::int64_t(double(m_sink->processedUSecs()) * m_sampleRate / 1e6);
    const std::int64_t length = m_end - m_begin;
    if (length <= 0)
        return m_begin;
    return m_begin + std::min(heard, length);
}

void AudioPlayer::onStateChanged()
{
    if (!m_sink)
        return;
    // Idle: the source ran dry, the range has been played. Stopped with an error: the output went away.
    if (m_sink->state() == QAudio::IdleState) {
        emit positionChanged(m_end);
        // A loop starts over on a fresh sink, so that the position counts from the range's start again.
        if (m_loop && m_end > m_begin && startSink())
            return;
        stop();
    } else if (m_sink->state() == QAudio::StoppedState && m_sink->error() != QAudio::NoError) {
        const bool openFailed = m_sink->error() == QAudio::OpenError;
        stop();
        if (openFailed)
            emit unavailable(noOutputMessage());
    }
}

} // namespace codecbpe::widgets
