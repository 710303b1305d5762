// `codecbpe encode`: codes .npy files -> token ids with a tokenizer folder, exactly as Hugging Face would encode
// codec-bpe's text of the codes.
#include "CliCommon.h"
#include "Commands.h"
#include "TokenizerOptions.h"

#include "bpe/JsonPrettyWriter.h"
#include "codes/CodesFolder.h"
#include "codes/Npy.h"
#include "common/Error.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace codecbpe::cli {
namespace {

namespace fs = std::filesystem;

struct EncodeOptions {
    std::string input;
    std::string format = "text";
    std::string output;
    TokenizerOptions tokenizer;
};

void appendIds(std::string& out, const std::vector<TokenId>& ids, const char* separator)
{
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += separator;
        out += std::to_string(ids[i]);
    }
}

// NumPy's shape for one encoded sequence: (1, n), as transformers' return_tensors="np" gives for one text.
void saveIds(const fs::path& file, const std::vector<TokenId>& ids)
{
    std::vector<CodeGrid::Code> values(ids.begin(), ids.end());
    const auto n = std::int64_t(values.size());
    saveNpyCodes(file, CodeGrid(1, n, std::move(values)), NpyDtype::Int64, {1, n});
}

void run(const EncodeOptions& options)
{
    const fs::path input(options.input);
    const bool isDir = fs::is_directory(input);
    const std::vector<fs::path> files = isDir ? findCodesFiles(input) : std::vector<fs::path>{input};
    if (files.empty())
        throw Error(options.input, "holds no .npy files");
    if (options.format == "npy" && options.output.empty())
        throw Error("--format npy needs --output (a .npy file, or a folder for a folder of codes)");

    LoadedTokenizer tokenizer = options.tokenizer.load(isDir ? input : input.parent_path());
    const CodeAlphabet& alphabet = tokenizer.alphabet;
    std::string out;
    if (options.format == "json")
        out += isDir ? "{" : "";
    std::vector<TokenId> ids;
    std::u32string text;
    std::int64_t totalCodes = 0;
    std::int64_t totalTokens = 0;
    for (std::size_t f = 0; f < files.size(); ++f) {
        const CodeGrid codes = loadNpyCodes(files[f]);
        text.clear();
        try {
            alphabet.appendChars(codes, text);
        } catch (const Error& e) {
            throw Error(files[f].string(), e.reason());
        }
        tokenizer.encoder.encode(text, ids);
        totalCodes += std::int64_t(text.size());
        totalTokens += std::int64_t(ids.size());
        const std::string name = isDir ? fs::relative(files[f], input).generic_string() : files[f].string();
        if (options.format == "npy") {
            fs::path target = options.output;
            if (isDir) {
                target /= fs::relative(files[f], input);
                fs::create_directories(target.parent_path());
            }
            saveIds(target, ids);
        } else if (options.format == "json") {
            if (isDir) {
                out += f > 0 ? ",\n  " : "\n  ";
                appendJsonString(out, name);
                out += ": ";
            }
            out += '[';
            appendIds(out, ids, ", ");
            out += ']';
        } else {
            if (isDir)
                out += name + '\t';
            appendIds(out, ids, " ");
            out += '\n';
        }
    }
    if (options.format == "json")
        out += isDir ? "\n}\n" : "\n";
    if (options.format != "npy")
        writeOutput(options.output, out);
    std::cerr << "encoded " << files.size() << " file(s): " << totalCodes << " codes -> " << totalTokens
              << " tokens";
    if (totalTokens > 0)
        std::cerr << " (" << double(totalCodes) / double(totalTokens) << " codes per token)";
    std::cerr << '\n';
}

} // namespace

void addEncodeCommand(CLI::App& app)
{
    auto options = std::make_shared<EncodeOptions>();
    CLI::App* command =
        app.add_subcommand("encode", "Encode codes (.npy file or folder) into token ids with a tokenizer folder");
    command->add_option("input", options->input, "Codes .npy file, or a folder of them")->required();
    command->add_option("--format", options->format, "text (ids per line), json or npy (int64, shape (1, n))")
        ->check(CLI::IsMember({"text", "json", "npy"}))
        ->capture_default_str();
    command->add_option("-o,--output", options->output,
                        "Output file (default stdout); for npy and a folder of codes, an output folder");
    options->tokenizer.addTo(*command);
    command->callback([options] { run(*options); });
}

} // namespace codecbpe::cli
