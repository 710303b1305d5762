#include "bpe/JsonPrettyWriter.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace codecbpe {

void appendJsonString(std::string& out, std::string_view utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t clean = 0; // start of the run of bytes that need no escaping
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.data() + clean, i - clean);
        clean = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
        }
    }
    out.append(utf8.data() + clean, utf8.size() - clean);
    out += '"';
}

void JsonPrettyWriter::newline()
{
    m_out += '\n';
    m_out.append(2 * m_empty.size(), ' ');
}

void JsonPrettyWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_empty.empty())
        return;
    if (!m_empty.back())
        m_out += ',';
    m_empty.back() = false;
    newline();
}

void JsonPrettyWriter::open(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_empty.push_back(true);
}

void JsonPrettyWriter::close(char bracket)
{
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (!empty)
        newline();
    m_out += bracket;
}

void JsonPrettyWriter::beginObject() { open('{'); }
void JsonPrettyWriter::endObject() { close('}'); }
void JsonPrettyWriter::beginArray() { open('['); }
void JsonPrettyWriter::endArray() { close(']'); }

void JsonPrettyWriter::key(std::string_view name)
{
    beforeValue();
    appendJsonString(m_out, name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonPrettyWriter::string(std::string_view utf8)
{
    beforeValue();
    appendJsonString(m_out, utf8);
}

void JsonPrettyWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonPrettyWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonPrettyWriter::integer(std::int64_t value)
{
    beforeValue();
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    m_out.append(buffer, end);
}

void JsonPrettyWriter::rawNumber(std::string_view digits)
{
    beforeValue();
    m_out += digits;
}

void JsonPrettyWriter::floating(double value)
{
    beforeValue();
    if (!std::isfinite(value)) { // serde_json writes non-finite floats as null
        m_out += "null";
        return;
    }
    char buffer[40];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific).ptr;
    shortestFloat(std::string_view(buffer, std::size_t(end - buffer)), 16, -5);
}

void JsonPrettyWriter::floating32(float value)
{
    beforeValue();
    if (!std::isfinite(value)) {
        m_out += "null";
        return;
    }
    char buffer[40];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific).ptr;
    shortestFloat(std::string_view(buffer, std::size_t(end - buffer)), 13, -6);
}

// Lays out shortest round-trip digits ("-d.ddde±x" from to_chars) as ryu::pretty does: plain decimals while the
// decimal exponent kk (10^(kk-1) <= |v| < 10^kk) lies in (minPlain, maxPlain], else d.ddd "e" exponent.
void JsonPrettyWriter::shortestFloat(std::string_view scientific, int maxPlain, int minPlain)
{
    if (scientific.front() == '-') {
        m_out += '-';
        scientific.remove_prefix(1);
    }
    const std::size_t ePos = scientific.find('e');
    std::string digits(1, scientific[0]);
    if (ePos > 1)
        digits.append(scientific.substr(2, ePos - 2));
    if (digits == "0") {
        m_out += "0.0";
        return;
    }
    const int exponent = std::atoi(std::string(scientific.substr(ePos + 1)).c_str());
    const int length = int(digits.size());
    const int kk = exponent + 1;
    const int k = kk - length;
    if (k >= 0 && kk <= maxPlain) {
        m_out += digits;
        m_out.append(std::size_t(k), '0');
        m_out += ".0";
    } else if (kk > 0 && kk <= maxPlain) {
        m_out.append(digits, 0, std::size_t(kk));
        m_out += '.';
        m_out.append(digits, std::size_t(kk), std::string::npos);
    } else if (kk > minPlain && kk <= 0) {
        m_out += "0.";
        m_out.append(std::size_t(-kk), '0');
        m_out += digits;
    } else {
        m_out += digits[0];
        if (length > 1) {
            m_out += '.';
            m_out.append(digits, 1, std::string::npos);
        }
        m_out += 'e';
        m_out += std::to_string(kk - 1);
    }
}

template <class Json> void JsonPrettyWriter::anyValue(const Json& v)
{
    switch (v.type()) {
    case nlohmann::json::value_t::object:
        beginObject();
        for (auto it = v.begin(); it != v.end(); ++it) {
            key(it.key());
            anyValue(it.value());
        }
        endObject();
        break;
    case nlohmann::json::value_t::array:
        beginArray();
        for (const auto& element : v)
            anyValue(element);
        endArray();
        break;
    case nlohmann::json::value_t::string: string(v.template get_ref<const std::string&>()); break;
    case nlohmann::json::value_t::boolean: boolean(v.template get<bool>()); break;
    case nlohmann::json::value_t::number_integer: integer(v.template get<std::int64_t>()); break;
    case nlohmann::json::value_t::number_unsigned: rawNumber(std::to_string(v.template get<std::uint64_t>())); break;
    case nlohmann::json::value_t::number_float: floating(v.template get<double>()); break;
    default: null(); break;
    }
}

void JsonPrettyWriter::value(const nlohmann::ordered_json& v) { anyValue(v); }
void JsonPrettyWriter::value(const nlohmann::json& v) { anyValue(v); }

} // namespace codecbpe
