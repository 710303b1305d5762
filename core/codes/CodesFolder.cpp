#include "codes/CodesFolder.h"

#include "codes/Npy.h"
#include "common/Error.h"
#include "common/Progress.h"

#include <algorithm>

namespace codecbpe {
namespace fs = std::filesystem;

namespace {

bool endsWith(const std::string& text, const std::string& suffix)
{
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool matchesAnyFilter(const std::string& path, const std::vector<std::string>& filters)
{
    return filters.empty() || std::any_of(filters.begin(), filters.end(), [&path](const std::string& filter) {
               return path.find(filter) != std::string::npos;
           });
}

} // namespace

std::vector<fs::path> findCodesFiles(const fs::path& dir, const std::vector<std::string>& filters,
                                     std::optional<std::size_t> maxFiles)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(dir.string(), "not a folder");
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (const fs::recursive_directory_iterator end; !ec && it != end; it.increment(ec)) {
        std::error_code typeError;
        // is_directory follows links: a link to a folder is neither a file nor entered, as in os.walk.
        if (it->is_directory(typeError))
            continue;
        std::string path = it->path().string();
        if (endsWith(it->path().filename().string(), ".npy") && matchesAnyFilter(path, filters))
            found.push_back(std::move(path));
    }
    if (ec)
        throw Error(dir.string(), "cannot list the folder: " + ec.message());
    // Python sorts str by code point, which for UTF-8 is plain byte order (not fs::path's per-component order).
    std::sort(found.begin(), found.end());
    if (maxFiles && found.size() > *maxFiles)
        found.resize(*maxFiles);
    return std::vector<fs::path>(found.begin(), found.end());
}

std::size_t CodesFolderSummary::numReadableFiles() const
{
    std::size_t count = 0;
    for (const auto& [codebooks, files] : filesPerCodebookCount)
        count += files;
    return count;
}

int CodesFolderSummary::minCodebooks() const
{
    return filesPerCodebookCount.empty() ? 0 : filesPerCodebookCount.begin()->first;
}

int CodesFolderSummary::maxCodebooks() const
{
    return filesPerCodebookCount.empty() ? 0 : filesPerCodebookCount.rbegin()->first;
}

std::optional<double> CodesFolderSummary::hours() const
{
    if (!codecInfo || !(codecInfo->framerate > 0))
        return std::nullopt;
    return double(totalFrames) / codecInfo->framerate / 3600.0;
}

CodesFolderSummary summarizeCodesFolder(const fs::path& dir, const std::vector<std::string>& filters, Progress& progress)
{
    CodesFolderSummary summary;
    try {
        summary.codecInfo = findCodecInfo(dir);
    } catch (const Error& error) {
        summary.problems.push_back(error.what());
    }
    const std::vector<fs::path> files = findCodesFiles(dir, filters);
    summary.numFiles = files.size();
    const auto total = std::int64_t(files.size());
    for (std::int64_t i = 0; i < total; ++i) {
        // Header reads are quick: poll and report every 64 files to keep the sink's overhead out of the loop.
        if (i % 64 == 0) {
            progress.throwIfCancelled();
            progress.report(i, total, "reading .npy headers");
        }
        const fs::path& file = files[std::size_t(i)];
        try {
            const NpyGridShape grid = npyGridShape(readNpyHeader(file), file);
            const bool first = summary.filesPerCodebookCount.empty();
            ++summary.filesPerCodebookCount[grid.numCodebooks];
            summary.totalFrames += grid.numFrames;
            summary.minFrames = first ? grid.numFrames : std::min(summary.minFrames, grid.numFrames);
            summary.maxFrames = first ? grid.numFrames : std::max(summary.maxFrames, grid.numFrames);
        } catch (const Error& error) {
            summary.problems.push_back(error.what());
        }
    }
    progress.report(total, total, "reading .npy headers");
    return summary;
}

CodeGrid loadCodesFile(const fs::path& file, int numCodebooks)
{
    const CodeGrid codes = loadNpyCodes(file);
    if (codes.numCodebooks() < numCodebooks)
        throw Error(file.string(), "has " + std::to_string(codes.numCodebooks()) + " codebooks, " +
                                       std::to_string(numCodebooks) + " expected");
    return codes.numCodebooks() == numCodebooks ? codes : codes.firstCodebooks(numCodebooks);
}

} // namespace codecbpe
