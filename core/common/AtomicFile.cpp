#include "common/AtomicFile.h"

#include "common/Error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

namespace codecbpe {
namespace fs = std::filesystem;

namespace {
fs::path temporaryNameFor(const fs::path& target)
{
    static thread_local std::mt19937_64 rng{std::random_device{}()};
    const auto tag = std::to_string(::getpid()) + "-" + std::to_string(rng() % 1000000007ULL);
    return target.parent_path() / ("." + target.filename().string() + ".tmp-" + tag);
}

void syncToDisk(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}
} // namespace

AtomicFile::AtomicFile(fs::path target) : m_target(std::move(target)), m_temp(temporaryNameFor(m_target))
{
    m_stream.open(m_temp, std::ios::binary | std::ios::trunc);
    if (!m_stream)
        throw Error(m_target.string(), std::string("cannot create file: ") + std::strerror(errno));
}

AtomicFile::~AtomicFile()
{
    if (m_committed)
        return;
    m_stream.close();
    std::error_code ignored;
    fs::remove(m_temp, ignored);
}

void AtomicFile::commit()
{
    m_stream.flush();
    const bool writeFailed = !m_stream;
    m_stream.close();
    if (writeFailed || m_stream.fail())
        throw Error(m_target.string(), "write failed (disk full or file too large?)");
    syncToDisk(m_temp);
    std::error_code ec;
    fs::rename(m_temp, m_target, ec);
    if (ec)
        throw Error(m_target.string(), "cannot move the finished file into place: " + ec.message());
    m_committed = true;
}

void writeFileAtomically(const fs::path& target, std::string_view bytes)
{
    writeFileAtomically(target, [bytes](std::ostream& out) { out.write(bytes.data(), std::streamsize(bytes.size())); });
}

void writeFileAtomically(const fs::path& target, const std::function<void(std::ostream&)>& write)
{
    AtomicFile file(target);
    write(file.stream());
    file.commit();
}

} // namespace codecbpe
