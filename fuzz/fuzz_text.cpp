// Fuzzes text-to-codes: the first bytes choose an alphabet and options, the rest is the UTF-8 text file.
// Valid UTF-8 must re-encode to the same bytes; decoded codes must map back to text that decodes to them again.
#include "FuzzCheck.h"

#include "text/CodeAlphabet.h"
#include "text/Utf8.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

using namespace codecbpe;

namespace {
constexpr std::size_t kHeaderSize = 6;

char32_t offsetFor(std::uint8_t selector, std::uint8_t low)
{
    switch (selector % 4) {
    case 0: return CodeAlphabet::kDefaultOffset;
    case 1: return CodeAlphabet::kLargeOffset;
    case 2: return char32_t(low) * 0x1000; // including offsets whose alphabet hits the surrogates or U+10FFFF
    default: return char32_t(low);         // below the alphabet lie ASCII and Metaspace-like characters
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < kHeaderSize)
        return 0;
    const int numCodebooks = 1 + data[0] % 8;
    const int codebookSize = 1 + (data[1] | (data[2] << 8));
    const char32_t offset = offsetFor(data[3], data[4]);
    CodeAlphabet::DecodeOptions options;
    options.dropInconsistentCodes = (data[5] & 1) == 0;
    options.dropHangingCodes = (data[5] & 2) == 0;
    const bool legacy = (data[5] & 4) != 0;
    const std::string_view bytes(reinterpret_cast<const char*>(data + kHeaderSize), size - kHeaderSize);

    std::u32string text;
    if (!fuzz::succeeds([&] { text = fromUtf8(bytes, "text.txt"); }))
        return 0;
    fuzz::require(toUtf8(text) == bytes, "valid UTF-8 does not re-encode to the same bytes");
    if (legacy)
        text = stripLegacyTokenFormat(text);

    std::optional<CodeAlphabet> alphabet;
    if (!fuzz::succeeds([&] { alphabet.emplace(numCodebooks, codebookSize, offset); }))
        return 0;
    CodeAlphabet::Decoded decoded;
    if (!fuzz::succeeds([&] { decoded = alphabet->charsToCodes(text, options); }))
        return 0;
    fuzz::require(decoded.codes.numCodebooks() == numCodebooks, "decoded grid has the wrong number of codebooks");
    const std::u32string again = alphabet->codesToChars(decoded.codes);
    fuzz::require(std::int64_t(again.size()) == decoded.codes.size(), "codes_to_chars length is not K x F");
    fuzz::require(alphabet->charsToCodes(again, {false, false}).codes == decoded.codes,
                  "chars_to_codes(codes_to_chars(codes)) differs from codes");
    return 0;
}
