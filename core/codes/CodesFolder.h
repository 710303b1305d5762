// CodesFolder: a folder of .npy code files as codec-bpe sees it: which files, what they hold, loading one for training.
#pragma once

#include "codes/CodeGrid.h"
#include "codes/CodecInfo.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace codecbpe {

class Progress;

// codec-bpe's get_codes_files (spec section 11): every file under `dir` (recursively; symlinked folders are not
// entered, as os.walk does) whose name ends with ".npy" (case-sensitive), kept only if its path contains any of
// `filters` (all are kept when there is none), sorted by the code points of the whole path string, then the first
// `maxFiles`. Throws Error if `dir` is not a readable folder.
std::vector<std::filesystem::path> findCodesFiles(const std::filesystem::path& dir,
                                                  const std::vector<std::string>& filters = {},
                                                  std::optional<std::size_t> maxFiles = std::nullopt);

// What `codecbpe info DIR` shows, read from the .npy headers only (no code data), so that it is quick on many files.
struct CodesFolderSummary {
    std::size_t numFiles = 0;                         // .npy files found, readable or not
    std::int64_t totalFrames = 0;                     // over the readable files
    std::int64_t minFrames = 0;                       // shortest and longest readable file
    std::int64_t maxFrames = 0;
    std::map<int, std::size_t> filesPerCodebookCount; // K -> number of files; more than one entry is a mismatch
    std::optional<CodecInfo> codecInfo;               // <dir>/codec_info.json, if present and readable
    std::vector<std::string> problems;                // one line per unreadable file (or codec_info.json)

    std::size_t numReadableFiles() const;
    int minCodebooks() const;                         // 0 if no file was readable
    int maxCodebooks() const;
    // Total duration, when codec_info.json gives the frame rate.
    std::optional<double> hours() const;
};

// Summarises the files findCodesFiles(dir, filters) returns. Reports progress per file and stops with Cancelled.
CodesFolderSummary summarizeCodesFolder(const std::filesystem::path& dir, const std::vector<std::string>& filters,
                                        Progress& progress);

// Loads one file of a training set: loadNpyCodes, then its first `numCodebooks` codebooks (codec-bpe's codes[:K]).
// Unlike codec-bpe it throws Error naming the file when the file has fewer than `numCodebooks` codebooks.
CodeGrid loadCodesFile(const std::filesystem::path& file, int numCodebooks);

} // namespace codecbpe
