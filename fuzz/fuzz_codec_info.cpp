// Fuzzes the codec_info.json reader: any bytes give a CodecInfo or codecbpe::Error, and what was read is written
// back (codecInfoToJson) as JSON that reads as the same CodecInfo.
#include "FuzzCheck.h"
#include "ScratchFolder.h"

#include "codes/CodecInfo.h"

#include <cstddef>
#include <cstdint>

using namespace codecbpe;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const fuzz::ScratchFolder scratch;
    const auto file = scratch.write("codec_info.json", {reinterpret_cast<const char*>(data), size});

    CodecInfo info;
    if (!fuzz::succeeds([&] { info = readCodecInfo(file); }))
        return 0;
    const auto again = scratch.write("codec_info.json", codecInfoToJson(info));
    CodecInfo reread;
    fuzz::require(fuzz::succeeds([&] { reread = readCodecInfo(again); }), "written codec_info.json does not read");
    fuzz::require(reread == info, "codec_info.json does not round-trip");
    return 0;
}
