#include "codes/PythonRepr.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace codecbpe {
namespace {

// Decodes the UTF-8 sequence starting at `pos`, advancing it; throws on malformed input.
char32_t decodeUtf8(std::string_view text, std::size_t& pos)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xe ? 3 : (lead >> 3) == 0x1e ? 4 : 0;
    if (length == 0 || pos + std::size_t(length) > text.size())
        throw std::invalid_argument("invalid UTF-8 in a JSON string");
    char32_t code = length == 1 ? lead : char32_t(lead & (0x7f >> length));
    for (int i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(text[pos + std::size_t(i)]);
        if ((next & 0xc0) != 0x80)
            throw std::invalid_argument("invalid UTF-8 in a JSON string");
        code = (code << 6) | (next & 0x3f);
    }
    static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < smallest[length] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        throw std::invalid_argument("invalid UTF-8 in a JSON string");
    pos += std::size_t(length);
    return code;
}

void appendUnicodeEscape(std::string& out, unsigned unit)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\\u%04x", unit);
    out += buffer;
}

} // namespace

std::string pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "Infinity" : "-Infinity";
    // The shortest round-trip digits, as Python's repr uses; only the layout differs from C++'s.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string_view scientific(buffer, std::size_t(result.ptr - buffer)); // "-8.61328125e+01"
    const bool negative = scientific.front() == '-';
    const std::size_t e = scientific.find('e');
    std::string digits;
    for (std::size_t i = negative ? 1 : 0; i < e; ++i)
        if (scientific[i] != '.')
            digits += scientific[i];
    int exponent = 0;
    std::from_chars(scientific.data() + e + 2, scientific.data() + scientific.size(), exponent);
    if (scientific[e + 1] == '-')
        exponent = -exponent;

    std::string out = negative ? "-" : "";
    // Python switches to exponent notation below 1e-4 and from 1e16 on.
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out += "0." + std::string(std::size_t(-exponent - 1), '0') + digits;
        } else {
            const auto integerDigits = std::size_t(exponent) + 1;
            if (digits.size() <= integerDigits)
                out += digits + std::string(integerDigits - digits.size(), '0') + ".0";
            else
                out += digits.substr(0, integerDigits) + "." + digits.substr(integerDigits);
        }
        return out;
    }
    out += digits.substr(0, 1);
    if (digits.size() > 1)
        out += "." + digits.substr(1);
    char exponentText[16];
    std::snprintf(exponentText, sizeof exponentText, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + exponentText;
}

std::string pythonJsonString(std::string_view utf8)
{
    std::string out = "\"";
    for (std::size_t pos = 0; pos < utf8.size();) {
        const char32_t code = decodeUtf8(utf8, pos);
        switch (code) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '\b': out += "\\b"; continue;
        case '\f': out += "\\f"; continue;
        default: break;
        }
        if (code >= 0x20 && code <= 0x7e) {
            out += char(code);
        } else if (code < 0x10000) {
            appendUnicodeEscape(out, unsigned(code));
        } else {
            const char32_t offset = code - 0x10000;
            appendUnicodeEscape(out, unsigned(0xd800 + (offset >> 10)));
            appendUnicodeEscape(out, unsigned(0xdc00 + (offset & 0x3ff)));
        }
    }
    return out + "\"";
}

} // namespace codecbpe
