#include "jobs/LmDatasetTokenizer.h"

#include "bpe/HfTokenizerJson.h"
#include "bpe/TokenizerFolder.h"
#include "common/Error.h"
#include "text/Utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace codecbpe {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

Json readJson(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(file.string(), "cannot open the file");
    try {
        return Json::parse(in);
    } catch (const Json::exception& e) {
        throw Error(file.string(), std::string("is not valid JSON: ") + e.what());
    }
}

std::optional<TokenId> vocabId(const BpeModel& model, const std::optional<std::string>& token)
{
    if (!token)
        return std::nullopt;
    const auto it = std::find(model.vocab.begin(), model.vocab.end(), *token);
    if (it == model.vocab.end())
        return std::nullopt;
    return TokenId(it - model.vocab.begin());
}

// The ids a post-processor puts before and after a single sequence (TemplateProcessing, Roberta/Bert processing,
// ByteLevel, or a Sequence of them).
void templateIds(const Json& p, const std::string& file, std::vector<TokenId>& prefix, std::vector<TokenId>& suffix)
{
    if (p.is_null())
        return;
    const std::string type = p.value("type", "");
    if (type == "ByteLevel")
        return;
    if (type == "Sequence") {
        for (const Json& inner : p.value("processors", Json::array()))
            templateIds(inner, file, prefix, suffix);
        return;
    }
    if (type == "RobertaProcessing" || type == "BertProcessing") {
        prefix.push_back(p.at("cls").at(1).get<TokenId>());
        suffix.push_back(p.at("sep").at(1).get<TokenId>());
        return;
    }
    if (type != "TemplateProcessing")
        throw Error(file, "post_processor " + type + " is not supported for encoding audio");
    bool afterSequence = false;
    for (const Json& piece : p.at("single")) {
        if (piece.contains("Sequence")) {
            afterSequence = true;
            continue;
        }
        const std::string name = piece.at("SpecialToken").at("id").get<std::string>();
        for (const Json& id : p.at("special_tokens").at(name).at("ids"))
            (afterSequence ? suffix : prefix).push_back(id.get<TokenId>());
    }
}

} // namespace

LmDatasetTokenizer LmDatasetTokenizer::load(const fs::path& dir, const std::optional<fs::path>& idMap)
{
    LmDatasetTokenizer t;
    t.m_name = dir.string();
    if (!fs::exists(dir / TokenizerFolder::kTokenizerJson))
        throw Error(dir.string(), "is not a tokenizer folder: it has no tokenizer.json");
    std::optional<Error> codecError;
    try {
        auto folder = std::make_shared<TokenizerFolder>(TokenizerFolder::read(dir));
        t.m_encoder.emplace(BpeEncoder::forFolder(*folder, dir.string()));
        t.m_folder = folder;
    } catch (const Error& e) {
        if (idMap)
            throw;
        codecError = e;
    }
    if (idMap) {
        const Json map = readJson(*idMap);
        try {
            const Json& ids = map.at("extended_ids");
            if (ids.size() != t.m_encoder->vocabSize())
                throw Error(idMap->string(), "maps " + std::to_string(ids.size()) + " codec ids, but " + dir.string() +
                                                 " has " + std::to_string(t.m_encoder->vocabSize()) +
                                                 " tokens: it was made for another codec tokenizer");
            for (TokenId codecId = 0; codecId < ids.size(); ++codecId) {
                t.m_map.push_back(ids[codecId].is_null() ? std::nullopt
                                                         : std::optional<TokenId>(ids[codecId].get<TokenId>()));
                if (t.m_map.back())
                    t.m_texts[*t.m_map.back()] = t.m_encoder->tokenText(codecId);
            }
            auto special = std::make_shared<std::map<std::string, TokenId>>();
            for (const auto& [content, id] : map.at("extended_special_tokens").items()) {
                (*special)[content] = id.get<TokenId>();
                t.m_texts[id.get<TokenId>()] = fromUtf8(content, idMap->string());
            }
            t.m_specialIds = special;
        } catch (const Json::exception& e) {
            throw Error(idMap->string(), std::string("is not an id map from extend-tokenizer --write_id_map: ") + e.what());
        }
        return t;
    }
    if (t.m_encoder) {
        t.m_bos = vocabId(t.m_folder->model, t.m_folder->specialTokens.bos);
        t.m_eos = vocabId(t.m_folder->model, t.m_folder->specialTokens.eos);
        return t;
    }
    // Not a tokenizer our BPE encoder follows: an extended LLM tokenizer encodes audio with its added tokens.
    auto hf = std::make_shared<HfTokenizerJson>(HfTokenizerJson::read(dir / TokenizerFolder::kTokenizerJson));
    if (hf->addedTokens().empty())
        throw *codecError;
    auto matcher = std::make_shared<LongestMatcher>();
    for (const auto& [id, token] : hf->addedTokens()) {
        std::u32string text = fromUtf8(token.content, (dir / TokenizerFolder::kTokenizerJson).string());
        if (!text.empty())
            matcher->add(text, id);
        t.m_texts[id] = std::move(text);
    }
    const std::string file = (dir / TokenizerFolder::kTokenizerJson).string();
    try {
        templateIds(Json::parse(hf->postProcessor()), file, t.m_prefix, t.m_suffix);
    } catch (const Json::exception& e) {
        throw Error(file, std::string("post_processor: ") + e.what());
    }
    const SpecialTokenNames names = TokenizerFolder::readSpecialTokenNames(dir);
    if (names.bos)
        t.m_bos = hf->tokenToId(*names.bos);
    if (names.eos)
        t.m_eos = hf->tokenToId(*names.eos);
    t.m_matcher = matcher;
    t.m_hf = hf;
    return t;
}

