// CodeText: a code grid <-> UTF-8 text in one call (CodeAlphabet + Utf8), for text files and the CLI.
#pragma once

#include "text/CodeAlphabet.h"

#include <string>
#include <string_view>

namespace codecbpe {

// The grid's text (CodeAlphabet::codesToChars) as UTF-8.
std::string codesToUtf8(const CodeAlphabet& alphabet, const CodeGrid& codes);

// Decodes UTF-8 text read from `sourceName` and converts it with CodeAlphabet::charsToCodes. Every Error (invalid
// UTF-8, a character above the alphabet, a partial frame when not dropping) names `sourceName`; character positions
// in the message count code points, not bytes.
CodeAlphabet::Decoded utf8ToCodes(const CodeAlphabet& alphabet, std::string_view utf8, const std::string& sourceName,
                                  CodeAlphabet::DecodeOptions options = {});

} // namespace codecbpe
