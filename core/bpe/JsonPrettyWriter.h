// JsonPrettyWriter: streams JSON in the pretty layout both serde_json (tokenizer.json) and Python's
// json.dumps(indent=2, ensure_ascii=False) (transformers' side files) produce, so our files match theirs byte for byte.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace codecbpe {

class JsonPrettyWriter {
public:
    // Appends to `out`. Layout: 2-space indent, one element per line, "key": value, empty containers as {} / [],
    // raw UTF-8 with only '"', '\\' and control characters escaped, no trailing newline.
    explicit JsonPrettyWriter(std::string& out) : m_out(out) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);

    void string(std::string_view utf8);
    void null();
    void boolean(bool value);
    void integer(std::int64_t value);
    // A number written exactly as given (e.g. transformers' model_max_length, which is beyond 64 bits).
    void rawNumber(std::string_view digits);
    // serde_json's float format (ryu): shortest round-trip digits, "1.0", "0.001", "1e-7", "1e16".
    void floating(double value);
    // The same for an f32 field (ryu::format32: shorter digits, other thresholds for the exponent form).
    void floating32(float value);

    // Writes a parsed value; object keys in the value's own order (ordered_json) or sorted (json).
    void value(const nlohmann::ordered_json& v);
    void value(const nlohmann::json& v);

private:
    template <class Json> void anyValue(const Json& v);
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void newline();
    void shortestFloat(std::string_view scientific, int maxPlain, int minPlain);

    std::string& m_out;
    std::vector<bool> m_empty; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

// Appends `utf8` as a JSON string literal with serde's / Python's escaping.
void appendJsonString(std::string& out, std::string_view utf8);

} // namespace codecbpe
