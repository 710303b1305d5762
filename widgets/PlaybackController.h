// PlaybackController: what the studio plays and where: the edit cursor, the selection, looping, and the play
// position on the time axis, for the audio itself or for what the codes decode to (decoded on a worker thread).
#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace codecbpe::widgets {

class AudioPlayer;
class Session;

class PlaybackController : public QObject {
    Q_OBJECT
public:
    enum class Source { Audio, DecodedCodes };

    explicit PlaybackController(Session* session, QObject* parent = nullptr);
    // Waits for a running decode: no worker outlives the controller.
    ~PlaybackController() override;

    AudioPlayer* player() const { return m_player; }

    // The source playback uses: the audio, or the codes decoded by their codec.
    Source source() const { return m_source; }
    void setSource(Source source);
    bool canPlay(Source source) const;
    // The codec's model name if the session's codes can be decoded (their codec is known and decodes), else empty.
    QString decodingCodec() const;

    double cursorFrame() const { return m_cursor; }
    void setCursorFrame(double frame);
    // The selected frames [first, second), if any.
    std::optional<std::pair<double, double>> selection() const { return m_selection; }
    void setSelection(double begin, double end);
    void clearSelection();
    bool loop() const { return m_loop; }
    void setLoop(bool loop);

    bool isPlaying() const;
    // The frame being heard, while playing.
    std::optional<double> playFrame() const { return m_playFrame; }

    // Space: stops, or plays the selection (looped if loop()) or from the cursor to the end.
    void togglePlay();
    // Plays frames [begin, end) once from the current source.
    void playFrames(double begin, double end);
    // Plays the time range of token `index` of tokenizer `slot`.
    void playToken(int slot, std::int64_t index);
    void stop();

signals:
    void cursorChanged(double frame);
    void selectionChanged();
    void playFrameChanged(std::optional<double> frame);
    void playingChanged(bool playing);
    void sourceChanged(Source source);
    // Something the user should read (no audio device, decoding failed, nothing to play).
    void message(const QString& text);

private:
    struct Clip {
        std::shared_ptr<const std::vector<float>> samples;
        int sampleRate = 0;
    };
    void play(double begin, double end, bool loop);
    void startDecoding();
    void onPlayerPosition(std::int64_t sample);
    void onDocumentChanged();

    Session* m_session;
    AudioPlayer* m_player;
    Source m_source = Source::Audio;
    double m_cursor = 0.0;
    std::optional<std::pair<double, double>> m_selection;
    bool m_loop = false;
    std::optional<double> m_playFrame;
    int m_playRate = 0;

    std::shared_ptr<const std::vector<float>> m_audio; // the session's samples, shared with the player
    Clip m_decoded;                                    // the codes decoded, once asked for
    QFutureWatcher<Clip>* m_decoding = nullptr;
    struct PendingPlay {
        double begin, end;
        bool loop;
    };
    std::optional<PendingPlay> m_pending; // what to play once decoding is done
};

} // namespace codecbpe::widgets