void LmDatasetTokenizer::encode(std::u32string_view text, std::vector<TokenId>& ids)
{
    ids.clear();
    if (m_encoder && m_map.empty()) {
        m_encoder->encode(text, ids);
        return;
    }
    if (m_encoder) {
        m_encoder->encode(text, m_scratch);
        for (const TokenId codecId : m_scratch) {
            if (codecId >= m_map.size() || !m_map[codecId])
                throw Error(m_name, "codec token " + std::to_string(codecId) +
                                        " has no id in the extended tokenizer (the id map skips bos/eos/unk/pad)");
            ids.push_back(*m_map[codecId]);
        }
        return;
    }
    ids = m_prefix;
    m_matcher->split(text, m_spans);
    for (const TokenSpan& s : m_spans) {
        if (s.id == LongestMatcher::kNoMatch)
            throw Error(m_name, "character " + std::to_string(std::uint32_t(text[s.begin])) + " at position " +
                                    std::to_string(s.begin) +
                                    " is not one of its added tokens: audio cannot be encoded exactly (use the "
                                    "Codec BPE tokenizer, or check --unicode_offset)");
        ids.push_back(s.id);
    }
    ids.insert(ids.end(), m_suffix.begin(), m_suffix.end());
}

const std::u32string& LmDatasetTokenizer::tokenText(TokenId id) const
{
    if (m_encoder && m_map.empty())
        return m_encoder->tokenText(id);
    const auto it = m_texts.find(id);
    if (it == m_texts.end())
        throw Error(m_name, "token id " + std::to_string(id) + " has no known text");
    return it->second;
}

std::optional<TokenId> LmDatasetTokenizer::tokenId(const std::string& token)
{
    if (m_specialIds) {
        const auto it = m_specialIds->find(token);
        return it == m_specialIds->end() ? std::nullopt : std::optional<TokenId>(it->second);
    }
    if (m_hf) {
        const std::optional<TokenId> id = m_hf->tokenToId(token);
        if (id && !m_texts.count(*id))
            m_texts[*id] = fromUtf8(token, m_name); // a base-vocabulary token decodes (almost always) to its text
        return id;
    }
    return vocabId(m_folder->model, token);
}

} // namespace codecbpe
