// Utf8: strict, fast conversion between UTF-32 text (what CodeAlphabet produces) and UTF-8 bytes (files, the CLI).
#pragma once

#include <string>
#include <string_view>

namespace codecbpe {

// Encodes `text` as UTF-8. A surrogate (U+D800..U+DFFF) or a value above U+10FFFF is an Error naming its position.
std::string toUtf8(std::u32string_view text);
// As toUtf8, appending to `out` (which keeps its contents if the text is invalid).
void appendUtf8(std::u32string_view text, std::string& out);

// Decodes UTF-8 `bytes` read from `sourceName` (a file name or e.g. "<stdin>"). Invalid UTF-8 is an Error naming the
// source and the byte offset of the bad sequence: a stray continuation byte, a lead byte that never occurs (0xC0,
// 0xC1, 0xF5..0xFF), a sequence cut short, an overlong encoding, an encoded surrogate or a value above U+10FFFF.
// A byte order mark is decoded like any other character (U+FEFF).
std::u32string fromUtf8(std::string_view bytes, const std::string& sourceName);

} // namespace codecbpe
