// LmTestSupport: small tokenizer folders and code files written by the lm tests (and the studio's Export panel tests).
#pragma once

#include "TestSupport.h"

#include "bpe/TokenizerFolder.h"
#include "codes/CodeGrid.h"

#include <QString>
#include <QTemporaryDir>

#include <string>
#include <vector>

namespace codecbpe::test {

// A Codec BPE tokenizer folder: "<pad>" (id 0, special), the K*S alphabet from `offset`, then `merges` given as
// pairs of token texts (their concatenation becomes the next id). Records the codec metadata.
TokenizerFolder makeCodecTokenizer(int numCodebooks, int codebookSize, char32_t offset,
                                   const std::vector<std::pair<std::string, std::string>>& merges,
                                   const std::string& padToken = "<pad>");

std::string readFileBytes(const QString& path);
void writeFileBytes(const QString& path, const std::string& bytes);
// Writes `codes` (codebook-major, K codebooks) as an int64 .npy of shape (1, K, F), as codec-bpe saves them.
void saveCodes(const QString& file, int k, std::vector<CodeGrid::Code> codes);

// A temporary folder with a tiny LLM base tokenizer "base" (BPE vocabulary {a, b, 丁} and the added <s>; 丁 is also a
// codec token: one conflict), a Codec BPE tokenizer "codec" (K=1, S=4 from U+4E00, the merge 一丁, pad <pad>) and
// three code files in "codes" (recording rec in two parts, zz).
struct LmFixture {
    static const char* const kBaseTokenizerJson;

    QTemporaryDir tmp;
    QString base = tmp.filePath("base");
    QString codec = tmp.filePath("codec");
    QString codes = tmp.filePath("codes");

    LmFixture();
    // Runs the CLI in the folder.
    ProcessResult run(const QStringList& args) const;
};

} // namespace codecbpe::test
