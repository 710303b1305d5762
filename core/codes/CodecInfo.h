// CodecInfo: codec_info.json, the description of the codec that wrote a folder of codes (codec-bpe spec section 5).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace codecbpe {

struct CodecInfo {
    std::string codecType;   // encodec, dac, mimi, ..., codec2
    std::string codecModel;  // --codec_model verbatim
    int samplingRateEncoder = 0;
    int samplingRateDecoder = 0;
    int numCodebooks = 0;
    int codebookSize = 0;
    double framerate = 0.0;

    friend bool operator==(const CodecInfo& a, const CodecInfo& b);
};

// Reads codec_info.json (also the 1.3.x layout with one "sampling_rate"). Throws Error naming the file.
CodecInfo readCodecInfo(const std::filesystem::path& file);
// `<dir>/codec_info.json` if it exists (codec-bpe's get_codec_info looks at that level only), else nullopt.
std::optional<CodecInfo> findCodecInfo(const std::filesystem::path& dir);
// Byte for byte what codec-bpe writes: json.dump(indent=4), ASCII escapes, insertion order, no trailing newline.
std::string codecInfoToJson(const CodecInfo& info);
void writeCodecInfo(const std::filesystem::path& file, const CodecInfo& info);

} // namespace codecbpe
