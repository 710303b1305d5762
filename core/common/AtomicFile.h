// AtomicFile: writes a file under a temporary name beside it and renames it into place only when complete,
// so a reader never sees a half-written file and a failed or interrupted write leaves the old file untouched.
#pragma once

#include <filesystem>
#include <fstream>
#include <functional>
#include <string_view>

namespace codecbpe {

class AtomicFile {
public:
    // Creates the temporary file next to `target` (same directory, so the final rename cannot cross devices).
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile(); // removes the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::ostream& stream() { return m_stream; }
    // Flushes, syncs to disk and renames over the target. Throws Error (naming the target) on any failure.
    void commit();

    const std::filesystem::path& target() const { return m_target; }

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    std::ofstream m_stream;
    bool m_committed = false;
};

// Writes `bytes` to `target` atomically.
void writeFileAtomically(const std::filesystem::path& target, std::string_view bytes);
// Lets `write` fill the stream, then commits; nothing is left behind if `write` throws.
void writeFileAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

} // namespace codecbpe
