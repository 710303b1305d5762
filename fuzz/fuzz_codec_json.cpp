// Fuzzes the TorchScript codec metadata parser (codec.json, core/torch/CodecJson): any text gives a CodecJson
// with every value in range, or codecbpe::Error naming the file; what was read, written back as codec.json,
// reads as the same metadata.
#include "FuzzCheck.h"

#include "torch/CodecJson.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

using namespace codecbpe;

namespace {
const std::string kFile = "codec.ts";

std::string toJson(const CodecJson& metadata)
{
    const CodecInfo& info = metadata.info;
    const nlohmann::json json = {{"codec_type", info.codecType},
                                 {"codec_model", info.codecModel},
                                 {"sampling_rate_encoder", info.samplingRateEncoder},
                                 {"sampling_rate_decoder", info.samplingRateDecoder},
                                 {"num_codebooks", info.numCodebooks},
                                 {"codebook_size", info.codebookSize},
                                 {"framerate", info.framerate},
                                 {"pad_to_multiple_of", metadata.padToMultipleOf}};
    return json.dump(4);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    CodecJson metadata;
    if (!fuzz::succeeds([&] { metadata = parseCodecJson(text, kFile); }))
        return 0;
    const CodecInfo& info = metadata.info;
    fuzz::require(!info.codecType.empty() && !info.codecModel.empty(), "codec.json: an empty name was accepted");
    fuzz::require(info.samplingRateEncoder > 0 && info.samplingRateDecoder > 0 && info.numCodebooks > 0 &&
                      info.codebookSize > 0 && metadata.padToMultipleOf > 0,
                  "codec.json: a count that is not positive was accepted");
    fuzz::require(info.framerate > 0, "codec.json: a framerate that is not positive was accepted");

    CodecJson reread;
    fuzz::require(fuzz::succeeds([&] { reread = parseCodecJson(toJson(metadata), kFile); }),
                  "codec.json written from what was read does not parse");
    fuzz::require(reread.info == info && reread.padToMultipleOf == metadata.padToMultipleOf,
                  "codec.json does not round-trip");
    return 0;
}
