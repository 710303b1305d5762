// `codecbpe vocab-curve` and `codecbpe truncate-tokenizer`: the held-out compression of every smaller vocabulary
// size of a trained tokenizer (one pass over the codes), and any such prefix written as its own tokenizer folder.
#include "CliCommon.h"
#include "Commands.h"
#include "TokenizerOptions.h"

#include "analysis/CompressionCurve.h"
#include "bpe/TokenizerPrefix.h"
#include "codes/CodesFolder.h"
#include "codes/Npy.h"
#include "common/Error.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

namespace codecbpe::cli {
namespace {

namespace fs = std::filesystem;

struct VocabCurveOptions {
    TokenizerOptions tokenizer;
    std::string codesPath;
    std::vector<std::int64_t> sizes;
    bool json = false;
};

std::string figure(double value, const char* format)
{
    char text[32];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

void runVocabCurve(const VocabCurveOptions& options)
{
    const fs::path codesPath(options.codesPath);
    const bool isDir = fs::is_directory(codesPath);
    const std::vector<fs::path> files = isDir ? findCodesFiles(codesPath) : std::vector<fs::path>{codesPath};
    if (files.empty())
        throw Error(options.codesPath, "holds no .npy files");
    const fs::path codesDir = isDir ? codesPath : codesPath.parent_path();
    const LoadedTokenizer tokenizer = options.tokenizer.load(codesDir);
    // Frames per second from the tokenizer's codec metadata, else codec_info.json beside the codes; 0: unknown.
    double framerate = tokenizer.folder.codec ? tokenizer.folder.codec->codecFramerate.value_or(0.0) : 0.0;
    if (framerate <= 0.0)
        if (const auto info = findCodecInfo(codesDir))
            framerate = info->framerate;

    const auto start = std::chrono::steady_clock::now();
    const TokenizerPrefix prefix(tokenizer.folder);
    CompressionCurve curve(prefix.model(0));
    StderrProgress progress("vocab-curve");
    for (std::size_t f = 0; f < files.size(); ++f) {
        progress.report(std::int64_t(f), std::int64_t(files.size()), "reading codes");
        progress.throwIfCancelled();
        const CodeGrid codes = loadNpyCodes(files[f]);
        std::u32string text;
        try {
            tokenizer.alphabet.appendChars(codes, text);
        } catch (const Error& e) {
            throw Error(files[f].string(), e.reason());
        }
        curve.addText(text, framerate > 0.0 ? double(codes.numFrames()) / framerate : 0.0);
    }
    progress.report(0, 0, "merging");
    progress.throwIfCancelled();
    curve.addMerges(prefix.creationMerges());
    progress.finish();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::vector<CompressionCurve::Point> points;
    if (options.sizes.empty()) {
        points = curve.points();
    } else {
        for (const std::int64_t size : options.sizes) {
            const TokenId vocab = prefix.vocabSizeFor(size);
            for (const auto& point : curve.points())
                if (point.vocabSize == vocab)
                    points.push_back(point);
        }
    }
    const auto codesPerToken = [&](const CompressionCurve::Point& p) {
        return p.tokens > 0 ? double(curve.codes()) / double(p.tokens) : 0.0;
    };
    const auto tokensPerSecond = [&](const CompressionCurve::Point& p) {
        return curve.seconds() > 0 ? double(p.tokens) / curve.seconds() : 0.0;
    };
    std::ostringstream out;
    if (options.json) {
        out << "{\n  \"codes\": " << curve.codes() << ",\n  \"seconds\": " << figure(curve.seconds(), "%.6g")
            << ",\n  \"points\": [";
        for (std::size_t i = 0; i < points.size(); ++i) {
            const auto& p = points[i];
            out << (i ? ",\n    " : "\n    ") << "{\"vocab_size\": " << p.vocabSize << ", \"merges\": " << p.merges
                << ", \"tokens\": " << p.tokens << ", \"codes_per_token\": " << figure(codesPerToken(p), "%.17g");
            if (framerate > 0.0)
                out << ", \"tokens_per_second\": " << figure(tokensPerSecond(p), "%.17g");
            out << '}';
        }
        out << "\n  ]\n}\n";
    } else {
        out << "vocab_size\tmerges\ttokens\tcodes_per_token\ttokens_per_second\n";
        for (const auto& p : points)
            out << p.vocabSize << '\t' << p.merges << '\t' << p.tokens << '\t' << figure(codesPerToken(p), "%.6f")
                << '\t' << (framerate > 0.0 ? figure(tokensPerSecond(p), "%.6f") : std::string("-")) << '\n';
    }
    std::cout << out.str();
    std::cerr << "vocab-curve: " << files.size() << " file(s), " << curve.codes() << " codes, "
              << curve.points().size() << " vocabulary sizes in " << figure(seconds, "%.3f") << " s\n";
}

struct TruncateOptions {
    std::string tokenizer;
    std::int64_t vocabSize = 0;
    std::string savePath;
};

void runTruncate(const TruncateOptions& options)
{
    const TokenizerPrefix prefix(TokenizerFolder::read(options.tokenizer));
    if (options.vocabSize < std::int64_t(prefix.baseVocabSize()))
        throw Error(options.tokenizer, "--vocab_size " + std::to_string(options.vocabSize) + " is below its " +
                                           std::to_string(prefix.baseVocabSize()) +
                                           " special tokens and alphabet characters");
    const TokenizerFolder folder = prefix.folder(options.vocabSize);
    folder.write(options.savePath);
    std::cerr << "wrote " << options.savePath << ": " << folder.model.vocabSize() << " tokens, "
              << folder.model.merges.size() << " merges (of " << prefix.fullVocabSize() << " tokens)\n";
}

} // namespace

void addVocabCurveCommand(CLI::App& app)
{
    auto options = std::make_shared<VocabCurveOptions>();
    CLI::App* command = app.add_subcommand(
        "vocab-curve", "Held-out compression (codes/token, tokens/s) of every smaller vocabulary size of a tokenizer");
    options->tokenizer.addTo(*command);
    command->add_option("--codes_path", options->codesPath, "Held-out codes: a .npy file or a folder of them")
        ->required();
    command->add_option("--sizes", options->sizes, "Only these vocabulary sizes (comma-separated)")->delimiter(',');
    command->add_flag("--json", options->json, "JSON instead of a tab-separated table");
    command->callback([options] { runVocabCurve(*options); });
}

void addTruncateTokenizerCommand(CLI::App& app)
{
    auto options = std::make_shared<TruncateOptions>();
    CLI::App* command = app.add_subcommand(
        "truncate-tokenizer", "Write the tokenizer a smaller vocab_size would have trained (a prefix of the merges)");
    command->add_option("--tokenizer", options->tokenizer, "Trained tokenizer folder")->required();
    command->add_option("--vocab_size", options->vocabSize, "Vocabulary size of the prefix")->required();
    command->add_option("--save_path", options->savePath, "Output tokenizer folder")->required();
    command->callback([options] { runTruncate(*options); });
}

} // namespace codecbpe::cli
