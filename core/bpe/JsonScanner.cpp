#include "bpe/JsonScanner.h"

#include <cstring>

namespace codecbpe {

void JsonScanner::fail(const char* expected) const
{
    throw SyntaxError(std::string("expected ") + expected + " at byte " + std::to_string(m_pos));
}

char JsonScanner::peek()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return c;
        ++m_pos;
    }
    return '\0';
}

bool JsonScanner::atEnd() { return peek() == '\0'; }

bool JsonScanner::accept(char c)
{
    if (peek() != c)
        return false;
    ++m_pos;
    return true;
}

void JsonScanner::expect(char c)
{
    if (!accept(c)) {
        const char expected[] = {'\'', c, '\'', '\0'};
        fail(expected);
    }
}

bool JsonScanner::acceptWord(std::string_view word)
{
    peek();
    if (m_text.substr(m_pos, word.size()) != word)
        return false;
    m_pos += word.size();
    return true;
}

bool JsonScanner::nextMember(std::string& key)
{
    if (accept('}')) {
        closed();
        return false;
    }
    if (!m_first)
        expect(',');
    m_first = false;
    string(key);
    expect(':');
    return true;
}

void JsonScanner::closed()
{
    // The container just closed was a value of the one around it, which has therefore read a member: its next one
    // needs a comma. (m_first is one flag, not a stack: without this an empty {} or [] left it set, so a valid
    // `"vocab": {}, "merges": []` failed and a missing comma after an empty container was let through.)
    m_first = false;
}

bool JsonScanner::nextElement()
{
    if (accept(']')) {
        closed();
        return false;
    }
    if (!m_first)
        expect(',');
    m_first = false;
    return true;
}

char32_t JsonScanner::hex4()
{
    if (m_pos + 4 > m_text.size())
        fail("four hex digits");
    char32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = m_text[m_pos++];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= char32_t(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= char32_t(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= char32_t(c - 'A' + 10);
        else
            fail("a hex digit");
    }
    return v;
}

void JsonScanner::appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

void JsonScanner::string(std::string& out)
{
    expect('"');
    out.clear();
    for (;;) {
        // Copy the run up to the next quote or backslash in one go.
        std::size_t end = m_pos;
        while (end < m_text.size() && m_text[end] != '"' && m_text[end] != '\\') {
            if (static_cast<unsigned char>(m_text[end]) < 0x20) {
                m_pos = end;
                fail("no raw control character in a string");
            }
            ++end;
        }
        out.append(m_text.data() + m_pos, end - m_pos);
        m_pos = end;
        if (m_pos >= m_text.size())
            fail("the end of a string");
        if (m_text[m_pos++] == '"')
            return;
        if (m_pos >= m_text.size())
            fail("an escape");
        switch (m_text[m_pos++]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            char32_t c = hex4();
            if (c >= 0xD800 && c < 0xDC00) {
                if (!acceptWord("\\u"))
                    fail("a low surrogate escape");
                const char32_t low = hex4();
                if (low < 0xDC00 || low > 0xDFFF)
                    fail("a low surrogate");
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            } else if (c >= 0xDC00 && c <= 0xDFFF) {
                fail("no lone low surrogate");
            }
            appendUtf8(out, c);
            break;
        }
        default: fail("a valid escape");
        }
    }
}

std::uint64_t JsonScanner::unsignedInteger()
{
    peek();
    const std::size_t start = m_pos;
    std::uint64_t v = 0;
    while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
        if (v > (UINT64_MAX - 9) / 10)
            fail("a smaller integer");
        v = v * 10 + std::uint64_t(m_text[m_pos++] - '0');
    }
    const bool fraction = m_pos < m_text.size() && (m_text[m_pos] == '.' || m_text[m_pos] == 'e' || m_text[m_pos] == 'E');
    if (m_pos == start || fraction)
        fail("a non-negative integer");
    return v;
}

void JsonScanner::skipString()
{
    ++m_pos; // the opening quote
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos++];
        if (c == '\\')
            ++m_pos;
        else if (c == '"')
            return;
    }
    fail("the end of a string");
}

std::string_view JsonScanner::rawValue()
{
    const char first = peek();
    const std::size_t start = m_pos;
    if (first == '"') {
        skipString();
    } else if (first == '{' || first == '[') {
        int depth = 0;
        do {
            const char c = m_text[m_pos];
            if (c == '"') {
                skipString();
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            ++m_pos;
        } while (depth > 0 && m_pos < m_text.size());
        if (depth > 0)
            fail("the end of a container");
    } else {
        while (m_pos < m_text.size() && std::strchr(",}] \n\r\t", m_text[m_pos]) == nullptr)
            ++m_pos;
        if (m_pos == start)
            fail("a value");
    }
    return m_text.substr(start, m_pos - start);
}

} // namespace codecbpe
