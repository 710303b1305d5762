#include "bpe/TransformersConfigEdit.h"

#include "bpe/JsonPrettyWriter.h"
#include "bpe/JsonScanner.h"
#include "bpe/JsonTextEdit.h"
#include "common/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <optional>

namespace codecbpe {
namespace {

using Json = nlohmann::json;

constexpr const char* kAdditional = "additional_special_tokens";
constexpr const char* kDecoder = "added_tokens_decoder";

std::string_view slice(std::string_view text, JsonSpan span) { return text.substr(span.begin, span.end - span.begin); }

// AddedToken.__getstate__() with sorted keys; transformers drops "special" in special_tokens_map.json.
std::string tokenDict(const AddedToken& t, bool withSpecial, bool pretty)
{
    std::string out;
    if (pretty) {
        JsonPrettyWriter w(out);
        w.beginObject();
        w.key("content");
        w.string(t.content);
        for (const auto& [name, value] : {std::pair{"lstrip", t.lstrip}, std::pair{"normalized", t.normalized},
                                          std::pair{"rstrip", t.rstrip}, std::pair{"single_word", t.singleWord}}) {
            w.key(name);
            w.boolean(value);
        }
        if (withSpecial) {
            w.key("special");
            w.boolean(t.special);
        }
        w.endObject();
        return out;
    }
    Json j = {{"content", t.content}, {"lstrip", t.lstrip},           {"normalized", t.normalized},
              {"rstrip", t.rstrip},   {"single_word", t.singleWord}};
    if (withSpecial)
        j["special"] = t.special;
    return j.dump();
}

std::string jsonString(const std::string& s)
{
    std::string out;
    appendJsonString(out, s);
    return out;
}

const AddedToken* findByContent(const std::map<TokenId, AddedToken>& tokens, const std::string& content)
{
    for (const auto& [id, t] : tokens)
        if (t.content == content)
            return &t;
    return nullptr;
}

struct Editor {
    const std::string& text;
    const std::string& fileName;

    template <class F> auto guarded(F&& f) const
    {
        try {
            return f();
        } catch (const JsonScanner::SyntaxError& e) {
            throw Error(fileName, std::string("is not valid JSON: ") + e.what());
        } catch (const Json::exception& e) {
            throw Error(fileName, std::string("is not valid JSON: ") + e.what());
        }
    }

    JsonSpan object() const
    {
        const JsonSpan doc = jsonDocument(text);
        if (text[doc.begin] != '{')
            throw Error(fileName, "is not a JSON object");
        return doc;
    }

    // The text with member `key` of the top-level object set to `value` (rendered for the object's layout):
    // replaced in place, or inserted before the first key that sorts after it (the files are written sorted).
    std::string setMember(const std::string& key, const std::string& value) const
    {
        const JsonSpan doc = object();
        const std::vector<JsonMemberSpan> members = jsonObjectMembers(text, doc);
        for (const JsonMemberSpan& m : members)
            if (m.key == key)
                return jsonSplice(text, m.value, value);
        const JsonLayout layout = jsonLayoutOf(text, doc);
        const std::string member = layout.member(key, value);
        const auto after = std::find_if(members.begin(), members.end(), [&](const JsonMemberSpan& m) { return m.key > key; });
        if (after != members.end()) {
            const std::string sep = layout.multiline ? ",\n" + layout.elementIndent : ",";
            return jsonSplice(text, JsonSpan{after->member.begin, after->member.begin}, member + sep);
        }
        if (members.empty()) {
            std::vector<std::string> one{member};
            return jsonSplice(text, doc, layout.container('{', '}', one));
        }
        const std::string sep = layout.multiline ? ",\n" + layout.elementIndent : ",";
        return jsonSplice(text, JsonSpan{members.back().member.end, members.back().member.end}, sep + member);
    }

    // The span of member `key`'s value, if the object has that member.
    std::optional<JsonSpan> memberValue(const std::string& key) const
    {
        for (const JsonMemberSpan& m : jsonObjectMembers(text, object()))
            if (m.key == key)
                return m.value;
        return std::nullopt;
    }

    JsonLayout layoutForNew() const
    {
        const JsonLayout top = jsonLayoutOf(text, object());
        JsonLayout inner = top;
        inner.closingIndent = top.elementIndent;
        inner.elementIndent = top.elementIndent + "  ";
        return inner;
    }

