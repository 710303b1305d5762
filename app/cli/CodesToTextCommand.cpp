// `codecbpe codes-to-text`: a codes .npy as codec-bpe's unicode text (codes_to_chars), UTF-8.
#include "CliCommon.h"
#include "CodeAlphabetOptions.h"
#include "Commands.h"

#include "codes/CodesFolder.h"
#include "codes/Npy.h"
#include "common/Error.h"
#include "text/Utf8.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace codecbpe::cli {
namespace {

struct CodesToTextOptions {
    std::string codesFile;
    std::string output;
    CodeAlphabetOptions alphabet;
};

void run(const CodesToTextOptions& options)
{
    const std::filesystem::path file(options.codesFile);
    // Like codec-bpe's codes_to_chars, K defaults to every codebook the file holds.
    const int codebooksInFile = npyGridShape(readNpyHeader(file), file).numCodebooks;
    const CodeAlphabet alphabet = options.alphabet.resolve(file.parent_path(), codebooksInFile);
    const CodeGrid codes = loadCodesFile(file, alphabet.numCodebooks());
    std::u32string text;
    try {
        text = alphabet.codesToChars(codes);
    } catch (const Error& e) {
        throw Error(options.codesFile, e.what());
    }
    std::string utf8 = toUtf8(text);
    utf8 += '\n';
    writeOutput(options.output, utf8);
}

} // namespace

void addCodesToTextCommand(CLI::App& app)
{
    auto options = std::make_shared<CodesToTextOptions>();
    CLI::App* command = app.add_subcommand("codes-to-text", "Print a codes .npy file as codec-bpe unicode text (UTF-8)");
    command->add_option("codes_file", options->codesFile, "Codes .npy file (shape (K,F), (1,K,F) or (1,1,K,F))")
        ->required();
    command->add_option("-o,--output", options->output, "Write the text to this file instead of stdout");
    options->alphabet.addTo(*command);
    command->callback([options] { run(*options); });
}

} // namespace codecbpe::cli
