// `codecbpe text-to-codes`: codec-bpe unicode text back to a codes .npy (chars_to_codes).
#include "CliCommon.h"
#include "CodeAlphabetOptions.h"
#include "Commands.h"

#include "codes/Npy.h"
#include "common/Error.h"
#include "text/Utf8.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace codecbpe::cli {
namespace {

struct TextToCodesOptions {
    std::string textFile;
    std::string output;
    bool keepInconsistent = false;
    bool keepHanging = false;
    bool legacyFormat = false;
    CodeAlphabetOptions alphabet;
};

void run(const TextToCodesOptions& options)
{
    const std::string sourceName = options.textFile == "-" ? std::string("<stdin>") : options.textFile;
    std::string utf8 = readInput(options.textFile);
    while (!utf8.empty() && (utf8.back() == '\n' || utf8.back() == '\r'))
        utf8.pop_back();
    std::u32string text = fromUtf8(utf8, sourceName);
    if (options.legacyFormat)
        text = stripLegacyTokenFormat(text);

    const std::filesystem::path outputPath(options.output);
    const CodeAlphabet alphabet = options.alphabet.resolve(outputPath.parent_path());
    CodeAlphabet::DecodeOptions decodeOptions;
    decodeOptions.dropInconsistentCodes = !options.keepInconsistent;
    decodeOptions.dropHangingCodes = !options.keepHanging;
    CodeAlphabet::Decoded decoded;
    try {
        decoded = alphabet.charsToCodes(text, decodeOptions);
    } catch (const Error& e) {
        throw Error(sourceName, e.what());
    }
    if (decoded.codes.numFrames() == 0)
        throw Error(sourceName, "holds no whole frame of codes for this alphabet (" +
                                    std::to_string(alphabet.numCodebooks()) + " codebooks of " +
                                    std::to_string(alphabet.codebookSize()) + ")");
    saveNpyCodes(outputPath, decoded.codes);
    if (decoded.droppedInconsistent > 0 || !decoded.beginHanging.empty() || !decoded.endHanging.empty())
        std::cerr << "dropped " << decoded.droppedInconsistent << " inconsistent and "
                  << decoded.beginHanging.size() + decoded.endHanging.size() << " hanging characters\n";
    std::cerr << "wrote " << options.output << ": " << decoded.codes.numCodebooks() << " codebooks x "
              << decoded.codes.numFrames() << " frames\n";
}

} // namespace

void addTextToCodesCommand(CLI::App& app)
{
    auto options = std::make_shared<TextToCodesOptions>();
    CLI::App* command = app.add_subcommand("text-to-codes", "Turn codec-bpe unicode text (UTF-8) back into a codes .npy");
    command->add_option("text_file", options->textFile, "UTF-8 text file, or - for stdin")->required();
    command->add_option("-o,--output", options->output, "Codes .npy file to write (shape (K,F), int64)")->required();
    command->add_flag("--keep_inconsistent_codes", options->keepInconsistent,
                      "Do not drop characters of the wrong codebook (then such text is an error)");
    command->add_flag("--keep_hanging_codes", options->keepHanging,
                      "Do not drop partial frames at the start and end (then such text is an error)");
    command->add_flag("--legacy_token_format", options->legacyFormat,
                      "Read codec-bpe 1.0/1.1's \"<c>\" format (each character wrapped in < >)");
    options->alphabet.addTo(*command);
    command->callback([options] { run(*options); });
}

} // namespace codecbpe::cli
