#include "text/Utf8.h"

#include "common/Error.h"

#include <cstdint>
#include <cstdio>

namespace codecbpe {
namespace {

std::string hexByte(unsigned byte)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02x", byte);
    return buffer;
}

std::string codePointName(char32_t c)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

bool isSurrogate(char32_t c) { return (c & 0xFFFFF800u) == 0xD800u; }
bool isContinuation(unsigned byte) { return (byte & 0xC0u) == 0x80u; }

// Sized exactly up front so that the encoder writes through a pointer without growing the string.
std::size_t utf8Length(std::u32string_view text)
{
    std::size_t length = text.size();
    for (const char32_t c : text)
        length += std::size_t(c >= 0x80) + std::size_t(c >= 0x800) + std::size_t(c >= 0x10000);
    return length;
}

[[noreturn]] void throwInvalid(const std::string& sourceName, std::size_t offset, const std::string& reason)
{
    throw Error(sourceName, "invalid UTF-8 at byte offset " + std::to_string(offset) + ": " + reason);
}

} // namespace

std::string toUtf8(std::u32string_view text)
{
    std::string out;
    appendUtf8(text, out);
    return out;
}

void appendUtf8(std::u32string_view text, std::string& out)
{
    const std::size_t start = out.size();
    out.resize(start + utf8Length(text));
    char* dst = out.data() + start;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (c < 0x80) {
            *dst++ = char(c);
        } else if (c < 0x800) {
            dst[0] = char(0xC0 | (c >> 6));
            dst[1] = char(0x80 | (c & 0x3F));
            dst += 2;
        } else if (c < 0x10000 && !isSurrogate(c)) {
            dst[0] = char(0xE0 | (c >> 12));
            dst[1] = char(0x80 | ((c >> 6) & 0x3F));
            dst[2] = char(0x80 | (c & 0x3F));
            dst += 3;
        } else if (c >= 0x10000 && c <= 0x10FFFF) {
            dst[0] = char(0xF0 | (c >> 18));
            dst[1] = char(0x80 | ((c >> 12) & 0x3F));
            dst[2] = char(0x80 | ((c >> 6) & 0x3F));
            dst[3] = char(0x80 | (c & 0x3F));
            dst += 4;
        } else {
            out.resize(start);
            throw Error("cannot encode " + codePointName(c) + " at position " + std::to_string(i) + " as UTF-8: " +
                        (isSurrogate(c) ? "it is a surrogate" : "it is above U+10FFFF"));
        }
    }
}

namespace {

// Explains why the sequence at `offset` is not UTF-8 (the fast loop below only knows that it is not).
[[noreturn]] void throwInvalidSequence(const unsigned char* src, std::size_t size, std::size_t offset,
                                       const std::string& sourceName)
{
    const unsigned lead = src[offset];
    std::size_t length = 0;
    char32_t smallest = 0;
    char32_t c = 0;
    if (lead < 0xC0) {
        throwInvalid(sourceName, offset, "unexpected continuation byte " + hexByte(lead));
    } else if (lead < 0xC2) {
        throwInvalid(sourceName, offset, "byte " + hexByte(lead) + " can only start an overlong encoding");
    } else if (lead < 0xE0) {
        length = 2;
        smallest = 0x80;
        c = lead & 0x1F;
    } else if (lead < 0xF0) {
        length = 3;
        smallest = 0x800;
        c = lead & 0x0F;
    } else if (lead < 0xF5) {
        length = 4;
        smallest = 0x10000;
        c = lead & 0x07;
    } else {
        throwInvalid(sourceName, offset, "byte " + hexByte(lead) + " never occurs in UTF-8");
    }
    for (std::size_t j = 1; j < length; ++j) {
        if (offset + j == size)
            throwInvalid(sourceName, offset, "the input ends inside a " + std::to_string(length) + "-byte sequence");
        const unsigned next = src[offset + j];
        if (!isContinuation(next))
            throwInvalid(sourceName, offset,
                         "the " + std::to_string(length) + "-byte sequence starting with " + hexByte(lead) +
                             " is cut short by byte " + hexByte(next) + " at offset " + std::to_string(offset + j));
        c = (c << 6) | (next & 0x3F);
    }
    if (c < smallest)
        throwInvalid(sourceName, offset, "overlong encoding of " + codePointName(c));
    if (isSurrogate(c))
        throwInvalid(sourceName, offset, "encoded surrogate " + codePointName(c));
    throwInvalid(sourceName, offset, codePointName(c) + " is above U+10FFFF");
}

} // namespace

std::u32string fromUtf8(std::string_view bytes, const std::string& sourceName)
{
    const auto* src = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t size = bytes.size();
    // Valid UTF-8 has one code point per non-continuation byte; invalid input throws before writing more than that.
    std::size_t count = 0;
    for (std::size_t i = 0; i < size; ++i)
        count += std::size_t(!isContinuation(src[i]));
    std::u32string out(count, U'\0');
    char32_t* dst = out.data();

    // Each branch decodes without looking at validity first and then accepts the result in one test; a byte b is a
    // continuation byte (0x80..0xBF) exactly when (b ^ 0x80) < 0x40.
    std::size_t i = 0;
    while (i < size) {
        const unsigned lead = src[i];
        if (lead < 0x80) {
            *dst++ = char32_t(lead);
            ++i;
            continue;
        }
        const std::size_t left = size - i;
        if (lead >= 0xE0 && lead < 0xF0 && left >= 3) {
            const unsigned b1 = src[i + 1];
            const unsigned b2 = src[i + 2];
            const char32_t c = char32_t((lead & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F));
            if (((b1 ^ 0x80) | (b2 ^ 0x80)) < 0x40 && c >= 0x800 && !isSurrogate(c)) {
                *dst++ = c;
                i += 3;
                continue;
            }
        } else if (lead >= 0xC2 && lead < 0xE0 && left >= 2) {
            const unsigned b1 = src[i + 1];
            if ((b1 ^ 0x80) < 0x40) {
                *dst++ = char32_t((lead & 0x1F) << 6 | (b1 & 0x3F));
                i += 2;
                continue;
            }
        } else if (lead >= 0xF0 && lead < 0xF5 && left >= 4) {
            const unsigned b1 = src[i + 1];
            const unsigned b2 = src[i + 2];
            const unsigned b3 = src[i + 3];
            const char32_t c = char32_t((lead & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F));
            if (((b1 ^ 0x80) | (b2 ^ 0x80) | (b3 ^ 0x80)) < 0x40 && c >= 0x10000 && c <= 0x10FFFF) {
                *dst++ = c;
                i += 4;
                continue;
            }
        }
        throwInvalidSequence(src, size, i, sourceName);
    }
    out.resize(std::size_t(dst - out.data()));
    return out;
}

} // namespace codecbpe
