// TokenizerFolder::readTokenizerJson(): any BPE tokenizer.json (HF's BPEVisitor rules: merges as pairs or legacy
// "a b" strings, every merge's parts and result in the vocab, a pair listed twice keeps its later rank).
// The vocab and merges (hundreds of thousands of entries) are scanned directly; the small parts go through nlohmann.
#include "bpe/JsonScanner.h"
#include "bpe/TokenizerFolder.h"
#include "bpe/WholeFile.h"
#include "common/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace codecbpe {
namespace {

using Json = nlohmann::json;

std::string jsonQuoted(std::string_view s) { return Json(std::string(s)).dump(); }

// Token text -> id over the model's vocab strings: open addressing with the hash kept beside each id, because a
// node-based map spends most of the read in cache misses on 262k-token vocabularies.
class TokenIndex {
public:
    explicit TokenIndex(const std::vector<std::string>& vocab) : m_vocab(vocab)
    {
        std::size_t size = 16;
        while (size < 2 * vocab.size())
            size *= 2;
        m_slots.assign(size, Slot{});
        m_mask = size - 1;
    }

    // False if the text is already present.
    bool insert(TokenId id)
    {
        const std::size_t hash = std::hash<std::string_view>()(m_vocab[id]);
        std::size_t i = hash & m_mask;
        for (; m_slots[i].idPlusOne != 0; i = (i + 1) & m_mask)
            if (m_slots[i].hash == hash && m_vocab[m_slots[i].idPlusOne - 1] == m_vocab[id])
                return false;
        m_slots[i] = Slot{hash, id + 1};
        return true;
    }

    std::optional<TokenId> find(std::string_view text) const
    {
        const std::size_t hash = std::hash<std::string_view>()(text);
        for (std::size_t i = hash & m_mask; m_slots[i].idPlusOne != 0; i = (i + 1) & m_mask)
            if (m_slots[i].hash == hash && m_vocab[m_slots[i].idPlusOne - 1] == text)
                return m_slots[i].idPlusOne - 1;
        return std::nullopt;
    }

private:
    struct Slot {
        std::size_t hash = 0;
        TokenId idPlusOne = 0; // 0: empty
    };
    const std::vector<std::string>& m_vocab;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

class Reader {
public:
    Reader(std::filesystem::path file, std::string text) : m_file(std::move(file)), m_text(std::move(text)) {}

    TokenizerFolder read()
    {
        try {
            return parse();
        } catch (const JsonScanner::SyntaxError& e) {
            fail(std::string("is not valid JSON: ") + e.what());
        } catch (const Json::exception& e) {
            fail(std::string("is not valid JSON: ") + e.what());
        }
    }

private:
    [[noreturn]] void fail(const std::string& reason) const { throw Error(m_file.string(), reason); }

    TokenizerFolder parse()
    {
        TokenizerFolder folder;
        JsonScanner in(m_text);
        if (in.peek() != '{')
            fail("is not a JSON object");
        std::string key;
        std::optional<Json> addedTokens;
        bool haveModel = false;
        in.beginObject();
        while (in.nextMember(key)) {
            if (key == "model") {
                parseModel(in, folder);
                haveModel = true;
            } else if (key == "added_tokens") {
                addedTokens = Json::parse(in.rawValue());
            } else if (std::string* part = pipelinePart(folder.pipeline, key)) {
                *part = nlohmann::ordered_json::parse(in.rawValue()).dump();
            } else {
                in.rawValue(); // "version" and keys HF ignores too
            }
        }
        if (!in.atEnd())
            fail("has text after the JSON object");
        if (!haveModel)
            fail("has no \"model\" object");
        if (addedTokens)
            readAddedTokens(*addedTokens, folder.model);
        return folder;
    }

    static std::string* pipelinePart(TokenizerPipeline& p, const std::string& key)
    {
        if (key == "truncation")
            return &p.truncation;
        if (key == "padding")
            return &p.padding;
        if (key == "normalizer")
            return &p.normalizer;
        if (key == "pre_tokenizer")
            return &p.preTokenizer;
        if (key == "post_processor")
            return &p.postProcessor;
        if (key == "decoder")
            return &p.decoder;
        return nullptr;
    }

