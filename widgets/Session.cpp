#include "widgets/Session.h"

#include "audio/AudioFile.h"
#include "bpe/BpeEncoder.h"
#include "bpe/TokenizerFolder.h"
#include "codes/Npy.h"
#include "common/Error.h"
#include "codecs/CodecRegistry.h"
#include "text/CodeAlphabet.h"
#include "widgets/AudioEncoding.h"
#include "widgets/PromiseProgress.h"
#include "widgets/WorkerResult.h"

#include <QFileInfo>
#include <QtConcurrent>

#include <filesystem>
#include <utility>

namespace codecbpe::widgets {

namespace {
// codec-bpe writes codec_info.json at the root of a codes folder whose .npy files sit a few levels below it.
constexpr int kCodecInfoSearchLevels = 4;

std::optional<CodecInfo> findCodecInfoAbove(const std::filesystem::path& file)
{
    std::filesystem::path dir = file.parent_path();
    for (int level = 0; level < kCodecInfoSearchLevels && !dir.empty(); ++level) {
        if (auto info = findCodecInfo(dir))
            return info;
        if (dir == dir.parent_path())
            break;
        dir = dir.parent_path();
    }
    return std::nullopt;
}

// Codes that do not fit the codec_info.json beside them (fewer codebooks, a code outside the codebook) are refused
// with the CLI's message naming the file, rather than drawn and segmented as another codec's.
void checkAgainstCodecInfo(const CodeGrid& codes, const CodecInfo& info, const std::filesystem::path& file)
{
    try {
        CodeAlphabet(info.numCodebooks, info.codebookSize).codesToChars(codes);
    } catch (const Error& e) {
        throw Error(file.string(), e.what());
    }
}

// Runs on a worker thread: everything it touches is its own copy.
TokenTrack tokenize(const QString& dir, const CodeGrid& codes, const std::optional<CodecInfo>& info)
{
    const std::string path = dir.toStdString();
    auto folder = std::make_shared<TokenizerFolder>(TokenizerFolder::read(path));
    const CodeAlphabet alphabet = Session::tokenizerAlphabet(*folder, info, codes.numCodebooks(), path);
    BpeEncoder encoder = BpeEncoder::forFolder(*folder, path);
    std::vector<TokenSpan> spans;
    encoder.encode(alphabet.codesToChars(codes), spans);
    // One character per code: character spans are code spans of the frame-major flattening.
    return TokenTrack(Segmentation(spans, alphabet.numCodebooks()), std::move(folder), dir);
}
} // namespace

CodeAlphabet Session::tokenizerAlphabet(const TokenizerFolder& tokenizer, const std::optional<CodecInfo>& info,
                                       int gridCodebooks, const std::string& path)
{
    // Our metadata in tokenizer_config.json, else the codec's.
    int numCodebooks = info ? info->numCodebooks : gridCodebooks;
    int codebookSize = info ? info->codebookSize : 0;
    char32_t offset = CodeAlphabet::kDefaultOffset;
    if (tokenizer.codec) {
        numCodebooks = tokenizer.codec->numCodebooks;
        codebookSize = tokenizer.codec->codebookSize;
        offset = tokenizer.codec->unicodeOffset;
    }
    if (codebookSize <= 0)
        throw Error(path, "the tokenizer records no codebook size and the codes have no codec_info.json");
    return CodeAlphabet(numCodebooks, codebookSize, offset);
}

Session::Session(QObject* parent) : QObject(parent), m_samples(std::make_shared<const std::vector<float>>()) {}

Session::~Session()
{
    if (m_encoding) {
        m_encoding->disconnect(this);
        m_encoding->cancel();
        m_encoding->future().waitForFinished();
    }
    for (QFutureWatcher<TokenTrack>* watcher : m_tokenizing) {
        if (watcher) {
            watcher->disconnect(this);
            watcher->future().waitForFinished();
        }
    }
}

void Session::openTokenizer(int slot, const QString& dir)
{
    abandonTokenizing(slot);
    auto& running = m_tokenizing.at(std::size_t(slot));
    auto* watcher = new QFutureWatcher<TokenTrack>(this);
    running = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, slot, watcher, dir] {
        m_tokenizing.at(std::size_t(slot)) = nullptr;
        watcher->deleteLater();
        try {
            setTokens(slot, workerResult(*watcher));
        } catch (const std::exception& e) {
            emit tokenizeFailed(slot, QString::fromStdString(e.what()));
        }
    });
    watcher->setFuture(QtConcurrent::run(tokenize, dir, m_codes, m_codecInfo));
}

void Session::abandonTokenizing(int slot)
{
    auto& running = m_tokenizing.at(std::size_t(slot));
    if (!running)
        return;
    // The superseded result is dropped when it arrives; the watcher goes with it.
    running->disconnect(this);
    connect(running, &QFutureWatcherBase::finished, running, &QObject::deleteLater);
    running = nullptr;
}

