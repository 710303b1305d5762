// TokenizerOptions: the --tokenizer folder of the encode and decode commands, with the code alphabet taken from the
// codec metadata we record in its tokenizer_config.json unless --num_codebooks / --codebook_size / --unicode_offset
// say otherwise (then codec_info.json beside the codes, as codec-bpe).
#pragma once

#include "CodeAlphabetOptions.h"

#include "bpe/BpeEncoder.h"
#include "bpe/TokenizerFolder.h"

#include <filesystem>
#include <string>

namespace CLI {
class App;
class Option;
} // namespace CLI

namespace codecbpe::cli {

struct LoadedTokenizer {
    TokenizerFolder folder;
    BpeEncoder encoder;
    CodeAlphabet alphabet;
};

struct TokenizerOptions {
    std::string dir;
    CodeAlphabetOptions alphabet;
    CLI::Option* offsetFlag = nullptr;

    void addTo(CLI::App& command);
    // Reads the folder and resolves the alphabet (`codesDir`: where a codec_info.json may sit). Throws Error.
    LoadedTokenizer load(const std::filesystem::path& codesDir) const;
};

} // namespace codecbpe::cli
