#include "text/CodeText.h"

#include "common/Error.h"
#include "text/Utf8.h"

namespace codecbpe {

std::string codesToUtf8(const CodeAlphabet& alphabet, const CodeGrid& codes)
{
    return toUtf8(alphabet.codesToChars(codes));
}

CodeAlphabet::Decoded utf8ToCodes(const CodeAlphabet& alphabet, std::string_view utf8, const std::string& sourceName,
                                  CodeAlphabet::DecodeOptions options)
{
    const std::u32string chars = fromUtf8(utf8, sourceName);
    try {
        return alphabet.charsToCodes(chars, options);
    } catch (const Error& error) {
        throw Error(sourceName, error.reason());
    }
}

} // namespace codecbpe
