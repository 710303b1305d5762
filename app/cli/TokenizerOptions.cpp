#include "TokenizerOptions.h"

#include "common/Error.h"

#include <CLI/CLI.hpp>

namespace codecbpe::cli {

void TokenizerOptions::addTo(CLI::App& command)
{
    command.add_option("--tokenizer", dir, "Tokenizer folder (tokenizer.json, tokenizer_config.json)")->required();
    alphabet.addTo(command);
    offsetFlag = command.get_option("--unicode_offset");
}

LoadedTokenizer TokenizerOptions::load(const std::filesystem::path& codesDir) const
{
    TokenizerFolder folder = TokenizerFolder::read(dir);
    BpeEncoder encoder = BpeEncoder::forFolder(folder, dir);
    CodeAlphabetOptions resolved = alphabet;
    if (folder.codec) {
        if (!resolved.numCodebooks)
            resolved.numCodebooks = folder.codec->numCodebooks;
        if (!resolved.codebookSize)
            resolved.codebookSize = folder.codec->codebookSize;
        if (offsetFlag && offsetFlag->count() == 0)
            resolved.unicodeOffset = std::to_string(folder.codec->unicodeOffset);
    }
    CodeAlphabet codeAlphabet = resolved.resolve(codesDir);
    return LoadedTokenizer{std::move(folder), std::move(encoder), codeAlphabet};
}

} // namespace codecbpe::cli
