// PythonRepr: Python's text forms of floats and strings, for files that must match what Python writes byte for byte.
#pragma once

#include <string>
#include <string_view>

namespace codecbpe {

// repr(float): the shortest text that reads back as `value`, "75.0", "86.1328125", "1e-05", "1e+16"; json.dump's
// "NaN", "Infinity" and "-Infinity" for the non-finite values.
std::string pythonFloatRepr(double value);

// json.dumps(text) with ensure_ascii=True: quoted, every character outside ' '..'~' escaped (\n, \t, ... or
// \u00e9, astral characters as a surrogate pair). `utf8` must be valid UTF-8; throws std::invalid_argument otherwise.
std::string pythonJsonString(std::string_view utf8);

} // namespace codecbpe
