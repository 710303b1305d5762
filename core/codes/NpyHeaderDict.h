// NpyHeaderDict: the Python dict literal inside an .npy header ({'descr': '<i8', 'fortran_order': False, ...}).
#pragma once

#include "codes/Npy.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace codecbpe {

// Fills descr, fortranOrder and shape of `header` from the dict text as any NumPy writes it (keys in any order,
// either quote, trailing comma, "(5,)", "()", Python 2's "3L"). Throws Error naming `file` if it is malformed.
void parseNpyHeaderDict(std::string_view dict, const std::string& file, NpyHeader& header);

// The dict exactly as NumPy 1.24's np.save writes it, including the spaces it adds so that the first axis can grow
// in place (but not the alignment padding, which depends on the format version).
std::string formatNpyHeaderDict(std::string_view descr, bool fortranOrder, const std::vector<std::int64_t>& shape);

// Python's repr of a shape tuple: "()", "(5,)", "(1, 4, 100)".
std::string npyShapeText(const std::vector<std::int64_t>& shape);

} // namespace codecbpe
