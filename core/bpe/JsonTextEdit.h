// JsonTextEdit: byte spans of the members and elements of JSON text, and containers rendered in the layout the text
// already uses, so that a file changed in one place keeps every other byte (key order, spacing, number spelling).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace codecbpe {

// [begin, end) byte offsets into the whole text.
struct JsonSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct JsonMemberSpan {
    std::string key;     // decoded
    JsonSpan member;     // from the key's opening quote to the end of the value
    JsonSpan value;
};

// How the elements of a container are laid out: one per line with an indentation, or all on one line.
struct JsonLayout {
    bool multiline = false;
    std::string elementIndent;
    std::string closingIndent;
    std::string keySeparator = ": "; // between a member's key and its value

    // Renders a container with `open`/`close` brackets around `elements` (each already rendered).
    std::string container(char open, char close, const std::vector<std::string>& elements) const;
    // Renders "key": value for an object member.
    std::string member(std::string_view key, std::string_view renderedValue) const;
    // Re-indents a pretty value (as JsonPrettyWriter writes it, at depth 0) for an element of this container;
    // a one-line container gets the compact form of `compact` instead.
    std::string element(std::string_view pretty, std::string_view compact) const;
};

// All functions throw JsonScanner::SyntaxError for malformed JSON.
// The span of the one value `text` holds (without surrounding whitespace).
JsonSpan jsonDocument(std::string_view text);
std::vector<JsonMemberSpan> jsonObjectMembers(std::string_view text, JsonSpan object);
std::vector<JsonSpan> jsonArrayElements(std::string_view text, JsonSpan array);
// The layout of the container at `span`; an empty container takes the layout of `text` as a whole.
JsonLayout jsonLayoutOf(std::string_view text, JsonSpan span);

// `text` with `span` replaced by `replacement`.
std::string jsonSplice(std::string_view text, JsonSpan span, std::string_view replacement);

} // namespace codecbpe
