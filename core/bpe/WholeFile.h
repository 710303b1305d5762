// WholeFile: reads a file's bytes in one piece (the JSON files a tokenizer folder holds), throwing Error naming it.
#pragma once

#include <filesystem>
#include <string>

namespace codecbpe {

std::string readWholeFile(const std::filesystem::path& file);

} // namespace codecbpe