    void parseModel(JsonScanner& in, TokenizerFolder& folder)
    {
        if (in.peek() != '{')
            fail("\"model\" is not an object");
        // The merges may come before the vocab: keep their text and read them once the vocab is known.
        std::optional<JsonScanner> merges;
        Json options = Json::object();
        bool haveVocab = false;
        std::string key;
        in.beginObject();
        while (in.nextMember(key)) {
            if (key == "vocab") {
                readVocab(in, folder.model);
                haveVocab = true;
            } else if (key == "merges") {
                merges.emplace(in.rawValue());
            } else {
                options[key] = Json::parse(in.rawValue());
            }
        }
        if (const auto type = options.find("type"); type != options.end() && *type != "BPE")
            fail("model type " + type->dump() + " is not supported (only BPE)");
        if (!haveVocab)
            fail("has no model.vocab object");
        readOptions(options, folder);
        if (merges)
            readMerges(*merges, folder);
    }

    void readVocab(JsonScanner& in, BpeModel& model)
    {
        if (in.peek() != '{')
            fail("model.vocab is not an object");
        std::vector<std::pair<std::string, std::uint64_t>> entries;
        std::string token;
        in.beginObject();
        while (in.nextMember(token)) {
            if (in.peek() < '0' || in.peek() > '9')
                fail("model.vocab: the id of token " + jsonQuoted(token) + " is not a non-negative integer");
            entries.emplace_back(token, in.unsignedInteger());
        }
        const std::size_t n = entries.size();
        model.vocab.assign(n, std::string());
        std::vector<bool> seen(n, false);
        for (auto& [text, id] : entries) {
            if (id >= n)
                fail("model.vocab: ids are not dense (" + jsonQuoted(text) + " has id " + std::to_string(id) +
                     " in a vocabulary of " + std::to_string(n) + " tokens)");
            if (seen[id])
                fail("model.vocab: id " + std::to_string(id) + " is used by both " + jsonQuoted(model.vocab[id]) +
                     " and " + jsonQuoted(text));
            seen[id] = true;
            model.vocab[id] = std::move(text);
        }
        m_ids.emplace(model.vocab);
        for (TokenId id = 0; id < n; ++id)
            if (!m_ids->insert(id))
                fail("model.vocab: token " + jsonQuoted(model.vocab[id]) + " is listed twice");
    }

    std::optional<std::string> optionalString(const Json& options, const char* name) const
    {
        const auto it = options.find(name);
        if (it == options.end() || it->is_null())
            return std::nullopt;
        if (!it->is_string())
            fail(std::string("model.") + name + " is not a string");
        return it->get<std::string>();
    }

    bool flag(const Json& object, const char* name, const std::string& where) const
    {
        const auto it = object.find(name);
        if (it == object.end() || it->is_null())
            return false;
        if (!it->is_boolean())
            fail(where + name + " is not true or false");
        return it->get<bool>();
    }

    void readOptions(const Json& options, TokenizerFolder& folder) const
    {
        BpeModelOptions& o = folder.options;
        if (const auto dropout = options.find("dropout"); dropout != options.end() && !dropout->is_null()) {
            if (!dropout->is_number() || dropout->get<double>() < 0.0 || dropout->get<double>() > 1.0)
                fail("model.dropout must be a number in [0, 1]");
            o.dropout = dropout->get<double>();
        }
        folder.model.unkToken = optionalString(options, "unk_token");
        o.continuingSubwordPrefix = optionalString(options, "continuing_subword_prefix");
        o.endOfWordSuffix = optionalString(options, "end_of_word_suffix");
        o.fuseUnk = flag(options, "fuse_unk", "model.");
        o.byteFallback = flag(options, "byte_fallback", "model.");
        o.ignoreMerges = flag(options, "ignore_merges", "model.");
    }

    TokenId idOf(std::string_view token, std::size_t rank) const
    {
        const std::optional<TokenId> id = m_ids->find(token);
        if (!id)
            fail("merge " + std::to_string(rank) + " uses " + jsonQuoted(token) + ", which is not in model.vocab");
        return *id;
    }

