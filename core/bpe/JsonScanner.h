// JsonScanner: a minimal one-pass JSON reader over a text, for the large vocab and merges of tokenizer.json where a
// DOM parser is many times slower; other values can be taken whole as raw text for a full parser.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace codecbpe {

class JsonScanner {
public:
    // Thrown for malformed JSON; what() says what was expected and at which byte.
    struct SyntaxError : std::runtime_error {
        using std::runtime_error::runtime_error;
    };

    explicit JsonScanner(std::string_view text) : m_text(text) {}

    // Skips whitespace and returns the next character without consuming it ('\0' at the end).
    char peek();
    void expect(char c);
    // Consumes `c` if it comes next.
    bool accept(char c);

    // Object and array iteration: call beginObject(), then `while (nextMember(key))` reads each key and its ':';
    // arrays: beginArray(), then `while (nextElement())`.
    void beginObject() { expect('{'); m_first = true; }
    bool nextMember(std::string& key);
    void beginArray() { expect('['); m_first = true; }
    bool nextElement();

    void string(std::string& out); // decodes escapes (\uXXXX with surrogate pairs) to UTF-8
    std::uint64_t unsignedInteger();
    bool null() { return acceptWord("null"); }
    // Skips one value of any kind and returns its exact text.
    std::string_view rawValue();
    bool atEnd();

    std::size_t position() const { return m_pos; }

private:
    [[noreturn]] void fail(const char* expected) const;
    bool acceptWord(std::string_view word);
    void skipString();
    void appendUtf8(std::string& out, char32_t c);
    char32_t hex4();
    void closed();

    std::string_view m_text;
    std::size_t m_pos = 0;
    bool m_first = true;
};

} // namespace codecbpe
