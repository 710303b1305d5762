// ScratchFolder: a folder of its own per object and process (in /dev/shm when it exists) where a harness writes
// the fuzzer's bytes as the files the parsers under test open by path.
#pragma once

#include <filesystem>
#include <string_view>

namespace codecbpe::fuzz {

class ScratchFolder {
public:
    ScratchFolder();
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    // Writes `bytes` to path()/name (replacing it) and returns that path.
    std::filesystem::path write(const char* name, std::string_view bytes) const;
    // Removes path()/name if it exists.
    void remove(const char* name) const;

private:
    std::filesystem::path m_path;
};

} // namespace codecbpe::fuzz
