// BadInputCase: one row of the bad-input table — a broken input set up in a scratch folder, the codecbpe command
// that meets it, and the one-line error (naming the file) and exit code the user must get.
#pragma once

#include "CaseFolder.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace codecbpe::test {

struct BadInputCase {
    // How the command runs: as is, with a 512-byte file size limit (a full disk: writes fail with EFBIG; SIGXFSZ
    // is ignored as a full disk sends no signal), or with `lockedFolder` made immutable (chattr +i: read-only
    // even for root).
    enum class Limit { None, FullDisk, ReadOnlyFolder };

    const char* name;
    const char* problem;  // what is wrong, for docs/bad-inputs.md
    std::function<void(const CaseFolder&)> setup;
    QStringList args;     // "{d}" stands for the scratch folder
    QString error;        // what the error line says after "codecbpe: error: " (a regular expression; "{d}" too)
    int exitCode = 1;
    Limit limit = Limit::None;
    QString lockedFolder = {};
    // Entries the command may create even so (a regular expression over paths relative to the folder), e.g. the
    // codec_info.json that audio-to-codes writes, as codec-bpe does, even when every file failed.
    QString mayCreate = {};
};

// The table: every row is a bad input the CLI must refuse with one line and no output written.
const std::vector<BadInputCase>& badInputCases();

} // namespace codecbpe::test
