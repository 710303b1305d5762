// The codecbpe subcommands: each add*Command registers one subcommand (its flags and its callback) on the app.
#pragma once

namespace CLI {
class App;
}

namespace codecbpe::cli {

void addInfoCommand(CLI::App& app);
void addCodesToTextCommand(CLI::App& app);
void addTextToCodesCommand(CLI::App& app);
void addAudioToCodesCommand(CLI::App& app);
void addEncodeCommand(CLI::App& app);
void addDecodeCommand(CLI::App& app);
void addTrainTokenizerCommand(CLI::App& app);
void addExtendTokenizerCommand(CLI::App& app);
void addPrepLmDatasetCommand(CLI::App& app);
void addLmDatasetStatsCommand(CLI::App& app);
void addVocabCurveCommand(CLI::App& app);
void addTruncateTokenizerCommand(CLI::App& app);

} // namespace codecbpe::cli
