#include "AlphabetChoiceFlags.h"

#include "CliCommon.h"

#include "common/Error.h"

#include <CLI/CLI.hpp>

namespace codecbpe::cli {

AlphabetChoice alphabetChoice(const CodeAlphabetOptions& flags, const CLI::Option* offsetFlag)
{
    AlphabetChoice choice{flags.numCodebooks, flags.codebookSize, std::nullopt};
    if (offsetFlag && offsetFlag->count() > 0) {
        const std::int64_t offset = parsePythonInt(flags.unicodeOffset, "--unicode_offset");
        if (offset < 0 || offset > 0x10FFFF)
            throw Error("--unicode_offset " + flags.unicodeOffset + " is not a unicode code point");
        choice.unicodeOffset = char32_t(offset);
    }
    return choice;
}

} // namespace codecbpe::cli
