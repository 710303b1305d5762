#include "common/Error.h"

namespace codecbpe {
namespace {
std::string describe(const std::string& path, const std::string& reason)
{
    return path.empty() ? reason : path + ": " + reason;
}
} // namespace

Error::Error(std::string path, std::string reason)
    : std::runtime_error(describe(path, reason)), m_path(std::move(path)), m_reason(std::move(reason))
{
}

} // namespace codecbpe
