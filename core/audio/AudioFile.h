// AudioFile: reading any audio file libsndfile understands into an AudioBuffer, and writing WAV/FLAC atomically.
#pragma once

#include "audio/AudioBuffer.h"

#include <filesystem>

namespace codecbpe {

// Reads WAV, FLAC, Ogg/Vorbis, Ogg/Opus, MP3, AIFF, ... at the file's own rate, as floats in [-1, 1]
// (16-bit PCM is scaled by 1/32768, as soundfile and librosa do). Reads until the decoder stops rather than
// trusting the header's frame count, which is wrong for some MP3s. Throws Error naming the file if it is
// missing, empty, not audio, or in a format libsndfile cannot decode.
AudioBuffer readAudio(const std::filesystem::path& file);

enum class AudioFileFormat { Wav16, WavFloat, Flac16 };

// The format a file name asks for: ".flac" -> Flac16, anything else -> Wav16.
AudioFileFormat audioFileFormatFor(const std::filesystem::path& file);

// Writes `audio` (samples clipped to [-1, 1] for the integer formats) to a temporary file beside `file` and
// renames it into place. Throws Error naming the file.
void writeAudio(const std::filesystem::path& file, const AudioBuffer& audio, AudioFileFormat format);
inline void writeAudio(const std::filesystem::path& file, const AudioBuffer& audio)
{
    writeAudio(file, audio, audioFileFormatFor(file));
}

} // namespace codecbpe
