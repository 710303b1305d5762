#include "codecs/CodecType.h"

#include "common/Error.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace codecbpe {

const std::vector<std::string>& knownCodecTypes()
{
    static const std::vector<std::string> types{"encodec", "dac",      "mimi",      "funcodec", "xcodec2",
                                                "wavtokenizer", "simvq", "magicodec", "neucodec", "codec2"};
    return types;
}

std::optional<std::string> tryInferCodecType(const std::string& codecModel)
{
    std::string name = codecModel;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    // Order matters: "audio_codec-encodec-..." is a FunCodec model although it contains "encodec".
    static const std::pair<const char*, const char*> tests[] = {
        {"audio_codec", "funcodec"}, {"encodec", "encodec"},         {"dac", "dac"},
        {"mimi", "mimi"},            {"xcodec2", "xcodec2"},         {"wavtokenizer", "wavtokenizer"},
        {"simvq", "simvq"},          {"magicodec", "magicodec"},     {"neucodec", "neucodec"},
    };
    for (const auto& [needle, type] : tests) {
        if (name.find(needle) != std::string::npos)
            return std::string(type);
    }
    if (name.rfind("codec2", 0) == 0)
        return std::string("codec2");
    return std::nullopt;
}

std::string inferCodecType(const std::string& codecModel)
{
    if (auto type = tryInferCodecType(codecModel))
        return *type;
    std::string lowered = codecModel;
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    throw Error("Could not infer codec type from codec model: " + lowered + ". Please specify --codec_type.");
}

} // namespace codecbpe
