#include "ScratchFolder.h"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace codecbpe::fuzz {
namespace fs = std::filesystem;

namespace {
fs::path scratchRoot()
{
    std::error_code ec;
    if (fs::is_directory("/dev/shm", ec))
        return "/dev/shm";
    return fs::temp_directory_path();
}

int nextNumber()
{
    static int next = 0;
    return next++;
}
} // namespace

// Numbered within the process: fuzz_tokenizer's input folder and the folder it writes to must not be one folder,
// or files written for one input would be read with the next.
ScratchFolder::ScratchFolder()
    : m_path(scratchRoot() / ("codecbpe-fuzz-" + std::to_string(::getpid()) + "-" + std::to_string(nextNumber())))
{
    fs::create_directories(m_path);
}

ScratchFolder::~ScratchFolder()
{
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
}

fs::path ScratchFolder::write(const char* name, std::string_view bytes) const
{
    fs::path file = m_path / name;
    // Plain stdio: the harness must not depend on the code under test (AtomicFile) to set up its input.
    std::FILE* out = std::fopen(file.c_str(), "wb");
    if (out == nullptr || std::fwrite(bytes.data(), 1, bytes.size(), out) != bytes.size() || std::fclose(out) != 0) {
        std::perror(file.c_str());
        std::abort();
    }
    return file;
}

void ScratchFolder::remove(const char* name) const
{
    std::error_code ignored;
    fs::remove(m_path / name, ignored);
}

} // namespace codecbpe::fuzz
