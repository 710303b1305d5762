#include "bpe/TokenizerFolder.h"

#include "bpe/AddedTokenJson.h"
#include "bpe/JsonPrettyWriter.h"
#include "common/AtomicFile.h"
#include "common/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <memory>

namespace codecbpe {
namespace {

using Json = nlohmann::json;

constexpr const char* kCodecKey = "codec_bpe";
// transformers' VERY_LARGE_INTEGER = int(1e30), the model_max_length of a tokenizer without a limit.
constexpr const char* kModelMaxLength = "1000000000000000019884624838656";

struct NamedToken {
    const char* key;
    std::optional<std::string> SpecialTokenNames::*member;
};
// In sorted key order, as json.dumps(sort_keys=True) writes them.
constexpr NamedToken kNamedTokens[] = {{"bos_token", &SpecialTokenNames::bos},
                                       {"eos_token", &SpecialTokenNames::eos},
                                       {"pad_token", &SpecialTokenNames::pad},
                                       {"unk_token", &SpecialTokenNames::unk}};

std::optional<Json> readJsonIfExists(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return std::nullopt;
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(file.string(), "cannot open the file");
    try {
        Json j = Json::parse(in);
        if (!j.is_object())
            throw Error(file.string(), "is not a JSON object");
        return j;
    } catch (const Json::exception& e) { // also out_of_range, e.g. a number such as 1e999
        throw Error(file.string(), std::string("is not valid JSON: ") + e.what());
    }
}

// A named special token as transformers saves it: a string, null, or an AddedToken dict {"content": ...}.
std::optional<std::string> tokenName(const Json& config, const char* key, const std::filesystem::path& file)
{
    const auto it = config.find(key);
    if (it == config.end() || it->is_null())
        return std::nullopt;
    if (it->is_string())
        return it->get<std::string>();
    if (it->is_object() && it->contains("content") && (*it)["content"].is_string())
        return (*it)["content"].get<std::string>();
    throw Error(file.string(), std::string(key) + " is neither a string nor a token object");
}

// The named tokens of tokenizer_config.json (`config`, already read), else of special_tokens_map.json.
SpecialTokenNames specialTokenNames(const std::optional<Json>& config, const std::filesystem::path& configFile,
                                    const std::filesystem::path& mapFile)
{
    const std::optional<Json> map = readJsonIfExists(mapFile);
    SpecialTokenNames names;
    for (const NamedToken& named : kNamedTokens) {
        auto& value = names.*named.member;
        if (config)
            value = tokenName(*config, named.key, configFile);
        if (!value && map)
            value = tokenName(*map, named.key, mapFile);
    }
    return names;
}

CodecMetadata readCodecMetadata(const Json& j, const std::filesystem::path& file)
{
    const auto fail = [&file](const std::string& what) { throw Error(file.string(), "codec_bpe." + what); };
    if (!j.is_object())
        fail(" is not an object");
    CodecMetadata codec;
    const auto positive = [&](const char* key) {
        const auto it = j.find(key);
        if (it == j.end() || !it->is_number_unsigned() || it->get<std::uint64_t>() == 0 ||
            it->get<std::uint64_t>() > 0x10FFFF)
            fail(std::string(key) + " must be a positive integer");
        return it->get<std::uint64_t>();
    };
    codec.numCodebooks = int(positive("num_codebooks"));
    codec.codebookSize = int(positive("codebook_size"));
    if (const auto it = j.find("unicode_offset"); it != j.end()) {
        if (!it->is_number_unsigned() || it->get<std::uint64_t>() > 0x10FFFF)
            fail("unicode_offset must be a code point");
        codec.unicodeOffset = char32_t(it->get<std::uint64_t>());
    }
    if (const auto it = j.find("codec_framerate"); it != j.end() && !it->is_null()) {
        if (!it->is_number() || it->get<double>() <= 0.0)
            fail("codec_framerate must be a positive number");
        codec.codecFramerate = it->get<double>();
    }
    for (const auto& [key, member] : {std::pair{"codec_type", &CodecMetadata::codecType},
                                      std::pair{"codec_model", &CodecMetadata::codecModel}}) {
        const auto it = j.find(key);
        if (it == j.end() || it->is_null())
            continue;
        if (!it->is_string())
            fail(std::string(key) + " must be a string");
        codec.*member = it->get<std::string>();
    }
    return codec;
}

void writeCodecMetadata(JsonPrettyWriter& w, const CodecMetadata& codec)
{
    w.beginObject();
    w.key("codebook_size");
    w.integer(codec.codebookSize);
    if (codec.codecFramerate) {
        w.key("codec_framerate");
        w.floating(*codec.codecFramerate);
    }
    if (codec.codecModel) {
        w.key("codec_model");
        w.string(*codec.codecModel);
    }
    if (codec.codecType) {
        w.key("codec_type");
        w.string(*codec.codecType);
    }
    w.key("num_codebooks");
    w.integer(codec.numCodebooks);
    w.key("unicode_offset");
    w.integer(codec.unicodeOffset);
    w.endObject();
}

void writeNamedToken(JsonPrettyWriter& w, const SpecialTokenNames& names, const char* key)
{
    for (const NamedToken& named : kNamedTokens)
        if (std::string_view(named.key) == key) {
            w.key(key);
            if (const auto& value = names.*named.member)
                w.string(*value);
            else
                w.null();
        }
}

} // namespace

TokenizerFolder TokenizerFolder::read(const std::filesystem::path& dir)
{
    TokenizerFolder folder = readTokenizerJson(dir / kTokenizerJson);
    const auto configFile = dir / kTokenizerConfigJson;
    const std::optional<Json> config = readJsonIfExists(configFile);
    folder.specialTokens = specialTokenNames(config, configFile, dir / kSpecialTokensMapJson);
    if (config)
        if (const auto it = config->find(kCodecKey); it != config->end())
            folder.codec = readCodecMetadata(*it, configFile);
    return folder;
}

SpecialTokenNames TokenizerFolder::readSpecialTokenNames(const std::filesystem::path& dir)
{
    const auto configFile = dir / kTokenizerConfigJson;
    return specialTokenNames(readJsonIfExists(configFile), configFile, dir / kSpecialTokensMapJson);
}

// transformers 4.x save_pretrained (PreTrainedTokenizerFast as codec-bpe builds it): json.dumps(indent=2,
// sort_keys=True, ensure_ascii=False) + "\n"; our "codec_bpe" key sits in its sorted place.
std::string TokenizerFolder::tokenizerConfigJson() const
{
    std::vector<const AddedToken*> added;
    for (const AddedToken& t : model.addedTokens)
        added.push_back(&t);
    // sort_keys compares the id keys as strings: "0", "1", "10", "2", ...
    std::sort(added.begin(), added.end(),
              [](const AddedToken* a, const AddedToken* b) { return std::to_string(a->id) < std::to_string(b->id); });

    std::string out;
    JsonPrettyWriter w(out);
    w.beginObject();
    w.key("added_tokens_decoder");
    w.beginObject();
    for (const AddedToken* t : added) {
        w.key(std::to_string(t->id));
        writeAddedTokenSortedKeys(w, *t);
    }
    w.endObject();
    writeNamedToken(w, specialTokens, "bos_token");
    w.key("clean_up_tokenization_spaces");
    w.boolean(false);
    if (codec) {
        w.key(kCodecKey);
        writeCodecMetadata(w, *codec);
    }
    writeNamedToken(w, specialTokens, "eos_token");
    w.key("extra_special_tokens");
    w.beginObject();
    w.endObject();
    w.key("model_input_names");
    w.beginArray();
    w.string("input_ids");
    w.string("attention_mask");
    w.endArray();
    w.key("model_max_length");
    w.rawNumber(kModelMaxLength);
    writeNamedToken(w, specialTokens, "pad_token");
    w.key("tokenizer_class");
    w.string("PreTrainedTokenizerFast");
    writeNamedToken(w, specialTokens, "unk_token");
    w.endObject();
    out += '\n';
    return out;
}

std::string TokenizerFolder::specialTokensMapJson() const
{
    std::string out;
    JsonPrettyWriter w(out);
    w.beginObject();
    for (const NamedToken& named : kNamedTokens)
        if (const auto& value = specialTokens.*named.member) {
            w.key(named.key);
            w.string(*value);
        }
    w.endObject();
    out += '\n';
    return out;
}

void TokenizerFolder::write(const std::filesystem::path& dir) const
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        throw Error(dir.string(), "cannot create the folder: " + ec.message());
    // Everything is rendered and written to temporary names before the first rename.
    const std::pair<const char*, std::string> files[] = {{kTokenizerJson, tokenizerJson()},
                                                         {kTokenizerConfigJson, tokenizerConfigJson()},
                                                         {kSpecialTokensMapJson, specialTokensMapJson()}};
    std::vector<std::unique_ptr<AtomicFile>> pending;
    for (const auto& [name, bytes] : files) {
        auto file = std::make_unique<AtomicFile>(dir / name);
        file->stream().write(bytes.data(), std::streamsize(bytes.size()));
        if (!file->stream())
            throw Error((dir / name).string(), "cannot write the file");
        pending.push_back(std::move(file));
    }
    for (const auto& file : pending)
        file->commit();
}

} // namespace codecbpe
