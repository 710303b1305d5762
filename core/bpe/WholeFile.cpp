#include "bpe/WholeFile.h"

#include "common/Error.h"

#include <fstream>
#include <sstream>

namespace codecbpe {

std::string readWholeFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(file.string(), "cannot open the file");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw Error(file.string(), "cannot read the file");
    return std::move(buffer).str();
}

} // namespace codecbpe
