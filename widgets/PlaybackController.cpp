#include "widgets/PlaybackController.h"

#include "codecs/CodecRegistry.h"
#include "widgets/AudioPlayer.h"
#include "widgets/Session.h"

#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace codecbpe::widgets {

PlaybackController::PlaybackController(Session* session, QObject* parent)
    : QObject(parent), m_session(session), m_player(new AudioPlayer(this))
{
    connect(m_player, &AudioPlayer::positionChanged, this, &PlaybackController::onPlayerPosition);
    connect(m_player, &AudioPlayer::started, this, [this] { emit playingChanged(true); });
    connect(m_player, &AudioPlayer::stopped, this, [this] {
        m_playFrame.reset();
        emit playFrameChanged(std::nullopt);
        emit playingChanged(false);
    });
    connect(m_player, &AudioPlayer::unavailable, this, &PlaybackController::message);
    connect(session, &Session::codesChanged, this, &PlaybackController::onDocumentChanged);
    connect(session, &Session::audioChanged, this, &PlaybackController::onDocumentChanged);
}

PlaybackController::~PlaybackController()
{
    if (m_decoding) {
        m_decoding->disconnect(this);
        m_decoding->future().waitForFinished();
    }
}

void PlaybackController::onDocumentChanged()
{
    stop();
    m_decoded = Clip();
    m_pending.reset();
    if (m_decoding) {
        // The result belongs to the old codes: dropped when it arrives.
        m_decoding->disconnect(this);
        connect(m_decoding, &QFutureWatcherBase::finished, m_decoding, &QObject::deleteLater);
        m_decoding = nullptr;
    }
    m_cursor = std::clamp(m_cursor, 0.0, m_session->numFrames());
    m_selection.reset();
    emit cursorChanged(m_cursor);
    emit selectionChanged();
    if (!canPlay(m_source) && canPlay(Source::Audio))
        setSource(Source::Audio);
}

void PlaybackController::setSource(Source source)
{
    if (source == m_source)
        return;
    stop();
    m_source = source;
    emit sourceChanged(source);
}

QString PlaybackController::decodingCodec() const
{
    const auto& info = m_session->codecInfo();
    if (m_session->codes().empty() || !info || info->samplingRateDecoder <= 0 ||
        !CodecRegistry::instance().canCreate(info->codecModel))
        return {};
    return QString::fromStdString(info->codecModel);
}

bool PlaybackController::canPlay(Source source) const
{
    if (m_session->framerate() <= 0)
        return false;
    return source == Source::Audio ? !m_session->samples().empty() : !decodingCodec().isEmpty();
}

void PlaybackController::setCursorFrame(double frame)
{
    m_cursor = std::clamp(frame, 0.0, m_session->numFrames());
    emit cursorChanged(m_cursor);
}

void PlaybackController::setSelection(double begin, double end)
{
    if (end < begin)
        std::swap(begin, end);
    begin = std::max(0.0, begin);
    end = std::min(end, m_session->numFrames());
    if (end <= begin)
        m_selection.reset();
    else
        m_selection = std::make_pair(begin, end);
    emit selectionChanged();
}

void PlaybackController::clearSelection()
{
    m_selection.reset();
    emit selectionChanged();
}

void PlaybackController::setLoop(bool loop)
{
    m_loop = loop;
}

bool PlaybackController::isPlaying() const
{
    return m_player->isPlaying();
}

void PlaybackController::togglePlay()
{
    if (isPlaying()) {
        stop();
        return;
    }
    if (m_selection)
        play(m_selection->first, m_selection->second, m_loop);
    else
        play(m_cursor, m_session->numFrames(), false);
}

void PlaybackController::playFrames(double begin, double end)
{
    play(begin, end, false);
}

void PlaybackController::playToken(int slot, std::int64_t index)
{
    const TokenTrack& track = m_session->tokens(slot);
    if (index < 0 || index >= track.size())
        return;
    const TokenSegment& token = track.segment(index);
    play(token.frameBegin, token.frameEnd, false);
}

void PlaybackController::stop()
{
    m_pending.reset();
    m_player->stop();
}

void PlaybackController::play(double begin, double end, bool loop)
{
    stop();
    if (!canPlay(m_source)) {
        emit message(m_source == Source::Audio ? tr("There is no audio to play.")
                                               : tr("The codec of these codes cannot decode them."));
        return;
    }
    if (!AudioPlayer::hasOutputDevice()) {
        emit message(AudioPlayer::noOutputMessage());
        return;
    }
    Clip clip;
    if (m_source == Source::Audio) {
        clip = {m_session->sharedSamples(), m_session->sampleRate()};
    } else if (m_decoded.samples) {
        clip = m_decoded;
    } else {
        m_pending = PendingPlay{begin, end, loop};
        startDecoding();
        return;
    }
    const double framerate = m_session->framerate();
    const auto toSample = [&](double frame) { return std::int64_t(std::llround(frame / framerate * clip.sampleRate)); };
    m_playRate = clip.sampleRate;
    m_player->play(clip.samples, clip.sampleRate, toSample(begin), toSample(end), loop);
}

void PlaybackController::startDecoding()
{
    if (m_decoding)
        return;
    emit message(tr("Decoding the codes with %1…").arg(decodingCodec()));
    m_decoding = new QFutureWatcher<Clip>(this);
    connect(m_decoding, &QFutureWatcherBase::finished, this, [this] {
        QFutureWatcher<Clip>* watcher = m_decoding;
        m_decoding = nullptr;
        watcher->deleteLater();
        try {
            m_decoded = watcher->result();
        } catch (const std::exception& e) {
            m_pending.reset();
            emit message(tr("Cannot decode the codes: %1").arg(QString::fromStdString(e.what())));
            return;
        }
        if (const std::optional<PendingPlay> pending = std::exchange(m_pending, std::nullopt))
            play(pending->begin, pending->end, pending->loop);
    });
    // The worker gets its own copies; the codec is made on the worker, used there and dropped there.
    m_decoding->setFuture(QtConcurrent::run(
        [model = decodingCodec().toStdString(), codes = m_session->codes()] {
            const std::unique_ptr<Codec> codec = CodecRegistry::instance().create(model);
            return Clip{std::make_shared<const std::vector<float>>(codec->decode(codes)),
                        codec->info().samplingRateDecoder};
        }));
}

void PlaybackController::onPlayerPosition(std::int64_t sample)
{
    if (m_playRate <= 0)
        return;
    m_playFrame = double(sample) / m_playRate * m_session->framerate();
    emit playFrameChanged(m_playFrame);
}

} // namespace codecbpe::widgets
