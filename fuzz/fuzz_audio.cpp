// Fuzzes reading an audio file (core/audio readAudio through libsndfile): any bytes give samples or
// codecbpe::Error, without crashes, hangs or allocations out of proportion to the file.
#include "FuzzCheck.h"
#include "ScratchFolder.h"

#include "audio/AudioFile.h"

#include <cstddef>
#include <cstdint>

using namespace codecbpe;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const fuzz::ScratchFolder scratch;
    const auto file = scratch.write("audio", {reinterpret_cast<const char*>(data), size});
    fuzz::succeeds([&] {
        const AudioBuffer audio = readAudio(file);
        fuzz::require(audio.numChannels() > 0 && audio.sampleRate() > 0, "audio without channels or rate");
    });
    return 0;
}
