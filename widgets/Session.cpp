#include "widgets/Session.h"

#include "audio/AudioFile.h"
#include "codes/Npy.h"

#include <QFileInfo>

#include <filesystem>

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
} // namespace

Session::Session(QObject* parent) : QObject(parent) {}

double Session::framerate() const
{
    if (m_codecInfo && m_codecInfo->framerate > 0)
        return m_codecInfo->framerate;
    const bool haveAudio = !m_samples.empty() && m_sampleRate > 0;
    if (!m_codes.empty())
        return haveAudio ? double(m_codes.numFrames()) * m_sampleRate / double(m_samples.size()) : 0.0;
    return haveAudio ? kAudioOnlyFramerate : 0.0;
}

double Session::numFrames() const
{
    double frames = double(m_codes.numFrames());
    const double rate = framerate();
    if (!m_samples.empty() && m_sampleRate > 0 && rate > 0)
        frames = std::max(frames, double(m_samples.size()) * rate / m_sampleRate);
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
    setCodes(std::move(codes), findCodecInfoAbove(std::filesystem::absolute(file)), path);
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
        auto& track = m_tokens[std::size_t(slot)];
        if (!track.spans.empty()) {
            track.spans.clear();
            emit tokensChanged(slot);
        }
    }
    emit codesChanged();
}

void Session::setAudio(std::vector<float> monoSamples, int sampleRate, const QString& path)
{
    m_samples = std::move(monoSamples);
    m_sampleRate = sampleRate;
    m_audioPath = path;
    emit audioChanged();
}

void Session::setTokens(int slot, TokenTrack track)
{
    m_tokens.at(std::size_t(slot)) = std::move(track);
    emit tokensChanged(slot);
}

void Session::clear()
{
    setCodes(CodeGrid(), std::nullopt, QString());
    setAudio({}, 0, QString());
    for (int slot = 0; slot < kTokenizerSlots; ++slot)
        setTokens(slot, TokenTrack());
}

} // namespace codecbpe::widgets
