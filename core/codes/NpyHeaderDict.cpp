#include "codes/NpyHeaderDict.h"

#include "common/Error.h"

#include <cctype>
#include <limits>

namespace codecbpe {
namespace {

// A recursive-descent reader of the small subset of Python literals NumPy puts in the header.
class DictParser {
public:
    DictParser(std::string_view text, const std::string& file) : m_text(text), m_file(file) {}

    void parseInto(NpyHeader& header)
    {
        bool haveDescr = false, haveOrder = false, haveShape = false;
        expect('{');
        while (!peekIs('}')) {
            const std::string key = parseString();
            expect(':');
            if (key == "descr") {
                if (peekIs('['))
                    fail("structured dtypes (records) are not supported: codes must be plain integers");
                header.descr = parseString();
                haveDescr = true;
            } else if (key == "fortran_order") {
                header.fortranOrder = parseBool();
                haveOrder = true;
            } else if (key == "shape") {
                header.shape = parseShape();
                haveShape = true;
            } else {
                fail("unexpected key '" + key + "'");
            }
            if (!consume(','))
                break;
        }
        expect('}');
        skipSpace();
        if (m_pos != m_text.size())
            fail("text after the closing brace");
        if (!haveDescr || !haveOrder || !haveShape)
            fail(std::string("missing key '") + (!haveDescr ? "descr" : !haveOrder ? "fortran_order" : "shape") + "'");
    }

private:
    [[noreturn]] void fail(const std::string& why) const
    {
        constexpr std::size_t maxShown = 120;
        std::string shown(m_text.substr(0, maxShown));
        while (!shown.empty() && std::isspace(static_cast<unsigned char>(shown.back())))
            shown.pop_back();
        throw Error(m_file, "malformed .npy header (" + why + "): " + shown + (m_text.size() > maxShown ? "..." : ""));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }

    bool peekIs(char c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text[m_pos] == c;
    }

    bool consume(char c)
    {
        if (!peekIs(c))
            return false;
        ++m_pos;
        return true;
    }

    void expect(char c)
    {
        if (!consume(c))
            fail(std::string("expected '") + c + "'");
    }

    std::string parseString()
    {
        skipSpace();
        if (m_pos >= m_text.size() || (m_text[m_pos] != '\'' && m_text[m_pos] != '"'))
            fail("expected a quoted string");
        const char quote = m_text[m_pos++];
        std::string out;
        while (m_pos < m_text.size() && m_text[m_pos] != quote) {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            out += m_text[m_pos++];
        }
        if (m_pos >= m_text.size())
            fail("unterminated string");
        ++m_pos;
        return out;
    }

    bool parseWord(std::string_view word)
    {
        skipSpace();
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    bool parseBool()
    {
        if (parseWord("True"))
            return true;
        if (parseWord("False"))
            return false;
        fail("fortran_order must be True or False");
    }

    std::int64_t parseInt()
    {
        skipSpace();
        if (m_pos >= m_text.size() || !std::isdigit(static_cast<unsigned char>(m_text[m_pos])))
            fail("shape must hold non-negative integers");
        std::int64_t value = 0;
        while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos]))) {
            const int digit = m_text[m_pos++] - '0';
            if (value > (std::numeric_limits<std::int64_t>::max() - digit) / 10)
                fail("dimension too large");
            value = value * 10 + digit;
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'L' || m_text[m_pos] == 'l'))
            ++m_pos; // Python 2 long literal
        return value;
    }

    std::vector<std::int64_t> parseShape()
    {
        expect('(');
        std::vector<std::int64_t> shape;
        while (!peekIs(')')) {
            shape.push_back(parseInt());
            if (!consume(','))
                break;
        }
        expect(')');
        return shape;
    }

    std::string_view m_text;
    const std::string& m_file;
    std::size_t m_pos = 0;
};

} // namespace

void parseNpyHeaderDict(std::string_view dict, const std::string& file, NpyHeader& header)
{
    DictParser(dict, file).parseInto(header);
}

std::string formatNpyHeaderDict(std::string_view descr, bool fortranOrder, const std::vector<std::int64_t>& shape)
{
    // NumPy sorts the keys, which happens to be this order, and leaves room for the growing axis to reach
    // GROWTH_AXIS_MAX_DIGITS (21) digits.
    constexpr std::size_t growthAxisMaxDigits = 21;
    std::string dict = "{'descr': '" + std::string(descr) + "', 'fortran_order': " + (fortranOrder ? "True" : "False") +
                       ", 'shape': " + npyShapeText(shape) + ", }";
    if (!shape.empty()) {
        const std::size_t digits = std::to_string(fortranOrder ? shape.back() : shape.front()).size();
        dict.append(growthAxisMaxDigits - digits, ' ');
    }
    return dict;
}

std::string npyShapeText(const std::vector<std::int64_t>& shape)
{
    std::string out = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        out += (i ? ", " : "") + std::to_string(shape[i]);
    return out + (shape.size() == 1 ? ",)" : ")");
}

} // namespace codecbpe
