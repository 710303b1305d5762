// `codecbpe info`: what a codes .npy file or a codes folder holds (dtype, shape, codebooks, frames, duration).
#include "CliCommon.h"
#include "Commands.h"

#include "codes/CodecInfo.h"
#include "codes/CodesFolder.h"
#include "codes/Npy.h"
#include "common/Error.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>

namespace codecbpe::cli {
namespace {
namespace fs = std::filesystem;

std::string shapeText(const std::vector<std::int64_t>& shape)
{
    std::string text = "(";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + (shape.size() == 1 ? ",)" : ")");
}

std::string secondsText(double seconds)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2f s (%.4f hours)", seconds, seconds / 3600.0);
    return buffer;
}

void printCodec(const CodecInfo& info)
{
    std::cout << "codec:       " << info.codecType << " (" << info.codecModel << "), " << info.numCodebooks
              << " x " << info.codebookSize << " codes, " << info.framerate << " frames/s\n";
}

void describeFile(const fs::path& file)
{
    const NpyHeader header = readNpyHeader(file);
    const CodeGrid codes = loadNpyCodes(file);
    std::cout << "file:        " << file.string() << '\n'
              << "format:      npy " << header.formatMajor << '.' << header.formatMinor << ", dtype " << header.descr
              << ", " << (header.fortranOrder ? "Fortran" : "C") << " order\n"
              << "shape:       " << shapeText(header.shape) << " -> " << codes.numCodebooks() << " codebooks x "
              << codes.numFrames() << " frames\n";
    if (!codes.empty()) {
        const auto [lo, hi] = std::minmax_element(codes.codebookMajor().begin(), codes.codebookMajor().end());
        std::cout << "code range:  " << *lo << " .. " << *hi << '\n';
    }
    if (const auto info = findCodecInfo(file.parent_path())) {
        printCodec(*info);
        if (info->framerate > 0)
            std::cout << "duration:    " << secondsText(double(codes.numFrames()) / info->framerate) << '\n';
    }
}

void describeFolder(const fs::path& dir)
{
    StderrProgress progress("reading headers");
    const CodesFolderSummary summary = summarizeCodesFolder(dir, {}, progress);
    progress.finish();
    std::cout << "folder:      " << dir.string() << '\n'
              << "files:       " << summary.numFiles << " .npy (" << summary.numReadableFiles() << " readable)\n";
    if (summary.numReadableFiles() > 0) {
        std::cout << "frames:      " << summary.totalFrames << " in all, " << summary.minFrames << " .. "
                  << summary.maxFrames << " per file\n"
                  << "codebooks:   ";
        if (summary.minCodebooks() == summary.maxCodebooks())
            std::cout << summary.minCodebooks() << '\n';
        else
            std::cout << summary.minCodebooks() << " .. " << summary.maxCodebooks()
                      << " (files disagree: train with --num_codebooks " << summary.minCodebooks() << " or fewer)\n";
    }
    if (summary.codecInfo) {
        printCodec(*summary.codecInfo);
        if (const auto hours = summary.hours())
            std::cout << "duration:    " << secondsText(*hours * 3600.0) << '\n';
    } else {
        std::cout << "codec:       unknown (no codec_info.json in this folder)\n";
    }
    for (const std::string& problem : summary.problems)
        std::cout << "problem:     " << problem << '\n';
}

void run(const std::string& pathText)
{
    const fs::path path(pathText);
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error(pathText, "no such file or folder");
    if (fs::is_directory(path, ec))
        describeFolder(path);
    else
        describeFile(path);
}

} // namespace

void addInfoCommand(CLI::App& app)
{
    auto path = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand("info", "Describe a codes .npy file or a folder of codes");
    command->add_option("path", *path, "A .npy file or a folder written by audio-to-codes")->required();
    command->callback([path] { run(*path); });
}

} // namespace codecbpe::cli
