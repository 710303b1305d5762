#include "common/CreatedFolders.h"

#include "common/Error.h"

#include <system_error>

namespace codecbpe {

namespace fs = std::filesystem;

CreatedFolders::CreatedFolders(const fs::path& folder)
{
    if (folder.empty())
        return;
    std::error_code error;
    for (fs::path missing = folder; !missing.empty() && !fs::exists(missing, error);
         missing = missing.parent_path()) {
        m_made.insert(m_made.begin(), missing);
        if (missing == missing.parent_path())
            break;
    }
    fs::create_directories(folder, error);
    if (error) {
        const std::string reason = "cannot create the folder: " + error.message();
        m_made.clear();
        throw Error(folder.string(), reason);
    }
}

CreatedFolders::~CreatedFolders()
{
    std::error_code error;
    for (auto it = m_made.rbegin(); it != m_made.rend(); ++it)
        if (!fs::remove(*it, error)) // fs::remove deletes a folder only when it is empty
            break;
}

} // namespace codecbpe
