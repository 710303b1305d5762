#include "bpe/TokenizerExtender.h"

#include "bpe/HfTokenizerJson.h"
#include "bpe/JsonPrettyWriter.h"
#include "bpe/TokenizerFolder.h"
#include "bpe/TransformersConfigEdit.h"
#include "bpe/WholeFile.h"
#include "common/AtomicFile.h"
#include "common/Error.h"

#include <algorithm>
#include <memory>
#include <set>
#include <sstream>
#include <unordered_map>

namespace codecbpe {
namespace {

namespace fs = std::filesystem;

// HF's AddedVocabulary::add_tokens over the base tokenizer's added tokens and model vocabulary.
class AddedVocabulary {
public:
    explicit AddedVocabulary(const HfTokenizerJson& base) : m_base(base), m_tokens(base.addedTokens())
    {
        for (const auto& [id, token] : m_tokens) {
            m_ids[token.content] = id;
            m_maxId = std::max(m_maxId, id);
        }
    }

    // Returns HF's count (the tokens given minus the empty ones and those already added with equal options);
    // `ids` receives each token's id, `existed` whether it already had one.
    std::size_t add(const std::vector<AddedToken>& tokens, std::vector<TokenId>& ids, std::vector<bool>& existed)
    {
        std::size_t ignored = 0;
        for (const AddedToken& token : tokens) {
            const std::optional<TokenId> current = idOf(token.content);
            existed.push_back(current.has_value());
            if (token.content.empty()) {
                ++ignored;
                ids.push_back(0);
                continue;
            }
            if (current && m_tokens.count(*current) && m_tokens.at(*current) == withId(token, *current)) {
                ++ignored;
                ids.push_back(*current);
                continue;
            }
            const TokenId id = current ? *current : nextId();
            m_ids[token.content] = id;
            m_tokens[id] = withId(token, id);
            m_maxId = std::max(m_maxId, id);
            ids.push_back(id);
        }
        return tokens.size() - ignored;
    }

    const std::map<TokenId, AddedToken>& tokens() const { return m_tokens; }

private:
    static AddedToken withId(AddedToken t, TokenId id)
    {
        t.id = id;
        return t;
    }

    std::optional<TokenId> idOf(const std::string& content) const
    {
        if (const auto it = m_ids.find(content); it != m_ids.end())
            return it->second;
        return m_base.modelTokenId(content);
    }

    // max(added ids) + 1 once it reaches the model's size, else the model's size.
    TokenId nextId() const
    {
        const TokenId vocab = m_base.modelVocabSize();
        if (m_tokens.empty())
            return vocab;
        return m_maxId >= vocab || vocab == 0 ? m_maxId + 1 : vocab;
    }

