// alphabetChoice: the --num_codebooks / --codebook_size / --unicode_offset flags as the core's AlphabetChoice (the
// offset only when the flag was given, so that a tokenizer's recorded offset applies otherwise).
#pragma once

#include "CodeAlphabetOptions.h"

#include "jobs/AlphabetChoice.h"

namespace CLI {
class Option;
}

namespace codecbpe::cli {

// Throws Error naming --unicode_offset when its value is not a code point.
AlphabetChoice alphabetChoice(const CodeAlphabetOptions& flags, const CLI::Option* offsetFlag);

} // namespace codecbpe::cli
