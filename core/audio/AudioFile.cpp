#include "audio/AudioFile.h"

#include "common/AtomicFile.h"
#include "common/Error.h"

#include <sndfile.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <string>

namespace codecbpe {
namespace {

struct SndfileCloser {
    void operator()(SNDFILE* f) const { sf_close(f); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileCloser>;

// An in-memory file for libsndfile's virtual I/O, so that the encoded bytes can go through writeFileAtomically.
struct MemoryFile {
    std::string bytes;
    sf_count_t position = 0;

    static sf_count_t length(void* self) { return sf_count_t(static_cast<MemoryFile*>(self)->bytes.size()); }
    static sf_count_t seek(sf_count_t offset, int whence, void* self)
    {
        auto* m = static_cast<MemoryFile*>(self);
        const sf_count_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? m->position : length(self);
        m->position = std::max<sf_count_t>(0, base + offset);
        return m->position;
    }
    static sf_count_t read(void* ptr, sf_count_t count, void* self)
    {
        auto* m = static_cast<MemoryFile*>(self);
        const sf_count_t n = std::clamp<sf_count_t>(length(self) - m->position, 0, count);
        std::memcpy(ptr, m->bytes.data() + m->position, std::size_t(n));
        m->position += n;
        return n;
    }
    static sf_count_t write(const void* ptr, sf_count_t count, void* self)
    {
        auto* m = static_cast<MemoryFile*>(self);
        const auto end = std::size_t(m->position + count);
        if (end > m->bytes.size())
            m->bytes.resize(end);
        std::memcpy(m->bytes.data() + m->position, ptr, std::size_t(count));
        m->position += count;
        return count;
    }
    static sf_count_t tell(void* self) { return static_cast<MemoryFile*>(self)->position; }
};

int sndfileFormat(AudioFileFormat format)
{
    switch (format) {
    case AudioFileFormat::Wav16: return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    case AudioFileFormat::WavFloat: return SF_FORMAT_WAV | SF_FORMAT_FLOAT;
    case AudioFileFormat::Flac16: return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    }
    return 0;
}

} // namespace

AudioBuffer readAudio(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        throw Error(file.string(), "no such audio file");
    const std::uintmax_t fileBytes = std::filesystem::file_size(file, ec);
    if (!ec && fileBytes == 0)
        throw Error(file.string(), "empty audio file (0 bytes)");

    SF_INFO info{};
    SndfilePtr sf(sf_open(file.c_str(), SFM_READ, &info));
    if (!sf)
        throw Error(file.string(), std::string("cannot decode audio: ") + sf_strerror(nullptr));
    if (info.channels <= 0 || info.samplerate <= 0)
        throw Error(file.string(), "audio file has no channels or no sample rate");

    const auto channels = std::size_t(info.channels);
    // A block holds a fixed number of samples, not frames: a file may declare up to 1024 channels.
    constexpr std::size_t blockSamples = std::size_t(1) << 14;
    const auto blockFrames = sf_count_t(std::max<std::size_t>(1, blockSamples / channels));
    std::vector<float> block(std::size_t(blockFrames) * channels);
    std::vector<std::vector<float>> out(channels);
    // Reserve from the header's count as a hint only; the loop reads until the decoder returns nothing. The header
    // may lie (a 100-byte file can claim billions of frames), so the hint is capped by what the file's size makes
    // plausible (16 samples a byte: more than low-bitrate Opus packs; beyond it the vectors grow as they read) and
    // by 64 MB.
    constexpr sf_count_t maxReservedSamples = sf_count_t(1) << 24;
    constexpr sf_count_t plausibleSamplesPerByte = 16;
    if (info.frames > 0 && !ec) {
        const sf_count_t plausibleSamples =
            std::min<sf_count_t>(maxReservedSamples, sf_count_t(fileBytes) * plausibleSamplesPerByte);
        const sf_count_t reserved = std::min(info.frames, plausibleSamples / info.channels);
        for (auto& c : out)
            c.reserve(std::size_t(reserved));
    }
    for (;;) {
        const sf_count_t got = sf_readf_float(sf.get(), block.data(), blockFrames);
        if (got <= 0)
            break;
        for (sf_count_t f = 0; f < got; ++f) {
            for (std::size_t c = 0; c < channels; ++c)
                out[c].push_back(block[std::size_t(f) * channels + c]);
        }
    }
    if (sf_error(sf.get()) != SF_ERR_NO_ERROR)
        throw Error(file.string(), std::string("error while decoding audio: ") + sf_strerror(sf.get()));
    return AudioBuffer(info.samplerate, std::move(out));
}

AudioFileFormat audioFileFormatFor(const std::filesystem::path& file)
{
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".flac" ? AudioFileFormat::Flac16 : AudioFileFormat::Wav16;
}

void writeAudio(const std::filesystem::path& file, const AudioBuffer& audio, AudioFileFormat format)
{
    if (audio.numChannels() == 0 || audio.sampleRate() <= 0)
        throw Error(file.string(), "nothing to write: no channels or no sample rate");

    SF_INFO info{};
    info.samplerate = audio.sampleRate();
    info.channels = audio.numChannels();
    info.format = sndfileFormat(format);

    MemoryFile memory;
    SF_VIRTUAL_IO io{&MemoryFile::length, &MemoryFile::seek, &MemoryFile::read, &MemoryFile::write,
                     &MemoryFile::tell};
    {
        SndfilePtr sf(sf_open_virtual(&io, SFM_WRITE, &info, &memory));
        if (!sf)
            throw Error(file.string(), std::string("cannot encode audio: ") + sf_strerror(nullptr));
        // Integer formats clip instead of wrapping around at full scale.
        sf_command(sf.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);

        const auto channels = std::size_t(audio.numChannels());
        const std::int64_t frames = audio.numFrames();
        constexpr std::int64_t blockFrames = 16384;
        std::vector<float> block;
        for (std::int64_t start = 0; start < frames; start += blockFrames) {
            const std::int64_t n = std::min(blockFrames, frames - start);
            block.resize(std::size_t(n) * channels);
            for (std::int64_t f = 0; f < n; ++f) {
                for (std::size_t c = 0; c < channels; ++c)
                    block[std::size_t(f) * channels + c] = audio.channel(int(c))[std::size_t(start + f)];
            }
            if (sf_writef_float(sf.get(), block.data(), n) != n)
                throw Error(file.string(), std::string("cannot encode audio: ") + sf_strerror(sf.get()));
        }
    }
    writeFileAtomically(file, memory.bytes);
}

} // namespace codecbpe