    // "additional_special_tokens" extended by `additional`: new entries are AddedToken dicts when the existing
    // entries are (or, for an empty list, when `dictsWhenEmpty`), else strings.
    std::string withAdditional(const std::vector<std::string>& additional, const std::map<TokenId, AddedToken>& tokens,
                               bool dictsWhenEmpty) const
    {
        const std::optional<JsonSpan> value = memberValue(kAdditional);
        const bool isList = value && text[value->begin] == '[';
        const JsonLayout layout = isList ? jsonLayoutOf(text, *value) : layoutForNew();
        std::vector<std::string> elements;
        if (isList)
            for (const JsonSpan& e : jsonArrayElements(text, *value))
                elements.emplace_back(slice(text, e));
        const bool dicts = elements.empty() ? dictsWhenEmpty : elements.front().front() == '{';
        for (const std::string& name : additional) {
            const AddedToken* t = findByContent(tokens, name);
            if (dicts && t)
                elements.push_back(layout.element(tokenDict(*t, false, true), tokenDict(*t, false, false)));
            else
                elements.push_back(jsonString(name));
        }
        return setMember(kAdditional, layout.container('[', ']', elements));
    }
};

bool sortedAsStrings(const std::vector<std::string>& keys) { return std::is_sorted(keys.begin(), keys.end()); }

} // namespace

std::string editTokenizerConfig(const std::string& text, const std::string& fileName,
                                const std::map<TokenId, AddedToken>& tokens, const std::vector<std::string>& additional)
{
    Editor e{text, fileName};
    return e.guarded([&] {
        const std::optional<JsonSpan> decoder = e.memberValue(kDecoder);
        const bool isObject = decoder && text[decoder->begin] == '{';
        const JsonLayout layout = isObject ? jsonLayoutOf(text, *decoder) : e.layoutForNew();
        // Existing entries: key -> (member text, parsed token) so that unchanged ones keep their bytes.
        std::vector<std::pair<std::string, std::string>> entries;
        std::map<std::string, Json> existing;
        if (isObject)
            for (const JsonMemberSpan& m : jsonObjectMembers(text, *decoder)) {
                entries.emplace_back(m.key, std::string(slice(text, m.member)));
                existing[m.key] = Json::parse(slice(text, m.value));
            }
        std::vector<std::string> keys;
        for (const auto& entry : entries)
            keys.push_back(entry.first);
        const bool sorted = sortedAsStrings(keys);
        std::vector<std::pair<std::string, std::string>> added;
        for (const auto& [id, t] : tokens) {
            const std::string key = std::to_string(id);
            const auto old = existing.find(key);
            if (old != existing.end() &&
                old->second == Json{{"content", t.content}, {"lstrip", t.lstrip}, {"normalized", t.normalized},
                                    {"rstrip", t.rstrip}, {"single_word", t.singleWord}, {"special", t.special}})
                continue;
            const std::string member =
                layout.member(key, layout.element(tokenDict(t, true, true), tokenDict(t, true, false)));
            if (old != existing.end()) {
                for (auto& entry : entries)
                    if (entry.first == key)
                        entry.second = member;
            } else {
                added.emplace_back(key, member);
            }
        }
        std::sort(added.begin(), added.end());
        if (sorted) {
            std::vector<std::pair<std::string, std::string>> merged;
            std::merge(entries.begin(), entries.end(), added.begin(), added.end(), std::back_inserter(merged),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
            entries = std::move(merged);
        } else {
            entries.insert(entries.end(), added.begin(), added.end());
        }
        std::vector<std::string> members;
        members.reserve(entries.size());
        for (auto& entry : entries)
            members.push_back(std::move(entry.second));
        const std::string rendered = layout.container('{', '}', members);
        std::string out = isObject ? jsonSplice(text, *decoder, rendered) : e.setMember(kDecoder, rendered);
        if (additional.empty())
            return out;
        return Editor{out, fileName}.withAdditional(additional, tokens, false);
    });
}

std::string editSpecialTokensMap(const std::string& text, const std::string& fileName,
                                 const std::map<TokenId, AddedToken>& tokens, const std::vector<std::string>& additional)
{
    if (additional.empty())
        return text;
    Editor e{text, fileName};
    return e.guarded([&] { return e.withAdditional(additional, tokens, true); });
}

std::string specialTokensMapFor(const std::string& configText, const std::string& fileName,
                                const std::map<TokenId, AddedToken>& tokens)
{
    Editor e{configText, fileName};
    const Json config = e.guarded([&] { return Json::parse(configText); });
    std::string out;
    JsonPrettyWriter w(out);
    const auto writeToken = [&](const std::string& name) {
        if (const AddedToken* t = findByContent(tokens, name)) {
            w.beginObject();
            w.key("content");
            w.string(t->content);
            for (const auto& [key, value] : {std::pair{"lstrip", t->lstrip}, std::pair{"normalized", t->normalized},
                                             std::pair{"rstrip", t->rstrip}, std::pair{"single_word", t->singleWord}}) {
                w.key(key);
                w.boolean(value);
            }
            w.endObject();
        } else {
            w.string(name);
        }
    };
    w.beginObject();
    const std::vector<std::string> additional = additionalSpecialTokensOf(configText, fileName);
    if (!additional.empty()) {
        w.key(kAdditional);
        w.beginArray();
        for (const std::string& name : additional)
            writeToken(name);
        w.endArray();
    }
    for (const char* key : {"bos_token", "cls_token", "eos_token", "mask_token", "pad_token", "sep_token", "unk_token"}) {
        const auto it = config.find(key);
        if (it == config.end() || it->is_null())
            continue;
        const std::string name = it->is_object() ? it->value("content", std::string()) : it->is_string() ? it->get<std::string>() : "";
        if (name.empty())
            continue;
        w.key(key);
        writeToken(name);
    }
    w.endObject();
    out += '\n';
    return out;
}

std::vector<std::string> additionalSpecialTokensOf(const std::string& configText, const std::string& fileName)
{
    Editor e{configText, fileName};
    const Json config = e.guarded([&] { return Json::parse(configText); });
    std::vector<std::string> names;
    const auto it = config.find(kAdditional);
    if (it == config.end() || !it->is_array())
        return names;
    for (const Json& v : *it) {
        if (v.is_string())
            names.push_back(v.get<std::string>());
        else if (v.is_object() && v.contains("content") && v["content"].is_string())
            names.push_back(v["content"].get<std::string>());
    }
    return names;
}

} // namespace codecbpe
