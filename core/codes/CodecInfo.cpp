#include "codes/CodecInfo.h"

#include "codes/PythonRepr.h"
#include "common/AtomicFile.h"
#include "common/Error.h"

#include <nlohmann/json.hpp>

#include <climits>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace codecbpe {
namespace fs = std::filesystem;

namespace {

using Json = nlohmann::json;

const Json* findKey(const Json& object, const char* key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const Json& requireKey(const Json& object, const char* key, const std::string& file)
{
    const Json* value = findKey(object, key);
    if (value == nullptr)
        throw Error(file, std::string("missing key \"") + key + "\"");
    return *value;
}

int toInt(const Json& value, const char* key, const std::string& file)
{
    if (!value.is_number_integer())
        throw Error(file, std::string("\"") + key + "\" must be an integer, not " + value.dump());
    const auto number = value.get<std::int64_t>();
    if (value.is_number_unsigned() ? value.get<std::uint64_t>() > std::uint64_t(INT_MAX) : (number < 0 || number > INT_MAX))
        throw Error(file, std::string("\"") + key + "\" is out of range: " + value.dump());
    return int(number);
}

std::string toString(const Json& value, const char* key, const std::string& file)
{
    if (!value.is_string())
        throw Error(file, std::string("\"") + key + "\" must be a string, not " + value.dump());
    return value.get<std::string>();
}

int requirePositiveInt(const Json& object, const char* key, const std::string& file)
{
    const int value = toInt(requireKey(object, key, file), key, file);
    if (value < 1)
        throw Error(file, std::string("\"") + key + "\" must be at least 1, not " + std::to_string(value));
    return value;
}

// Python's int() is a JSON integer, its float a number with a point or exponent; both are valid frame rates.
double requireFramerate(const Json& object, const std::string& file)
{
    const Json& value = requireKey(object, "framerate", file);
    if (!value.is_number())
        throw Error(file, "\"framerate\" must be a number, not " + value.dump());
    const double framerate = value.get<double>();
    if (!(framerate > 0))
        throw Error(file, "\"framerate\" must be positive, not " + value.dump());
    return framerate;
}

} // namespace

bool operator==(const CodecInfo& a, const CodecInfo& b)
{
    return a.codecType == b.codecType && a.codecModel == b.codecModel &&
           a.samplingRateEncoder == b.samplingRateEncoder && a.samplingRateDecoder == b.samplingRateDecoder &&
           a.numCodebooks == b.numCodebooks && a.codebookSize == b.codebookSize && a.framerate == b.framerate;
}

CodecInfo readCodecInfo(const fs::path& file)
{
    const std::string name = file.string();
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(name, "cannot open codec info file");
    std::ostringstream text;
    text << in.rdbuf();
    const Json json = Json::parse(text.str(), nullptr, false);
    if (json.is_discarded())
        throw Error(name, "not valid JSON");
    if (!json.is_object())
        throw Error(name, "codec info must be a JSON object");

    // codec-bpe's readers need only these four; the others describe the codec for people and for decoding and
    // are left empty or 0 when a hand-written file lacks them.
    CodecInfo info;
    info.codecType = toString(requireKey(json, "codec_type", name), "codec_type", name);
    info.numCodebooks = requirePositiveInt(json, "num_codebooks", name);
    info.codebookSize = requirePositiveInt(json, "codebook_size", name);
    info.framerate = requireFramerate(json, name);
    if (const Json* model = findKey(json, "codec_model"))
        info.codecModel = toString(*model, "codec_model", name);
    if (const Json* rate = findKey(json, "sampling_rate")) {
        // codec-bpe 1.3.x wrote one rate for both directions.
        info.samplingRateEncoder = info.samplingRateDecoder = toInt(*rate, "sampling_rate", name);
    } else {
        if (const Json* encoderRate = findKey(json, "sampling_rate_encoder"))
            info.samplingRateEncoder = toInt(*encoderRate, "sampling_rate_encoder", name);
        if (const Json* decoderRate = findKey(json, "sampling_rate_decoder"))
            info.samplingRateDecoder = toInt(*decoderRate, "sampling_rate_decoder", name);
    }
    return info;
}

std::optional<CodecInfo> findCodecInfo(const fs::path& dir)
{
    const fs::path file = dir / "codec_info.json";
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        return std::nullopt;
    return readCodecInfo(file);
}

std::string codecInfoToJson(const CodecInfo& info)
{
    const auto string = [](const std::string& value) {
        try {
            return pythonJsonString(value);
        } catch (const std::invalid_argument&) {
            throw Error("codec_info.json: \"" + value + "\" is not valid UTF-8");
        }
    };
    // json.dump(info, f, indent=4) in audio_to_codes' insertion order.
    return "{\n"
           "    \"codec_type\": " + string(info.codecType) + ",\n"
           "    \"codec_model\": " + string(info.codecModel) + ",\n"
           "    \"sampling_rate_encoder\": " + std::to_string(info.samplingRateEncoder) + ",\n"
           "    \"sampling_rate_decoder\": " + std::to_string(info.samplingRateDecoder) + ",\n"
           "    \"num_codebooks\": " + std::to_string(info.numCodebooks) + ",\n"
           "    \"codebook_size\": " + std::to_string(info.codebookSize) + ",\n"
           "    \"framerate\": " + pythonFloatRepr(info.framerate) + "\n"
           "}";
}

void writeCodecInfo(const fs::path& file, const CodecInfo& info)
{
    writeFileAtomically(file, codecInfoToJson(info));
}

} // namespace codecbpe
