// CreatedFolders: makes a folder with the parents it lacks and, unless told to keep them, removes the ones it made
// again (if still empty), so that a job that fails or is cancelled before writing leaves no empty folders behind.
#pragma once

#include <filesystem>
#include <vector>

namespace codecbpe {

class CreatedFolders {
public:
    // Creates `folder` and its missing parents. Throws Error naming the folder when that fails.
    explicit CreatedFolders(const std::filesystem::path& folder);
    // Removes the folders this made, innermost first, while they are empty; never throws.
    ~CreatedFolders();
    CreatedFolders(const CreatedFolders&) = delete;
    CreatedFolders& operator=(const CreatedFolders&) = delete;

    // The job wrote its output: the folders stay.
    void keep() noexcept { m_made.clear(); }

private:
    std::vector<std::filesystem::path> m_made; // outermost first
};

} // namespace codecbpe
