// CodeAlphabetOptions: the --num_codebooks / --codebook_size / --unicode_offset flags that several commands share,
// completed from the codec_info.json beside the codes when a flag is not given (as codec-bpe does).
#pragma once

#include "text/CodeAlphabet.h"

#include <filesystem>
#include <optional>

namespace CLI {
class App;
}

namespace codecbpe::cli {

struct CodeAlphabetOptions {
    std::optional<int> numCodebooks;
    std::optional<int> codebookSize;
    std::string unicodeOffset = "0x4E00";

    // Registers the three flags on `command`.
    void addTo(CLI::App& command);
    // The alphabet, filling unset flags from `<codesDir>/codec_info.json`; `fallbackCodebooks` is used for K when
    // neither says (e.g. the codebooks of the file itself). Throws Error saying which flag is missing.
    CodeAlphabet resolve(const std::filesystem::path& codesDir, std::optional<int> fallbackCodebooks = {}) const;
};

} // namespace codecbpe::cli
