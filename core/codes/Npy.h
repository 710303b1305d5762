// Npy: NumPy .npy files of integer codes (format 1.0/2.0/3.0, any integer dtype and byte order, C or Fortran order).
#pragma once

#include "codes/CodeGrid.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace codecbpe {

// What an .npy header says, for `codecbpe info`.
struct NpyHeader {
    int formatMajor = 1;
    int formatMinor = 0;
    std::string descr;               // e.g. "<i8", "|u1"
    bool fortranOrder = false;
    std::vector<std::int64_t> shape;
    std::int64_t dataOffset = 0;     // bytes before the array data
};

NpyHeader readNpyHeader(const std::filesystem::path& file);

// The (K, F) grid that an .npy header describes, after loadNpyCodes' shape reduction; lets a folder summary
// count frames and codebooks from headers alone. Throws Error naming `file` for a header loadNpyCodes rejects
// (a dtype that is not an integer, 0 or more than 4 dimensions, a leading dimension that is not 1).
struct NpyGridShape {
    int numCodebooks = 0;
    std::int64_t numFrames = 0;
};
NpyGridShape npyGridShape(const NpyHeader& header, const std::filesystem::path& file);

// Loads an integer .npy of 1 to 4 dimensions as a grid, reducing shapes as codec-bpe does: (1,1,K,F) -> (K,F),
// (1,K,F) -> (K,F), (K,F) as is, (F) -> (1,F). Throws Error naming the file for anything else: a float or
// object dtype, a leading dimension that is not 1, values that do not fit int32, a truncated file.
CodeGrid loadNpyCodes(const std::filesystem::path& file);

// The dtypes we write; codec-bpe's codecs write int64 ("<i8").
enum class NpyDtype { Int16, Int32, Int64 };
// Writes `codes` atomically as a C-order .npy (format 1.0) of shape `shape`, whose product must equal
// codes.size() and whose last two dimensions are (K, F) (e.g. {1, 1, K, F} as codec-bpe writes EnCodec codes).
void saveNpyCodes(const std::filesystem::path& file, const CodeGrid& codes, NpyDtype dtype = NpyDtype::Int64,
                  std::vector<std::int64_t> shape = {});

} // namespace codecbpe