void Session::encodeAudio(const QString& codecModel)
{
    if (m_encoding) {
        // Superseded: stopped, and dropped with its watcher when it ends.
        m_encoding->disconnect(this);
        m_encoding->cancel();
        connect(m_encoding, &QFutureWatcherBase::finished, m_encoding, &QObject::deleteLater);
    }
    m_encodingCancelRequested = false;
    auto* watcher = new QFutureWatcher<Encoded>(this);
    m_encoding = watcher;
    // The range (chunks) and the value arrive as separate events; each re-announces both.
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
            [this, watcher](int, int maximum) { emit encodingProgress(watcher->progressValue(), maximum); });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this, watcher](int value) { emit encodingProgress(value, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_encoding = nullptr;
        watcher->deleteLater();
        // Not watcher->isCanceled(): a worker's exception cancels the future too, and that is a failure.
        if (std::exchange(m_encodingCancelRequested, false)) {
            emit encodingCancelled();
            return;
        }
        try {
            Encoded encoded = workerResult(*watcher);
            setCodes(std::move(encoded.codes), std::move(encoded.info), QString());
            emit encodingFinished();
        } catch (const std::exception& e) {
            emit encodingFailed(QString::fromStdString(e.what()));
        }
    });
    const auto encode = [model = codecModel.toStdString(), samples = m_samples,
                         rate = m_sampleRate](QPromise<Encoded>& promise) {
        PromiseProgress<Encoded> progress(promise);
        const std::unique_ptr<Codec> codec = CodecRegistry::instance().create(model);
        try {
            CodeGrid codes = encodeMonoAudio(*codec, *samples, rate, progress);
            promise.addResult(Encoded{std::move(codes), codec->info()});
        } catch (const Cancelled&) {
            // Only thrown once the future is cancelled: the watcher reports it.
        }
    };
    watcher->setFuture(QtConcurrent::run(encode));
    emit encodingStarted(codecModel);
}

void Session::cancelEncoding()
{
    if (!m_encoding)
        return;
    // The watcher reports the cancellation (encodingCancelled) once the worker has stopped.
    m_encodingCancelRequested = true;
    m_encoding->cancel();
}

bool Session::isTokenizing(int slot) const
{
    return m_tokenizing.at(std::size_t(slot)) != nullptr;
}

double Session::framerate() const
{
    if (m_codecInfo && m_codecInfo->framerate > 0)
        return m_codecInfo->framerate;
    const bool haveAudio = !m_samples->empty() && m_sampleRate > 0;
    if (!m_codes.empty())
        return haveAudio ? double(m_codes.numFrames()) * m_sampleRate / double(m_samples->size()) : 0.0;
    return haveAudio ? kAudioOnlyFramerate : 0.0;
}

double Session::numFrames() const
{
    double frames = double(m_codes.numFrames());
    const double rate = framerate();
    if (!m_samples->empty() && m_sampleRate > 0 && rate > 0)
        frames = std::max(frames, double(m_samples->size()) * rate / m_sampleRate);
    return frames;
}

double Session::secondsAt(double frame) const
{
    const double rate = framerate();
    return rate > 0 ? frame / rate : 0.0;
}

void Session::openCodesFile(const QString& path)
{
    const std::filesystem::path file = path.toStdString();
    CodeGrid codes = loadNpyCodes(file);
    std::optional<CodecInfo> info = findCodecInfoAbove(std::filesystem::absolute(file));
    if (info)
        checkAgainstCodecInfo(codes, *info, file);
    setCodes(std::move(codes), std::move(info), path);
}

void Session::openAudioFile(const QString& path)
{
    const AudioBuffer audio = readAudio(path.toStdString());
    setAudio(audio.mixToMono(), audio.sampleRate(), path);
}

void Session::openFile(const QString& path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("npy"), Qt::CaseInsensitive) == 0)
        openCodesFile(path);
    else
        openAudioFile(path);
}

void Session::setCodes(CodeGrid codes, std::optional<CodecInfo> info, const QString& path)
{
    m_codes = std::move(codes);
    m_codecInfo = std::move(info);
    m_codesPath = path;
    // A segmentation belongs to the codes it was made from.
    for (int slot = 0; slot < kTokenizerSlots; ++slot) {
        abandonTokenizing(slot);
        auto& track = m_tokens[std::size_t(slot)];
        if (!track.empty()) {
            track = TokenTrack();
            emit tokensChanged(slot);
        }
    }
    emit codesChanged();
}

void Session::setAudio(std::vector<float> monoSamples, int sampleRate, const QString& path)
{
    m_samples = std::make_shared<const std::vector<float>>(std::move(monoSamples));
    m_sampleRate = sampleRate;
    m_audioPath = path;
    emit audioChanged();
}

void Session::setTokens(int slot, TokenTrack track)
{
    m_tokens.at(std::size_t(slot)) = std::move(track);
    m_highlights.at(std::size_t(slot)) = Highlight();
    emit tokensChanged(slot);
}

void Session::setHighlight(int slot, std::optional<TokenId> id, std::int64_t occurrence)
{
    m_highlights.at(std::size_t(slot)) = Highlight{id, occurrence};
    emit highlightChanged(slot);
}

void Session::clear()
{
    setCodes(CodeGrid(), std::nullopt, QString());
    setAudio({}, 0, QString());
    for (int slot = 0; slot < kTokenizerSlots; ++slot)
        setTokens(slot, TokenTrack());
}

} // namespace codecbpe::widgets
