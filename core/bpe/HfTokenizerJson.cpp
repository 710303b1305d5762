#include "bpe/HfTokenizerJson.h"

#include "bpe/AddedTokenJson.h"
#include "bpe/JsonScanner.h"
#include "bpe/WholeFile.h"
#include "common/Error.h"

#include <nlohmann/json.hpp>


namespace codecbpe {
namespace {

using Json = nlohmann::json;

std::string_view slice(std::string_view text, JsonSpan span) { return text.substr(span.begin, span.end - span.begin); }

bool flag(const Json& entry, const char* name, bool fallback)
{
    const auto it = entry.find(name);
    return it != entry.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

} // namespace

HfTokenizerJson HfTokenizerJson::read(const std::filesystem::path& file)
{
    return parse(readWholeFile(file), file.string());
}

HfTokenizerJson HfTokenizerJson::parse(std::string text, const std::string& fileName)
{
    HfTokenizerJson t;
    t.m_text = std::move(text);
    t.m_fileName = fileName;
    const std::string_view all(t.m_text);
    try {
        t.m_document = jsonDocument(all);
        if (all[t.m_document.begin] != '{')
            throw Error(fileName, "is not a JSON object");
        std::optional<JsonSpan> model;
        for (const JsonMemberSpan& m : jsonObjectMembers(all, t.m_document)) {
            if (m.key == "model")
                model = m.value;
            else if (m.key == "added_tokens")
                t.m_addedTokensValue = m.value;
            else if (m.key == "post_processor")
                t.m_postProcessor = Json::parse(slice(all, m.value)).dump();
        }
        if (!model || all[model->begin] != '{')
            throw Error(fileName, "has no \"model\" object: not a Hugging Face tokenizer.json");
        std::optional<JsonSpan> vocab;
        for (const JsonMemberSpan& m : jsonObjectMembers(all, *model)) {
            if (m.key == "type")
                t.m_modelType = Json::parse(slice(all, m.value)).get<std::string>();
            else if (m.key == "vocab")
                vocab = m.value;
        }
        if (!vocab)
            throw Error(fileName, "has no model.vocab");
        JsonScanner in(slice(all, *vocab));
        std::string token;
        t.m_modelIds.reserve(vocab->end - vocab->begin < 64 ? 16 : (vocab->end - vocab->begin) / 16);
        if (in.peek() == '{') { // BPE, WordPiece, WordLevel: token -> id
            in.beginObject();
            while (in.nextMember(token))
                t.m_modelIds.emplace(token, TokenId(in.unsignedInteger()));
        } else { // Unigram: [[piece, score], ...], the id is the position
            in.beginArray();
            while (in.nextElement()) {
                in.beginArray();
                in.nextElement();
                in.string(token);
                in.nextElement();
                in.rawValue();
                in.expect(']');
                t.m_modelIds.emplace(token, TokenId(t.m_modelIds.size()));
            }
        }
        if (t.m_addedTokensValue && all[t.m_addedTokensValue->begin] == '[') {
            for (const JsonSpan& span : jsonArrayElements(all, *t.m_addedTokensValue)) {
                const Json entry = Json::parse(slice(all, span));
                if (!entry.is_object() || !entry.contains("id") || !entry["id"].is_number_unsigned() ||
                    !entry.contains("content") || !entry["content"].is_string())
                    throw Error(fileName, "added_tokens: an entry without a numeric id and a content string");
                AddedToken a;
                a.id = TokenId(entry["id"].get<std::uint64_t>());
                a.content = entry["content"].get<std::string>();
                a.singleWord = flag(entry, "single_word", false);
                a.lstrip = flag(entry, "lstrip", false);
                a.rstrip = flag(entry, "rstrip", false);
                a.normalized = flag(entry, "normalized", true);
                a.special = flag(entry, "special", false);
                t.m_addedSpans[a.id] = span;
                t.m_addedIds[a.content] = a.id;
                t.m_added[a.id] = std::move(a);
            }
        }
    } catch (const JsonScanner::SyntaxError& e) {
        throw Error(fileName, std::string("is not valid JSON: ") + e.what());
    } catch (const Json::exception& e) {
        throw Error(fileName, std::string("is not valid JSON: ") + e.what());
    }
    return t;
}

std::optional<TokenId> HfTokenizerJson::modelTokenId(std::string_view token) const
{
    const auto it = m_modelIds.find(std::string(token));
    if (it == m_modelIds.end())
        return std::nullopt;
    return it->second;
}

std::optional<TokenId> HfTokenizerJson::tokenToId(std::string_view token) const
{
    if (const auto it = m_addedIds.find(std::string(token)); it != m_addedIds.end())
        return it->second;
    return modelTokenId(token);
}

std::string HfTokenizerJson::withAddedTokens(const std::map<TokenId, AddedToken>& tokens) const
{
    const std::string_view all(m_text);
    std::vector<std::string> elements;
    elements.reserve(tokens.size());
    if (m_addedTokensValue && all[m_addedTokensValue->begin] == '[') {
        const JsonLayout layout = jsonLayoutOf(all, *m_addedTokensValue);
        for (const auto& [id, token] : tokens) {
            const auto old = m_added.find(id);
            if (old != m_added.end() && old->second == token)
                elements.emplace_back(slice(all, m_addedSpans.at(id)));
            else
                elements.push_back(layout.element(addedTokenJsonPretty(token), addedTokenJsonCompact(token)));
        }
        return jsonSplice(all, *m_addedTokensValue, layout.container('[', ']', elements));
    }
    // No list (or null): insert "added_tokens" as the first member, where HF writes it after version, truncation
    // and padding; its place does not matter to readers.
    const JsonSpan firstMember{m_document.begin + 1, m_document.begin + 1};
    JsonLayout layout = jsonLayoutOf(all, m_document);
    JsonLayout inner = layout;
    inner.closingIndent = layout.elementIndent;
    inner.elementIndent = layout.elementIndent + "  ";
    for (const auto& [id, token] : tokens)
        elements.push_back(inner.element(addedTokenJsonPretty(token), addedTokenJsonCompact(token)));
    std::string member = layout.member("added_tokens", inner.container('[', ']', elements));
    if (m_addedTokensValue) {
        const JsonSpan value = *m_addedTokensValue;
        return jsonSplice(all, value, inner.container('[', ']', elements));
    }
    const bool hasMembers = all.substr(m_document.begin + 1).find_first_not_of(" \t\r\n") !=
                            all.substr(m_document.begin + 1).find('}');
    std::string insertion = (layout.multiline ? "\n" + layout.elementIndent : std::string()) + member;
    if (hasMembers)
        insertion += ",";
    return jsonSplice(all, firstMember, insertion);
}

} // namespace codecbpe
