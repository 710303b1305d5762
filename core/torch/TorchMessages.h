// TorchMessages: turns libtorch's long, multi-line exception texts into the one-line reasons our errors carry.
#pragma once

#include <string>

namespace codecbpe {

// The operator named by TorchScript's "Unknown builtin op: aten::xyz." (raised when an archive calls an op this
// libtorch lacks, e.g. aten::scaled_dot_product_attention from torch >= 2.0), or "" if the text names none.
std::string unknownOperatorIn(const std::string& message);

// Why torch::jit::load failed, in one line: the missing operator and what to do about it, or the gist of the text.
// `libtorchVersion` is the version of the libtorch we run (TORCH_VERSION), for the message.
std::string describeLoadFailure(const std::string& message, const std::string& libtorchVersion);

// The gist of an exception from running a TorchScript method: the interpreter's final "RuntimeError: ..." line
// (its traceback says little to a user), else the first non-empty line.
std::string summarizeTorchError(const std::string& message);

} // namespace codecbpe
