#include "bpe/AddedTokenJson.h"

#include "bpe/JsonPrettyWriter.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace codecbpe {
namespace {

std::array<AddedTokenFlag, std::size(kAddedTokenFlags)> flagsByName()
{
    std::array<AddedTokenFlag, std::size(kAddedTokenFlags)> flags;
    std::copy(std::begin(kAddedTokenFlags), std::end(kAddedTokenFlags), flags.begin());
    std::sort(flags.begin(), flags.end(),
              [](const AddedTokenFlag& a, const AddedTokenFlag& b) { return std::strcmp(a.name, b.name) < 0; });
    return flags;
}

// The members after the id, which both files share: content, then the flags in the order given.
template<typename Flags>
void writeContentAndFlags(JsonPrettyWriter& w, const AddedToken& token, const Flags& flags)
{
    w.key("content");
    w.string(token.content);
    for (const AddedTokenFlag& flag : flags) {
        w.key(flag.name);
        w.boolean(token.*flag.member);
    }
}

} // namespace

void writeAddedToken(JsonPrettyWriter& w, const AddedToken& token)
{
    w.beginObject();
    w.key("id");
    w.integer(token.id);
    writeContentAndFlags(w, token, kAddedTokenFlags);
    w.endObject();
}

void writeAddedTokenSortedKeys(JsonPrettyWriter& w, const AddedToken& token)
{
    static const auto sortedFlags = flagsByName();
    w.beginObject();
    writeContentAndFlags(w, token, sortedFlags);
    w.endObject();
}

std::string addedTokenJsonPretty(const AddedToken& token)
{
    std::string out;
    JsonPrettyWriter w(out);
    writeAddedToken(w, token);
    return out;
}

std::string addedTokenJsonCompact(const AddedToken& token)
{
    std::string out = "{\"id\":" + std::to_string(token.id) + ",\"content\":";
    appendJsonString(out, token.content);
    for (const AddedTokenFlag& flag : kAddedTokenFlags)
        out += std::string(",\"") + flag.name + "\":" + (token.*flag.member ? "true" : "false");
    out += '}';
    return out;
}

} // namespace codecbpe
