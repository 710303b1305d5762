// codecbpe: the command-line twin of Codec BPE Studio. Parses the command line and runs one subcommand; every
// error ends as one line on stderr naming the file and the problem, and a non-zero exit code.
#include "CliCommon.h"
#include "Commands.h"

#include "common/Error.h"
#include "common/Progress.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace {
constexpr int kExitError = 1;
constexpr int kExitCancelled = 130;

// Errors are one line on stderr, even where a message (e.g. codec-bpe's verbatim surrogate-range text) has several.
int reportError(const char* what)
{
    std::string line(what);
    for (char& c : line)
        if (c == '\n')
            c = ' ';
    std::cerr << "codecbpe: error: " << line << '\n';
    return kExitError;
}

// Builds the command line, parses it and runs the chosen command; errors other than usage ones propagate.
int run(int argc, char** argv)
{
    CLI::App app{"codecbpe " CODECBPE_VERSION " - BPE tokenizers for neural audio codec codes (codec-bpe compatible)",
                 "codecbpe"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string(CODECBPE_VERSION));
    app.footer("Run 'codecbpe COMMAND --help' for the options of a command.");

    codecbpe::cli::addInfoCommand(app);
    codecbpe::cli::addCodesToTextCommand(app);
    codecbpe::cli::addTextToCodesCommand(app);
    codecbpe::cli::addAudioToCodesCommand(app);
    codecbpe::cli::addEncodeCommand(app);
    codecbpe::cli::addDecodeCommand(app);
    codecbpe::cli::addTrainTokenizerCommand(app);
    codecbpe::cli::addExtendTokenizerCommand(app);
    codecbpe::cli::addPrepLmDatasetCommand(app);
    codecbpe::cli::addLmDatasetStatsCommand(app);
    codecbpe::cli::addVocabCurveCommand(app);
    codecbpe::cli::addTruncateTokenizerCommand(app);

    codecbpe::cli::installInterruptHandler();
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const codecbpe::Cancelled&) {
        std::cerr << "codecbpe: cancelled; nothing was written for the unfinished work\n";
        return kExitCancelled;
    } catch (const std::exception& e) {
        return reportError(e.what());
    } catch (...) {
        std::cerr << "codecbpe: error: unexpected failure\n";
        return kExitError;
    }
}
