#include "CodeAlphabetOptions.h"

#include "CliCommon.h"

#include "common/Error.h"
#include "jobs/AlphabetChoice.h"

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
    const std::int64_t offset = parsePythonInt(unicodeOffset, "--unicode_offset");
    if (offset < 0 || offset > 0x10FFFF)
        throw Error("--unicode_offset " + unicodeOffset + " is not a unicode code point");
    return AlphabetChoice{numCodebooks, codebookSize, char32_t(offset)}.resolve(std::nullopt, codesDir,
                                                                               fallbackCodebooks);
}

} // namespace codecbpe::cli
