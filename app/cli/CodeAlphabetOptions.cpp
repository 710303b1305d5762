#include "CodeAlphabetOptions.h"

#include "CliCommon.h"

#include "codes/CodecInfo.h"
#include "common/Error.h"

#include <CLI/CLI.hpp>

namespace codecbpe::cli {

void CodeAlphabetOptions::addTo(CLI::App& command)
{
    command.add_option("--num_codebooks", numCodebooks,
                       "Codebooks per frame (default: codec_info.json beside the codes, else all in the file)")
        ->check(CLI::PositiveNumber);
    command.add_option("--codebook_size", codebookSize, "Codes per codebook (default: from codec_info.json)")
        ->check(CLI::PositiveNumber);
    command.add_option("--unicode_offset", unicodeOffset,
                       "First code point of the alphabet, Python int syntax (0x4E00; 0xE000 for large codebooks)")
        ->capture_default_str();
}

CodeAlphabet CodeAlphabetOptions::resolve(const std::filesystem::path& codesDir, std::optional<int> fallbackCodebooks) const
{
    std::optional<int> k = numCodebooks;
    std::optional<int> s = codebookSize;
    if (!k || !s) {
        if (const auto info = findCodecInfo(codesDir)) {
            if (!k)
                k = info->numCodebooks;
            if (!s)
                s = info->codebookSize;
        }
    }
    if (!k)
        k = fallbackCodebooks;
    if (!k || !s)
        throw Error("codec_info.json does not exist beside the codes, so you must specify --num_codebooks and "
                    "--codebook_size manually");
    const std::int64_t offset = parsePythonInt(unicodeOffset, "--unicode_offset");
    if (offset < 0 || offset > 0x10FFFF)
        throw Error("--unicode_offset " + unicodeOffset + " is not a unicode code point");
    return CodeAlphabet(*k, *s, char32_t(offset));
}

} // namespace codecbpe::cli
