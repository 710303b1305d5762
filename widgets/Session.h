// Session: the open document — code grid and codec info, audio, tokenizers A and B with their segmentations.
// Views read it and never own data; every change is announced by a signal.
#pragma once

#include "codes/CodeGrid.h"
#include "codes/CodecInfo.h"
#include "text/CodeAlphabet.h"
#include "widgets/TokenTrack.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace codecbpe::widgets {

class Session : public QObject {
    Q_OBJECT
public:
    static constexpr int kTokenizerSlots = 2; // A and B
    // Frames per second of the time axis when there are audio samples but no codes to take it from.
    static constexpr double kAudioOnlyFramerate = 100.0;

    explicit Session(QObject* parent = nullptr);
    // Cancels running encodings and tokenizations and waits for them: no worker outlives the session.
    ~Session() override;

    const CodeGrid& codes() const { return m_codes; }
    const std::optional<CodecInfo>& codecInfo() const { return m_codecInfo; }
    const QString& codesPath() const { return m_codesPath; }
    const std::vector<float>& samples() const { return *m_samples; }
    // The same samples, for a player that must keep them while the session moves on.
    std::shared_ptr<const std::vector<float>> sharedSamples() const { return m_samples; }
    int sampleRate() const { return m_sampleRate; }
    const QString& audioPath() const { return m_audioPath; }
    const TokenTrack& tokens(int slot) const { return m_tokens.at(std::size_t(slot)); }

    bool isEmpty() const { return m_codes.empty() && m_samples->empty(); }
    // Codec frames per second (codec info, else codes spread over the audio, else kAudioOnlyFramerate); 0 when
    // there are codes without codec info or audio, so times are unknown.
    double framerate() const;
    // Length of the time axis in frames (fractional when only audio is open).
    double numFrames() const;
    double secondsAt(double frame) const;

    // Loads a .npy of codes and the codec_info.json beside it (or in a folder above, as codec-bpe lays them out).
    // Throws codecbpe::Error naming the file.
    void openCodesFile(const QString& path);
    // Loads any audio file the core reads, mixed to mono. Throws codecbpe::Error naming the file.
    void openAudioFile(const QString& path);
    // Opens `path` by its kind: .npy -> codes, anything else -> audio.
    void openFile(const QString& path);

    // Reads the tokenizer folder `dir` and segments the codes with it on a worker thread; tokensChanged(slot) or
    // tokenizeFailed(slot, message) follows. A newer request for the same slot supersedes a running one.
    void openTokenizer(int slot, const QString& dir);
    bool isTokenizing(int slot) const;
    // The alphabet `tokenizer` was trained with: its codec metadata, else the codec info of codes with
    // `gridCodebooks` codebooks. Throws Error naming `path` when neither gives a codebook size.
    static CodeAlphabet tokenizerAlphabet(const TokenizerFolder& tokenizer, const std::optional<CodecInfo>& info,
                                          int gridCodebooks, const std::string& path);

    // Encodes the open audio with the codec `codecModel` (a CodecRegistry name or file) on a worker thread;
    // codesChanged() follows, or encodingFailed(message), or encodingCancelled() after cancelEncoding().
    void encodeAudio(const QString& codecModel);
    void cancelEncoding();
    bool isEncoding() const { return m_encoding != nullptr; }

    void setCodes(CodeGrid codes, std::optional<CodecInfo> info, const QString& path);
    void setAudio(std::vector<float> monoSamples, int sampleRate, const QString& path);
    void setTokens(int slot, TokenTrack track);
    void clear();

    // The token picked in the vocabulary browser for `slot`: its occurrences are highlighted in the token lane, and
    // `occurrence` (an index into tokens(slot).segments(), or -1) is the one to bring into view. New tokens clear it.
    void setHighlight(int slot, std::optional<TokenId> id, std::int64_t occurrence = -1);
    std::optional<TokenId> highlightedToken(int slot) const { return m_highlights.at(std::size_t(slot)).id; }
    std::int64_t currentOccurrence(int slot) const { return m_highlights.at(std::size_t(slot)).occurrence; }

signals:
    void codesChanged();
    void audioChanged();
    void tokensChanged(int slot);
    void tokenizeFailed(int slot, const QString& message);
    void highlightChanged(int slot);
    void encodingStarted(const QString& codecModel);
    void encodingProgress(int done, int total);
    void encodingFinished();
    void encodingFailed(const QString& message);
    void encodingCancelled();

private:
    void abandonTokenizing(int slot);

    std::array<QFutureWatcher<TokenTrack>*, kTokenizerSlots> m_tokenizing{};
    struct Encoded {
        CodeGrid codes;
        CodecInfo info;
    };
    QFutureWatcher<Encoded>* m_encoding = nullptr;
    bool m_encodingCancelRequested = false;
    CodeGrid m_codes;
    std::optional<CodecInfo> m_codecInfo;
    QString m_codesPath;
    std::shared_ptr<const std::vector<float>> m_samples;
    int m_sampleRate = 0;
    QString m_audioPath;
    std::array<TokenTrack, kTokenizerSlots> m_tokens;
    struct Highlight {
        std::optional<TokenId> id;
        std::int64_t occurrence = -1;
    };
    std::array<Highlight, kTokenizerSlots> m_highlights;
};

} // namespace codecbpe::widgets