    void readMerges(JsonScanner& in, TokenizerFolder& folder) const
    {
        if (in.null())
            return;
        if (in.peek() != '[')
            fail("model.merges is not an array");
        const std::string prefix = folder.options.continuingSubwordPrefix.value_or(std::string());
        std::vector<BpeMerge> list;
        std::unordered_map<std::uint64_t, std::size_t> indexOfPair;
        std::vector<bool> superseded;
        std::string left;
        std::string right;
        std::string joined;
        in.beginArray();
        for (std::size_t rank = 0; in.nextElement(); ++rank) {
            if (in.peek() == '[') {
                in.beginArray();
                if (!in.nextElement() || in.peek() != '"')
                    fail("merge " + std::to_string(rank) + " is not a pair of strings");
                in.string(left);
                if (!in.nextElement() || in.peek() != '"')
                    fail("merge " + std::to_string(rank) + " is not a pair of strings");
                in.string(right);
                if (in.nextElement())
                    fail("merge " + std::to_string(rank) + " has more than two parts");
            } else if (in.peek() == '"') {
                in.string(joined);
                const std::size_t space = joined.find(' ');
                if (space == std::string::npos || joined.find(' ', space + 1) != std::string::npos)
                    fail("merge " + std::to_string(rank) + " " + jsonQuoted(joined) +
                         " is not two tokens separated by one space");
                left.assign(joined, 0, space);
                right.assign(joined, space + 1);
            } else {
                fail("merge " + std::to_string(rank) + " is neither [\"a\", \"b\"] nor \"a b\"");
            }
            BpeMerge merge;
            merge.left = idOf(left, rank);
            merge.right = idOf(right, rank);
            const bool prefixed = !prefix.empty() && right.compare(0, prefix.size(), prefix) == 0;
            joined.assign(left).append(right, prefixed ? prefix.size() : 0);
            merge.result = idOf(joined, rank);
            // HF builds a map pair -> rank: a pair listed again takes the later rank.
            const std::uint64_t key = (std::uint64_t(merge.left) << 32) | merge.right;
            const auto [it, inserted] = indexOfPair.emplace(key, list.size());
            if (!inserted) {
                superseded[it->second] = true;
                it->second = list.size();
            }
            list.push_back(merge);
            superseded.push_back(false);
        }
        folder.model.merges.reserve(list.size());
        for (std::size_t i = 0; i < list.size(); ++i)
            if (!superseded[i])
                folder.model.merges.push_back(list[i]);
    }

    void readAddedTokens(const Json& added, BpeModel& model) const
    {
        if (added.is_null())
            return;
        if (!added.is_array())
            fail("added_tokens is not an array");
        for (const Json& a : added) {
            if (!a.is_object() || !a.contains("id") || !a["id"].is_number_unsigned() || !a.contains("content") ||
                !a["content"].is_string())
                fail("added_tokens: an entry without a numeric id and a content string");
            AddedToken token;
            token.id = TokenId(a["id"].get<std::uint64_t>());
            token.content = a["content"].get<std::string>();
            const std::string where = "added token " + jsonQuoted(token.content) + ": ";
            token.singleWord = flag(a, "single_word", where);
            token.lstrip = flag(a, "lstrip", where);
            token.rstrip = flag(a, "rstrip", where);
            token.normalized = flag(a, "normalized", where);
            token.special = flag(a, "special", where);
            if (m_ids->find(token.content) != token.id)
                fail(where + "id " + std::to_string(token.id) +
                     " is not its id in model.vocab (added tokens outside the BPE vocabulary are not supported)");
            model.addedTokens.push_back(std::move(token));
        }
        std::sort(model.addedTokens.begin(), model.addedTokens.end(),
                  [](const AddedToken& a, const AddedToken& b) { return a.id < b.id; });
    }

    std::filesystem::path m_file;
    std::string m_text;
    std::optional<TokenIndex> m_ids; // over the model's vocab once it is read
};

} // namespace

TokenizerFolder TokenizerFolder::readTokenizerJson(const std::filesystem::path& file)
{
    return Reader(file, readWholeFile(file)).read();
}

} // namespace codecbpe
