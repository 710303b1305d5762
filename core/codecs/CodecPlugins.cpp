#include "codecs/CodecPlugins.h"

#include "common/Error.h"

#include <dlfcn.h>

#include <cstdlib>
#include <system_error>

namespace codecbpe {
namespace fs = std::filesystem;

namespace {

// dlerror() starts with the file name we already report: keep only the reason after it.
std::string loaderReason(const fs::path& file)
{
    const char* raw = dlerror();
    std::string reason = raw != nullptr ? raw : "unknown dynamic loader error";
    const std::string prefix = file.string() + ": ";
    if (reason.compare(0, prefix.size(), prefix) == 0)
        reason.erase(0, prefix.size());
    return reason;
}

} // namespace

fs::path codecPluginFile(const std::string& name)
{
    const std::string fileName = name + ".so";
    if (const char* dir = std::getenv(kCodecPluginDirVariable); dir != nullptr && *dir != '\0')
        return fs::path(dir) / fileName;
    std::error_code ec;
    const fs::path executable = fs::read_symlink("/proc/self/exe", ec);
    if (!ec && fs::is_regular_file(executable.parent_path() / fileName, ec))
        return executable.parent_path() / fileName;
    return fs::path(CODECBPE_PLUGIN_BUILD_DIR) / fileName;
}

void loadCodecPlugin(const fs::path& file, CodecRegistry& registry)
{
    // RTLD_NOW: a missing symbol fails here, with the file named, not in the middle of an encode.
    // RTLD_LOCAL: the plugin's copies of our core code stay private to it.
    void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr)
        throw Error(file.string(), "cannot load the codec plugin: " + loaderReason(file));
    // Never dlclose'd: see the header.
    void* entry = dlsym(handle, kCodecPluginEntryName);
    if (entry == nullptr)
        throw Error(file.string(), std::string("not a codec plugin: it exports no ") + kCodecPluginEntryName);
    reinterpret_cast<CodecPluginEntry>(entry)(registry);
}

} // namespace codecbpe
