// `codecbpe decode`: token ids -> codes .npy with a tokenizer folder (Metaspace decoder, then codec-bpe's
// chars_to_codes: special tokens and partial frames at the ends are dropped).
#include "CliCommon.h"
#include "Commands.h"
#include "TokenizerOptions.h"

#include "codes/Npy.h"
#include "common/Error.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

namespace codecbpe::cli {
namespace {

namespace fs = std::filesystem;

struct DecodeOptions {
    std::string input;
    std::string output;
    TokenizerOptions tokenizer;
};

// One sequence of ids as `codecbpe encode` writes it: .npy (any shape), or text / JSON (integers separated by
// spaces, commas, brackets, newlines).
std::vector<TokenId> readIds(const std::string& input)
{
    std::vector<TokenId> ids;
    if (fs::path(input).extension() == ".npy") {
        const CodeGrid values = loadNpyCodes(input);
        for (const CodeGrid::Code id : values.codebookMajor()) {
            if (id < 0)
                throw Error(input, "holds the negative token id " + std::to_string(id));
            ids.push_back(TokenId(id));
        }
        return ids;
    }
    const std::string text = readInput(input);
    const std::string source = input == "-" ? std::string("<stdin>") : input;
    std::uint64_t value = 0;
    bool inNumber = false;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        if (c >= '0' && c <= '9') {
            value = value * 10 + std::uint64_t(c - '0');
            if (value > 0xFFFFFFFEu)
                throw Error(source, "token id at byte " + std::to_string(i) + " is too large");
            inNumber = true;
            continue;
        }
        if (inNumber)
            ids.push_back(TokenId(value));
        value = 0;
        inNumber = false;
        if (c != ' ' && c != ',' && c != '[' && c != ']' && c != '\n' && c != '\r' && c != '\t')
            throw Error(source, std::string("unexpected character '") + c + "' at byte " + std::to_string(i) +
                                    " (expected token ids separated by spaces or commas)");
    }
    return ids;
}

void run(const DecodeOptions& options)
{
    const std::vector<TokenId> ids = readIds(options.input);
    const LoadedTokenizer tokenizer = options.tokenizer.load(fs::path(options.output).parent_path());
    CodeAlphabet::Decoded decoded;
    try {
        decoded = tokenizer.encoder.decodeToCodes(ids, tokenizer.alphabet);
    } catch (const Error& e) {
        throw Error(options.input, e.reason());
    }
    if (decoded.codes.numFrames() == 0)
        throw Error(options.input, "decodes to no whole frame of codes");
    saveNpyCodes(options.output, decoded.codes);
    if (decoded.droppedInconsistent > 0 || !decoded.beginHanging.empty() || !decoded.endHanging.empty())
        std::cerr << "dropped " << decoded.droppedInconsistent << " inconsistent and "
                  << decoded.beginHanging.size() + decoded.endHanging.size() << " hanging characters\n";
    std::cerr << "decoded " << ids.size() << " tokens -> " << options.output << ": "
              << decoded.codes.numCodebooks() << " codebooks x " << decoded.codes.numFrames() << " frames\n";
}

} // namespace

void addDecodeCommand(CLI::App& app)
{
    auto options = std::make_shared<DecodeOptions>();
    CLI::App* command = app.add_subcommand("decode", "Decode token ids back into a codes .npy with a tokenizer folder");
    command->add_option("input", options->input, "Token ids: .npy, or text/JSON (- for stdin)")->required();
    command->add_option("-o,--output", options->output, "Codes .npy file to write (shape (K,F), int64)")->required();
    options->tokenizer.addTo(*command);
    command->callback([options] { run(*options); });
}

} // namespace codecbpe::cli
