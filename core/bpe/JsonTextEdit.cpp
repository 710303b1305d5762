#include "bpe/JsonTextEdit.h"

#include "bpe/JsonScanner.h"

namespace codecbpe {
namespace {

std::string_view slice(std::string_view text, JsonSpan span) { return text.substr(span.begin, span.end - span.begin); }

// The whitespace that starts the line holding byte `pos`.
std::string lineIndent(std::string_view text, std::size_t pos)
{
    const std::size_t lineStart = text.rfind('\n', pos == 0 ? 0 : pos - 1);
    std::size_t i = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    const std::size_t begin = i;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    return std::string(text.substr(begin, i - begin));
}

} // namespace

JsonSpan jsonDocument(std::string_view text)
{
    JsonScanner in(text);
    in.peek();
    const std::size_t begin = in.position();
    in.rawValue();
    return JsonSpan{begin, in.position()};
}

std::vector<JsonMemberSpan> jsonObjectMembers(std::string_view text, JsonSpan object)
{
    // A scanner over the object alone, so that nested iteration never shares its state.
    JsonScanner in(slice(text, object));
    std::vector<JsonMemberSpan> members;
    std::string key;
    in.beginObject();
    for (;;) {
        if (in.peek() == '}')
            break;
        if (!members.empty())
            in.expect(',');
        const std::size_t keyBegin = (in.peek(), in.position());
        in.string(key);
        in.expect(':');
        const std::size_t valueBegin = (in.peek(), in.position());
        in.rawValue();
        members.push_back(JsonMemberSpan{key, JsonSpan{object.begin + keyBegin, object.begin + in.position()},
                                         JsonSpan{object.begin + valueBegin, object.begin + in.position()}});
    }
    in.expect('}');
    return members;
}

std::vector<JsonSpan> jsonArrayElements(std::string_view text, JsonSpan array)
{
    JsonScanner in(slice(text, array));
    std::vector<JsonSpan> elements;
    in.beginArray();
    while (in.nextElement()) {
        const std::size_t begin = (in.peek(), in.position());
        in.rawValue();
        elements.push_back(JsonSpan{array.begin + begin, array.begin + in.position()});
    }
    return elements;
}

JsonLayout jsonLayoutOf(std::string_view text, JsonSpan span)
{
    JsonLayout layout;
    const std::string_view inner = slice(text, JsonSpan{span.begin + 1, span.end - 1});
    const std::size_t first = inner.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        // Empty: pretty files (serde's, Python's indent=2) break lines, one level deeper than the bracket's line.
        layout.multiline = text.find('\n') < text.size() - 1;
        layout.closingIndent = lineIndent(text, span.begin);
        layout.elementIndent = layout.closingIndent + "  ";
    } else {
        layout.multiline = inner.substr(0, first).find('\n') != std::string_view::npos;
        if (layout.multiline) {
            layout.elementIndent = lineIndent(text, span.begin + 1 + first);
            layout.closingIndent = lineIndent(text, span.end - 1);
        }
    }
    if (!layout.multiline) {
        // Compact files (serde's to_string) write "key":value.
        const std::size_t colon = inner.find(':');
        layout.keySeparator = colon != std::string_view::npos && colon + 1 < inner.size() && inner[colon + 1] == ' '
                                  ? ": "
                                  : ":";
    }
    return layout;
}

std::string JsonLayout::container(char open, char close, const std::vector<std::string>& elements) const
{
    std::string out(1, open);
    if (elements.empty()) {
        out += close;
        return out;
    }
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (i > 0)
            out += ',';
        if (multiline)
            out += '\n' + elementIndent;
        out += elements[i];
    }
    if (multiline)
        out += '\n' + closingIndent;
    out += close;
    return out;
}

std::string JsonLayout::member(std::string_view key, std::string_view renderedValue) const
{
    std::string out;
    out += '"';
    out += key; // callers pass keys that need no escaping (ids, names of transformers' settings)
    out += '"';
    out += keySeparator;
    out += renderedValue;
    return out;
}

std::string JsonLayout::element(std::string_view pretty, std::string_view compact) const
{
    if (!multiline)
        return std::string(compact);
    std::string out;
    for (const char c : pretty) {
        out += c;
        if (c == '\n')
            out += elementIndent;
    }
    return out;
}

std::string jsonSplice(std::string_view text, JsonSpan span, std::string_view replacement)
{
    std::string out;
    out.reserve(text.size() + replacement.size());
    out.append(text.substr(0, span.begin));
    out.append(replacement);
    out.append(text.substr(span.end));
    return out;
}

} // namespace codecbpe