    const HfTokenizerJson& m_base;
    std::map<TokenId, AddedToken> m_tokens;
    std::unordered_map<std::string, TokenId> m_ids;
    TokenId m_maxId = 0; // over m_tokens, kept so that each new id costs O(1)
};

AddedToken specialToken(const std::string& content)
{
    AddedToken t;
    t.content = content;
    t.special = true;
    t.normalized = false;
    return t;
}

std::string percent(double fraction)
{
    std::ostringstream s;
    s.precision(3);
    s << fraction * 100.0 << "%";
    return s.str();
}

} // namespace

TokenizerExtension TokenizerExtender::extend(const fs::path& existingDir, const fs::path& codecTokenizerDir,
                                             const ExtendOptions& options)
{
    if (!fs::is_directory(existingDir))
        throw Error(existingDir.string(), "is not a folder (a local Hugging Face tokenizer folder is needed)");
    for (const char* name : {TokenizerFolder::kTokenizerJson, TokenizerFolder::kTokenizerConfigJson})
        if (!fs::exists(existingDir / name))
            throw Error(existingDir.string(), std::string("is not a Hugging Face tokenizer folder: it has no ") + name);
    const HfTokenizerJson base = HfTokenizerJson::read(existingDir / TokenizerFolder::kTokenizerJson);
    const fs::path configFile = existingDir / TokenizerFolder::kTokenizerConfigJson;
    const fs::path mapFile = existingDir / TokenizerFolder::kSpecialTokensMapJson;
    const std::string configText = readWholeFile(configFile);
    const std::optional<std::string> mapText =
        fs::exists(mapFile) ? std::optional<std::string>(readWholeFile(mapFile)) : std::nullopt;

    if (!fs::is_directory(codecTokenizerDir))
        throw Error(codecTokenizerDir.string(), "is not a folder (the Codec BPE tokenizer folder is needed)");
    const TokenizerFolder codec = TokenizerFolder::read(codecTokenizerDir);
    const BpeModel& model = codec.model;

    // codec-bpe: skip = {bos, eos, unk, pad} ids of the codec tokenizer; the rest in id order.
    std::set<TokenId> skip;
    for (const auto* name : {&codec.specialTokens.bos, &codec.specialTokens.eos, &codec.specialTokens.unk,
                             &codec.specialTokens.pad})
        if (*name)
            if (const auto it = std::find(model.vocab.begin(), model.vocab.end(), **name); it != model.vocab.end())
                skip.insert(TokenId(it - model.vocab.begin()));

    TokenizerExtension result;
    AddedVocabulary vocabulary(base);
    std::vector<TokenId> ids;
    std::vector<bool> existed;

    // transformers' add_special_tokens({"additional_special_tokens": ...}, replace_additional_special_tokens=False):
    // names already listed are not added again.
    const std::vector<std::string> listed = additionalSpecialTokensOf(configText, configFile.string());
    std::vector<std::string> newAdditional;
    std::vector<AddedToken> additionalTokens;
    for (const std::string& name : options.additionalSpecialTokens)
        if (std::find(listed.begin(), listed.end(), name) == listed.end() &&
            std::find(newAdditional.begin(), newAdditional.end(), name) == newAdditional.end()) {
            newAdditional.push_back(name);
            additionalTokens.push_back(specialToken(name));
        }
    result.numAdded += vocabulary.add(additionalTokens, ids, existed);

    std::vector<AddedToken> codecTokens;
    std::vector<TokenId> codecIds;
    for (TokenId id = 0; id < model.vocabSize(); ++id)
        if (!skip.count(id)) {
            codecTokens.push_back(specialToken(model.vocab[id]));
            codecIds.push_back(id);
        }
    ids.clear();
    existed.clear();
    result.numAdded += vocabulary.add(codecTokens, ids, existed);
    result.numCodecTokens = codecTokens.size();
    result.codecToExtended.assign(model.vocabSize(), std::nullopt);
    for (std::size_t i = 0; i < codecTokens.size(); ++i) {
        result.codecToExtended[codecIds[i]] = ids[i];
        if (existed[i])
            result.conflicts.push_back(TokenConflict{codecTokens[i].content, codecIds[i], ids[i]});
    }
    if (!codecTokens.empty()) {
        const double fraction = double(result.conflicts.size()) / double(codecTokens.size());
        if (fraction > options.maxConflictFraction)
            throw Error(codecTokenizerDir.string(),
                        std::to_string(result.conflicts.size()) + " of its " + std::to_string(codecTokens.size()) +
                            " tokens (" + percent(fraction) + ", more than the allowed " +
                            percent(options.maxConflictFraction) + ") are already in the vocabulary of " +
                            existingDir.string() +
                            ": train the codec tokenizer with another unicode offset, e.g. --unicode_offset 0xE000, "
                            "or raise --max_conflict_fraction");
    }

    result.addedTokens = vocabulary.tokens();
    result.tokenizerJson = base.withAddedTokens(result.addedTokens);
    result.tokenizerConfigJson =
        editTokenizerConfig(configText, configFile.string(), result.addedTokens, newAdditional);
    result.specialTokensMapJson =
        mapText ? editSpecialTokensMap(*mapText, mapFile.string(), result.addedTokens, newAdditional)
                : specialTokensMapFor(result.tokenizerConfigJson, configFile.string(), result.addedTokens);
    return result;
}

void TokenizerExtension::write(const fs::path& dir) const
{
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(dir.string(), "cannot create the folder: " + ec.message());
    const std::pair<const char*, const std::string*> files[] = {
        {TokenizerFolder::kTokenizerJson, &tokenizerJson},
        {TokenizerFolder::kTokenizerConfigJson, &tokenizerConfigJson},
        {TokenizerFolder::kSpecialTokensMapJson, &specialTokensMapJson}};
    std::vector<std::unique_ptr<AtomicFile>> pending;
    for (const auto& [name, bytes] : files) {
        auto file = std::make_unique<AtomicFile>(dir / name);
        file->stream().write(bytes->data(), std::streamsize(bytes->size()));
        if (!file->stream())
            throw Error((dir / name).string(), "cannot write the file");
        pending.push_back(std::move(file));
    }
    for (const auto& file : pending)
        file->commit();
}

std::string TokenizerExtension::idMapJson(const fs::path& codecTokenizerDir) const
{
    std::set<TokenId> codecSide;
    for (const auto& id : codecToExtended)
        if (id)
            codecSide.insert(*id);
    std::string out;
    JsonPrettyWriter w(out);
    w.beginObject();
    w.key("codec_bpe_tokenizer");
    w.string(fs::absolute(codecTokenizerDir).lexically_normal().generic_string());
    w.key("extended_ids");
    w.beginArray();
    for (const auto& id : codecToExtended)
        if (id)
            w.integer(*id);
        else
            w.null();
    w.endArray();
    w.key("extended_special_tokens");
    w.beginObject();
    for (const auto& [id, token] : addedTokens)
        if (!codecSide.count(id)) {
            w.key(token.content);
            w.integer(id);
        }
    w.endObject();
    w.endObject();
    out += '\n';
    return out;
}

} // namespace codecbpe
