#include "torch/CodecJson.h"

#include "common/Error.h"

#include <nlohmann/json.hpp>

#include <climits>

namespace codecbpe {

namespace {

using Json = nlohmann::json;

class Reader {
public:
    Reader(const Json& object, const std::string& file) : m_object(object), m_file(file) {}

    std::string string(const char* key) const
    {
        const Json& value = require(key);
        if (!value.is_string() || value.get<std::string>().empty())
            fail(key, "must be a non-empty string, not " + value.dump());
        return value.get<std::string>();
    }

    int positiveInt(const char* key) const
    {
        const Json& value = require(key);
        if (!value.is_number_integer())
            fail(key, "must be an integer, not " + value.dump());
        // nlohmann stores every non-negative integer as unsigned, so compare in the matching type.
        const bool inRange = value.is_number_unsigned()
                                 ? value.get<std::uint64_t>() >= 1 && value.get<std::uint64_t>() <= std::uint64_t(INT_MAX)
                                 : value.get<std::int64_t>() >= 1 && value.get<std::int64_t>() <= INT_MAX;
        if (!inRange)
            fail(key, "must be between 1 and " + std::to_string(INT_MAX) + ", not " + value.dump());
        return value.get<int>();
    }

    double positiveNumber(const char* key) const
    {
        const Json& value = require(key);
        if (!value.is_number() || !(value.get<double>() > 0))
            fail(key, "must be a positive number, not " + value.dump());
        return value.get<double>();
    }

private:
    const Json& require(const char* key) const
    {
        const auto it = m_object.find(key);
        if (it == m_object.end())
            throw Error(m_file, std::string("codec.json: missing key \"") + key + "\"");
        return *it;
    }

    [[noreturn]] void fail(const char* key, const std::string& what) const
    {
        throw Error(m_file, std::string("codec.json: \"") + key + "\" " + what);
    }

    const Json& m_object;
    const std::string& m_file;
};

} // namespace

CodecJson parseCodecJson(const std::string& text, const std::string& file)
{
    const Json json = Json::parse(text, nullptr, false);
    if (json.is_discarded())
        throw Error(file, "codec.json is not valid JSON");
    if (!json.is_object())
        throw Error(file, "codec.json must be a JSON object");

    const Reader read(json, file);
    CodecJson metadata;
    CodecInfo& info = metadata.info;
    info.codecType = read.string("codec_type");
    info.codecModel = read.string("codec_model");
    info.samplingRateEncoder = read.positiveInt("sampling_rate_encoder");
    info.samplingRateDecoder = read.positiveInt("sampling_rate_decoder");
    info.numCodebooks = read.positiveInt("num_codebooks");
    info.codebookSize = read.positiveInt("codebook_size");
    info.framerate = read.positiveNumber("framerate");
    if (json.contains("pad_to_multiple_of"))
        metadata.padToMultipleOf = read.positiveInt("pad_to_multiple_of");
    return metadata;
}

} // namespace codecbpe
